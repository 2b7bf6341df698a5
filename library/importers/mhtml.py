"""MHTML ("save as single file"): a MIME multipart/related message holding
the page and its resources.

Parsed with the standard library's ``email`` package. A damaged archive (no
boundary, a boundary that never appears, an archive cut short before its
closing boundary) is refused with a message saying so, rather than importing
whatever fragment happens to parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import errors as email_errors
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from urllib.parse import unquote

from quotemark.library.errors import UnreadableInput
from quotemark.library.importers.decode import declared_charset, decode, normalise_label
from quotemark.library.importers.html_file import page_url
from quotemark.library.importers.sniff import image_type
from quotemark.library.model import Resource

_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")


@dataclass(frozen=True, slots=True)
class Archive:
    """What an MHTML file holds that Quotemark uses."""

    html: str
    encoding: str
    url: str | None
    saved_at: str | None
    resources: dict[str, Resource] = field(default_factory=dict)


MAX_MULTIPARTS = 200
"""Multipart sections an archive may hold (nested or not)."""
_MULTIPART = re.compile(rb"content-type:[ \t]*multipart/", re.IGNORECASE)
MAX_PARTS = 5000
"""Parts an archive may hold, pages and images alike. Each costs the
standard parser about 0.45 ms, so 100,000 one-line parts took 45 s; a saved
page holds its HTML and a few hundred images and style sheets at most."""
_PART_HEADER = re.compile(rb"^content-type:", re.IGNORECASE | re.MULTILINE)
"""A part's Content-Type header at the start of a line: one a part (a part
without one is rare and counted by none, which only makes the count low)."""


def read_mhtml(name: str, data: bytes, path: str | None = None) -> Archive:
    """Unpack an MHTML archive. ``name`` is the file name used in messages,
    ``path`` the file's full path carried by the error.

    Raises :class:`~quotemark.library.errors.UnreadableInput` for a damaged archive or
    one without an HTML page.
    """
    sections = len(_MULTIPART.findall(data))
    if sections > MAX_MULTIPARTS:
        # The standard parser recurses once per nested section; thousands
        # of them exhaust the stack. A saved page has one or two.
        raise UnreadableInput(
            f"{name}: the MHTML archive holds {sections} multipart sections (a saved page has "
            f"one or two; at most {MAX_MULTIPARTS} are read); it is not a saved web page.",
            path=path or name,
        )
    # Every part follows a boundary line ("--" at a line's start): counting
    # those is a byte search, the header pattern a slower scan run only when
    # that count is over the limit (HTML comments' "-->" lines count too).
    parts = data.count(b"\n--")
    if parts > MAX_PARTS:
        # (Less the archive's own Content-Type, which heads no part.)
        parts = len(_PART_HEADER.findall(data)) - 1
    if parts > MAX_PARTS:
        raise UnreadableInput(
            f"{name}: the MHTML archive holds {parts:,} parts (a saved page has a few hundred "
            f"at most; at most {MAX_PARTS:,} are read); it is not a saved web page.",
            path=path or name,
        )
    try:
        message = BytesParser(policy=policy.default).parsebytes(_repair_headers(data))
        _check(name, message, path or name)
    except RecursionError as error:
        raise UnreadableInput(
            f"{name}: the MHTML archive nests its parts too deeply to be read.",
            path=path or name,
        ) from error
    page = _page(message)
    if page is None:
        raise UnreadableInput(
            f"{name}: the MHTML archive holds no HTML page; save the page again from the browser.",
            path=path or name,
        )
    body = _payload(page)
    if body is None:
        raise UnreadableInput(
            f"{name}: the page inside the MHTML archive is damaged: its base64 encoding does "
            "not decode; save the page again from the browser.",
            path=path or name,
        )
    label = page.get_content_charset()
    declared = normalise_label(label) if label else None
    decoded = decode(body, declared, declaration=declared_charset)
    if decoded is None:
        raise UnreadableInput(
            f"{name}: the page inside the MHTML archive is not readable text.", path=path or name
        )
    url = _web(page.get("Content-Location")) or _web(message.get("Snapshot-Content-Location"))
    url = url or page_url(decoded.text)
    return Archive(
        html=decoded.text,
        encoding=decoded.encoding,
        url=url,
        saved_at=_date(message),
        resources=_images(message, page),
    )


def _repair_headers(data: bytes) -> bytes:
    """Fold stray lines in the top header block into the header above them.

    Browsers have written headers such as a multi-line encoded title with
    the continuation not indented; the parser would then take the rest of
    the headers (the boundary among them) for the body.
    """
    match = _BLANK_LINE.search(data, 0, 65536)
    if match is None:
        return data
    head = data[: match.start()]
    lines = head.split(b"\n")
    fixed = [lines[0]]
    changed = False
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t") or _HEADER_LINE.match(line):
            fixed.append(line)
        else:
            fixed.append(b" " + line)
            changed = True
    if not changed:
        return data
    return b"\n".join(fixed) + data[match.start() :]


def _check(name: str, message: Message, path: str) -> None:
    content_type = message.get_content_type()
    defects = list(message.defects)
    for part in message.walk():
        if part is not message:
            defects.extend(part.defects)

    def refuse(problem: str) -> UnreadableInput:
        return UnreadableInput(
            f"{name}: {problem}; save the page again from the browser.", path=path
        )

    if any(isinstance(d, email_errors.NoBoundaryInMultipartDefect) for d in defects):
        raise refuse("the MHTML archive is damaged: its header names no boundary between the parts")
    if any(isinstance(d, email_errors.StartBoundaryNotFoundDefect) for d in defects):
        raise refuse(
            "the MHTML archive is damaged: the boundary its header names never appears in it"
        )
    if any(isinstance(d, email_errors.CloseBoundaryNotFoundDefect) for d in defects):
        raise refuse("the MHTML archive is truncated: it ends in the middle of a part")
    if content_type.startswith("multipart/") and not message.is_multipart():
        raise refuse("the MHTML archive is damaged: its parts cannot be separated")
    if not content_type.startswith(("multipart/", "text/html")):
        raise refuse(f"the MHTML archive holds {content_type}, not a web page")


def _page(message: EmailMessage) -> EmailMessage | None:
    """The part the archive opens with: the one its ``start`` parameter
    names, else the first HTML part."""
    if not message.is_multipart():
        return message if message.get_content_type() == "text/html" else None
    start = message.get_param("start")
    if isinstance(start, str) and start.strip():
        wanted = _cid(start)
        for part in message.walk():
            if _cid(str(part.get("Content-ID", ""))) == wanted and not part.is_multipart():
                return part
    for part in message.walk():
        if part.get_content_type() == "text/html" and not part.is_multipart():
            return part
    # RFC 2387: the archive's ``type`` is the type of its root part, the
    # first one, so a first part written without a Content-Type (which
    # the parser reads as text/plain) is the page when the archive says so.
    parts = message.get_payload()
    root = parts[0] if isinstance(parts, list) and parts else None
    declared = message.get_param("type")
    if (
        isinstance(root, EmailMessage)
        and isinstance(declared, str)
        and declared.strip().lower() == "text/html"
        and "Content-Type" not in root
        and not root.is_multipart()
    ):
        return root
    return None


def _images(message: EmailMessage, page: Message) -> dict[str, Resource]:
    found: dict[str, Resource] = {}
    if not message.is_multipart():
        return found
    for part in message.walk():
        if part is page or part.is_multipart():
            continue
        declared = part.get_content_type()
        if not declared.startswith("image/") and declared not in (
            "application/octet-stream",
            "binary/octet-stream",
        ):
            continue
        payload = _payload(part, strict=True)
        if not payload:
            continue
        media_type = image_type(payload) or (
            declared if declared.startswith("image/") and declared != "image/svg+xml" else None
        )
        if media_type is None:
            continue
        location = str(part.get("Content-Location", "")).strip()
        content_id = _cid(str(part.get("Content-ID", "")))
        # The page may name a part by its address as saved, percent-decoded,
        # or by its Content-ID.
        keys = [
            key
            for key in (location, unquote(location), f"cid:{content_id}" if content_id else "")
            if key
        ]
        # A part saved twice under one address: the first one stands, and
        # resource names stay unique within the post.
        keys = [key for key in keys if key not in found]
        if not keys:
            continue
        resource = Resource(name=keys[0], media_type=media_type, data=payload, location=location)
        for key in keys:
            found[key] = resource
    return found


def _payload(part: Message, strict: bool = False) -> bytes | None:
    """The part's content, transfer encoding undone; ``None`` when it is
    base64 that does not decode (the standard parser then hands back the
    base64 text itself, which would be imported as the page's words or
    stored as an image) or, ``strict``, base64 with stray characters (the
    parser drops them: harmless in a page's text, a corrupt image)."""
    before = len(part.defects)
    payload = part.get_payload(decode=True)
    broken = (
        (email_errors.InvalidBase64LengthDefect, email_errors.InvalidBase64CharactersDefect)
        if strict
        else email_errors.InvalidBase64LengthDefect
    )
    if any(isinstance(defect, broken) for defect in part.defects[before:]):
        return None
    return payload if isinstance(payload, bytes) else b""


def _cid(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("cid:"):
        value = value[4:]
    return value.strip().strip("<>").strip()


def _web(value: object) -> str | None:
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def _date(message: Message) -> str | None:
    header = message.get("Date")
    moment = getattr(header, "datetime", None)
    if moment is None:
        return None
    return str(moment.isoformat())
