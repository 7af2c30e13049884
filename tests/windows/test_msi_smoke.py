"""The Windows installer, end to end under Wine: build, install silently, use, upgrade, uninstall.

One module-scoped build and one fresh Wine prefix; the tests run in file order and share the
installation (each one also works alone: the fixtures install on demand). The GUI runs with a
test-only stand-in for icuuc.dll (tests/windows/icuuc_stub.c), which Windows 10+ ships and
Wine 8 lacks; it goes into the prefix's system32, never into the installer.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from memo_builder.files import storage
from memo_builder.model import swedish
from memo_builder.model.costs import memo_costs
from tests.hostile.test_hostile_files import DATA as HOSTILE_DATA
from tests.hostile.test_hostile_files import MEMO_CORPUS, assert_message
from tests.windows.certificates import make_pfx
from tests.windows.wine import (
    BUILD_SCRIPT,
    ICU_STUB,
    Wine,
    build_module,
    fresh_wine,
    tool,
    winpath,
)

VERSION = build_module().project_version()
PASSWORD_ENV = build_module().authenticode.PASSWORD_ENV
PER_USER_DIR = ("AppData", "Local", "Programs", "Memo Builder")
CONSOLE = "memo-builder.exe"
GUI = "MemoBuilder.exe"

# A sample of the hostile memo corpus, through the installed launcher (each Wine start costs
# about two seconds; the whole corpus runs natively in tests/hostile).
HOSTILE_SAMPLE = ["truncated.memo", "newer_schema.memo", "not_utf8.memo", "nan_amount.memo",
                  "wrong_type_options.memo", "empty.memo"]


@pytest.fixture(scope="module")
def signer(tmp_path_factory):
    """The organisation's code-signing certificate: a throwaway one, made by openssl."""
    return make_pfx(tmp_path_factory.mktemp("certificate"), common_name="Gävle kommun IT-avdelningen",
                    organisation="Gävle kommun", password="Tjänsteutlåtande-2029")


@pytest.fixture(scope="module")
def built(tmp_path_factory, signer):
    """dist/ and the kept program folder of one build (downloads cached in ~/.cache), signed
    with the throwaway certificate: everything below installs and runs the signed MSI. The
    timestamping service cannot be reached (an .invalid name never resolves), so the build
    says so and signs without a timestamp."""
    for name in ("wine", "wixl", "osslsigncode", "openssl"):
        tool(name)
    out = tmp_path_factory.mktemp("windows-build")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--dist", str(out / "dist"), "--work", str(out / "work"),
         "--sign", str(signer.pfx), "--timestamp", "http://tidsstampel.invalid/rfc3161"],
        capture_output=True, text=True, timeout=1800,
        env={**os.environ, PASSWORD_ENV: signer.password},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    msi = out / "dist" / f"MemoBuilder-{VERSION}-x64.msi"
    portable = out / "dist" / f"MemoBuilder-{VERSION}-x64.zip"
    assert msi.is_file() and portable.is_file(), result.stdout
    return {"msi": msi, "zip": portable, "app": out / "work" / "MemoBuilder", "work": out / "work",
            "stdout": result.stdout, "seconds": time.monotonic() - started}


@pytest.fixture(scope="module")
def wine(tmp_path_factory):
    w = fresh_wine(tmp_path_factory.mktemp("wine"))
    yield w
    w.stop()


@pytest.fixture(scope="module")
def installed(built, wine):
    result = wine.run(["msiexec", "/i", winpath(built["msi"]), "/qn"])
    wine.wait()
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return wine.drive_c / "users" / wine.user / Path(*PER_USER_DIR)


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """A user's documents folder with a space and Swedish letters in its name."""
    folder = tmp_path_factory.mktemp("home") / "Mina dokument åäö"
    folder.mkdir()
    return folder


