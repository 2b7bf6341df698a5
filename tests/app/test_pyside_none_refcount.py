"""Known hazard: PySide6 6.12.0 on Python 3.11 drops a reference to ``None``
on every call of a method returning void, and the process aborts
("none_dealloc") after about 5,000 of them. Highlighting 500 quotes is 1,500
such calls, so this would crash the reader. The dependency pins keep us on a
clean combination; this test proves the installed one is clean by making
20,000 void calls in a fresh process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.gui


def test_twenty_thousand_void_qt_calls_survive() -> None:
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QObject
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

        doc = QTextDocument()
        doc.setPlainText("x" * 100)
        cursor = QTextCursor(doc)
        fmt = QTextCharFormat()
        obj = QObject()
        before = sys.getrefcount(None)
        for i in range(5_000):
            obj.setObjectName("q")              # void
            fmt.setBackground(QColor(i % 255, 0, 0))  # void
            cursor.setPosition(i % 90)          # void
            cursor.mergeCharFormat(fmt)         # void
        after = sys.getrefcount(None)
        print(before - after)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, f"process died: {done.stderr[-2000:]}"
    # Python 3.12+ makes None immortal; on 3.11 a leak shows as a falling count.
    lost = int(done.stdout.strip())
    assert lost < 1_000, f"None lost {lost} references over 20,000 void calls"
