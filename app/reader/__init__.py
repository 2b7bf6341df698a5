"""The reader: one post as a read-only QTextDocument, one QTextBlock per model
Block, with quotes, sources and clips marked. :class:`app.reader.view.ReaderView`
is the widget the main window uses."""
