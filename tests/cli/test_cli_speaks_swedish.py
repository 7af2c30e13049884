"""The command line: Swedish throughout, mistyped commands caught, no hangs and no Qt aborts."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from memo_builder import cli
from memo_builder.files.paths import example_memo_path


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("word", "hint"), [("buidl", "Menade du build?"), ("valdate", "Menade du validate?"),
                                            ("nosuchcmd", "")])
def test_a_mistyped_command_is_named_with_the_closest_one(word, hint, capsys, monkeypatch):
    monkeypatch.setattr(cli, "cmd_gui", lambda args: pytest.fail("the GUI must not start"))
    code, out, err = run(capsys, word, "x.memo")
    assert code == 2 and f"'{word}' är inget kommando." in err and hint in err
    assert "unrecognized" not in err and not out


def test_a_memo_file_still_opens_the_app(capsys, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(cli, "cmd_gui", lambda args: opened.append(args.file) or 0)
    assert cli.main([str(example_memo_path())]) == 0
    assert cli.main(["nytt ärende.memo"]) == 0  # a new file name: the app says if it is missing
    assert opened == [str(example_memo_path()), "nytt ärende.memo"]


def _all_parsers(parser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _all_parsers(sub)


def test_help_and_usage_are_swedish_and_every_argument_says_what_it_is(capsys):
    parser = cli.make_parser()
    for p in _all_parsers(parser):
        text = p.format_help()
        assert text.startswith("Användning: "), text[:40]
        for english in ("usage:", "positional arguments", "options:", "show this help"):
            assert english not in text, (p.prog, english)
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help, (p.prog, action.dest)


@pytest.mark.parametrize(("argv", "expected"), [
    (["build"], "ange också FIL"),
    (["build", "x.memo", "--format", "rtf"], "ogiltigt val 'rtf'"),
    (["build", "x.memo", "-o"], "-o/--output behöver ett värde"),
    (["validate", "x.memo", "--nosuch"], "okända argument: --nosuch"),
])
def test_argument_errors_are_swedish_with_exit_2(argv, expected, capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    err = capsys.readouterr().err
    assert info.value.code == 2 and expected in err and err.splitlines()[-1].startswith("Fel: ")


def test_unknown_caveat_tag_lists_the_tags_and_one_entry_is_one_post(capsys):
    code, out, err = run(capsys, "caveats", "--tag", "nosuchtag")
    assert code == 2 and "Etiketten 'nosuchtag' finns inte" in err and "sekretess" in err
    code, out, _ = run(capsys, "caveats", "--on", "2019-02-01", "--tag", "sakerhetsskydd")
    first = out.split("\n")[0]
    assert code == 0 and first.endswith("med etiketten sakerhetsskydd gäller den 1 februari 2019:")
    assert "På väg inom ett år: 1 post\n" in out and "1 poster" not in out
    assert "Träder i kraft den 1 april 2019" in out


def test_check_of_an_unknown_profile_is_an_input_problem(capsys):
    code, out, err = run(capsys, "check", "--profile", "nosuch")
    assert code == 2 and "finns inte" in err and "kommun" in err


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                             "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="gäller X11/Wayland på Linux")
def test_without_a_display_the_gui_says_so_in_one_swedish_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "memo_builder.cli", "gui"], env=_env(
        MEMO_BUILDER_CONFIG_DIR=str(tmp_path / "c"), MEMO_BUILDER_DATA_DIR=str(tmp_path / "d")),
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ingen skärm" in lines[0]


def test_screenshot_of_a_missing_file_exits_2_at_once(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "memo_builder.cli", "gui", str(tmp_path / "saknas.memo"),
         "--screenshot", str(tmp_path / "bilder")],
        env=_env(QT_QPA_PLATFORM="offscreen", MEMO_BUILDER_CONFIG_DIR=str(tmp_path / "c"),
                 MEMO_BUILDER_DATA_DIR=str(tmp_path / "d")),
        capture_output=True, text=True, timeout=120)  # a modal dialog would hang: the timeout fails it
    assert result.returncode == 2
    assert "saknas.memo finns inte" in result.stderr
    assert not (tmp_path / "bilder").exists()


# -- argparse's own texts through its gettext hook (issue 18) -----------------------------------
@pytest.mark.parametrize(("argv", "expected"), [
    (["import-costs", "a.memo", "b.xlsx", "--option", "två"], "--option har ett ogiltigt värde 'två'"),
    (["build", "a.memo", "--pro", "x"], "flaggan --pro är tvetydig: den kan vara --profile, --profiles-dir"),
    (["build", "a.memo", "--draft=ja"], "--draft tar inget värde (fick 'ja')"),
    (["profile", "ny"], "KOMMANDO har ett ogiltigt val 'ny' (välj bland 'new')"),
    (["profile", "new", "umea"], "ange också --from-docx"),
    (["check-doc"], "ange också FIL"),
    (["export-costs", "a.memo", "--output"], "-o/--output behöver ett värde"),
])
def test_every_argument_error_of_the_commands_is_swedish(argv, expected, capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    err = capsys.readouterr().err
    assert info.value.code == 2, err
    assert f"Fel: {expected}. Skriv " in err and err.startswith("Användning: memo-builder"), err


def _parser_with(*arguments):
    parser = cli.SwedishParser(prog="prov")
    for args, kwargs in arguments:
        parser.add_argument(*args, **kwargs)
    return parser


@pytest.mark.parametrize(("arguments", "argv", "expected"), [
    ([(("--par",), {"nargs": 2})], ["--par", "1"], "--par behöver 2 värden"),
    ([(("--en",), {"nargs": 1})], ["--en"], "--en behöver 1 värde"),
    ([(("--fler",), {"nargs": "+"})], ["--fler"], "--fler behöver minst ett värde"),
    ([(("tal",), {"type": float})], ["sju"], "tal har ett ogiltigt värde 'sju'"),
    ([(("--x",), {})], ["--x", "1", "extra"], "okända argument: extra"),
])
def test_argparse_messages_our_commands_do_not_reach_yet_are_swedish_too(arguments, argv, expected,
                                                                         capsys):
    with pytest.raises(SystemExit):
        _parser_with(*arguments).parse_args(argv)
    assert f"Fel: {expected}." in capsys.readouterr().err


def test_mutually_exclusive_and_required_groups_speak_swedish(capsys):
    parser = cli.SwedishParser(prog="prov")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--word", action="store_true")
    group.add_argument("--pdf", action="store_true")
    with pytest.raises(SystemExit):
        parser.parse_args(["--word", "--pdf"])
    assert "Fel: --pdf går inte ihop med --word." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser.parse_args([])
    assert "Fel: ange ett av argumenten --word --pdf." in capsys.readouterr().err


def test_the_swedish_catalogue_is_only_for_our_parser():
    cli.make_parser().format_help()
    plain = argparse.ArgumentParser(prog="annan")
    text = plain.format_help()
    assert text.startswith("usage: annan") and "show this help message" in text
    assert argparse._("usage: ") == "usage: "


def test_the_catalogue_has_every_argparse_text_a_user_can_meet():
    """Every text argparse looks up, but those only a programmer's mistake in the parser can
    raise (a conflicting option, a bad conflict handler …), has a Swedish text: a new Python
    that adds one fails here instead of speaking English to a user."""
    import ast
    import inspect

    programmer_errors = {
        ".__call__() not defined", "conflicting subparser: %s", "conflicting subparser alias: %s",
        "cannot merge actions - two groups are named %r",
        "'required' is an invalid argument for positionals",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
        "dest= is required for options like %r", "invalid conflict_resolution value: %r",
        "mutually exclusive arguments must be optional", "cannot have multiple subparser arguments",
        "%r is not callable", "conflicting option string: %s",
    }
    looked_up = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("_", "ngettext") and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                looked_up.add(first.value)
    looked_up.add("subcommands")  # _(kwargs.pop('title', 'subcommands'))
    missing = looked_up - programmer_errors - set(cli._ARGPARSE_SV) - set(cli._ARGPARSE_SV_PLURAL)
    assert not missing, missing
