"""The name an unnamed speaker gave: "The person who runs it, who gave his
name only as Gil, said ..." (s44-left5).

A reader writes "Gil" (the text's own name for him), with the description
as his role, where the phrase search stops at the description. Only a
who-clause right after the speaker's description, set off by a comma,
whose verb is "gave" (or "gives") and whose object is the person's own name
"as" one to three capitalised words.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.document import Document
from quotemark.library.model import Speaker

_GAVE_NAME_AS = re.compile(
    r",[ \u00a0]+who[ \u00a0]+(?:gave|gives|would[ \u00a0]+give)[ \u00a0]+(?:his|her|their)"
    r"[ \u00a0]+(?:first[ \u00a0]+|full[ \u00a0]+)?name[ \u00a0]+(?:only[ \u00a0]+)?as[ \u00a0]+"
    r"((?:[A-Z][\w\u2019'-]*[ \u00a0]+){0,2}[A-Z][\w\u2019'-]*)\b"
    # or any who-clause ending on the person's own name set off by commas
    # ("who asked us to use only her first name, Mairi,": s46-left)
    r"|,[ \u00a0]+who[ \u00a0]+[^,.;:\u201c\u201d\"]{1,120}?[ \u00a0](?:his|her|their)"
    r"[ \u00a0]+(?:first[ \u00a0]+|full[ \u00a0]+)?name,[ \u00a0]+"
    r"((?:[A-Z][\w\u2019'-]*[ \u00a0]+){0,2}[A-Z][\w\u2019'-]*),"
)
"""The who-clause giving a name: ", who gave his name only as Gil", ",
who asked us to use only her first name, Mairi,"; the name as group 1 or
2."""


def name_given(doc: Document, speaker: Speaker | None) -> Speaker | None:
    """``speaker`` named by the name its description's who-clause says the
    person gave ("The man who answered, who gave his name as Bram," ->
    Bram, the description his role), else ``speaker`` as it is; also when
    the description was taken for someone named before ("Ada Lind spoke.
    The man who answered, who gave his name only as Gil, said": Gil, not
    Ada Lind). Cheap: one anchored match, only for a speaker whose phrase
    writes no name and has a place in the text."""
    if speaker is None or speaker.span is None:
        return speaker
    if speaker.name is not None and speaker.name.split()[-1] in speaker.span.text:
        return speaker  # (a name the phrase writes; not one its description was taken for)
    end = doc.starts[speaker.span.end.block] + speaker.span.end.offset
    if not doc.scan.startswith(", who ", end):
        return speaker
    m = _GAVE_NAME_AS.match(doc.scan, end)
    if m is None:
        return speaker
    return Speaker(m.group(1) or m.group(2), speaker.role, speaker.confidence, speaker.span)
