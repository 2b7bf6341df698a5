"""Work a window leaves until it has been painted (a shared library's
listening connection and warm-up, which load psycopg) runs after the first
paint, in order, or after the fallback when no paint comes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from quotemark.app.first_paint import FirstPaint


def test_actions_wait_for_the_first_paint_and_run_in_order(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("Library"))
    qtbot.addWidget(window)
    gate = FirstPaint(window, fallback_ms=600_000)
    ran: list[str] = []
    gate.then(lambda: ran.append("listen"))
    gate.then(lambda: ran.append("warm up"))
    qtbot.wait(50)  # events go round; no paint without showing
    assert ran == []
    assert not gate.painted
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: ran == ["listen", "warm up"])
    assert gate.painted
    gate.then(lambda: ran.append("later"))  # once painted: soon
    qtbot.waitUntil(lambda: ran[-1:] == ["later"])


def test_a_window_that_is_not_painted_gets_them_after_the_fallback(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)  # never shown
    gate = FirstPaint(window, fallback_ms=100)
    ran: list[str] = []
    gate.then(lambda: ran.append("listen"))
    qtbot.waitUntil(lambda: ran == ["listen"], timeout=5_000)
    assert gate.painted
