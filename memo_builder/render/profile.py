"""Organisation profiles: a folder with profile.toml, a jinja2 template and a base .docx. The
organisation owns the look (headings, their order, stock phrases, styles, logo); the official
owns the content.

Profiles are found in three places, searched in order, a later one overriding an earlier one
of the same name: the program's own (``templates/``), the organisation's shared folder (set in
the settings; often a read-only network share) and the user's personal folder. Every profile
extends the shared defaults in ``templates/_base/`` (profile.toml and memo.html.j2), so a
profile holds only what differs. A profile that fails its check is listed with the reason and
never used.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from memo_builder.errors import UserError
from memo_builder.files.bounded_zip import ZIP_ERRORS, ZipRefused, open_bounded
from memo_builder.files.paths import templates_dir
from memo_builder.render import bodies, places

# Lazy on purpose (pyproject's PLC0415 allow-list, '# noqa: PLC0415' where used):
# python-docx (50 ms) loads when a base document is opened, not when profiles are listed at start.

HEADER_TOKEN = "[[HEADER]]"

# Logical role -> candidate style ids, first existing wins. Word's built-in ids are language
# neutral ("Heading1" even in a Swedish Word), but organisation documents made by other tools
# sometimes carry localised ids, hence the alternates.
ROLE_STYLES: dict[str, tuple[str, ...]] = {
    "normal": ("Normal",),
    "h1": ("Heading1", "Rubrik1"),
    "h2": ("Heading2", "Rubrik2"),
    "h3": ("Heading3", "Rubrik3"),
    "bullet": ("ListBullet", "Punktlista"),
    "number": ("ListNumber", "Numreradlista"),
    "table": ("MemoTable", "TableGrid", "Tabellrutnt"),
    "table_text": ("MemoTableText", "Normal"),
    "caption": ("Caption", "Beskrivning"),
}


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
    "criteria",
    "perspectives",
    "cooperation",
    "attachments",
    "decision_basis",  # Beslutsunderlag: the memo itself and its attachments (Malmö)
    "planning",  # Beslutsplanering: where and when the case is decided (Malmö)
)
BASE_FOLDER = "_base"
MAX_LOGO_BYTES = 2 * 1024 * 1024  # a header logo is a few kB; a photo is not a logo

MAX_BASE_DOCX_BYTES = 20 * 1024 * 1024
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
    #: A PNG logo for the first page's header (alt text: the organisation's name), or None.
    logo: Path | None = None
    #: Where it was found: "program", "organisation", "personlig" or "extra" (--profiles-dir).
    source: str = "program"
    #: One line for `memo-builder profiles`: what the format is and what is unverified.
    description: str = ""
    #: Role (normal, h1 … caption) -> the base document's own style id, for a base document
    #: whose styles have other ids (an imported organisation template).
    roles: dict[str, str] = field(default_factory=dict)
    #: profile.toml's [language] over _base's: LIX limit, long-sentence and paragraph
    #: limits, the organisation's own words for the spell check (memo_builder.analysis.readability).
    language: dict = field(default_factory=dict)

    #: The case's body words ({office}, {board_word} …, render/bodies.py); empty: the
    #: profile's own.
    words: dict[str, str] = field(default_factory=dict)

    def perspective_keys(self) -> list[tuple[str, str]]:
        """(key, heading) of each perspective the profile asks the official to assess."""
        return [(p.key, p.heading) for p in self.perspectives]

    def phrase(self, key: str, **values: str) -> str:
        text = self.phrases.get(key, "")
        try:
            return text.format(**{**(self.words or bodies.words(phrases=self.phrases)), **values})
        except (KeyError, IndexError, ValueError):
            return text

    def for_case(self, administration: str, board: str) -> Profile:
        """This profile speaking of the case's bodies: phrases and headings with their words."""

        words = bodies.words(administration, board, self.phrases)
        return replace(self, words=words,
                       headings={k: bodies.fill(v, words) for k, v in self.headings.items()})


@dataclass(frozen=True)
class ProfileRoot:
    """A folder that holds profiles (one sub-folder each)."""

    folder: Path
    source: str  # "program", "organisation", "personlig", "extra"


SOURCE_LABELS = {
    "program": "programmets mallar",
    "organisation": "organisationens mallar",
    "personlig": "dina egna mallar",
    "extra": "angiven mapp",
}


def profile_roots(extra: tuple[Path, ...] | list[Path] = ()) -> list[ProfileRoot]:
    """Where profiles are looked for, in order; later roots override earlier ones by name."""

    roots = [ProfileRoot(templates_dir(), "program")]
    user = places.current()
    if user.organisation_profiles is not None:
        roots.append(ProfileRoot(user.organisation_profiles, "organisation"))
    if user.personal_profiles is not None:
        roots.append(ProfileRoot(user.personal_profiles, "personlig"))
    roots += [ProfileRoot(Path(p), "extra") for p in extra]
    return roots


