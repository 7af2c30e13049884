"""An installed package (not the source tree) finds its templates and resources."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    if result.returncode != 0:
        pytest.fail(f"pip wheel misslyckades:\n{result.stderr[-2000:]}")
    (path,) = out.glob("memo_builder-*.whl")
    return path


def test_wheel_carries_templates_resources_and_example(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for name in (
        "memo_builder/_templates/goteborg/profile.toml",
        "memo_builder/_templates/goteborg/memo.html.j2",
        "memo_builder/_templates/goteborg/base.docx",
        "memo_builder/_resources/examples/office365-goteborg-2018.memo",
        "memo_builder/_resources/caveats/osl-10-2.toml",
    ):
        assert name in names, name


def test_installed_package_builds_the_example_outside_the_source_tree(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "MEMO_BUILDER_DATA_DIR": str(tmp_path / "data")}
    # -I would drop PYTHONPATH; instead drop the source tree itself from the path (not the
    # venv inside it, where CI keeps the dependencies).
    code = (
        f"import sys; sys.path = [p for p in sys.path if p not in ('', {str(ROOT)!r})];"
        "import memo_builder.files.paths as p, memo_builder.cli as c;"
        f"assert str(p.templates_dir()).startswith({str(site)!r}), p.templates_dir();"
        "sys.exit(c.main(['example', '-o', 'e.memo']) or c.main(['build', 'e.memo', '-o', 'e.docx', '-q']))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=work, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (work / "e.docx").stat().st_size > 10_000
