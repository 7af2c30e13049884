"""Plain Swedish: LIX per section, long sentences and very long paragraphs. No Qt.

LIX (Björnsson 1968) = words per sentence + 100 × words longer than six letters per word; see
DOMAIN.md §3 for the scale. It is a crude measure, so the program only warns, and only above
the limit the organisation's profile sets (``[language] lix_limit``, default 55: 50–60 is
normal for official text). An empty section has no LIX.

Every finding carries the memo field path of the text it is about, so the GUI can jump there.
``memo_builder.analysis.revision.Analysis.readability`` computes this once per memo revision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from memo_builder.model.memo import Memo
from memo_builder.model.problems import Level, Problem

DEFAULT_LIX_LIMIT = 55.0
DEFAULT_LONG_SENTENCE = 30
DEFAULT_LONG_PARAGRAPH = 150
#: Below this many words a LIX says little: it is shown, never warned about.
MIN_WORDS_FOR_WARNING = 20


@dataclass(frozen=True)
class Limits:
    lix: float = DEFAULT_LIX_LIMIT
    long_sentence: int = DEFAULT_LONG_SENTENCE
    long_paragraph: int = DEFAULT_LONG_PARAGRAPH

    @classmethod
    def from_profile(cls, profile) -> Limits:
        """From a profile's ``[language]`` table; a wrong value falls back to the default."""
        data = getattr(profile, "language", None) or {}

        def number(key: str, default, low, high, kind):
            value = data.get(key, default)
            if isinstance(value, bool) or not isinstance(value, int | float):
                return default
            return kind(value) if low <= value <= high else default

        return cls(
            number("lix_limit", DEFAULT_LIX_LIMIT, 10, 100, float),
            number("long_sentence_words", DEFAULT_LONG_SENTENCE, 5, 200, int),
            number("long_paragraph_words", DEFAULT_LONG_PARAGRAPH, 20, 2000, int),
        )


# The memo's prose, in the memo's section order: (section key, Swedish name, field paths).
SECTION_NAMES = {
    "summary": "Sammanfattning",
    "background": "Bakgrund",
    "options": "Alternativ",
    "consequences": "Konsekvenser om inget beslutas",
    "legal": "Juridiska bedömningar",
    "assessment": "Förvaltningens bedömning",
    "perspectives": "Perspektiv",
    "cooperation": "Samverkan",
}


def prose_fields(memo: Memo) -> list[tuple[str, str, str]]:
    """(section key, field path, text) of every free-text field the official writes."""
    out: list[tuple[str, str, str]] = [("summary", "summary", memo.summary),
                                       ("background", "background", memo.background)]
    for i, o in enumerate(memo.options):
        for attr in ("description", "advantages", "disadvantages"):
            out.append(("options", f"options[{i}].{attr}", getattr(o, attr)))
    out.append(("consequences", "consequences.description", memo.consequences.description))
    for i, c in enumerate(memo.caveats):
        for attr in ("text", "reasoning", "mitigations"):
            out.append(("legal", f"caveats[{i}].{attr}", getattr(c, attr)))
    out.append(("assessment", "assessment", memo.assessment))
    for i, p in enumerate(memo.perspectives):
        out.append(("perspectives", f"perspectives[{i}].text", p.text))
    out.append(("cooperation", "cooperation", memo.cooperation))
    return out


# -- counting -----------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W_]+(?:[-–'’:][^\W_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
# Abbreviations whose points do not end a sentence (Myndigheternas skrivregler's list, in part).
_ABBREVIATIONS = re.compile(
    r"\b(?:t\.ex|bl\.a|m\.m|m\.fl|s\.k|o\.s\.v|d\.v\.s|dvs|jfr|ca|nr|resp|inkl|exkl|kap|st|fr\.o\.m"
    r"|t\.o\.m|p\.g\.a|pga|enl|f\.d|osv|obs|prop)\.",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»)]*\s+|\n+")


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if _LETTER.search(w) or w.isdigit()]


def sentences(text: str) -> list[str]:
    """Sentences of ``text``; a line break (a list item, a heading) also ends one."""
    masked = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\u2024"), text)
    out = []
    for part in _SENTENCE_END.split(masked):
        part = part.strip().replace("\u2024", ".")
        if words(part):
            out.append(part)
    return out


def _letters(word: str) -> int:
    return len(_LETTER.findall(word))


