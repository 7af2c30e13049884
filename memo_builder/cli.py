"""Command line: ``memo-builder build | validate | example | check | caveats | import-costs |
export-costs | gui``.

Exit codes: 0 done, 1 the memo has problems (listed), 2 a file or input problem (one Swedish
line on stderr), 3 an internal error (logged; the user gets one line, never a traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import difflib
import os
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from memo_builder.errors import UserError, unexpected
from memo_builder.publish import user_places

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _configure_streams() -> None:
    """Swedish text must come out readable wherever the output goes, and never crash us.

    On Windows, Python writes a console window in UTF-16 itself. Output to a pipe or file
    gets the ANSI code page (cp1252), which is not what reads it: cmd and PowerShell decode
    a program's output with the console's code page (cp850 in Sweden), so "ä" came out
    wrong. Use the console's code page when there is a console, UTF-8 when there is none
    (a script or service capturing the output; also wine run from a Linux shell), and
    PYTHONIOENCODING when set (the installed program runs isolated, so Python itself
    ignores it). Characters the encoding lacks become "?" rather than an exception.
    """

    encoding = None
    if os.environ.get("PYTHONIOENCODING"):
        encoding = os.environ["PYTHONIOENCODING"].split(":")[0] or None
    elif sys.platform == "win32":
        try:
            codepage = ctypes.windll.kernel32.GetConsoleOutputCP()
        except (AttributeError, OSError):
            codepage = 0
        encoding = "utf-8" if codepage in (0, 65001) else f"cp{codepage}"
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # pythonw: no console at all
            continue
        try:
            if encoding and not stream.isatty():
                stream.reconfigure(encoding=encoding, errors="replace")
            else:
                stream.reconfigure(errors="replace")
        except (AttributeError, ValueError, LookupError, OSError):
            try:
                stream.reconfigure(errors="replace")
            except (AttributeError, ValueError):
                pass


def _load(path: str):
    from memo_builder.files import storage

    return storage.load(path)  # MemoFileError is a UserError: one Swedish line, exit 2


def _library():
    """The caveat library: the program's own plus the organisation's folder from the settings."""
    from memo_builder.files.caveat_library import default_library
    from memo_builder.files.settings import organisation_caveat_dir

    return default_library(organisation_caveat_dir())


def _print_problems(problems, stream=None) -> None:
    """Each problem with where it is, as the user finds it: step › item › field."""
    from memo_builder.model.problems import LEVEL_LABELS
    from memo_builder.model.walkthrough import describe_path

    stream = stream or sys.stdout
    for p in problems:
        print(f"- {LEVEL_LABELS[p.level]}: {p.message} ({describe_path(p.path)})", file=stream)


def _profile_or_none(memo, args=None):
    from memo_builder.render.pipeline import profile_key
    from memo_builder.render.profile import ProfileError, load_profile

    try:
        return load_profile(profile_key(memo), open_base=False,
                            extra=_profile_dirs(args) if args is not None else ())
    except ProfileError:
        return None


def cmd_validate(args) -> int:
    from memo_builder.analysis.readability import Limits
    from memo_builder.analysis.revision import Analysis
    from memo_builder.model.problems import Level
    from memo_builder.model.walkthrough import describe_path

    memo = _load(args.file)
    profile = _profile_or_none(memo, args)
    analysis = Analysis(memo, _library(), perspectives=profile.perspective_keys()
                        if profile is not None else None)
    problems = analysis.problems
    errors = [p for p in problems if p.level is Level.ERROR]
    warnings = [p for p in problems if p.level is Level.WARNING]
    readability = analysis.readability(Limits.from_profile(profile))
    if not problems:
        print(f"{Path(args.file).name}: inga problem – klart för nämnden.")
    else:
        _print_problems(errors + warnings)
    # Plain Swedish (språklagen 11 §): advice, never a reason to refuse the memo.
    print(f"\nLäsbarhet (LIX; varning över {readability.limits.lix:g}). Skala: under 30 mycket "
          "lättläst, 30–40 lättläst, 40–50 medelsvår, 50–60 svår (normalt för myndighetstext), "
          "över 60 mycket svår.")
    for line in readability.lines():
        print(f"  {line}")
    for issue in readability.issues:
        print(f"- Varning: {issue.message(readability.limits)} ({describe_path(issue.path)})")
    if args.spelling:
        _print_spelling(memo, profile)
    if not problems:
        return EXIT_OK
    failed = bool(errors) or (args.strict and bool(warnings))
    verdict = "inte klart" if failed else "klart, men se varningarna"
    print(f"{Path(args.file).name}: {len(errors)} fel, {len(warnings)} varningar – {verdict}.")
    return EXIT_PROBLEMS if failed else EXIT_OK


def _print_spelling(memo, profile) -> None:
    from memo_builder.analysis.readability import prose_fields
    from memo_builder.analysis.spelling import DictionaryUnavailable, SpellChecker, memo_words
    from memo_builder.model.walkthrough import describe_path

    try:
        checker = SpellChecker.load_default(memo_words(memo, profile))
    except DictionaryUnavailable as exc:
        print(f"\nStavning: {exc}")
        return
    found = [(path, m) for _k, path, text in prose_fields(memo) for m in checker.misspelled(text)]
    print(f"\nStavning: {len(found)} ord som inte finns i ordlistan")
    for path, m in found:
        suggestions = checker.suggest(m.word, 4)
        hint = f" (förslag: {', '.join(suggestions)})" if suggestions else ""
        print(f"- ”{m.word}”{hint} ({describe_path(path)})")


def cmd_build(args) -> int:
    """``build``: one export request, planned and run by the export service."""
    from memo_builder.publish.pdf import ConverterMissing
    from memo_builder.publish.service import (
        FORMATS,
        ExportRequest,
        NotReady,
        check_target,
        export_to_file,
        format_for,
        plan,
    )

    source = Path(args.file)
    memo = _load(args.file)
    public = getattr(args, "public", False)
    output = Path(args.output) if args.output else None
    if output is not None:
        check_target(output, source)  # the one check of the target
    fmt = format_for(output, args.format) if output is not None else (args.format or "docx")
    if output is not None and args.format and output.suffix.lower() != FORMATS[fmt].suffix:
        # `--format pdf -o case.docx` would write a PDF under a Word name: refuse, never guess.
        raise UserError(
            f"{output.name}: --format {fmt} skriver en fil som ska sluta på {FORMATS[fmt].suffix}. "
            f"Ändra filnamnet eller formatet."
        )
    request = ExportRequest(format=fmt, draft=args.draft, public=public, profile=args.profile)
    decided = plan(memo, request, library=_library(), profile_dirs=_profile_dirs(args),
                   source=source)
    if output is None:  # the service's name: never over the board's version by default
        output = source.with_name(decided.suggested_name)
        check_target(output, source)
    output = _spare_edited(output, args.replace)
    try:
        report = export_to_file(decided, output)
    except ConverterMissing as exc:
        word = output.with_suffix(".docx")
        raise UserError(f"{exc} Word-filen: memo-builder build {args.file} -o {word}") from None
    except NotReady as exc:
        print("Memot är inte klart för nämnden och byggdes inte:", file=sys.stderr)
        _print_problems(exc.problems, sys.stderr)
        print("Rätta felen, eller bygg ett utkast med --draft.", file=sys.stderr)
        return EXIT_PROBLEMS
    _print_export_report(report, source, quiet=args.quiet)
    kinds = [k for k, on in (("utkast", report.draft), ("offentlig version", public))
             if on and k not in output.name]
    print(f"Skrev {output}" + (f" ({', '.join(kinds)})" if kinds else ""))
    return EXIT_OK


def _print_export_report(report, source: Path, *, quiet: bool = False) -> None:
    for note in report.notes():
        print(f"Varning: {note}", file=sys.stderr)
    for warning in report.warnings_for_user:
        print(f"Varning: {warning}", file=sys.stderr)
    if report.warnings and not quiet:
        print(_warnings_line(len(report.warnings), source), file=sys.stderr)


def _spare_edited(output: Path, replace: bool) -> Path:
    """A file edited by hand since the program wrote it is never replaced without --replace:
    the export goes to a new name beside it, and says so."""
    from memo_builder.files import written

    when = written.edited_since_written(output)
    if when is None or replace:
        return output
    spare = written.free_name(output)
    print(f"Obs: {written.describe_edit(output, when)} Den skrivs inte över; skriver {spare.name} "
          "i stället (ersätt den med --replace).", file=sys.stderr)
    return spare


def _warnings_line(count: int, source: Path) -> str:
    """How many warnings, and where to read them; for the built-in example, that it has them on
    purpose (a newcomer's first build must not look broken)."""
    from memo_builder.files.paths import example_memo_path

    word = "varning" if count == 1 else "varningar"
    read = f"läs dem med memo-builder validate {source}"
    try:
        example = source.read_bytes() == example_memo_path().read_bytes()
    except OSError:
        example = False
    if example:
        return (f"Exemplet har {count} {word} med flit, för att visa hur programmet påpekar "
                f"brister; inget är fel. {read[0].upper()}{read[1:]}.")
    return f"{count} {word}: {read}."


def cmd_example(args) -> int:
    from memo_builder.files.paths import example_memo_path
    from memo_builder.publish.service import write_file

    source = example_memo_path().read_bytes()
    target = Path(args.output)
    if target.suffix.lower() != ".memo" and not target.is_dir():
        # The mirror image of build's refusal: a memo file under a .docx name fools everyone.
        raise UserError(f"{target.name}: example skriver en memofil, som ska sluta på .memo "
                        f"(till exempel {target.with_suffix('.memo').name}). Word-filen gör du "
                        "sedan med memo-builder build.")
    if target.is_dir():
        raise UserError(f"{target} är en mapp. Ange ett filnamn, till exempel {target / 'exempel.memo'}.")
    if target.exists() and not args.force:
        try:
            same = target.read_bytes() == source
        except OSError:
            same = False
        if not same:
            raise UserError(
                f"{target} finns redan och skrivs inte över. Välj ett annat namn eller lägg till --force."
            )
    write_file(source, target)
    print(f"Skrev exempelärendet till {target}")
    return EXIT_OK


def _profile_dirs(args) -> list[Path]:
    return [Path(p) for p in (getattr(args, "profiles_dir", None) or [])]


def cmd_check(args) -> int:
    """Check organisation profiles: what each maps and lacks, and a test build."""
    from memo_builder.publish.profile_trial import trial_build
    from memo_builder.render.profile import ProfileError, list_profiles, load_profile
    from memo_builder.render.profile_check import check_profile

    dirs = _profile_dirs(args)
    if args.profile:
        listings, _notices = list_profiles(dirs)
        found = [x for x in listings if x.key == args.profile]
        if not found:
            load_profile(args.profile, extra=dirs)  # not there: exit 2, naming the ones that are
        try:
            profiles, broken = [load_profile(args.profile, extra=dirs)], []
        except ProfileError as exc:  # there, but broken: report it like any other problem
            print(f"{args.profile}: {exc}")
            return EXIT_PROBLEMS
    else:
        listings, notices = list_profiles(dirs)
        for notice in notices:
            print(f"Obs: {notice}", file=sys.stderr)
        profiles = [x.profile for x in listings if x.profile is not None]
        broken = [x for x in listings if x.profile is None]
    failed = bool(broken)
    for x in broken:
        print(f"{x.key}: används inte – {x.error}")
    for profile in profiles:
        try:
            report = check_profile(profile)
        except ProfileError as exc:
            print(f"{profile.key}: {exc}")
            failed = True
            continue
        # Accessibility (DOS-lagen) of what the template makes: reported, for the organisation
        # to fix in its template, but the profile still works.
        access = trial_build(profile, report)
        for line in report.lines:
            print(line)
        for finding in access:
            print(f"  Tillgänglighet: {finding}")
        note = f", men exemplet har {len(access)} tillgänglighetsbrister (se ovan)" if access else ""
        print(f"{profile.key}: " + ("OK" + note if report.ok else
                                    "problem: " + "; ".join(report.problems) + note))
        failed = failed or not report.ok
    return EXIT_PROBLEMS if failed else EXIT_OK


def cmd_check_doc(args) -> int:
    """Accessibility check of any Word file: 0 clean, 1 findings, 2 unreadable."""
    from memo_builder.publish.accessibility import check_file, summary_line

    findings = check_file(args.file)  # DocumentUnreadable is a UserError: one line, exit 2
    for finding in findings:
        print(f"- {finding}")
    print(summary_line(Path(args.file).name, findings))
    return EXIT_PROBLEMS if findings else EXIT_OK


def cmd_profiles(args) -> int:
    """List the profiles in every folder: the program's, the organisation's, your own."""
    from memo_builder.render.profile import SOURCE_LABELS, list_profiles

    listings, notices = list_profiles(_profile_dirs(args))
    for notice in notices:
        print(f"Obs: {notice}")
    for x in listings:
        where = f"{SOURCE_LABELS[x.source]}: {x.folder}"
        if x.profile is None:
            print(f"{x.key}  används inte – {x.error}\n    {where}")
            continue
        replaces = f" (ersätter {SOURCE_LABELS[x.overrides]})" if x.overrides else ""
        print(f"{x.key}  {x.profile.name}{replaces}\n    {where}")
        if x.profile.description:
            print(f"    {x.profile.description}")
    return EXIT_OK


def cmd_profile_new(args) -> int:
    """Make a profile from the organisation's Word template (.docx or .dotx)."""
    from memo_builder.files.settings import personal_profile_dir
    from memo_builder.render.profile_import import create_profile

    folder = Path(args.dir) if args.dir else personal_profile_dir()
    report = create_profile(Path(args.from_docx), args.name, folder,
                            organisation=args.organisation or "",
                            document_type=args.type, replace=args.force)
    for line in report.lines():
        print(line)
    print(f"Klar. Bygg med: memo-builder build ärende.memo --profile {args.name}"
          + (f" --profiles-dir {folder}" if args.dir else ""))
    return EXIT_OK


def cmd_caveats(args) -> int:

    from memo_builder.model.caveats import KINDS
    try:
        on = date.fromisoformat(args.on) if args.on else date.today()
    except ValueError:
        raise UserError(f"{args.on!r} är inte ett datum. Skriv till exempel 2018-06-01.") from None
    from memo_builder.model import swedish

    library = _library()
    for problem in library.problems:
        print(f"Varning: {problem.message}", file=sys.stderr)
    if library.reviewed is not None and on > library.reviewed:
        print(f"Varning: biblioteket granskades senast den {swedish.long_date(library.reviewed)}; "
              "nyare lagar, domar eller vägledning kan saknas.", file=sys.stderr)
    known = sorted({t for e in library.entries.values() for t in e.tags})
    unknown = [t for t in (args.tag or ()) if t not in known]
    if unknown:
        raise UserError(f"Etiketten {', '.join(map(repr, unknown))} finns inte. Välj bland: "
                        f"{', '.join(known)}.")

    def count(n: int) -> str:
        return f"{n} post" if n == 1 else f"{n} poster"

    entries = library.on(on, args.tag or ())
    where = f" med etiketten {', '.join(args.tag)}" if args.tag else ""
    print(f"{count(len(entries)).capitalize()}{where} gäller den {swedish.long_date(on)}:")
    for e in entries:
        print(f"- {e.title}\n    {e.reference}\n    {KINDS.get(e.kind, e.kind)} · id {e.id}")
    coming = library.coming(on)
    if args.tag:
        coming = [e for e in coming if set(e.tags) & set(args.tag)]
    if coming:
        print(f"\nPå väg inom ett år: {count(len(coming))}")
        for e in coming:
            starts = "Tillämpas från" if e.applies_later else "Träder i kraft"
            print(f"- {e.title}\n    {starts} den {swedish.long_date(e.valid_from)}\n"
                  f"    {e.reference}\n    {KINDS.get(e.kind, e.kind)} · id {e.id}")
    return EXIT_OK


def cmd_export_costs(args) -> int:
    """``export-costs``: the workbook format of the same export request as ``build``."""
    from memo_builder.publish.service import ExportRequest, check_target, export_to_file, plan

    source = Path(args.file)
    memo = _load(args.file)
    decided = plan(memo, ExportRequest(format="xlsx"), source=source)
    output = Path(args.output) if args.output else source.with_name(decided.suggested_name)
    if output.suffix.lower() != ".xlsx":
        raise UserError(f"{output.name}: kostnadsunderlaget skrivs som Excel-fil; ange ett namn "
                        "som slutar på .xlsx.")
    check_target(output, source)
    output = _spare_edited(output, args.replace)
    report = export_to_file(decided, output)
    for warning in report.warnings_for_user:
        print(f"Varning: {warning}", file=sys.stderr)
    print(f"Skrev kostnadsunderlaget till {output}")
    return EXIT_OK


def cmd_import_costs(args) -> int:
    target = Path(args.file)
    try:  # a symbolic link is written through, not replaced by a copy
        target = target.resolve(strict=True)
    except OSError:
        pass
    with _holding(target):
        return _import_costs(args, target)


@contextlib.contextmanager
def _holding(target: Path):
    """Hold ``target``'s lock while a command writes it; one Swedish line while someone else
    has it open (an abandoned lock is taken over)."""
    from memo_builder.files import lock, settings

    if not target.is_file():
        _load(str(target))  # the loader's own message for a missing or odd file
    owner = settings.officer_details().get("name", "")
    try:
        held = lock.MemoLock.acquire(target, owner)
    except lock.LockBusy as busy:
        if not busy.stale:
            raise UserError(f"{busy.holder.describe()} Memot ändras inte medan någon annan har "
                            "det öppet; försök igen när det har stängts.") from None
        print(f"Obs: tar över ett övergivet lås ({busy.stale}).", file=sys.stderr)
        held = lock.MemoLock.acquire(target, owner, take_over=busy.holder)
    except lock.LockUnavailable as exc:
        raise UserError(f"{exc} Memot ändrades inte.") from None
    try:
        yield held
    finally:
        held.release()


def _import_costs(args, target: Path) -> int:
    from memo_builder.files import storage
    from memo_builder.files.xlsx_import import (
        ImportDefaults,
        guess_mapping,
        plan_import,
        read_sheet,
    )

    memo = _load(str(target))
    if args.option is not None:
        if not (1 <= args.option <= len(memo.options)):
            raise UserError(f"Alternativ {args.option} finns inte; memot har "
                            f"{len(memo.options)} alternativ (ange --option 1–{len(memo.options)}).")
        option = memo.options[args.option - 1]
    else:
        option = memo.recommended_option()
        if option is None:
            raise UserError("Memot har inget alternativ markerat som förslag. Ange vilket "
                            "alternativ raderna ska läggas till med --option N.")
    sheet = read_sheet(Path(args.sheet_file), args.sheet)
    mapping = guess_mapping(sheet)
    plan = plan_import(sheet, mapping, ImportDefaults.for_memo(memo, option))
    number = memo.options.index(option) + 1
    for note in sheet.notices + plan.notices:
        print(f"Obs: {note}", file=sys.stderr)
    print(f"Blad {sheet.name!r}, rubrikrad {mapping.header_row}: " + mapping.describe(sheet))
    for row, reason in plan.skipped:
        print(f"Hoppar över rad {row}: {reason}")
    if not plan.lines:
        raise UserError(f"Inga kostnadsrader kunde läsas från {Path(args.sheet_file).name}; "
                        "inget har ändrats i memot.")
    option.cost_lines.extend(plan.lines)
    storage.save(memo, target)
    print(f"La till {len(plan.lines)} kostnadsrader i alternativ {number} ({option.title}) "
          f"och sparade {Path(args.file).name}.")
    return EXIT_OK


def _no_display() -> bool:
    """Linux without a display: Qt would abort with its own (English) xcb message."""

    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args) -> int:
    if args.screenshot and args.file:
        _load(args.file)  # a broken or missing file: one line and exit 2, never a dialog
    if _no_display() and not args.screenshot:
        raise UserError(
            "Det finns ingen skärm att visa programmet på (varken DISPLAY eller WAYLAND_DISPLAY "
            "är satt). Starta det på skrivbordet, eller använd kommandona build och validate."
        )
    try:
        from memo_builder.gui.app import run
    except ImportError as exc:
        raise UserError(f"Det grafiska gränssnittet kan inte startas: {exc}.") from None
    size = None
    if args.screenshot_size:
        match = re.fullmatch(r"\s*(\d{3,4})\s*[x×]\s*(\d{3,4})\s*", args.screenshot_size)
        if match is None:
            raise UserError(f"{args.screenshot_size!r} är ingen storlek. Skriv bredd x höjd, "
                            "t.ex. 1280x720.")
        size = (int(match.group(1)), int(match.group(2)))
    return run(args.file, screenshot_dir=args.screenshot, screenshot_size=size)


