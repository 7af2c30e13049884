"""Rebuild the English translation: extract UI strings (pyside6-lupdate), fill the English texts
from en.tsv (source<TAB>translation, or Context|source<TAB>translation for one
context; Swedish is the source language), compile with
pyside6-lrelease.

Run from the repository root:  python resources/translations/build.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "memo_builder_en.ts"
QM = HERE / "memo_builder_en.qm"


def load_table() -> dict[str, str]:
    table = {}
    for line in (HERE / "en.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        source, _, target = line.partition("\t")
        table[source.replace("\\n", "\n")] = target.replace("\\n", "\n")
    return table


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "memo_builder" / "gui").rglob("*.py"))
    # The step titles and the cost grid's column names: data of the walk-through, Qt-free.
    sources.append("memo_builder/model/walkthrough.py")
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(TS), "-no-obsolete",
                    "-source-language", "sv_SE", "-target-language", "en_GB"], check=True, cwd=ROOT)
    table = load_table()
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text or ""
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            # "Context|source" in en.tsv overrides the plain entry for one context.
            text = table.get(f"{name}|{source}", table.get(source))
            if text is None:
                missing.append(source)
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True, cwd=ROOT)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
