"""The reader: one post as a read-only QTextDocument, one QTextBlock per model
Block, with quotes, sources and clips marked.

- :mod:`~quotemark.app.reader.view`: :class:`ReaderView`, the widget the main window uses
  (its module docstring lists the public API).
- :mod:`~quotemark.app.reader.document`: blocks -> QTextDocument (formats, lists, images).
- :mod:`~quotemark.app.reader.header`: title, byline, date, site, original link and counts
  over the text (a widget, not document text).
- :mod:`~quotemark.app.reader.positions`: code-point offsets <-> Qt's UTF-16 positions.
- :mod:`~quotemark.app.reader.spans`: what a selection or caret means in the model; a
  partial quote's marked words.
- :mod:`~quotemark.app.reader.highlight`: quote, link, source and clip formats; speaker colours.
- :mod:`~quotemark.app.reader.theme`: light/dark colours, serif typography, zoom.
- :mod:`~quotemark.app.reader.margin`: paragraph numbers, clip bars, speaker labels.
- :mod:`~quotemark.app.reader.find`: the Ctrl+F find bar.
"""