def installed_versions(wine: Wine) -> list[str]:
    """DisplayVersion of every "Memo Builder – tjänsteutlåtanden" in the prefix's registry."""
    registry = "".join((wine.prefix / name).read_text(encoding="latin-1")
                       for name in ("user.reg", "system.reg"))
    name = re.escape(r'"DisplayName"="Memo Builder \x2013 tj\xe4nsteutl\xe5tanden"')
    return sorted(set(re.findall(name + r'\n"DisplayVersion"="([^"]+)"', registry)))


def pe_subsystem(path: Path) -> str:
    """'windows' (GUI) or 'console', from the PE optional header's Subsystem field."""
    data = path.read_bytes()[:4096]
    pe = int.from_bytes(data[0x3C:0x40], "little")
    assert data[pe:pe + 4] == b"PE\0\0", path
    subsystem = int.from_bytes(data[pe + 24 + 68:pe + 24 + 70], "little")
    return {2: "windows", 3: "console"}.get(subsystem, str(subsystem))


def run_app(wine: Wine, app: Path, *args: str, exe: str = CONSOLE, cwd: Path | None = None,
            env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return wine.run([winpath(app / exe), *args], cwd=cwd, env=env, timeout=timeout)


def out(result: subprocess.CompletedProcess) -> tuple[str, str]:
    # No console under the test: the CLI writes UTF-8 (memo_builder.cli._configure_streams).
    return result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


# ---------------------------------------------------------------------------------------------
# The package itself


def test_build_is_small_trimmed_and_precompiled(built):
    app = built["app"]
    msi_mb = built["msi"].stat().st_size / 1e6
    installed_mb = sum(p.stat().st_size for p in app.rglob("*") if p.is_file()) / 1e6
    print(f"MSI {msi_mb:.1f} MB, installed {installed_mb:.1f} MB, build {built['seconds']:.0f} s")
    assert msi_mb <= 40, msi_mb
    assert installed_mb <= 120, installed_mb
    names = {p.relative_to(app).as_posix() for p in app.rglob("*") if p.is_file()}
    qt = {n for n in names if "/PySide6/" in n}
    for unwanted in ("Qml", "Quick", "Designer", "WebEngine", "opengl32sw", "Qt6Network", "qml/"):
        assert not any(unwanted in n for n in qt), unwanted
    for wanted in ("Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll", "Qt6Svg.dll", "QtSvg.pyd",
                   "plugins/platforms/qwindows.dll", "plugins/platforms/qoffscreen.dll",
                   "plugins/imageformats/qsvg.dll", "plugins/iconengines/qsvgicon.dll"):
        assert f"Lib/site-packages/PySide6/{wanted}" in names, wanted
    locales = {Path(n).stem for n in names if "/babel/locale-data/" in n}
    assert {"root", "sv", "sv_SE", "en"} <= locales
    assert all(loc == "root" or loc.split("_")[0] in ("sv", "en") for loc in locales), locales
    # Every module has its bytecode, so nothing is written into Program Files at first start.
    sources = [n for n in names if n.startswith("Lib/site-packages/") and n.endswith(".py")]
    assert len(sources) > 200  # the walk found the packages
    missing = [s for s in sources
               if f"{Path(s).parent.as_posix()}/__pycache__/{Path(s).stem}.cpython-313.pyc" not in names]
    assert not missing, missing[:5]
    assert {CONSOLE, GUI, "python.exe", "pythonw.exe", "app.ico", "python313._pth"} <= names
    # The GUI launcher and the interpreter it starts are windowed programs: no console flashes.
    assert pe_subsystem(app / GUI) == pe_subsystem(app / "pythonw.exe") == "windows"
    assert pe_subsystem(app / CONSOLE) == pe_subsystem(app / "python.exe") == "console"
    assert (app / GUI).read_bytes().count(b"#!pythonw.exe\r\n") == 1
    assert (app / CONSOLE).read_bytes().count(b"#!python.exe\r\n") == 1
    # The portable zip is the same folder.
    with zipfile.ZipFile(built["zip"]) as zf:
        zipped = {n.split("/", 1)[1] for n in zf.namelist()}
    assert zipped == names


def test_portable_zip_runs_from_any_folder(built, wine, tmp_path):
    folder = tmp_path / "USB-minne åäö"
    with zipfile.ZipFile(built["zip"]) as zf:
        zf.extractall(folder)
    (app,) = folder.iterdir()
    result = run_app(wine, app, "example", "-o", winpath(tmp_path / "portabel.memo"))
    assert result.returncode == 0, out(result)[1]
    assert "Skrev exempelärendet" in out(result)[0]
    # read-only program folder is fine: nothing is written into it
    before = sorted(p.relative_to(app) for p in app.rglob("*"))
    run_app(wine, app, "validate", winpath(tmp_path / "portabel.memo"))
    assert sorted(p.relative_to(app) for p in app.rglob("*")) == before


def test_build_checked_the_psf_signature_and_refuses_another_signer(built, signer):
    build = build_module()
    spec = build.load_pins()["python"]
    build.verify_signature(built["app"] / "python.exe", spec)  # the shipped one passes
    with pytest.raises(build.BuildError, match="not validly signed by the Python Software Foundation"):
        build.verify_signature(built["app"] / "python.exe", {**spec, "signer": "/CN=Someone Else"})
    # the launcher carries the organisation's signature, not the PSF's
    with pytest.raises(build.BuildError, match=f"signer .*CN={signer.subject_cn}"):
        build.verify_signature(built["app"] / CONSOLE, spec)


# ---------------------------------------------------------------------------------------------
# Signed with the organisation's certificate (build.py --sign)


def osslsigncode_verify(path: Path, root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([tool("osslsigncode"), "verify", "-CAfile", str(root), "-in", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_msi_and_launchers_carry_the_organisations_signature(built, signer, tmp_path):
    assert "tidsstampel.invalid/rfc3161 did not answer" in built["stdout"]
    assert "signed without a timestamp" in built["stdout"]
    # what is installed: the launchers inside the MSI, and the MSI itself
    subprocess.run([tool("msiextract"), "-C", str(tmp_path), str(built["msi"])], check=True,
                   capture_output=True, timeout=300)
    (installed_console,) = tmp_path.rglob(CONSOLE)
    (installed_gui,) = tmp_path.rglob(GUI)
    for path in (built["msi"], installed_console, installed_gui):
        result = osslsigncode_verify(path, signer.cert_pem)
        assert result.returncode == 0, (path.name, result.stdout[-2000:], result.stderr[-2000:])
        assert "Signature verification: ok" in result.stdout
        assert f"CN={signer.subject_cn}" in build_module().authenticode.unescape_subject(result.stdout)
    # the embedded Python keeps the PSF's own signature
    spec = build_module().load_pins()["python"]
    for name in ("python.exe", "pythonw.exe"):
        (path,) = tmp_path.rglob(name)
        build_module().verify_signature(path, spec)
    # the portable zip holds the same signed launchers
    with zipfile.ZipFile(built["zip"]) as zf:
        (member,) = [n for n in zf.namelist() if n.endswith("/" + CONSOLE)]
        assert zf.read(member) == installed_console.read_bytes()


def test_verify_lists_the_signed_package_and_catches_a_tampered_msi(built, signer, tmp_path):
    result = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--verify", str(built["msi"]),
                             "--ca", str(signer.cert_pem)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    rows = dict(line.split(None, 1) for line in lines[:-1])
    app = built["app"]
    executables = {p.relative_to(app).as_posix() for p in app.rglob("*")
                   if p.suffix.lower() in (".exe", ".dll", ".pyd")}
    assert set(rows) == executables | {built["msi"].name}
    for name in (built["msi"].name, CONSOLE, GUI):
        assert rows[name].startswith(f"CN={signer.subject_cn}, O=Gävle kommun (betrodd kedja"), rows[name]
    assert rows["python.exe"].startswith("CN=Python Software Foundation (betrodd kedja, tidsstämplad")
    assert any(v == "osignerad" for v in rows.values())  # lxml's modules: IT must allow by hash
    assert lines[-1].startswith(f"{len(rows)} körbara filer, ")

    tampered = tmp_path / built["msi"].name
    data = bytearray(built["msi"].read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    assert osslsigncode_verify(tampered, signer.cert_pem).returncode != 0
    result = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--verify", str(tampered),
                             "--ca", str(signer.cert_pem)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 2
    assert result.stderr.startswith("build.py: refused: ") and tampered.name in result.stderr


# ---------------------------------------------------------------------------------------------
# Installed per user, silently


def test_silent_per_user_install(installed, wine):
    assert (installed / CONSOLE).is_file() and (installed / GUI).is_file()
    start_menu = wine.drive_c / "users" / wine.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    link = (start_menu / "Memo Builder.lnk").read_bytes()
    assert GUI.encode("utf-16-le") in link or GUI.encode() in link  # starts the windowed launcher
    # .memo opens in the windowed launcher
    query = wine.run(["reg", "query", r"HKCR\MemoBuilder.memo\shell\open\command", "/ve"])
    assert GUI in query.stdout.decode(errors="replace")
    ext = wine.run(["reg", "query", r"HKCR\.memo", "/ve"])
    assert "MemoBuilder.memo" in ext.stdout.decode(errors="replace")
    # "Installed apps" shows the Swedish name and the version
    assert installed_versions(wine) == [VERSION]


def test_example_and_build_in_a_folder_with_spaces_and_swedish_letters(installed, wine, work):
    memo = work / "ärende 1.memo"
    result = run_app(wine, installed, "example", "-o", winpath(memo), cwd=work)
    stdout, stderr = out(result)
    assert result.returncode == 0, stderr
    # The console speaks Swedish: "exempelärendet", not "exempel?rendet".
    assert "Skrev exempelärendet till" in stdout, stdout
    assert "ärende 1.memo" in stdout
    # relative paths, from the current folder
    result = run_app(wine, installed, "build", "ärende 1.memo", "-o", "ärende 1.docx", cwd=work)
    stdout, stderr = out(result)
    assert result.returncode == 0, stderr
    assert "Skrev ärende 1.docx" in stdout
    document = docx.Document(str(work / "ärende 1.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    example = storage.load(memo)
    assert example.case.title in text
    total = swedish.tkr(memo_costs(example)[0].total)
    assert total in cells or total in text, total


def test_unc_share(installed, wine, tmp_path):
    """\\\\server\\share paths (Wine maps dosdevices/unc/<server>/<share> to a folder)."""
    share = tmp_path / "share"
    (share / "Nämnden 2024").mkdir(parents=True)
    unc = wine.prefix / "dosdevices" / "unc" / "filserver"
    unc.mkdir(parents=True, exist_ok=True)
    (unc / "kommun").symlink_to(share)
    base = r"\\filserver\kommun\Nämnden 2024"
    result = run_app(wine, installed, "example", "-o", base + r"\delad memo.memo")
    assert result.returncode == 0, out(result)[1]
    result = run_app(wine, installed, "build", base + r"\delad memo.memo", "-o", base + r"\delad memo.docx", "-q")
    assert result.returncode == 0, out(result)[1]
    assert docx.Document(str(share / "Nämnden 2024" / "delad memo.docx")).paragraphs
    missing = run_app(wine, installed, "build", r"\\filserver\kommun\Finns inte\x.memo", "-o", "x.docx",
                      cwd=tmp_path)
    assert missing.returncode == 2
    assert r"\\filserver\kommun\Finns inte" in out(missing)[1]


def test_the_lock_on_a_unc_share(installed, wine, tmp_path):
    """The installed program takes the owner file beside a memo on \\\\server\\share, the
    installed command line refuses to write while it is held, and both release it."""
    from tests.excel import workbooks as W

    share = tmp_path / "share"
    (share / "Nämnden 2031").mkdir(parents=True)
    unc = wine.prefix / "dosdevices" / "unc" / "lasserver"
    unc.mkdir(parents=True, exist_ok=True)
    (unc / "region").symlink_to(share)
    memo = r"\\lasserver\region\Nämnden 2031\delat ärende.memo"
    local = share / "Nämnden 2031" / "delat ärende.memo"
    owner_file = local.with_name(".~lock.delat ärende.memo#")
    sheet = W.english_plain(tmp_path / "costs.xlsx")
    assert run_app(wine, installed, "example", "-o", memo).returncode == 0
    hold = (
        "import sys; from pathlib import Path; from memo_builder.files import lock; "
        f"held = lock.MemoLock.acquire(Path({memo!r}), 'Eva Andersson'); "
        "print('held', flush=True); sys.stdin.read(); held.release(); print('released', flush=True)"
    )
    holder = wine.popen([winpath(installed / "python.exe"), "-c", hold],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"held", holder.stderr.read()
        assert json.loads(owner_file.read_text(encoding="utf-8"))["owner"] == "Eva Andersson"
        before = local.read_bytes()
        refused = run_app(wine, installed, "import-costs", memo, winpath(sheet))
        stdout, stderr = out(refused)
        assert refused.returncode == 2, (stdout, stderr)
        assert stderr.startswith("Fel: Ärendet är") and "Eva Andersson" in stderr, stderr
        assert stderr.count("\n") == 1 and "Traceback" not in stderr
        assert local.read_bytes() == before
        built_ = run_app(wine, installed, "build", memo, "-o", winpath(tmp_path / "läst.docx"), "-q")
        assert built_.returncode == 0, out(built_)[1]  # reading is never refused
    finally:
        holder.stdin.close()
        assert holder.stdout.readline().strip() == b"released"
        holder.wait(timeout=60)
    assert not owner_file.exists()
    written_ = run_app(wine, installed, "import-costs", memo, winpath(sheet))
    assert written_.returncode == 0, out(written_)[1]
    assert local.read_bytes() != before and not owner_file.exists()


def test_word_holding_the_file_gives_the_close_it_in_word_message(installed, wine, work):
    """Windows' sharing violation (Word keeps the .docx open) is the familiar message."""
    target = work / "öppen i Word.docx"
    target.write_bytes(b"old")
    # GENERIC_READ|GENERIC_WRITE, FILE_SHARE_READ (as Word does), OPEN_EXISTING; held until
    # stdin closes. One line with single quotes: it passes through Wine's command line.
    hold = (
        "import ctypes, sys; k = ctypes.WinDLL('kernel32'); "
        "k.CreateFileW.restype = ctypes.c_void_p; "
        f"h = k.CreateFileW({winpath(target)!r}, 0xC0000000, 1, None, 3, 0, None); "
        "print('locked' if h not in (None, ctypes.c_void_p(-1).value) else 'failed', flush=True); "
        "sys.stdin.read()"
    )
    holder = wine.popen([winpath(installed / "python.exe"), "-c", hold],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"locked"
        memo = work / "ärende 1.memo"
        if not memo.exists():
            run_app(wine, installed, "example", "-o", winpath(memo))
        result = run_app(wine, installed, "build", winpath(memo), "-o", winpath(target), "--draft")
        stdout, stderr = out(result)
        assert result.returncode == 2, (stdout, stderr)
        assert stderr.startswith("Fel: ") and stderr.count("\n") == 1, stderr
        assert "öppen i Word.docx" in stderr
        assert "öppen i ett annat program (till exempel Word)" in stderr, stderr
        assert "Traceback" not in stderr
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert target.read_bytes() == b"old"  # untouched


def test_user_folders_are_the_windows_ones(installed, wine):
    code = ("import json, sys; from memo_builder.files import settings as s; "
            "print(json.dumps({k: str(getattr(s, k)()) for k in "
            "('data_dir', 'config_dir', 'recovery_dir', 'log_dir', 'cache_dir')}))")
    result = run_app(wine, installed, "-c", code, exe="python.exe")
    assert result.returncode == 0, out(result)[1]
    folders = json.loads(out(result)[0])
    local = rf"C:\users\{wine.user}\AppData\Local\MemoBuilder\MemoBuilder"
    assert folders["data_dir"] == local
    assert folders["config_dir"] == local
    assert folders["recovery_dir"] == local + r"\recovery"
    assert folders["log_dir"] == local + r"\logs"
    assert folders["cache_dir"].startswith(local)
    assert not any("Programs" in f for f in folders.values())  # never inside the program folder


@pytest.mark.parametrize("command", ["validate", "build"])
def test_hostile_memo_sample_through_the_installed_launcher(installed, wine, tmp_path, command):
    for name in HOSTILE_SAMPLE:
        source = tmp_path / name
        shutil.copy(HOSTILE_DATA / "memos" / name, source)
        args = [command, winpath(source)] + (["-o", winpath(tmp_path / "x.docx")] if command == "build" else [])
        result = run_app(wine, installed, *args)
        stdout, stderr = out(result)
        assert result.returncode == 2, (name, stdout, stderr)
        assert stderr.startswith("Fel: ") and stderr.count("\n") == 1, (name, stderr)
        assert_message(stderr, name, MEMO_CORPUS[name])
        assert not (tmp_path / "x.docx").exists()
        assert source.read_bytes() == (HOSTILE_DATA / "memos" / name).read_bytes()


# ---------------------------------------------------------------------------------------------
# The GUI (with the test-only ICU stand-in)


@pytest.fixture(scope="module")
def gui_ready(installed, wine, tmp_path_factory):
    """The extra environment for the GUI offscreen under Wine (the ICU stand-in, fonts)."""
    gcc = tool("x86_64-w64-mingw32-gcc")
    try:
        return wine.offscreen_qt(tmp_path_factory.mktemp("qt"), gcc, ICU_STUB)
    except FileNotFoundError as exc:
        pytest.fail(str(exc))


def test_gui_screenshots_through_the_windowed_launcher(installed, wine, work, gui_ready, tmp_path):
    memo = work / "ärende 1.memo"
    if not memo.exists():
        run_app(wine, installed, "example", "-o", winpath(memo))
    shots = tmp_path / "skärmbilder"
    # MemoBuilder.exe is what the Start menu and a double-clicked .memo run (pythonw, no console)
    result = run_app(wine, installed, winpath(memo), "--screenshot", winpath(shots), exe=GUI,
                     env=gui_ready)
    assert result.returncode == 0, out(result)
    pictures = sorted(p.name for p in shots.glob("*.png"))
    from memo_builder.model.walkthrough import STEP_KEYS

    last = f"{len(STEP_KEYS):02d}-review.png"  # one picture per step, the review last
    assert pictures[0] == "01-case.png" and pictures[-1] == last, pictures
    assert len(pictures) == len(STEP_KEYS)
    assert all((shots / p).stat().st_size > 20_000 for p in pictures)  # painted, not blank


def test_gui_start_to_first_paint(installed, wine, gui_ready, work):
    """Start-up of the installed GUI under Wine, printed (not asserted: no timed tests)."""
    started = time.time()
    result = run_app(wine, installed, "gui", env={**gui_ready, "MEMO_BUILDER_EXIT_AFTER_PAINT": "1"})
    stdout, stderr = out(result)
    assert result.returncode == 0, stderr
    match = re.search(r"FIRST_PAINT (\d+\.\d+)", stdout)
    assert match, stdout
    print(f"installed GUI under Wine: first paint {float(match[1]) - started:.1f} s after launch")


# ---------------------------------------------------------------------------------------------
# Upgrade and uninstall


def test_major_upgrade_replaces_the_old_version(built, installed, wine, tmp_path):
    build = build_module()
    major, minor, patch = (int(x) for x in VERSION.split("."))
    newer = f"{major}.{minor}.{patch + 1}"
    wxs = built["work"] / "MemoBuilder-newer.wxs"
    build.write_wxs(built["app"], built["app"] / "app.ico", newer, wxs)
    msi = tmp_path / f"MemoBuilder-{newer}-x64.msi"
    subprocess.run([tool("wixl"), "-a", "x64", "-o", str(msi), wxs.name], cwd=built["work"],
                   check=True, capture_output=True, timeout=600)
    result = wine.run(["msiexec", "/i", winpath(msi), "/qn"])
    wine.wait()
    assert result.returncode == 0
    # the old one is gone, not installed beside it
    assert installed_versions(wine) == [newer]
    assert (installed / CONSOLE).is_file()
    built["installed_msi"] = msi


def test_silent_uninstall_removes_the_program_and_keeps_the_users_files(built, installed, wine, work):
    # Something of everything the user owns: memos, settings, a recovery file, a log.
    data = wine.local_appdata / "MemoBuilder" / "MemoBuilder"
    code = ("from memo_builder.files import settings as s; s.set_value('language', 'sv'); "
            "r = s.recovery_dir(); r.mkdir(parents=True, exist_ok=True); "
            "(r / 'autosave.memo').write_text('{}', encoding='utf-8')")
    assert run_app(wine, installed, "-c", code, exe="python.exe").returncode == 0
    memo = work / "behålls.memo"
    assert run_app(wine, installed, "example", "-o", winpath(memo)).returncode == 0
    before = sorted(p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file())
    assert "settings.json" in before and "recovery/autosave.memo" in before

    msi = built.get("installed_msi", built["msi"])
    result = wine.run(["msiexec", "/x", winpath(msi), "/qn"])
    wine.wait()
    assert result.returncode == 0
    assert not installed.exists(), sorted(p.name for p in installed.rglob("*"))[:20]
    start_menu = wine.drive_c / "users" / wine.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert not (start_menu / "Memo Builder.lnk").exists()
    assert wine.run(["reg", "query", r"HKCR\.memo"]).returncode != 0
    after = sorted(p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file())
    assert after == before
    assert memo.is_file() and (work / "ärende 1.memo").is_file()


def test_per_machine_install_with_allusers(built, wine, tmp_path):
    """IT's deployment: ALLUSERS=1 (elevated; Wine runs as administrator) into Program Files."""
    result = wine.run(["msiexec", "/i", winpath(built["msi"]), "ALLUSERS=1", "/qn"])
    wine.wait()
    assert result.returncode == 0
    machine = wine.drive_c / "Program Files" / "Memo Builder"
    assert (machine / CONSOLE).is_file()
    assert not (wine.drive_c / "users" / wine.user / Path(*PER_USER_DIR)).exists()
    check = run_app(wine, machine, "caveats", "--on", "2018-06-01")
    assert check.returncode == 0, out(check)[1]
    # the signed launcher runs the example from Program Files, as a standard user would
    memo = tmp_path / "maskin.memo"
    result = run_app(wine, machine, "example", "-o", winpath(memo))
    assert result.returncode == 0, out(result)[1]
    result = run_app(wine, machine, "build", winpath(memo), "-o", winpath(tmp_path / "maskin.docx"))
    assert result.returncode == 0, out(result)[1]
    assert docx.Document(str(tmp_path / "maskin.docx")).paragraphs
    # The plain uninstall command finds the per-machine folder (remembered at install).
    result = wine.run(["msiexec", "/x", winpath(built["msi"]), "/qn"])
    wine.wait()
    assert result.returncode == 0
    assert not machine.exists(), sorted(p.name for p in machine.iterdir())
    assert installed_versions(wine) == []
