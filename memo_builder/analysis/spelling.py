"""Swedish spelling: the hunspell-sv dictionary read by spylls, plus the domain's, the
organisation's and the user's own words. No Qt.

Loading the dictionary takes seconds and suggestions can too, so the GUI runs all of this on a
worker thread (``gui/spelling.py``); the CLI (``validate --spelling``) just waits. A missing or
broken dictionary raises :class:`DictionaryUnavailable` with one Swedish line: the caller turns
the spell check off with that notice and everything else goes on.
"""

from __future__ import annotations

import json
import os
import re
import site
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from memo_builder.errors import UserError
from memo_builder.files import settings
from memo_builder.files.paths import resources_dir
from memo_builder.files.settings import data_dir
from memo_builder.files.storage import write_atomic

# Lazy on purpose (pyproject's PLC0415 allow-list, '# noqa: PLC0415' where used):
# spylls reads the dictionary on first use, not at the window's start.

DICTIONARY_NAME = "sv_SE"
MAX_WORDLIST_BYTES = 5 * 1024 * 1024
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


class DictionaryUnavailable(UserError):
    pass


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int
    word: str


def dictionary_candidates() -> list[Path]:
    """Where hunspell-sv's ``sv_SE.aff``/``.dic`` may be: ``MEMO_BUILDER_DICTIONARY`` (the path
    without extension), else the ``share/hunspell`` folder the wheel installs into."""
    override = os.environ.get("MEMO_BUILDER_DICTIONARY")
    if override is not None:
        return [Path(override)] if override else []
    prefixes = [sys.prefix, sys.base_prefix, getattr(site, "USER_BASE", None) or "",
                os.path.dirname(sys.executable)]
    out = []
    for prefix in prefixes:
        if prefix:
            out.append(Path(prefix) / "share" / "hunspell" / DICTIONARY_NAME)
    out.append(Path("/usr/share/hunspell") / DICTIONARY_NAME)
    return out


def find_dictionary() -> Path | None:
    for base in dictionary_candidates():
        if base.with_suffix(".aff").is_file() and base.with_suffix(".dic").is_file():
            return base
    return None


