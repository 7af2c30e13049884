"""Dataclass <-> JSON-compatible dict, typed both ways.

Reading is strict about types (a number where text belongs is an error with a path) and
lenient about absence (a missing field takes its default), so files written by older builds of
the same schema version still open. Decimals are written as strings to stay exact.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any

from memo_builder.model.swedish import MAX_DIGITS  # the one limit for numbers read anywhere
from memo_builder.model.text import clean_text


class SchemaError(ValueError):
    """A value in a memo file does not have the type the model needs."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def to_data(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, list):
        return [to_data(v) for v in obj]
    if isinstance(obj, str):
        # Text typed or pasted into the GUI can hold lone surrogates, which UTF-8 cannot
        # encode: the save would fail. Clean on the way out as on the way in.
        return clean_text(obj)
    return obj


def cleaned(obj: Any) -> Any:
    """A copy of a memo (or any part of one) with every text cleaned (model/text.py).

    Text is cleaned once, where it enters: :func:`from_data` (loading) and the GUI's editors do
    it. A program that builds a :class:`Memo` itself passes it through here before rendering;
    the renderer trusts the memo's text (its tree parser only guards against what a template
    writes)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return type(obj)(**{f.name: cleaned(getattr(obj, f.name)) for f in dataclasses.fields(obj)})
    if isinstance(obj, list):
        return [cleaned(v) for v in obj]
    if isinstance(obj, str):
        return clean_text(obj)
    return obj


def _short(value: Any) -> str:
    """A value for a message, cut so that a 10 000-digit number does not fill the screen."""
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:20]}…({len(text)} tecken)"


def _join(path: str, name: str | int) -> str:
    if isinstance(name, int):
        return f"{path}[{name}]"
    return f"{path}.{name}" if path else name


def from_data(cls: type, data: Any, path: str = "") -> Any:
    return _convert(cls, data, path)


def _convert(tp: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _convert(args[0], value, path)
    if origin is list:
        if not isinstance(value, list):
            raise SchemaError(path, "förväntade en lista")
        (item_tp,) = typing.get_args(tp)
        return [_convert(item_tp, v, _join(path, i)) for i, v in enumerate(value)]
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise SchemaError(path, "förväntade ett objekt med fält")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                kwargs[f.name] = _convert(hints[f.name], value[f.name], _join(path, f.name))
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in tp)
            raise SchemaError(path, f"okänt värde {_short(value)} (tillåtna: {allowed})") from None
    if tp is str:
        if not isinstance(value, str):
            raise SchemaError(path, "förväntade text")
        return clean_text(value)
    if tp is bool:
        if not isinstance(value, bool):
            raise SchemaError(path, "förväntade sant eller falskt")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SchemaError(path, "förväntade ett heltal")
        if abs(value) >= 10 ** (MAX_DIGITS + 1):  # counts, years, months: never this large
            raise SchemaError(path, f"{_short(value)} är orimligt stort")
        return value
    if tp is Decimal:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise SchemaError(path, "förväntade ett belopp eller tal")
        try:
            result = Decimal(str(value))
        except InvalidOperation:
            raise SchemaError(path, f"{_short(value)} är inte ett tal") from None
        if not result.is_finite():
            raise SchemaError(path, f"{_short(value)} är inte ett ändligt tal")
        if result and result.adjusted() > MAX_DIGITS:
            raise SchemaError(path, f"{_short(value)} är orimligt stort")
        return result
    if tp is date:
        if not isinstance(value, str):
            raise SchemaError(path, "förväntade ett datum (ÅÅÅÅ-MM-DD)")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise SchemaError(path, f"{_short(value)} är inte ett datum på formen ÅÅÅÅ-MM-DD") from None
    raise SchemaError(path, f"typen {tp!r} stöds inte")  # programming error, still no traceback