# argparse's own texts in Swedish, through its gettext hook: argparse looks up every text it
# shows (usage, headings, errors) with its module-level ``_`` and ``ngettext`` when it shows
# it. SwedishParser points them at this catalogue while it builds, parses or prints, and puts
# them back after, so no other parser in the process changes language. An argument's error
# reads "<argument> <what is wrong>": the messages below are written to follow the name.
_ARGPARSE_SV: dict[str, str] = {
    "usage: ": "Användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "subcommands": "kommandon",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s %(message)s",
    "the following arguments are required: %s": "ange också %s",
    "one of the arguments %s is required": "ange ett av argumenten %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "unexpected option string: %s": "oväntad flagga: %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "flaggan %(option)s är tvetydig: den kan vara %(matches)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "har ett ogiltigt val %(value)r (välj bland %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "kan inte vara %(parser_name)r (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "har ett ogiltigt värde %(value)r",
    "expected one argument": "behöver ett värde",
    "expected at most one argument": "tar högst ett värde",
    "expected at least one argument": "behöver minst ett värde",
    "not allowed with argument %s": "går inte ihop med %s",
    "ignored explicit argument %r": "tar inget värde (fick %r)",
    "argument \"-\" with mode %r": "\"-\" kan inte öppnas med läget %r",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
}
_ARGPARSE_SV_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": ("behöver %s värde", "behöver %s värden"),
}


