"""The sandboxed jinja2 environment that renders a profile's template to the HTML subset.

Autoescaping protects every user string (``A & B <C>`` stays text); the sandbox keeps an
organisation's template from reaching Python internals; StrictUndefined turns a typo in a
template into a clear message instead of a silently empty field.
"""

from __future__ import annotations

import traceback
from functools import lru_cache
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from memo_builder.files.paths import templates_dir
from memo_builder.model.swedish import unbroken_ranges
from memo_builder.render import places
from memo_builder.render.profile import Profile, ProfileError


def paragraphs(text: str) -> list[list[str]]:
    """Split user text into paragraphs (blank line) of lines (single line break)."""
    text = (text or "").strip("\n")
    if not text.strip():
        return []
    blocks = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if block.strip():
            blocks.append(block.strip("\n").split("\n"))
    return blocks


def lines(text: str) -> Markup:
    """One paragraph's text with line breaks kept as <br>, every part escaped."""
    return Markup("<br>").join(escape(part) for part in (text or "").split("\n"))


def _running(text: str) -> str:
    """The official's own text, with typography only (a typed date range does not break after
    its dash): their words and dates are never rewritten (issue 20)."""

    return unbroken_ranges(text or "")


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates in the user's cache folder: compiling the profile template is the
    largest single start-up cost of a build (about 60 ms). A cache that cannot be read or
    written (read-only profile, full disk) is simply not used."""

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError, TypeError):
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = places.current().template_cache
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _QuietBytecodeCache(str(folder), "memo-%s.cache")


# An organisation's template may not make values this large: `{{ 'x' * 10**10 }}` or
# `{{ 9**9**9 }}` would exhaust memory or hang the build (the sandbox guards access, not size).
MAX_REPEAT = 1_000_000  # characters or items from `sequence * n`
MAX_POWER_BITS = 100_000  # bits of an integer power


class ResourceLimitError(SecurityError):
    """A template tried to build an absurdly large value."""


class _Sandbox(ImmutableSandboxedEnvironment):
    # Intercepting also stops jinja2 from folding such constants at compile time.
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator, left, right):
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(n, int)
                    and len(seq) * n > MAX_REPEAT
                ):
                    raise ResourceLimitError("för lång upprepning")
        elif operator == "**" and isinstance(left, int) and isinstance(right, int):
            if abs(left) > 1 and right > 0 and left.bit_length() * right > MAX_POWER_BITS:
                raise ResourceLimitError("för stor potens")
        elif operator == "**" and isinstance(right, int | float) and abs(right) > MAX_POWER_BITS:
            raise ResourceLimitError("för stor potens")
        return super().call_binop(context, operator, left, right)


def _template_line(exc: BaseException, profile: Profile) -> str:
    """' på rad N i memo.html.j2' from jinja2's rewritten traceback, or ''."""

    folder = str(profile.folder)
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename and frame.filename.startswith(folder):
            return f" på rad {frame.lineno} i {Path(frame.filename).name}"
    return ""


def base_template_dir() -> Path:
    """The shared base template every profile may extend (``{% extends "_base/memo.html.j2" %}``)."""

    return templates_dir() / "_base"


def _loader(folder: Path) -> jinja2.BaseLoader:
    """Reaches the profile's own folder and, under the name ``_base/``, the shipped base
    template; nothing else (jinja2's loaders refuse ``..`` and absolute names)."""
    return jinja2.ChoiceLoader([
        jinja2.PrefixLoader({"_base": jinja2.FileSystemLoader(str(base_template_dir()))}),
        jinja2.FileSystemLoader(str(folder)),
    ])


@lru_cache(maxsize=8)
def _environment(folder: Path) -> jinja2.Environment:
    env = _Sandbox(
        bytecode_cache=_bytecode_cache(),
        loader=_loader(folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    env.filters["paragraphs"] = paragraphs
    env.filters["lines"] = lines
    env.filters["running"] = _running  # typography for the official's text, never rewording
    return env


def render_template(profile: Profile, context: dict) -> str:
    try:
        template = _environment(profile.folder).get_template(profile.template_name)
        return template.render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise ProfileError(
            f"Mallen {profile.key!r} har ett syntaxfel i {exc.name or profile.template_name} "
            f"rad {exc.lineno}: {exc.message}."
        ) from None
    except ResourceLimitError as exc:
        raise ProfileError(
            f"Mallen {profile.key!r} försöker skapa orimligt stora värden ({exc}"
            f"{_template_line(exc, profile)}) och har stoppats. Kontakta den som förvaltar mallen."
        ) from None
    except jinja2.exceptions.SecurityError:
        raise ProfileError(
            f"Mallen {profile.key!r} försöker komma åt något som mallar inte får använda "
            "och har stoppats. Kontakta den som förvaltar mallen."
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise ProfileError(
            f"Mallen {profile.key!r} hämtar in filen {exc.name!r}, som inte finns i mallens mapp "
            f"{profile.folder}. Mallar får bara hämta in filer från sin egen mapp."
        ) from None
    except jinja2.UndefinedError as exc:
        raise ProfileError(f"Mallen {profile.key!r} använder ett okänt fält: {exc.message}.") from None
    except jinja2.TemplateError as exc:
        raise ProfileError(f"Mallen {profile.key!r} kunde inte användas: {exc}.") from None
    except RecursionError:
        raise ProfileError(f"Mallen {profile.key!r} innehåller en oändlig rekursion.") from None
    except Exception as exc:  # an organisation's template is foreign code: contain anything
        raise ProfileError(
            f"Mallen {profile.key!r} avbröts av ett fel{_template_line(exc, profile)}: "
            f"{type(exc).__name__}: {exc}. Kontakta den som förvaltar mallen."
        ) from None