def _keys_in(folder: Path) -> list[str]:
    """Profile folder names in ``folder`` (never the shared ``_base`` or hidden folders)."""
    return sorted(
        p.name for p in folder.iterdir()
        if not p.name.startswith(("_", ".")) and (p / "profile.toml").is_file()
    )


def available_profiles(root: Path | None = None) -> list[str]:
    """Profile names in ``root``, or in every root when ``root`` is None."""
    if root is not None:
        return _keys_in(root)
    names: set[str] = set()
    for r in profile_roots():
        try:
            names.update(_keys_in(r.folder))
        except OSError:
            continue
    return sorted(names)


@dataclass
class ProfileListing:
    key: str
    source: str
    folder: Path
    profile: Profile | None  # None: it failed its check
    error: str = ""
    overrides: str = ""  # the source it replaces, if another root has the same name


def list_profiles(extra=(), *, open_base: bool = False) -> tuple[list[ProfileListing], list[str]]:
    """Every profile in every root, checked, and notices about roots that cannot be read.

    A profile of the same name in a later root is the one used; the earlier one is listed as
    replaced. A shared folder that is offline or unreadable gives a notice, not an error."""
    listings: dict[str, ProfileListing] = {}
    replaced: list[ProfileListing] = []
    notices: list[str] = []
    for root in profile_roots(extra):
        try:
            if not root.folder.is_dir():
                if root.source in ("organisation", "extra"):
                    notices.append(
                        f"{SOURCE_LABELS[root.source].capitalize()} i {root.folder} kan inte nås; "
                        "övriga mallar används."
                    )
                continue
            keys = _keys_in(root.folder)
        except OSError as exc:
            notices.append(
                f"{SOURCE_LABELS[root.source].capitalize()} i {root.folder} kan inte läsas "
                f"({exc.strerror or exc}); övriga mallar används."
            )
            continue
        for key in keys:
            try:
                profile = load_profile(key, root.folder, open_base=open_base, source=root.source)
                listing = ProfileListing(key, root.source, root.folder / key, profile)
            except ProfileError as exc:
                listing = ProfileListing(key, root.source, root.folder / key, None, str(exc))
            previous = listings.get(key)
            if previous is not None:
                listing.overrides = previous.source
                replaced.append(previous)
            listings[key] = listing
    return sorted(listings.values(), key=lambda x: x.key), notices


def find_profile(key: str, extra=(), *, open_base: bool = True) -> Profile:
    """The profile named ``key`` from the last root that has a working one."""
    errors: list[str] = []
    for root in reversed(profile_roots(extra)):
        try:
            present = (root.folder / key / "profile.toml").is_file()
        except (OSError, ValueError):
            present = False
        if not present:
            continue
        try:
            return load_profile(key, root.folder, open_base=open_base, source=root.source)
        except ProfileError as exc:
            errors.append(str(exc))  # a broken override is never used; try the next one
    if errors:
        raise ProfileError(errors[0])
    return load_profile(key, templates_dir(), open_base=open_base)  # names the choices


def clear_caches() -> None:
    """Forget the shared defaults read from disk (tests, and a changed profile folder)."""
    _read_base_defaults.cache_clear()


def _base_defaults() -> dict:
    return _read_base_defaults(templates_dir() / BASE_FOLDER / "profile.toml")


@lru_cache(maxsize=4)
def _read_base_defaults(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}


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
        with open_bounded(path) as zf:
            names = zf.namelist()
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise ProfileError(not_docx)
            # Reads at most the declared sizes (checked by open_bounded), so a zip that lies
            # about them fails its checksum here instead of inflating.
            damaged = zf.testzip()
    except ZipRefused as exc:
        if exc.kind in ("too_big", "too_many_parts"):
            raise ProfileError(
                f"Mallen {key!r}: grunddokumentet {path.name} packas upp till orimligt mycket "
                "data och avvisas (misstänkt zip-bomb)."
            ) from None
        raise ProfileError(not_docx) from None
    except ZIP_ERRORS:
        raise ProfileError(not_docx) from None
    if damaged is not None:
        raise ProfileError(
            f"Mallen {key!r}: grunddokumentet {path.name} är skadat ({damaged} går inte att läsa)."
        )
    marker = (str(path), stat.st_mtime_ns, stat.st_size)
    if marker in _OPENED or not open_document:
        return
    import docx  # python-docx; imported here so listing profiles stays cheap  # noqa: PLC0415

    try:
        docx.Document(str(path))
    except Exception as exc:  # any way python-docx can fail on a foreign file
        raise ProfileError(
            f"Mallen {key!r}: grunddokumentet {path.name} kan inte öppnas som Word-fil "
            f"({type(exc).__name__}: {exc}). Kontakta den som förvaltar mallen."
        ) from None
    _OPENED.add(marker)


