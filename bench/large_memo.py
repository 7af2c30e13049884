"""A long memo for the benchmarks: the example case with every text and cost table k times over.

The example builds to 9 A4 pages; :func:`long_memo` with ``FIFTY_PAGES`` copies builds to about
50 (LibreOffice's count). Only texts, cost lines and caveats are repeated, so the memo stays
valid whatever the schema says about options.

    python bench/large_memo.py [--copies 12]   # builds it and counts its pages with LibreOffice
"""

from __future__ import annotations

import argparse
import copy
import subprocess
import tempfile
from pathlib import Path

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.model.memo import Memo, new_id

#: Copies of the example's contents that give about 50 pages (counted, see ``--copies``).
FIFTY_PAGES = 12


def _repeat(text: str, k: int) -> str:
    return "\n\n".join([text] * k) if text.strip() else text


def long_memo(copies: int = FIFTY_PAGES, memo: Memo | None = None) -> Memo:
    memo = copy.deepcopy(memo or storage.load(example_memo_path()))
    memo.summary = _repeat(memo.summary, copies)
    memo.background = _repeat(memo.background, copies)
    memo.assessment = _repeat(memo.assessment, copies)
    memo.consequences.description = _repeat(memo.consequences.description, copies)
    for option in memo.options:
        for name in ("description", "advantages", "disadvantages"):
            setattr(option, name, _repeat(getattr(option, name), copies))
        lines = []
        for n in range(copies):
            for line in option.cost_lines:
                c = copy.copy(line)
                c.id = new_id()
                if n:
                    c.description = f"{line.description} ({n + 1})"
                lines.append(c)
        option.cost_lines = lines
    caveats = []
    for n in range(copies):
        for caveat in memo.caveats:
            c = copy.copy(caveat)
            c.id = new_id()
            if n:
                c.title = f"{caveat.title} ({n + 1})"
            caveats.append(c)
    memo.caveats = caveats
    return memo


def count_pages(memo: Memo) -> int:
    """Pages of the built .docx as LibreOffice lays it out (needs soffice and pdfinfo)."""
    import io

    from memo_builder.render.pipeline import build_docx

    with tempfile.TemporaryDirectory() as tmp:
        buf = io.BytesIO()
        build_docx(memo, buf)
        path = Path(tmp) / "long.docx"
        path.write_bytes(buf.getvalue())
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to",
             "pdf", "--outdir", tmp, str(path)], check=True, capture_output=True, timeout=300,
        )
        info = subprocess.run(["pdfinfo", str(path.with_suffix(".pdf"))], check=True,
                              capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=FIFTY_PAGES)
    args = parser.parse_args()
    print(f"{args.copies} copies: {count_pages(long_memo(args.copies))} pages")
