"""Where LibreOffice ends the pages of many memos: a long check behind the pagination tests.

Builds the shipped example and a region's memo in every profile, with the background made
longer step by step (0-5 steps of three sentences) so the page breaks fall elsewhere each time,
and the public version at steps 0 and 3 (64 builds). Each is converted with LibreOffice and
read with pdftotext. A build is reported when a page ends with a paragraph the .docx keeps with
the next one (a heading, a label, a lead-in), or when its last page has fewer than five lines.

    .venv/bin/python tools/page_ends.py OUTDIR

Takes about four minutes on two cores.
"""

from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from memo_builder.render.pipeline import build_docx
from memo_builder.render.profile import load_profile
from tests.helpers import example_memo
from tests.render.test_pagination import (
    _ends_a_kept_paragraph,
    _pages,
    _paragraph_texts,
    region_memo,
)

SENTENCE = " Förvaltningen har gått igenom underlaget tillsammans med ekonomienheten och juristerna."
PROFILES = ("goteborg", "kommun", "malmo", "stockholm")


def builds(out: Path) -> list[str]:
    tags = []
    for profile in PROFILES:
        for name, make in (("ex", example_memo), ("reg", region_memo)):
            for step in range(6):
                for public in (False, True) if step % 3 == 0 else (False,):
                    memo = copy.deepcopy(make())
                    memo.background = (memo.background or "") + SENTENCE * (step * 3)
                    tag = f"{name}-{profile}-{step}{'-pub' if public else ''}"
                    data = io.BytesIO()
                    build_docx(memo, data, load_profile(profile), public=public)
                    (out / f"{tag}.docx").write_bytes(data.getvalue())
                    tags.append(tag)
    return tags


def read(out: Path, tag: str):
    profile = f"/tmp/lo_page_ends_{uuid.uuid4().hex[:8]}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(out / f"{tag}.docx")],
                   capture_output=True, timeout=300, check=False)
    shutil.rmtree(profile, ignore_errors=True)
    texts = _paragraph_texts((out / f"{tag}.docx").read_bytes())
    pages = _pages(out / f"{tag}.pdf")
    alone = []
    for n, page in enumerate(pages[:-1], 1):
        last = page[-1].replace("\u2011", "-") if page else ""
        if re.search(r"(:|Hög\.|Medel\.|Låg\.)$", last) or _ends_a_kept_paragraph(last, texts):
            alone.append((n, last[:50]))
    return tag, len(pages), len(pages[-1]), alone


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    tags = builds(out)
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda t: read(out, t), tags))
    bad = 0
    for tag, count, last_lines, alone in results:
        if alone or last_lines < 5:
            bad += 1
            print(f"{tag}: {count} sidor, sista sidan {last_lines} rader, ensamt vid sidfot: {alone}")
    print(f"{len(results)} dokument, {bad} med en sida att rätta")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