def valid_key(key: str) -> bool:
    """A profile name is a plain folder name: no path characters, not hidden, not ``_base``."""
    return bool(key) and len(key) <= MAX_KEY_LENGTH and not any(
        c in key for c in '/\\:*?"<>|\0') and not key.startswith((".", "_")) and key.strip() == key


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def check_logo(path: Path, key: str) -> None:
    """A logo is a PNG of sensible size (an SVG is turned into one when the profile is made)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(len(PNG_SIGNATURE))
    except OSError as exc:
        raise ProfileError(f"Mallen {key!r}: logotypen {path.name} kan inte läsas ({exc}).") from None
    if size > MAX_LOGO_BYTES:
        raise ProfileError(
            f"Mallen {key!r}: logotypen {path.name} är {size // (1024 * 1024)} MB; en logotyp "
            "får vara högst 2 MB. Använd en mindre bild."
        )
    if head != PNG_SIGNATURE:
        raise ProfileError(
            f"Mallen {key!r}: logotypen {path.name} är ingen PNG-bild. Spara logotypen som PNG."
        )


def load_profile(
    key: str,
    root: Path | None = None,
    *,
    open_base: bool = True,
    source: str = "program",
    extra=(),
) -> Profile:
    """The profile ``key`` from ``root``; without ``root``, from the roots in order (see
    :func:`find_profile`; ``extra`` adds folders such as the CLI's --profiles-dir)."""
    if root is None:
        if not valid_key(key):
            raise ProfileError(f"Mallnamnet {key[:MAX_KEY_LENGTH]!r} är ogiltigt.")
        return find_profile(key, extra, open_base=open_base)
    root = root.resolve()
    if not valid_key(key):
        raise ProfileError(f"Mallnamnet {key[:MAX_KEY_LENGTH]!r} är ogiltigt.")
    return load_folder(key, root / key, open_base=open_base, source=source, root=root)


def load_folder(
    key: str, folder: Path, *, open_base: bool = True, source: str = "program",
    root: Path | None = None,
) -> Profile:
    """The profile in ``folder`` under the name ``key`` (the profile importer checks its
    staging folder with this before the profile is moved into place)."""
    root = root or folder.parent
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
    base = _base_defaults()
    try:
        doc = data["document"]
        order = doc.get("order", base.get("document", {}).get("order", []))
        if not isinstance(order, list) or not all(isinstance(o, str) for o in order):
            raise ProfileError(
                f"Mallen {key!r}: profile.toml har fel i order: den ska vara en lista med "
                'avsnittsnamn, till exempel order = ["proposal", "summary"].'
            )
        headings = {**base.get("headings", {}), **dict(data.get("headings", {}))}
        phrases = {**base.get("phrases", {}), **dict(data.get("phrases", {}))}
        style_map = {**base.get("styles", {}), **dict(data.get("styles", {}))}
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
            styles={str(k): str(v) for k, v in style_map.items()},
            source=source,
            description=str(doc.get("description", "")),
            roles={str(k): str(v) for k, v in dict(data.get("roles", {})).items()},
            language={**dict(base.get("language", {})), **dict(data.get("language", {}))},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProfileError(f"Mallen {key!r}: profile.toml saknar eller har fel i {exc}.") from None
    unknown = [s for s in profile.order if s not in KNOWN_SECTIONS]
    if unknown:
        raise ProfileError(f"Mallen {key!r}: okända avsnitt i order: {', '.join(unknown)}.")
    _inside(folder, profile.template_name, "mallfilen", key)
    profile.base_docx = _inside(folder, str(doc.get("base_docx", "base.docx")), "grunddokumentet", key)
    check_base_docx(profile.base_docx, key, open_document=open_base)
    if "logo" in doc:
        profile.logo = _inside(folder, str(doc["logo"]), "logotypen", key)
        check_logo(profile.logo, key)
    # The preview's style sheet: named in the manifest (then it must exist) or preview.css.
    css_name = str(doc.get("preview_css", "preview.css"))
    if "preview_css" not in doc and not (folder / css_name).is_file():
        shared = templates_dir() / BASE_FOLDER / "preview.css"
        try:
            profile.preview_css = shared.read_text(encoding="utf-8")[:MAX_PREVIEW_CSS]
        except (OSError, UnicodeDecodeError):
            pass  # the preview then has Qt's plain look
        return profile
    css_path = _inside(folder, css_name, "förhandsgranskningens stilmall", key)
    try:
        profile.preview_css = css_path.read_text(encoding="utf-8")[:MAX_PREVIEW_CSS]
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(
            f"Mallen {key!r}: {css_path.name} kan inte läsas ({exc}). Kontakta den som förvaltar mallen."
        ) from None
    return profile
