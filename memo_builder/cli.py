"""Command line: ``memo-builder build | validate | example | check | caveats | gui``.

Exit codes: 0 done, 1 the memo has problems (listed), 2 a file or input problem (one Swedish
line on stderr), 3 an internal error (logged; the user gets one line, never a traceback).
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class UserError(Exception):
    """A problem the user can fix; ``str()`` is the one line they see."""


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
    import os

    encoding = None
    if os.environ.get("PYTHONIOENCODING"):
        encoding = os.environ["PYTHONIOENCODING"].split(":")[0] or None
    elif sys.platform == "win32":
        try:
            import ctypes

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
    from memo_builder.model import storage

    try:
        return storage.load(path)
    except storage.MemoFileError as exc:
        raise UserError(str(exc)) from None


def _library():
    """The caveat library, or None when it is not available (validation then skips LOU checks)."""
    try:
        from memo_builder.model.caveats import default_library
    except ImportError:
        return None
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


def write_output(data: bytes, target: Path) -> None:
    """Atomically write a finished output file, explaining every failure in one line."""
    from memo_builder.model.storage import describe_os_error, write_atomic

    if target.is_dir():
        raise UserError(f"{target} är en mapp. Ange ett filnamn, till exempel {target / 'memo.docx'}.")
    if not target.parent.exists():
        raise UserError(f"Mappen {target.parent} finns inte. Skapa den eller välj en annan plats.")
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise UserError(describe_os_error(exc, target, "skriva")) from None


def cmd_build(args) -> int:
    from memo_builder.model.validation import Level, validate
    from memo_builder.render.pipeline import build_docx
    from memo_builder.render.profile import ProfileError

    memo = _load(args.file)
    output = Path(args.output) if args.output else Path(args.file).with_suffix(".docx")
    _refuse_overwriting_the_memo(Path(args.file), output)
    library = _library()
    problems = validate(memo, library)
    errors = [p for p in problems if p.level is Level.ERROR]
    if errors and not args.draft:
        print("Memot är inte klart för nämnden och byggdes inte:", file=sys.stderr)
        _print_problems(errors, sys.stderr)
        print("Rätta felen, eller bygg ett utkast med --draft.", file=sys.stderr)
        return EXIT_PROBLEMS
    buffer = io.BytesIO()
    try:
        report = build_docx(memo, buffer, draft=args.draft or bool(errors), library=library)
    except ProfileError as exc:
        raise UserError(str(exc)) from None
    write_output(buffer.getvalue(), output)
    for style in sorted(report.missing_styles):
        print(f"Varning: formatmallen {style!r} saknas i mallens grunddokument.", file=sys.stderr)
    warnings = [p for p in problems if p.level is Level.WARNING]
    if warnings and not args.quiet:
        print(f"{len(warnings)} varningar (se memo-builder validate).", file=sys.stderr)
    print(f"Skrev {output}" + (" (utkast)" if errors or args.draft else ""))
    return EXIT_OK


def _refuse_overwriting_the_memo(source: Path, output: Path) -> None:
    """The Word file must never replace the memo it was built from (or any .memo file)."""
    try:
        same = output.exists() and output.resolve() == source.resolve()
    except OSError:
        same = False
    if same or output.suffix.lower() == ".memo":
        raise UserError(
            f"{output} är en memofil och skrivs inte över med Word-filen. "
            "Ange ett namn som slutar på .docx."
        )


def cmd_example(args) -> int:
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
    write_output(source, target)
    print(f"Skrev exempelärendet till {target}")
    return EXIT_OK


def cmd_check(args) -> int:
    """Check organisation profiles: manifest, template, base document styles, a test render."""
    import docx

    from memo_builder.model import storage
    from memo_builder.paths import example_memo_path
    from memo_builder.render.docx_writer import ROLE_STYLES
    from memo_builder.render.pipeline import build_docx
    from memo_builder.render.profile import ProfileError, available_profiles, load_profile

    keys = [args.profile] if args.profile else available_profiles()
    failed = False
    for key in keys:
        try:
            profile = load_profile(key)
            ids = {s.style_id for s in docx.Document(str(profile.base_docx)).styles}
            wanted = {candidates[0] for candidates in ROLE_STYLES.values()} | set(profile.styles.values())
            missing = sorted(s for s in wanted if s not in ids and s != "MemoTableText")
            memo = storage.load(example_memo_path())
            memo.profile = key
            build_docx(memo, io.BytesIO(), profile)
        except ProfileError as exc:
            print(f"{key}: {exc}")
            failed = True
            continue
        if missing:
            print(f"{key}: formatmallar saknas i grunddokumentet: {', '.join(missing)}")
            failed = True
        else:
            print(f"{key}: OK")
    return EXIT_PROBLEMS if failed else EXIT_OK


def cmd_caveats(args) -> int:
    from datetime import date

    try:
        from memo_builder.model.caveats import KINDS
    except ImportError:
        raise UserError("Biblioteket med juridiska bedömningar finns inte i denna version.") from None
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
    p.add_argument("-o", "--output", help="Word-fil att skriva (standard: samma namn, .docx)")
    p.add_argument("--draft", action="store_true", help="bygg även om memot har fel (märks UTKAST)")
    p.add_argument("-q", "--quiet", action="store_true", help="skriv inte ut antal varningar")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("validate", help="lista problem; slutkod 0 när memot är klart, 1 annars")
    p.add_argument("file")
    p.add_argument("--strict", action="store_true", help="även varningar ger slutkod 1")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("example", help="skriv det inbyggda exempelärendet (Office 365, 2018)")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    p.set_defaults(func=cmd_example)

    p = sub.add_parser("check", help="kontrollera organisationsmallarna")
    p.add_argument("--profile")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("caveats", help="lista juridiska bedömningar som gäller ett datum")
    p.add_argument("--on", help="datum ÅÅÅÅ-MM-DD (standard: i dag)")
    p.add_argument("--tag", action="append", help="begränsa till en etikett (kan upprepas)")
    p.set_defaults(func=cmd_caveats)

    p = sub.add_parser("gui", help="starta programmet")
    p.add_argument("file", nargs="?")
    p.add_argument("--screenshot", metavar="MAPP", help="spara en bild av varje steg och avsluta")
    p.set_defaults(func=cmd_gui)
    return parser


COMMANDS = ("build", "validate", "example", "check", "caveats", "gui")


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

        log = log_exception(exc)
        print(
            f"Fel: ett oväntat fel inträffade ({type(exc).__name__}). "
            f"Detaljer har sparats i {log}. Inget i dina filer har ändrats.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
