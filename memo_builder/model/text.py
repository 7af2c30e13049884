"""Text hygiene at the model boundary: what a user pastes must never break a writer."""

from __future__ import annotations

import re

# XML 1.0 forbids these; python-docx raises ValueError on them. Tab and newline stay meaningful.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]"
)


def clean_text(value: str) -> str:
    """Return ``value`` with control characters, lone surrogates and non-characters removed.

    Windows and old-Mac line endings become ``\\n``; a form feed or vertical tab pasted from a
    PDF becomes a line break rather than vanishing, so words are not glued together.
    """
    if not value:
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\x0b", "\n").replace("\x0c", "\n")
    return _FORBIDDEN.sub("", value)


def one_line(value: str) -> str:
    """Text for a one-line field (title, heading, option title): cleaned, with tabs and line
    breaks pasted into it turned into single spaces."""

    return re.sub(r"[\t\n]+", " ", clean_text(value))


def is_clean(value: str) -> bool:
    return clean_text(value) == value
