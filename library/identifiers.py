"""A scholarly work's identifiers as a page or a researcher writes them: a
DOI (``doi:10.1234/AB``, ``https://doi.org/10.1234/ab``) and an arXiv
identifier (``arXiv:2103.04417v2``, ``hep-th/9901001``), normalised. The
extractor reads them from pages, a correction checks a typed one, and the
search finds the post a typed one names."""

from __future__ import annotations

import re
from urllib.parse import unquote

_DOI = re.compile(r"(10\.\d{4,9})/(\S+)")
_DOI_LEADS = re.compile(
    r"^(?:doi\s*:?\s*|info:doi/|(?:https?://)?(?:dx\.)?doi\.org/|urn:doi:)", re.IGNORECASE
)
_TRAILING = ".,;:)]}>\"'\u201d\u2019"
_ARXIV_ID = re.compile(
    r"(?:arxiv:\s*)?((?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)",
    re.IGNORECASE,
)


def normalise_doi(value: str) -> str | None:
    """``value`` (``doi:10.1234/AB``, ``https://doi.org/10.1234/ab``, a bare
    DOI) as a DOI, ``10.1234/AB``: the resolver or scheme before it taken
    off in any case, percent-escapes decoded, a sentence's closing mark
    after it dropped; ``None`` when it is no DOI."""
    text = unquote(value.strip())
    text = _DOI_LEADS.sub("", text, count=1).strip()
    if text[:1] in _OPENING:
        # "(10.1234/abc)", "<doi:...>": the DOI in brackets.
        text = _DOI_LEADS.sub("", text[1:], count=1)
    found = _DOI.fullmatch(_closing_marks_off(text))
    if found is None:
        return None
    return f"{found[1]}/{found[2]}"


_OPENING = "([{<\"'\u201c\u2018"
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


def _closing_marks_off(text: str) -> str:
    # A sentence's closing marks after a DOI, but not a bracket the DOI
    # opened itself: "10.1234/abc(1)" keeps its ")"; "10.1234/abc)." loses
    # both marks.
    while text and text[-1] in _TRAILING:
        mark = text[-1]
        opening = _PAIRS.get(mark)
        if opening is not None and text.count(opening) >= text.count(mark):
            break
        text = text[:-1]
    return text


def arxiv_id(value: str) -> str | None:
    """``value`` (``arXiv:2103.01234v2``, ``hep-th/9901001``) as an arXiv
    identifier, its version kept; ``None`` when it is none."""
    found = _ARXIV_ID.fullmatch(value.strip())
    return found[1] if found else None
