"""A newsletter's name before its issue's title (s49-html8).

A newsletter's archive page (Mailchimp's, a campaign archive saved from
the browser) often titles the issue "The Tideline Weekly: Issue 42: A
winter without ferries" and sets the same name before every section's
heading ("The Tideline Weekly · The ferry", "The Tideline Weekly · Your
letters"). The name the headings repeat is the newsletter's, not the
issue's title (issue 16: "a newsletter's name is not the post's title"):
the title is what follows it, and the name is the site when the page
named none.

The construction: the title's words before its first ": " (two words or
more) open two or more of the body's headings, each followed there by a
separator mark. A title whose topic word heads one section ("Brexit: what
happens next", "Brexit and the ports") or a page with fewer headings is
left as it is, and so are words ending in a number: a diary's "Week 12:
Lambing at last" over "Week 12 – Monday", "Week 12 – Tuesday" numbers a
part of the diary, it names no newsletter (s49-final-extract). Only a
title holding ": " reaches the headings, one ``startswith`` each: nothing
on a page without such a title."""

from __future__ import annotations

from dataclasses import replace

from quotemark.library.model import Block, BlockKind, Metadata

_SEPARATORS = frozenset(":\u00b7|\u2013\u2014-\u2022/")
"""The marks that part the repeated name from a section's own heading."""
_MIN_HEADINGS = 2


def drop_series_name(metadata: Metadata, blocks: list[Block]) -> Metadata:
    """``metadata`` with the newsletter's name taken off its title (and
    given as its site when it names none) when the body's headings repeat
    the name (see the module doc); ``metadata`` itself otherwise."""
    title = metadata.title
    name, found, rest = title.partition(": ")
    rest = rest.strip()
    if not found or not rest:
        return metadata
    words = name.split()
    if len(words) < 2 or any(c.isdigit() for c in words[-1]):
        return metadata  # (a numbered part, "Week 12: ...", "Day 3: ...", names no newsletter)
    repeated = 0
    for block in blocks:
        if block.kind is BlockKind.HEADING and block.text.startswith(name):
            after = block.text[len(name) :].lstrip()
            if after[:1] in _SEPARATORS and after[1:].strip():
                repeated += 1
    if repeated < _MIN_HEADINGS:
        return metadata
    return replace(metadata, title=rest, site=metadata.site or name)
