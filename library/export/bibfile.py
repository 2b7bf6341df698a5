"""Writing ``.bib`` text with bibtexparser v2, for both BibTeX dialects.

Values reach this module already LaTeX-safe (see :mod:`quotemark.library.export.latex`)
with balanced braces, so they are enclosed in braces here and bibtexparser's
writer lays the entries out with an empty unparse stack: its enclosing
middleware would only redo that work, and copy 10,000 entries to do it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibtexparser.entrypoint import write_string
from bibtexparser.library import Library
from bibtexparser.model import Block, Entry, Field, ImplicitComment, Preamble
from bibtexparser.writer import BibtexFormat

FieldValue = tuple[str, str | None]


def entry(entry_type: str, key: str, fields: list[FieldValue]) -> Entry:
    """An entry with the given fields in order, empty values left out. A
    ``month`` that is a BibTeX macro (``jan``) is written unbraced so styles
    print the month name."""
    built: list[Field] = []
    for name, value in fields:
        if not value:
            continue
        if name == "month" and value.isalpha():
            built.append(Field(name, value))
        else:
            built.append(Field(name, "{" + value + "}"))
    return Entry(entry_type, key, built)


def write(entries: list[Entry], header: str, preambles: Sequence[str] = ()) -> str:
    """The ``.bib`` text: ``header`` as ``%`` comment lines, the
    ``@preamble`` values (quoted strings), then the entries in order, each
    ending with a newline."""
    comment = "\n".join(f"% {line}".rstrip() for line in header.splitlines())
    blocks: list[Block] = [ImplicitComment(comment), *(Preamble(p) for p in preambles)]
    library = Library([*blocks, *entries])
    layout = BibtexFormat()  # type: ignore[no-untyped-call]
    layout.indent = "  "
    layout.block_separator = "\n"
    layout.trailing_comma = True
    text: str = write_string(
        library,
        unparse_stack=[],
        bibtex_format=layout,
    )
    return text if text.endswith("\n") else text + "\n"


def braced_list_item(value: str) -> str:
    """A value for a biblatex list field (``organization``) that must stay
    one item: braced when it contains "and", which would split it."""
    return "{" + value + "}" if " and " in f" {value.casefold()} " else value
