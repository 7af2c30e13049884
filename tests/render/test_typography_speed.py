"""The unit binding runs on every text the writer puts in the body, the official's own text
included. Its speed on pathological text is measured by ``bench/typography_linear.py``; here,
that the bounded patterns still bind what they must, and leave what they must not."""

from __future__ import annotations

from memo_builder.render.typography import bind_units

NB, NBH = "\u00a0", "\u2011"


def test_the_units_are_still_bound():
    assert bind_units("10 kap. 2 a § OSL") == f"10{NB}kap.{NB}2{NB}a{NB}§{NB}OSL"
    assert bind_units("45 000 kr à 289 kr") == f"45{NB}000{NB}kr à{NB}289{NB}kr"
    assert bind_units("DI-2023-1647") == f"DI{NBH}2023{NBH}1647"


def test_a_long_run_of_digits_or_spaces_is_left_as_it_is():
    # (these made the unanchored patterns quadratic: minutes for one fuzzed field)
    for text in ("1" * 50_000, "1" + " " * 50_000 + "x", "1 " * 25_000):
        out = bind_units(text)
        assert out.replace(NB, " ") == text


def test_long_runs_in_the_officials_text_are_read_once():
    """The same class of pattern elsewhere (found by scanning every compiled pattern with long
    runs): the board-needs check's amount and the tree's layout whitespace. On the old patterns
    these calls took minutes for fields this long; they must simply finish and say the same."""
    from memo_builder.model.board_needs import _AMOUNT
    from memo_builder.render.tree import _LAYOUT_WS

    assert _AMOUNT.search("1 " * 50_000) is None
    assert _AMOUNT.search("Det kostar 3,5 miljoner kronor.") is not None
    assert _AMOUNT.search("1 234 tkr") is not None
    assert _LAYOUT_WS.sub(" ", "a" + " " * 100_000 + "b") == "a" + " " * 100_000 + "b"
    assert _LAYOUT_WS.sub(" ", "a  \n \t\n  b") == "a b"


def test_long_dates_approximations_and_prices_are_bound():
    # (a day left at a line end, "cirka" apart from its figure: a secretary's correction)
    assert bind_units("beslutade den 14 februari 2024 att") == \
        f"beslutade den{NB}14{NB}februari{NB}2024 att"
    assert bind_units("från 3 okt. 2019.") == f"från 3{NB}okt.{NB}2019."
    assert bind_units("Senast 30 september.") == f"Senast 30{NB}september."
    assert bind_units("den 16 november 2019, och") == f"den{NB}16{NB}november{NB}2019, och"
    assert bind_units("kostar ca 7,25 miljarder euro") == f"kostar ca{NB}7,25{NB}miljarder{NB}euro"
    assert bind_units("Drygt 1 miljon kronor") == f"Drygt{NB}1{NB}miljon{NB}kronor"
    assert bind_units("12 timmar à 1 149,75 kr") == f"12{NB}timmar à{NB}1{NB}149,75{NB}kr"
    # Not a date, not an approximation: left as typed.
    for text in ("version 3,4 maj", "den 1 2 mars", "cirka hälften", "Maj 2024", "i 250 juni"):
        assert bind_units(text).replace(NB, " ").replace(NBH, "-") == text
    assert bind_units("i 250 juni") == "i 250 juni"
