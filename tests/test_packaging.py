"""The desktop integration files validate (the AppStream file lists the
committed screenshots), and the sample post ships with the package (so a
fresh install can offer it)."""

from __future__ import annotations

import ast
import shutil
import struct
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import ROOT

LINUX = ROOT / "packaging" / "linux"


def _validator(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed (CI installs it)")
    return tool


def test_desktop_entry_validates() -> None:
    tool = _validator("desktop-file-validate")
    done = subprocess.run(
        [tool, str(LINUX / "org.quotemark.Quotemark.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in done.stdout.splitlines() if "error:" in line]
    assert done.returncode == 0, done.stdout
    assert not errors, done.stdout


def test_appstream_metainfo_validates() -> None:
    tool = _validator("appstreamcli")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(LINUX / "org.quotemark.Quotemark.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metainfo_shows_the_committed_screenshots_with_captions() -> None:
    tree = ElementTree.parse(LINUX / "org.quotemark.Quotemark.metainfo.xml")
    shots = tree.findall("./screenshots/screenshot")
    assert len(shots) >= 2
    assert [shot.get("type") for shot in shots].count("default") == 1
    for shot in shots:
        caption = shot.findtext("caption", "").strip()
        assert caption, "every screenshot says what it shows"
        image = shot.find("image")
        assert image is not None
        assert image.text
        picture = LINUX / "screenshots" / image.text.rsplit("/", 1)[-1]
        assert picture.is_file(), f"{picture.name} is not in packaging/linux/screenshots"
        header = picture.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", header[16:24])
        assert (str(width), str(height)) == (image.get("width"), image.get("height"))


def test_sample_post_and_icon_ship_as_package_data() -> None:
    samples = files("quotemark.resources") / "samples"
    page = samples / "night-ferry.html"
    photo = samples / "night-ferry_files" / "night-ferry-harbour.jpg"
    assert page.is_file()
    assert "Kihnu Star" in page.read_text(encoding="utf-8")
    assert photo.is_file()
    assert photo.read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
    icon = files("quotemark.resources") / "icons" / "quotemark.svg"
    assert icon.is_file()
    assert "<svg" in icon.read_text(encoding="utf-8")


def test_the_app_bundle_keeps_every_qt_module_the_app_imports() -> None:
    spec = (ROOT / "packaging" / "quotemark.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    excludes: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "excludes" for t in node.targets
        ):
            excludes = set(ast.literal_eval(node.value))
    assert "tkinter" in excludes  # the list was found
    used: set[str] = set()
    for source in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module)
    assert "PySide6.QtWidgets" in used
    assert not used & excludes, f"the spec leaves out modules the app imports: {used & excludes}"


def test_the_app_names_the_desktop_entry_it_ships() -> None:
    # The Wayland app id and _GTK_APPLICATION_ID come from desktopFileName; a
    # mismatch leaves the taskbar without Quotemark's name and icon.
    from quotemark.app.gui import APP_NAME, DESKTOP_ID

    entry = LINUX / f"{DESKTOP_ID}.desktop"
    assert entry.is_file()
    lines = entry.read_text(encoding="utf-8").splitlines()
    # Qt on X11 sets WM_CLASS to (program name, application name).
    assert f"StartupWMClass={APP_NAME}" in lines
    assert f"<id>{DESKTOP_ID}</id>" in (LINUX / f"{DESKTOP_ID}.metainfo.xml").read_text("utf-8")


def _checkout_copy(tmp_path: Path) -> Path:
    """The script, the desktop files and the icon, laid out as in a checkout."""
    root = tmp_path / "checkout"
    shutil.copytree(LINUX, root / "packaging" / "linux")
    (root / "resources" / "icons").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "quotemark.svg", root / "resources" / "icons")
    return root


def _install_entry(root: Path, data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(root / "packaging" / "linux" / "install-desktop-entry.sh")],
        env={"PATH": "/usr/bin:/bin", "HOME": str(data.parent), "XDG_DATA_HOME": str(data), **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_menu_entry_runs_the_command_make_run_installed(tmp_path: Path) -> None:
    command = shutil.which("quotemark", path=str(Path(sys.executable).parent))
    if command is None:
        pytest.skip("this environment has no installed 'quotemark' command")
    root = _checkout_copy(tmp_path)
    (root / ".venv" / "bin").mkdir(parents=True)
    (root / ".venv" / "bin" / "quotemark").symlink_to(command)
    data = tmp_path / "share"

    done = _install_entry(root, data)

    assert done.returncode == 0, done.stderr
    entry = data / "applications" / "org.quotemark.Quotemark.desktop"
    lines = entry.read_text("utf-8").splitlines()
    fields = dict(line.split("=", 1) for line in lines if "=" in line)
    program = fields["Exec"].split()[0]
    # A desktop session has no shell PATH: the entry names the program by path.
    assert program == str(root / ".venv" / "bin" / "quotemark")
    assert fields["TryExec"] == program
    version = subprocess.run([program, "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0
    assert (data / "icons/hicolor/scalable/apps/org.quotemark.Quotemark.svg").is_file()
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout


def test_menu_entry_is_refused_without_a_command(tmp_path: Path) -> None:
    root = _checkout_copy(tmp_path)
    data = tmp_path / "share"

    done = _install_entry(root, data)

    assert done.returncode == 1
    assert "make run" in done.stderr
    assert not (data / "applications" / "org.quotemark.Quotemark.desktop").exists()


def test_every_package_folder_is_installed() -> None:
    # pyproject.toml lists the quotemark.* packages by hand (the folders are
    # mapped, so setuptools cannot find them): a new folder must be listed.
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    for top in ("app", "library", "resources"):
        for init in (ROOT / top).rglob("__init__.py"):
            name = ".".join(("quotemark", *init.parent.relative_to(ROOT).parts))
            assert name in listed, f"{name} is missing from [tool.setuptools] packages"
