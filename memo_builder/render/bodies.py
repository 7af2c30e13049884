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

from memo_builder.model.swedish import body_words

DEFAULT_OFFICE = "Förvaltningen"
DEFAULT_BOARD = "nämnden"


def words(administration: str = "", board: str = "", phrases: dict | None = None) -> dict[str, str]:
    """The body words for a case (``administration``, ``board``) under a profile's phrases
    (the rule is the model's, which the validation messages use without a profile)."""
    phrases = phrases or {}
    return body_words(administration, board, phrases.get("office", "") or DEFAULT_OFFICE,
                      phrases.get("board_word", "") or DEFAULT_BOARD)


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
