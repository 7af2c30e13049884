"""Organisation profiles: a folder under templates/ with profile.toml, a jinja2 template and a
base .docx. The organisation owns the look (headings, their order, stock phrases, styles); the
official owns the content.
"""

from __future__ import annotations

import tomllib
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from memo_builder.errors import UserError
from memo_builder.paths import templates_dir

# Sections a template can place; profile.toml's `order` lists the ones it wants, in order.
KNOWN_SECTIONS = (
    "proposal",
    "signatures",
    "summary",
    "background",
    "options",
    "costs",
    "consequences",
    "legal",
    "assessment",
    "perspectives",
    "cooperation",
    "attachments",
)

MAX_BASE_DOCX_BYTES = 20 * 1024 * 1024
MAX_BASE_DOCX_UNPACKED = 100 * 1024 * 1024  # a real base document unpacks to well under 1 MB
MAX_PREVIEW_CSS = 200_000  # characters; a style sheet is a few kB
MAX_KEY_LENGTH = 100  # a folder name; a memo file may carry any string here


class ProfileError(UserError):
    """The organisation profile is missing or broken; ``str()`` is the user's message."""


@dataclass(frozen=True)
class PerspectiveSpec:
    key: str
    heading: str


@dataclass
class Profile:
    key: str
    folder: Path
    name: str
    organisation: str
    document_type: str
    boards: list[str]
    order: list[str]
    headings: dict[str, str]
    phrases: dict[str, str]
    perspectives: list[PerspectiveSpec]
    template_name: str
    base_docx: Path
    styles: dict[str, str] = field(default_factory=dict)
    #: The preview's look (Qt's CSS subset), owned by the profile like base.docx is.
    preview_css: str = ""
    #: profile.toml's [language]: LIX limit, long-sentence and paragraph limits, the
    #: organisation's own words for the spell check (memo_builder.readability reads it).
    language: dict = field(default_factory=dict)

    def heading(self, key: str) -> str:
        return self.headings.get(key, key)

    def phrase(self, key: str, **values: str) -> str:
        text = self.phrases.get(key, "")
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return text


def available_profiles(root: Path | None = None) -> list[str]:
    root = root or templates_dir()
    return sorted(p.name for p in root.iterdir() if (p / "profile.toml").is_file())


def _inside(folder: Path, name: str, what: str, key: str) -> Path:
    try:
        candidate = (folder / name).resolve()
        inside = candidate.is_relative_to(folder.resolve())
        exists = inside and candidate.is_file()
    except (OSError, ValueError):  # a NUL byte, a name too long for the file system
        raise ProfileError(
            f"Mallen {key!r} är felaktig: {what} {name!r} är inget giltigt filnamn."
        ) from None
    if not inside:
        raise ProfileError(
            f"Mallen {key!r} är felaktig: {what} {name!r} pekar utanför mallens mapp."
        )
    if not exists:
        raise ProfileError(f"Mallen {key!r} är ofullständig: {what} {name!r} saknas.")
    return candidate


# Base documents python-docx has opened once: (path, mtime, size). Opening costs ~10 ms.
_OPENED: set[tuple[str, int, int]] = set()


def check_base_docx(path: Path, key: str, *, open_document: bool = True) -> None:
    """Refuse a base document that is not a Word file, or a zip bomb, before python-docx sees it;
    then open it once with python-docx, so a broken one is reported here, by name, and never
    halfway through a build. ``open_document=False`` skips that last step (python-docx costs
    ~50 ms to import): the GUI's start-up uses it, and the writer opens the base anyway."""
    stat = path.stat()
    if stat.st_size > MAX_BASE_DOCX_BYTES:
        raise ProfileError(f"Mallen {key!r}: grunddokumentet {path.name} är orimligt stort.")
    not_docx = f"Mallen {key!r}: grunddokumentet {path.name} är inte en Word-fil (.docx)."
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            unpacked = sum(i.file_size for i in zf.infolist())
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise ProfileError(not_docx)
            if unpacked > MAX_BASE_DOCX_UNPACKED:
                raise ProfileError(
                    f"Mallen {key!r}: grunddokumentet {path.name} packas upp till "
                    f"{unpacked // (1024 * 1024)} MB och avvisas (misstänkt zip-bomb)."
                )
            # Reads at most the declared sizes (checked above), so a zip that lies about
            # them fails its checksum here instead of inflating.
            damaged = zf.testzip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError, zlib.error):
        raise ProfileError(not_docx) from None
    if damaged is not None:
        raise ProfileError(
            f"Mallen {key!r}: grunddokumentet {path.name} är skadat ({damaged} går inte att läsa)."
        )
    marker = (str(path), stat.st_mtime_ns, stat.st_size)
    if marker in _OPENED or not open_document:
        return
    import docx  # python-docx; imported here so listing profiles stays cheap

    try:
        docx.Document(str(path))
    except Exception as exc:  # any way python-docx can fail on a foreign file
        raise ProfileError(
            f"Mallen {key!r}: grunddokumentet {path.name} kan inte öppnas som Word-fil "
            f"({type(exc).__name__}: {exc}). Kontakta den som förvaltar mallen."
        ) from None
    _OPENED.add(marker)


