"""A base for the reader's text widget that screen readers meet as a
read-only text, not as a label.

Qt picks a widget's accessibility interface by walking its class names
from the most derived one up (qaccessiblewidgetfactory.cpp). At
``QTextBrowser`` it answers with an interface whose role is StaticText,
which AT-SPI reports as "label": Orca then reads the whole post as one
label instead of letting the user move through it line by line. Qt's
``QTextEdit`` interface (the same text interface, caret, selection and
read-only state) reports EditableText, AT-SPI "text", as GTK reports a
read-only text view.

The class below is a ``QTextBrowser`` whose Qt class name is
``QTextEdit``, so the walk stops there first. A role of "document" is not
within PySide6's reach: Qt's own interfaces fix their roles in C++, and an
interface written in Python (installed with ``QAccessible.installFactory``)
cannot hand out a text interface, because ``interface_cast`` returns a raw
C++ pointer that a Python object cannot provide; a document without its
text would be worse than a label.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser


class QTextEdit(QTextBrowser):
    """A ``QTextBrowser`` (links, resources) read out as a read-only text."""
