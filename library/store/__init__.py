"""The library's SQLite storage: schema and migrations, posts, clips,
sources and full-text search. Only :mod:`quotemark.library.service` uses it; the GUI
and the command line go through that facade."""
