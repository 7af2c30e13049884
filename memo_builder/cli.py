"""Command line: ``memo-builder build | validate | example | check | caveats | gui``.

Exit codes: 0 done, 1 the memo has problems (listed), 2 a file or input problem (one Swedish
line on stderr), 3 an internal error (logged; the user gets one line, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from memo_builder.errors import UserError, unexpected

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _configure_streams() -> None:
    # A Windows console may use cp1252 or cp850: never let "å" or a non-breaking space crash us.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


def _load(path: str):
    from memo_builder.model import storage

    return storage.load(path)  # MemoFileError is a UserError: one Swedish line, exit 2


def _library():
    """The caveat library: the program's own plus the organisation's folder from the settings."""
    from memo_builder.model.caveats import default_library
    from memo_builder.settings import organisation_caveat_dir

    return default_library(organisation_caveat_dir())


def _print_problems(problems, stream=None) -> None:
    stream = stream or sys.stdout
    for p in problems:
        print(f"- {p}", file=stream)


def cmd_validate(args) -> int:
    from memo_builder.model.validation import Level, validate

    memo = _load(args.file)
    problems = validate(memo, _library())
    errors = [p for p in problems if p.level is Level.ERROR]
    warnings = [p for p in problems if p.level is Level.WARNING]
    if not problems:
        print(f"{Path(args.file).name}: inga problem – klart för nämnden.")
        return EXIT_OK
    _print_problems(errors + warnings)
    failed = bool(errors) or (args.strict and bool(warnings))
    verdict = "inte klart" if failed else "klart, men se varningarna"
    print(f"{Path(args.file).name}: {len(errors)} fel, {len(warnings)} varningar – {verdict}.")
    return EXIT_PROBLEMS if failed else EXIT_OK


def cmd_build(args) -> int:
    from memo_builder.export import (
        ExportOptions,
        NotReady,
        check_target,
        export_to_file,
        format_for,
    )

    source = Path(args.file)
    memo = _load(args.file)
    public = getattr(args, "public", False)
    if args.output:
        output = Path(args.output)
    elif public:  # never over the board's version by default
        output = source.with_name(f"{source.stem} (offentlig version).docx")
    else:
        output = source.with_suffix(".docx")
    check_target(output, source)
    options = ExportOptions(format=format_for(output, args.format), draft=args.draft,
                            public=public)
    from memo_builder.render.pipeline import profile_key
    from memo_builder.render.profile import load_profile

    if args.profile:
        memo.profile = args.profile
    profile = load_profile(profile_key(memo), extra=_profile_dirs(args))
    try:
        report = export_to_file(memo, output, source=source, profile=profile, library=_library(),
                                options=options)
    except NotReady as exc:
        print("Memot är inte klart för nämnden och byggdes inte:", file=sys.stderr)
        _print_problems(exc.problems, sys.stderr)
        print("Rätta felen, eller bygg ett utkast med --draft.", file=sys.stderr)
        return EXIT_PROBLEMS
    for note in report.notes():
        print(f"Varning: {note}", file=sys.stderr)
    if report.warnings and not args.quiet:
        print(f"{len(report.warnings)} varningar (se memo-builder validate).", file=sys.stderr)
    kinds = [k for k, on in (("utkast", report.draft), ("offentlig version", public)) if on]
    print(f"Skrev {output}" + (f" ({', '.join(kinds)})" if kinds else ""))
    return EXIT_OK


def cmd_example(args) -> int:
    from memo_builder.export import write_file
    from memo_builder.paths import example_memo_path

    source = example_memo_path().read_bytes()
    target = Path(args.output)
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
        for line in report.lines:
            print(line)
        print(f"{profile.key}: " + ("OK" if report.ok else "problem: " + "; ".join(report.problems)))
        failed = failed or not report.ok
    return EXIT_PROBLEMS if failed else EXIT_OK


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
    from memo_builder.render.profile_import import create_profile
    from memo_builder.settings import personal_profile_dir

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
    from datetime import date

    from memo_builder.model.caveats import KINDS
    try:
        on = date.fromisoformat(args.on) if args.on else date.today()
    except ValueError:
        raise UserError(f"{args.on!r} är inte ett datum. Skriv till exempel 2018-06-01.") from None
    library = _library()
    for problem in library.problems:
        print(f"Varning: {problem.message}", file=sys.stderr)
    entries = library.on(on, args.tag or ())
    print(f"Gäller {on.isoformat()}: {len(entries)} poster")
    for e in entries:
        print(f"- {e.title}\n    {e.reference}\n    {KINDS.get(e.kind, e.kind)} · id {e.id}")
    coming = library.coming(on)
    if args.tag:
        coming = [e for e in coming if set(e.tags) & set(args.tag)]
    if coming:
        print(f"\nPå väg (träder i kraft inom ett år): {len(coming)} poster")
        for e in coming:
            print(f"- {e.title} (från {e.valid_from.isoformat()})\n    {e.reference}\n    {KINDS.get(e.kind, e.kind)} · id {e.id}")
    return EXIT_OK


def cmd_gui(args) -> int:
    try:
        from memo_builder.gui.app import run
    except ImportError as exc:
        raise UserError(f"Det grafiska gränssnittet kan inte startas: {exc}.") from None
    return run(args.file, screenshot_dir=args.screenshot)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="memo-builder",
        description="Skriv tjänsteutlåtanden till nämnden. Utan kommando startar programmet.",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    p = sub.add_parser("build", help="skapa Word-filen från en .memo-fil")
    p.add_argument("file", help=".memo-fil")
    p.add_argument("-o", "--output", help="fil att skriva (standard: samma namn, .docx)")
    p.add_argument("--format", choices=("docx",), help="format (standard: efter filändelsen)")
    p.add_argument("--profile", metavar="PROFIL", help="organisationens mall (standard: memots egen)")
    p.add_argument("--profiles-dir", metavar="MAPP", action="append",
                   help="ytterligare mapp med profiler (kan upprepas)")
    p.add_argument("--draft", action="store_true", help="bygg även om memot har fel (märks UTKAST)")
    p.add_argument("--public", action="store_true",
                   help="den offentliga versionen: sekretessuppgifter och det som avslöjar dem utelämnas")
    p.add_argument("-q", "--quiet", action="store_true", help="skriv inte ut antal varningar")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("validate", help="lista problem; slutkod 0 när memot är klart, 1 annars")
    p.add_argument("file")
    p.add_argument("--strict", action="store_true", help="även varningar ger slutkod 1")
    p.add_argument("--profiles-dir", metavar="MAPP", action="append",
                   help="ytterligare mapp med profiler (kan upprepas)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("example", help="skriv det inbyggda exempelärendet (Office 365, 2018)")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    p.set_defaults(func=cmd_example)

    p = sub.add_parser("check", help="kontrollera organisationsmallarna: vad som är mappat och vad som saknas")
    p.add_argument("--profile", metavar="PROFIL", help="bara denna profil")
    p.add_argument("--profiles-dir", metavar="MAPP", action="append",
                   help="ytterligare mapp med profiler (kan upprepas)")
    p.set_defaults(func=cmd_check)

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
    p.add_argument("--on", help="datum ÅÅÅÅ-MM-DD (standard: i dag)")
    p.add_argument("--tag", action="append", help="begränsa till en etikett (kan upprepas)")
    p.set_defaults(func=cmd_caveats)

    p = sub.add_parser("gui", help="starta programmet")
    p.add_argument("file", nargs="?")
    p.add_argument("--screenshot", metavar="MAPP", help="spara en bild av varje steg och avsluta")
    p.set_defaults(func=cmd_gui)
    return parser


COMMANDS = ("build", "validate", "example", "check", "profiles", "profile", "caveats", "gui")


def main(argv: Sequence[str] | None = None) -> int:
    _configure_streams()
    parser = make_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # `memo-builder FILE.memo` (a file association, "Open with") opens the app on that file.
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
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # last line of defence: a user never sees a traceback
        from memo_builder.settings import log_exception

        print(f"Fel: {unexpected(exc, log_exception(exc))}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
