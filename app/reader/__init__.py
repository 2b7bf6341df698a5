"""The reader: one post as a read-only QTextDocument, one QTextBlock per model
Block, with quotes, sources and clips marked.

- :mod:`~app.reader.view`: :class:`ReaderView`, the widget the main window uses
  (its module docstring lists the public API).
- :mod:`~app.reader.document`: blocks -> QTextDocument (formats, lists, images).
- :mod:`~app.reader.header`: title, byline, date, site, original link and counts
  over the text (a widget, not document text).
- :mod:`~app.reader.positions`: code-point offsets <-> Qt's UTF-16 positions.
- :mod:`~app.reader.spans`: what a selection or caret means in the model; a
  partial quote's marked words.
- :mod:`~app.reader.highlight`: quote, link, source and clip formats; speaker colours.
- :mod:`~app.reader.theme`: light/dark colours, serif typography, zoom.
- :mod:`~app.reader.margin`: paragraph numbers, clip bars, speaker labels.
- :mod:`~app.reader.find`: the Ctrl+F find bar.
"""
