"""The bodies a memo speaks of, as words in its sentences: who judges ("Förvaltningen bedömer",
"Regionkontoret bedömer") and who decides ("Om nämnden inte fattar beslut", "Om
regionstyrelsen …").

They are case data first: the memo's förvaltning and board, when their names are the body
words themselves ("Regionkontoret", "Serviceförvaltningen"; "Regionstyrelsen",
"Kommunstyrelsen"). Otherwise ("Intraservice", "Nämnden för Intraservice") the profile's words
stand in ([phrases] office and board_word; _base: "Förvaltningen", "nämnden"). A profile's
phrases and headings use them as {office}, {office_l} ("förvaltningen"), {office_s}
("förvaltningens"), {Office_s}
("Förvaltningens") and {board_word}, {Board_word}.
"""

from __future__ import annotations

from memo_builder.model.swedish import BOARD_ENDINGS, OFFICE_ENDINGS, is_body_word

DEFAULT_OFFICE = "Förvaltningen"
DEFAULT_BOARD = "nämnden"


def _genitive(word: str) -> str:
    return word if word.endswith(("s", "x", "z")) else word + "s"


def words(administration: str = "", board: str = "", phrases: dict | None = None) -> dict[str, str]:
    """The body words for a case (``administration``, ``board``) under a profile's phrases."""
    phrases = phrases or {}
    office = phrases.get("office", "") or DEFAULT_OFFICE
    board_word = phrases.get("board_word", "") or DEFAULT_BOARD
    if is_body_word(administration, OFFICE_ENDINGS):
        name = administration.strip()
        office = name[0].upper() + name[1:]
    if is_body_word(board, BOARD_ENDINGS):
        board_word = board.strip().lower()
    office = office[0].upper() + office[1:]
    return {
        "office": office,
        "office_l": office[0].lower() + office[1:],
        "office_s": _genitive(office[0].lower() + office[1:]),
        "Office_s": _genitive(office),
        "board_word": board_word[0].lower() + board_word[1:],
        "Board_word": board_word[0].upper() + board_word[1:],
    }


def points_name_the_board(points: list[str], board: str, board_word: str) -> bool:
    """Whether every decision point is a whole sentence with the board as its subject: it
    starts with the board's name or the body word for it ("Kommunstyrelsen ger …"). Such points
    stand without "… beslutar att" before them."""
    names = {" ".join(board.split()).casefold(), board_word.casefold()} - {""}
    texts = [" ".join(p.split()).casefold() for p in points if p.strip()]
    return bool(texts) and bool(names) and all(
        any(t.startswith(n + " ") for n in names) for t in texts)


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with the body words in; a text with other or broken fields is left as it is."""
    if "{" not in text:
        return text
    try:
        return text.format_map(_Keep(values))
    except (ValueError, IndexError, AttributeError):
        return text


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
