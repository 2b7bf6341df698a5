"""Screenshots of the window, rendered offscreen from the sample post:
``python -m quotemark.app.screenshots FOLDER`` (``make screenshots``).

By default it writes the AppStream set (1600x1000, light and dark) that the
metainfo file lists; ``--review`` writes every size and theme the window is
looked at in (1024x700 and 1600x1000; light, dark and high contrast). A
temporary library and settings folder is used, so the user's own library is
never shown or touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Shot:
    """One picture: the file name, the window size and the theme."""

    name: str
    width: int
    height: int
    theme: str


APPSTREAM: tuple[Shot, ...] = (
    Shot("main-light.png", 1600, 1000, "light"),
    Shot("main-dark.png", 1600, 1000, "dark"),
)
"""What packaging/linux/org.quotemark.Quotemark.metainfo.xml lists."""

REVIEW: tuple[Shot, ...] = tuple(
    Shot(f"{width}x{height}-{theme}.png", width, height, theme)
    for width, height in ((1024, 700), (1600, 1000))
    for theme in ("light", "dark", "high-contrast")
)

SETTLE_S = 1.5
"""How long the window gets to settle after each change (the reader builds
the rest of the post and the panes give way an event later)."""


def _settle(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def render(folder: Path, shots: Sequence[Shot]) -> list[Path]:
    """Render ``shots`` into ``folder`` (made if missing); the written files."""
    from PySide6.QtWidgets import QApplication

    from quotemark.app import gui
    from quotemark.app.controller import Controller
    from quotemark.app.main_window import MainWindow
    from quotemark.app.style import apply_theme
    from quotemark.library import paths

    app = gui.application()
    controller = Controller.open(paths.library_file())
    controller.stop_polling()  # nothing else writes to this library
    window = MainWindow(controller)
    written: list[Path] = []
    try:
        window.resize(shots[0].width, shots[0].height)
        window.show()
        window.open_sample()
        deadline = time.monotonic() + 60
        while window.current_post() is None:
            if time.monotonic() > deadline:
                raise RuntimeError("the sample post did not open within 60 s")
            QApplication.processEvents()
            time.sleep(0.02)
        folder.mkdir(parents=True, exist_ok=True)
        for shot in shots:
            apply_theme(shot.theme)
            window.resize(shot.width, shot.height)
            _settle(SETTLE_S)
            target = folder / shot.name
            if not window.grab().save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
            written.append(target)
    finally:
        window.close()
        controller.close()
        app.processEvents()
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: render into a folder, print each file written."""
    parser = argparse.ArgumentParser(
        prog="python -m quotemark.app.screenshots",
        description="Render the window with the sample post into PNG files.",
    )
    parser.add_argument("folder", type=Path, help="where the PNG files go")
    parser.add_argument(
        "--review",
        action="store_true",
        help="1024x700 and 1600x1000 in light, dark and high contrast (else the AppStream set)",
    )
    args = parser.parse_args(argv)
    # Offscreen unless told otherwise: the same pixels on any machine, and no
    # window flashing on the desktop.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="quotemark-shots-") as home:
        os.environ["QUOTEMARK_HOME"] = home
        try:
            written = render(args.folder, REVIEW if args.review else APPSTREAM)
        except (OSError, RuntimeError) as error:
            print(f"screenshots: {error}", file=sys.stderr)
            return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