def _sv_gettext(message: str) -> str:
    return _ARGPARSE_SV.get(message, message)


def _sv_ngettext(singular: str, plural: str, n: int) -> str:
    if singular in _ARGPARSE_SV_PLURAL:
        one, many = _ARGPARSE_SV_PLURAL[singular]
        return one if n == 1 else many
    return singular if n == 1 else plural


@contextlib.contextmanager
def _swedish_argparse():
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _sv_gettext, _sv_ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _in_swedish(method):
    def swedish_method(self, *args, **kwargs):
        with _swedish_argparse():
            return method(self, *args, **kwargs)

    swedish_method.__name__ = method.__name__
    swedish_method.__doc__ = method.__doc__
    return swedish_method


class SwedishParser(argparse.ArgumentParser):
    """argparse with Swedish usage, headings, help and error messages (argparse's own texts
    through :data:`_ARGPARSE_SV`; some are read when the parser is built, others when it
    parses or prints)."""

    __init__ = _in_swedish(argparse.ArgumentParser.__init__)
    add_subparsers = _in_swedish(argparse.ArgumentParser.add_subparsers)
    add_argument = _in_swedish(argparse.ArgumentParser.add_argument)
    parse_known_args = _in_swedish(argparse.ArgumentParser.parse_known_args)
    parse_args = _in_swedish(argparse.ArgumentParser.parse_args)
    format_usage = _in_swedish(argparse.ArgumentParser.format_usage)
    format_help = _in_swedish(argparse.ArgumentParser.format_help)

    @_in_swedish
    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"Fel: {message}. Skriv {self.prog} -h för hjälp.\n")