def read_wordlist(path: Path | None) -> set[str]:
    """One word a line, ``#`` starts a comment; a missing or unreadable list is empty."""
    if path is None:
        return set()
    try:
        if path.stat().st_size > MAX_WORDLIST_BYTES:
            return set()
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    return {line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")}


def domain_wordlist() -> set[str]:
    return read_wordlist(resources_dir() / "wordlists" / "domain.txt")


def personal_wordlist_path() -> Path:
    return data_dir() / "ordlista.txt"


def organisation_wordlist_path() -> Path | None:
    """The organisation's shared list (often on a read-only share), if configured."""

    value = os.environ.get("MEMO_BUILDER_ORG_WORDLIST") or settings.get("organisation_wordlist")
    return Path(value) if isinstance(value, str) and value else None


def memo_words(memo, profile=None) -> set[str]:
    """Names the memo itself gives: organisation, administration, board, suppliers, people,
    and the profile's ``[language] words``."""
    texts = [memo.case.organisation, memo.case.administration, memo.case.board,
             memo.case.officer.name, *(o.supplier for o in memo.options),
             *(p.name for p in memo.signatures)]
    out = {w for t in texts for w in _TOKEN.findall(t or "")}
    data = getattr(profile, "language", None) or {}
    listed = data.get("words", []) if isinstance(data, dict) else []
    if isinstance(listed, list):
        out |= {str(w).strip() for w in listed if isinstance(w, str) and w.strip()}
    for text in (getattr(profile, "organisation", ""), *getattr(profile, "boards", [])):
        out |= set(_TOKEN.findall(text or ""))
    return out


class SpellChecker:
    """One loaded dictionary plus known words. Not thread-safe: use it from one thread."""

    def __init__(self, dictionary, known: Iterable[str] = ()) -> None:
        self._dictionary = dictionary
        self._known: set[str] = set()
        self._known_lower: set[str] = set()
        self._cache: dict[str, bool] = {}
        self.add_known(known)

    @classmethod
    def load(cls, base: Path | None = None, known: Iterable[str] = ()) -> SpellChecker:
        base = base or find_dictionary()
        if base is None:
            raise DictionaryUnavailable(
                "Den svenska ordlistan (hunspell-sv) hittades inte, så stavningskontrollen är "
                "avstängd. Installera om programmet eller be IT-avdelningen om paketet hunspell-sv.")
        try:
            from spylls.hunspell import Dictionary  # noqa: PLC0415

            dictionary = Dictionary.from_files(str(base))
            dictionary.lookup("och")  # a broken file fails here, not at the first keystroke
        except ImportError:
            raise DictionaryUnavailable(
                "Stavningskontrollen saknar sin motor (spylls) och är avstängd. Installera om "
                "programmet.") from None
        except Exception as exc:  # noqa: BLE001 - any broken dictionary file: one notice
            raise DictionaryUnavailable(
                f"Den svenska ordlistan ({base.name}) kunde inte läsas ({type(exc).__name__}), så "
                "stavningskontrollen är avstängd. Resten av programmet fungerar som vanligt."
            ) from None
        return cls(dictionary, known)

    @classmethod
    def load_default(cls, extra: Iterable[str] = ()) -> SpellChecker:
        known = domain_wordlist() | read_wordlist(organisation_wordlist_path()) \
            | read_wordlist(personal_wordlist_path()) | set(extra)
        return cls.load(known=known)

    def add_known(self, words: Iterable[str]) -> None:
        for w in words:
            w = w.strip()
            if w:
                self._known.add(w)
                self._known_lower.add(w.lower())
        self._cache.clear()

    def _skip(self, word: str) -> bool:
        if len(word) < 2:
            return True
        if word.isupper() and len(word) <= 6:  # OSL, GDPR, EU, IMY: acronyms
            return True
        return any(c.isupper() for c in word[1:]) and not word.isupper()  # SharePoint, iPhone

    def correct(self, word: str) -> bool:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        ok = self._correct(word)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[word] = ok
        return ok

    def _correct(self, word: str) -> bool:
        if self._skip(word) or word in self._known or word.lower() in self._known_lower:
            return True
        for form in (word, word.replace("’", "'")):
            try:
                if self._dictionary.lookup(form):
                    return True
            except Exception:  # noqa: BLE001 - spylls on odd input: never a traceback
                return True
        if "-" in word:  # e-post-adress, IT-strateg: each part on its own
            return all(self.correct(part) for part in word.split("-") if part)
        # A genitive of a known name or word: "Lockboxs", "förvaltningens".
        return word.endswith("s") and (word[:-1] in self._known or word[:-1].lower() in self._known_lower)

    def misspelled(self, text: str) -> list[Misspelling]:
        out = []
        for m in _TOKEN.finditer(text):
            start = m.start()
            # URLs, e-mail addresses and file names are not words.
            before = text[max(0, start - 1):start]
            after = text[m.end():m.end() + 1]
            if before in "@/.\\:" and before or after in "@/\\" and after:
                continue
            if not self.correct(m.group(0)):
                out.append(Misspelling(start, m.end(), m.group(0)))
        return out

    def suggest(self, word: str, limit: int = 6) -> list[str]:
        out: list[str] = []
        try:
            for s in self._dictionary.suggest(word):
                if s not in out:
                    out.append(s)
                if len(out) >= limit:
                    break
        except Exception:  # noqa: BLE001
            pass
        return out


_lock = threading.Lock()


def add_to_personal_wordlist(word: str) -> Path:
    """Append ``word`` to the user's word list (atomic rewrite); returns its path."""

    path = personal_wordlist_path()
    with _lock:
        words = read_wordlist(path)
        words.add(word.strip())
        path.parent.mkdir(parents=True, exist_ok=True)
        body = "# Egna ord för stavningskontrollen i Memo Builder, ett per rad.\n" + \
            "\n".join(sorted(words, key=str.lower)) + "\n"
        write_atomic(path, body.encode("utf-8"))
    return path


# -- the spell-check process ---------------------------------------------------------------------
def serve_stdio() -> None:
    """The GUI's spell-check process: ``python -m memo_builder.analysis.spelling``.

    A process of its own, not a thread: spylls is pure Python, and loading the dictionary on a
    thread held the interpreter lock long enough to freeze the window for up to a second. The
    protocol is one JSON object a line, both ways (UTF-8): requests ``{"op": "known" | "check"
    | "suggest" | "stop", ...}``; answers ``{"kind": "loaded" | "unavailable" | "checked" |
    "suggested", ...}``. It ends on "stop" or when its input closes (the program went away)."""

    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing a library prints may end up in the answers
    if hasattr(os, "nice"):
        try:
            os.nice(10)  # below the window: on a busy machine the GUI gets the CPU first
        except OSError:
            pass

    def send(**message) -> None:
        try:
            out.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
            out.flush()
        except (OSError, ValueError):
            raise SystemExit(0) from None

    first = sys.stdin.buffer.readline()  # the memo's names, before the dictionary loads
    try:
        extra = json.loads(first or b"{}").get("words", [])
    except ValueError:
        extra = []
    try:
        checker = SpellChecker.load_default([w for w in extra if isinstance(w, str)])
    except DictionaryUnavailable as exc:
        send(kind="unavailable", reason=str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - never a traceback for spelling
        send(kind="unavailable", reason=f"Stavningskontrollen är avstängd ({type(exc).__name__}).")
        return
    send(kind="loaded")
    for line in sys.stdin.buffer:
        try:
            message = json.loads(line)
            op = message.get("op")
        except (ValueError, AttributeError):
            continue
        if op == "stop":
            return
        try:
            if op == "check":
                answers: dict[str, bool] = {}
                for i, w in enumerate(message.get("words", [])):
                    answers[w] = checker.correct(w)
                    if i % 200 == 199:  # long batches in pieces
                        send(kind="checked", words=answers)
                        answers = {}
                if answers:
                    send(kind="checked", words=answers)
            elif op == "suggest":
                word = str(message.get("word", ""))
                send(kind="suggested", word=word, suggestions=checker.suggest(word))
            elif op == "known":
                checker.add_known([w for w in message.get("words", []) if isinstance(w, str)])
        except SystemExit:
            raise
        except Exception:  # noqa: BLE001, S112 - one odd word must not end the service
            continue


if __name__ == "__main__":
    serve_stdio()
