"""The desktop integration files validate, and the sample post ships with the
package (so a fresh install can offer it)."""

from __future__ import annotations

import ast
import shutil
import subprocess
from importlib.resources import files

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


def test_sample_post_and_icon_ship_as_package_data() -> None:
    samples = files("resources") / "samples"
    page = samples / "night-ferry.html"
    photo = samples / "night-ferry_files" / "night-ferry-harbour.jpg"
    assert page.is_file()
    assert "Kihnu Star" in page.read_text(encoding="utf-8")
    assert photo.is_file()
    assert photo.read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
    icon = files("resources") / "icons" / "quotemark.svg"
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
