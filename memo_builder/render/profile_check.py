"""What a profile maps and what it lacks: the report of ``memo-builder check --profile`` and of
the GUI's profile import. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

import docx

from memo_builder.render.profile import HEADER_TOKEN, ROLE_STYLES, Profile

ROLE_NAMES = {
    "normal": "Brödtext", "h1": "Rubrik 1", "h2": "Rubrik 2", "h3": "Rubrik 3",
    "bullet": "Punktlista", "number": "Numrerad lista", "table": "Tabell",
    "table_text": "Tabelltext", "caption": "Bildtext",
}
CLASS_NAMES = {
    "meta": "Sidhuvudsuppgifter", "draft": "Utkastmarkering", "notice": "Observera-ruta",
    "small": "Liten text", "signature": "Underskrift", "costs": "Kostnadstabell",
}


@dataclass
class CheckReport:
    key: str
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_profile(profile: Profile) -> CheckReport:
    """Every style role and class with the style it uses, the header line, page numbers and the
    logo. The test build of the example is the publish layer's (``publish.profile_trial``)."""


    report = CheckReport(profile.key)
    report.lines.append(f"{profile.key}: {profile.name} ({profile.folder})")
    document = docx.Document(str(profile.base_docx))
    by_id = {s.style_id: s for s in document.styles}
    for role, candidates in ROLE_STYLES.items():
        chosen = next((i for i in (profile.roles.get(role, ""), *candidates) if i in by_id), None)
        label = ROLE_NAMES.get(role, role)
        if chosen is None:
            fallback = "ingen (Words standard)" if role == "table" else "Normal"
            report.lines.append(f"  {label}: saknas – {fallback} används")
            if role in ("h1", "h2", "h3", "number", "bullet"):
                report.problems.append(f"{label} saknas i grunddokumentet")
        else:
            report.lines.append(f"  {label}: {by_id[chosen].name} ({chosen})")
    for css, style_id in sorted(profile.styles.items()):
        label = CLASS_NAMES.get(css, css)
        if style_id in by_id:
            report.lines.append(f"  {label}: {by_id[style_id].name} ({style_id})")
        else:
            report.lines.append(f"  {label}: formatmallen {style_id} saknas – brödtext används")
            report.problems.append(f"formatmallen {style_id} saknas")
    parts = [s.header for s in document.sections] + [s.first_page_header for s in document.sections]
    if not any(HEADER_TOKEN in p.text for part in parts for p in part.paragraphs):
        report.lines.append(f"  Sidhuvud: ingen rad med {HEADER_TOKEN} – sidhuvudet fylls inte i")
    else:
        report.lines.append("  Sidhuvud: organisation, förvaltning och dokumenttyp")
    footers = [s.footer._element for s in document.sections]
    if any("PAGE" in (t.text or "") for f in footers for t in f.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instrText")):
        report.lines.append("  Sidnummer: ja")
    else:
        report.lines.append("  Sidnummer: saknas i sidfoten")
        report.problems.append("sidnummer saknas")
    report.lines.append(f"  Logotyp: {profile.logo.name if profile.logo else 'ingen'}")
    return report
