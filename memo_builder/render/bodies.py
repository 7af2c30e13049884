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

OFFICE_ENDINGS = ("förvaltningen", "kontoret", "kansliet", "kontor", "staben")
BOARD_ENDINGS = ("nämnden", "styrelsen", "fullmäktige", "utskottet", "direktionen")
DEFAULT_OFFICE = "Förvaltningen"
DEFAULT_BOARD = "nämnden"


def _genitive(word: str) -> str:
    return word if word.endswith(("s", "x", "z")) else word + "s"


def words(administration: str = "", board: str = "", phrases: dict | None = None) -> dict[str, str]:
    """The body words for a case (``administration``, ``board``) under a profile's phrases."""
    phrases = phrases or {}
    office = phrases.get("office", "") or DEFAULT_OFFICE
    board_word = phrases.get("board_word", "") or DEFAULT_BOARD
    parts = administration.split()
    if len(parts) == 1 and parts[0].lower().endswith(OFFICE_ENDINGS):
        office = parts[0][0].upper() + parts[0][1:]
    parts = board.split()
    if len(parts) == 1 and parts[0].lower().endswith(BOARD_ENDINGS):
        board_word = parts[0].lower()
    office = office[0].upper() + office[1:]
    return {
        "office": office,
        "office_l": office[0].lower() + office[1:],
        "office_s": _genitive(office[0].lower() + office[1:]),
        "Office_s": _genitive(office),
        "board_word": board_word[0].lower() + board_word[1:],
        "Board_word": board_word[0].upper() + board_word[1:],
    }


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