def make_parser() -> argparse.ArgumentParser:
    parser = SwedishParser(
        prog="memo-builder",
        description="Skriv tjänsteutlåtanden till nämnden. Utan kommando startar programmet.",
    )
    from memo_builder import __version__

    parser.add_argument("--version", action="version", version=f"memo-builder {__version__}",
                        help="visa programmets version och avsluta")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandon")

    p = sub.add_parser("build", help="skapa Word- eller PDF-filen från en .memo-fil")
    p.add_argument("file", metavar="FIL", help=".memo-fil")
    p.add_argument("-o", "--output", metavar="FIL",
                   help="fil att skriva, .docx eller .pdf (standard: samma namn, .docx)")
    p.add_argument("--format", choices=("docx", "pdf"), help="format (standard: efter filändelsen)")
    p.add_argument("--profile", metavar="PROFIL", help="organisationens mall (standard: memots egen)")
    p.add_argument("--profiles-dir", metavar="MAPP", action="append",
                   help="ytterligare mapp med profiler (kan upprepas)")
    p.add_argument("--draft", action="store_true", help="bygg även om memot har fel (märks UTKAST)")
    p.add_argument("--public", action="store_true",
                   help="den offentliga versionen: sekretessuppgifter och det som avslöjar dem utelämnas")
    p.add_argument("-q", "--quiet", action="store_true", help="skriv inte ut antal varningar")
    p.add_argument("--replace", action="store_true",
                   help="ersätt filen även om den har ändrats för hand sedan programmet skrev den")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("validate", help="lista problem; slutkod 0 när memot är klart, 1 annars")
    p.add_argument("file", metavar="FIL", help=".memo-fil")
    p.add_argument("--strict", action="store_true", help="även varningar ger slutkod 1")
    p.add_argument("--spelling", action="store_true",
                   help="kontrollera även stavningen (tar några sekunder)")
    p.add_argument("--profiles-dir", metavar="MAPP", action="append",
                   help="ytterligare mapp med profiler (kan upprepas)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("example", help="skriv det inbyggda exempelärendet (Office 365, 2018)")
    p.add_argument("-o", "--output", required=True, metavar="FIL", help=".memo-fil att skriva")
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    p.set_defaults(func=cmd_example)

    p = sub.add_parser("check", help="kontrollera organisationsmallarna: vad som är mappat och vad som saknas")
    p.add_argument("--profile", metavar="PROFIL", help="bara denna profil")
    p.add_argument("--profiles-dir", metavar="MAPP", action="append",
                   help="ytterligare mapp med profiler (kan upprepas)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("check-doc", help="kontrollera att en Word-fil är tillgänglig (DOS-lagen); "
                       "slutkod 0 utan brister, 1 med brister, 2 om filen inte kan läsas")
    p.add_argument("file", metavar="FIL", help="Word-fil (.docx)")
    p.set_defaults(func=cmd_check_doc)

    p = sub.add_parser("profiles", help="lista profilerna: programmets, organisationens och dina egna")
    p.add_argument("--profiles-dir", metavar="MAPP", action="append",
                   help="ytterligare mapp med profiler (kan upprepas)")
    p.set_defaults(func=cmd_profiles)

    p = sub.add_parser("profile", help="skapa en profil från organisationens Word-mall")
    psub = p.add_subparsers(dest="profile_command", metavar="KOMMANDO", required=True)
    q = psub.add_parser("new", help="ny profil från en Word-mall (.docx eller .dotx)")
    q.add_argument("name", metavar="NAMN", help="profilens namn, t.ex. umea")
    q.add_argument("--from-docx", required=True, metavar="FIL", help="organisationens Word-mall")
    q.add_argument("--dir", metavar="MAPP", help="var profilen sparas (standard: dina egna profiler)")
    q.add_argument("--organisation", help="organisationens namn (alternativtext till logotypen)")
    q.add_argument("--type", default="Tjänsteskrivelse", help="dokumenttyp (standard: Tjänsteskrivelse)")
    q.add_argument("--force", action="store_true", help="ersätt en befintlig profil med samma namn")
    q.set_defaults(func=cmd_profile_new)

    p = sub.add_parser("caveats", help="lista juridiska bedömningar som gäller ett datum")
    p.add_argument("--on", metavar="DATUM", help="datum ÅÅÅÅ-MM-DD (standard: i dag)")
    p.add_argument("--tag", action="append", metavar="ETIKETT",
                   help="begränsa till en etikett (kan upprepas)")
    p.set_defaults(func=cmd_caveats)

    p = sub.add_parser("import-costs", help="lägg till kostnadsrader från en Excel-fil (.xlsx)")
    p.add_argument("file", metavar="FIL", help=".memo-fil")
    p.add_argument("sheet_file", metavar="EXCELFIL", help=".xlsx-fil med kostnadsrader")
    p.add_argument("--sheet", metavar="NAMN", help="bladet att läsa (standard: det första)")
    p.add_argument("--option", type=int, metavar="N",
                   help="alternativ att lägga till i, 1 = det första (standard: förslaget)")
    p.set_defaults(func=cmd_import_costs)

    p = sub.add_parser("export-costs", help="skriv kostnadsunderlaget som Excel-fil med formler")
    p.add_argument("file", metavar="FIL", help=".memo-fil")
    p.add_argument("-o", "--output", metavar="FIL", help="fil att skriva (.xlsx)")
    p.add_argument("--replace", action="store_true",
                   help="ersätt filen även om den har ändrats för hand sedan programmet skrev den")
    p.set_defaults(func=cmd_export_costs)

    p = sub.add_parser("gui", help="starta programmet")
    p.add_argument("file", nargs="?", metavar="FIL", help=".memo-fil att öppna")
    p.add_argument("--screenshot", metavar="MAPP", help="spara en bild av varje steg och avsluta")
    p.add_argument("--screenshot-size", metavar="BxH",
                   help="fönstrets storlek på bilderna (standard 1280x720, en 14-tums bärbar på 150 %%)")
    p.set_defaults(func=cmd_gui)
    return parser


COMMANDS = ("build", "validate", "example", "check", "check-doc", "profiles", "profile", "caveats",
            "import-costs", "export-costs", "gui")


def _looks_like_a_file(word: str) -> bool:
    return word.lower().endswith(".memo") or "/" in word or "\\" in word or Path(word).exists()


def main(argv: Sequence[str] | None = None) -> int:
    _configure_streams()
    user_places.install()  # render reads the user's profile folders and default through it
    parser = make_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # `memo-builder FILE.memo` (a file association, "Open with") opens the app on that file;
    # a word that is neither a command nor a file is a mistyped command.
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-") \
            and not _looks_like_a_file(argv[0]):
        close = difflib.get_close_matches(argv[0], COMMANDS, n=1)
        hint = f" Menade du {close[0]}?" if close else ""
        print(f"Fel: {argv[0]!r} är inget kommando.{hint} Kommandon: {', '.join(COMMANDS)}.",
              file=sys.stderr)
        return EXIT_INPUT
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"Fel: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped to `head` and closed: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # last line of defence: a user never sees a traceback
        from memo_builder.files.settings import log_exception

        print(f"Fel: {unexpected(exc, log_exception(exc))}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