@dataclass(frozen=True)
class Lix:
    value: float
    words: int
    sentences: int
    long_words: int

    @property
    def label(self) -> str:
        return lix_label(self.value)


def lix(text: str) -> Lix | None:
    """Björnsson's LIX for ``text``; None when it has no words (never a division by zero)."""
    sents = sentences(text)
    ws = [w for s in sents for w in words(s)]
    if not ws or not sents:
        return None
    long_words = sum(1 for w in ws if _letters(w) > 6)
    value = len(ws) / len(sents) + 100 * long_words / len(ws)
    return Lix(round(value, 1), len(ws), len(sents), long_words)


def lix_label(value: float) -> str:
    """DOMAIN.md §3's scale."""
    if value < 30:
        return "mycket lättläst"
    if value < 40:
        return "lättläst"
    if value < 50:
        return "medelsvår, som en dagstidning"
    if value < 60:
        return "svår, normal för myndighetstext"
    return "mycket svår, byråkratsvenska"


# -- the report ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SectionLix:
    key: str
    name: str
    lix: Lix | None  # None: the section has no text
    paths: tuple[str, ...]
    over_limit: bool


@dataclass(frozen=True)
class TextIssue:
    """A long sentence or a very long paragraph, with the field it is in."""

    kind: str  # "sentence" or "paragraph"
    section: str
    path: str
    words: int
    excerpt: str

    def message(self, limits: Limits) -> str:
        if self.kind == "sentence":
            return (f"Lång mening ({self.words} ord, fler än {limits.long_sentence}): "
                    f"”{self.excerpt}”. Dela den i två eller fler.")
        return (f"Mycket långt stycke ({self.words} ord, fler än {limits.long_paragraph}): "
                f"”{self.excerpt}”. Dela det med en tom rad.")


@dataclass
class Readability:
    limits: Limits
    sections: list[SectionLix] = field(default_factory=list)
    issues: list[TextIssue] = field(default_factory=list)

    def problems(self) -> list:
        """Validation-style warnings (model.validation.Problem) for the review step."""

        out = []
        for s in self.sections:
            if s.over_limit and s.lix is not None:
                out.append(Problem(
                    Level.WARNING, s.paths[0],
                    f"{s.name}: LIX {_fmt(s.lix.value)} ({s.lix.label}) är över gränsen "
                    f"{_fmt(self.limits.lix)}. Skriv kortare meningar och byt långa ord mot kortare."))
        for issue in self.issues:
            out.append(Problem(Level.WARNING, issue.path, issue.message(self.limits)))
        return out

    def lines(self) -> list[str]:
        """One line per section, for ``validate``."""
        out = []
        for s in self.sections:
            if s.lix is None:
                out.append(f"{s.name}: ingen text, ingen LIX")
                continue
            flag = f" – över gränsen {_fmt(self.limits.lix)}" if s.over_limit else ""
            if s.lix.words < MIN_WORDS_FOR_WARNING:
                flag = " – för kort text för ett säkert värde"
            n = s.lix.sentences
            out.append(f"{s.name}: LIX {_fmt(s.lix.value)} – {s.lix.label} ({s.lix.words} ord, "
                       f"{n} {'mening' if n == 1 else 'meningar'}){flag}")
        return out


def _fmt(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


def _excerpt(text: str, n: int = 60) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[:n].rstrip() + " …"


def analyse(memo: Memo, limits: Limits | None = None) -> Readability:
    limits = limits or Limits()
    report = Readability(limits)
    by_section: dict[str, list[tuple[str, str]]] = {}
    for key, path, text in prose_fields(memo):
        by_section.setdefault(key, []).append((path, text or ""))
        for paragraph in re.split(r"\n\s*\n", text or ""):
            n = len(words(paragraph))
            if n > limits.long_paragraph:
                report.issues.append(TextIssue("paragraph", key, path, n, _excerpt(paragraph)))
            for sentence in sentences(paragraph):
                n = len(words(sentence))
                if n > limits.long_sentence:
                    report.issues.append(TextIssue("sentence", key, path, n, _excerpt(sentence)))
    for key, fields in by_section.items():
        text = "\n\n".join(t for _p, t in fields if t.strip())
        value = lix(text)
        paths = tuple(p for p, t in fields if t.strip()) or (fields[0][0],)
        report.sections.append(SectionLix(
            key, SECTION_NAMES[key], value, paths,
            value is not None and value.value > limits.lix
            and value.words >= MIN_WORDS_FOR_WARNING))
    return report