def load_profile(key: str, root: Path | None = None, *, open_base: bool = True) -> Profile:
    root = (root or templates_dir()).resolve()
    if (
        not key
        or len(key) > MAX_KEY_LENGTH
        or any(c in key for c in "/\\:\0")
        or key.startswith(".")
    ):
        raise ProfileError(f"Mallnamnet {key[:MAX_KEY_LENGTH]!r} är ogiltigt.")
    folder = root / key
    manifest = folder / "profile.toml"
    try:
        found = manifest.is_file()
    except (OSError, ValueError):
        found = False
    if not found:
        try:
            names = ", ".join(available_profiles(root)) or "inga"
        except OSError:
            names = "inga"
        raise ProfileError(f"Mallen {key!r} finns inte (tillgängliga: {names}).")
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(f"Mallen {key!r}: profile.toml kan inte läsas: {exc}.") from None
    except OSError as exc:
        raise ProfileError(
            f"Mallen {key!r}: profile.toml kan inte läsas: {exc.strerror or exc}."
        ) from None
    try:
        doc = data["document"]
        order = list(doc["order"])
        headings = dict(data.get("headings", {}))
        phrases = dict(data.get("phrases", {}))
        perspectives = [
            PerspectiveSpec(str(p["key"]), str(p["heading"])) for p in data.get("perspectives", [])
        ]
        profile = Profile(
            key=key,
            folder=folder,
            name=str(doc.get("name", key)),
            organisation=str(doc.get("organisation", "")),
            document_type=str(doc.get("type", "Tjänsteutlåtande")),
            boards=[str(b) for b in doc.get("boards", [])],
            order=[str(o) for o in order],
            headings={str(k): str(v) for k, v in headings.items()},
            phrases={str(k): str(v) for k, v in phrases.items()},
            perspectives=perspectives,
            template_name=str(doc.get("template", "memo.html.j2")),
            base_docx=folder / str(doc.get("base_docx", "base.docx")),
            styles={str(k): str(v) for k, v in data.get("styles", {}).items()},
            language=dict(data.get("language", {})),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProfileError(f"Mallen {key!r}: profile.toml saknar eller har fel i {exc}.") from None
    unknown = [s for s in profile.order if s not in KNOWN_SECTIONS]
    if unknown:
        raise ProfileError(f"Mallen {key!r}: okända avsnitt i order: {', '.join(unknown)}.")
    _inside(folder, profile.template_name, "mallfilen", key)
    profile.base_docx = _inside(folder, str(doc.get("base_docx", "base.docx")), "grunddokumentet", key)
    check_base_docx(profile.base_docx, key, open_document=open_base)
    # The preview's style sheet: named in the manifest (then it must exist) or preview.css.
    css_name = str(doc.get("preview_css", "preview.css"))
    if "preview_css" not in doc and not (folder / css_name).is_file():
        return profile
    css_path = _inside(folder, css_name, "förhandsgranskningens stilmall", key)
    try:
        profile.preview_css = css_path.read_text(encoding="utf-8")[:MAX_PREVIEW_CSS]
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(
            f"Mallen {key!r}: {css_path.name} kan inte läsas ({exc}). Kontakta den som förvaltar mallen."
        ) from None
    return profile
