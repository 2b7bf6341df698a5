"""Inputs for the fuzz tests (no tests here): real-looking saved posts as
bytes (an HTML page, the same page as MHTML, a plain-text post), and the
damage done to them (bytes flipped, cut, repeated, truncated, and snippets
known to trouble parsers spliced in).

``QUOTEMARK_FUZZ_EXAMPLES`` sets how many inputs each fuzz test tries (a
few hundred in all for ``make test``; ``make fuzz`` asks for thousands).
"""

from __future__ import annotations

import base64
import html
import os
import quopri

from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("QUOTEMARK_FUZZ_EXAMPLES", "150"))

_WORDS = (
    "harbour", "ferry", "island", "council", "night", "crossing", "budget", "river",
    "minister", "report", "weather", "pier", "village", "season", "Ilves", "Tallinn",
)  # fmt: skip
_NAMES = ("Marta Ilves", "Jon Vikander", "the harbour master", "Reuters", "a spokesman")

# Things known to trouble parsers and our own code: NULs, deep nesting, a
# host urllib refuses, half a multipart boundary, lone surrogates as bytes,
# long unbroken runs, stray quotation marks, broken entities and markup.
SNIPPETS: tuple[bytes, ...] = (
    b"\x00",
    b"<div>" * 300,
    b"</div></p></body>",
    b'<a href="http://[hostname]:8080/">dev server</a>',
    b'<link rel="canonical" href="http://[::1">',
    b"<![CDATA[",
    b"&#0;&#xD800;&#x110000;&bogus;",
    b"\xed\xa0\x80",
    b"\xff\xfe",
    b"\xe9\xe8",
    b"x" * 5000,
    '\u201c\u201d\u2018\u2019\u00ab\u00bb"'.encode(),
    b"\r\n--BOUNDARY\r\n",
    b"=\r\n=3D=\r\n",
    b'<meta charset="utf-16">',
    b'<meta http-equiv="Content-Type" content="text/html; charset=no-such">',
    b"<script>document.write('<p>')</script>",
    b"<table><tr><td>" * 20,
    b"\xf0\x9f\x8c\x89" * 10,
    b"<br>" * 50,
    "\u2028\u2029\ufeff\ufffe".encode(),
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=14))
    text = " ".join(words).capitalize() + "."
    if draw(st.booleans()):
        speaker = draw(st.sampled_from(_NAMES))
        text = f"\u201c{text}\u201d said {speaker}."
    return text


@st.composite
def paragraphs(draw: st.DrawFn) -> list[str]:
    return draw(st.lists(sentences(), min_size=2, max_size=8))


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    """A saved blog post with a title, byline, links and chrome."""
    title = draw(sentences())[:60]
    body = []
    for text in draw(paragraphs()):
        markup = html.escape(text, quote=False)
        if draw(st.integers(0, 4)) == 0:
            url = draw(st.sampled_from(("https://example.org/a", "/local", "http://[host]/", "#x")))
            markup += f' <a href="{html.escape(url)}">a link</a>'
        tag = draw(st.sampled_from(("p", "p", "p", "blockquote", "li", "h2")))
        body.append(f"<{tag}>{markup}</{tag}>")
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        '<meta name="author" content="Kadri Laane">'
        '<meta property="article:published_time" content="2024-03-09">'
        "</head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>{html.escape(title)}</h1>" + "\n".join(body) + "</article>"
        "<footer>Harbour Notes</footer></body></html>"
    )
    return page.encode("utf-8")


@st.composite
def mhtml_archive(draw: st.DrawFn) -> bytes:
    """:func:`html_page` saved as MHTML, with a picture part."""
    page = draw(html_page())
    encoding = draw(st.sampled_from(("quoted-printable", "base64", "8bit")))
    if encoding == "quoted-printable":
        body = quopri.encodestring(page)
    elif encoding == "base64":
        body = base64.encodebytes(page)
    else:
        body = page
    gif = base64.encodebytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!")
    return (
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://harbour.example/post\r\n"
        b"Subject: A post\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="BOUNDARY"\r\n\r\n'
        b"--BOUNDARY\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: " + encoding.encode() + b"\r\n"
        b"Content-Location: https://harbour.example/post\r\n\r\n" + body + b"\r\n"
        b"--BOUNDARY\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://harbour.example/a.gif\r\n\r\n" + gif + b"\r\n--BOUNDARY--\r\n"
    )


@st.composite
def text_post(draw: st.DrawFn) -> bytes:
    """A plain-text post: title, date line, paragraphs."""
    title = draw(sentences())[:60]
    text = f"{title}\n\nMarch 9, 2024\n\n" + "\n\n".join(draw(paragraphs())) + "\n"
    return text.encode("utf-8")


@st.composite
def damaged(draw: st.DrawFn, document: st.SearchStrategy[bytes]) -> bytes:
    """``document`` with up to four kinds of damage applied."""
    data = bytearray(draw(document))
    for _ in range(draw(st.integers(0, 4))):
        if not data:
            break
        kind = draw(st.sampled_from(("flip", "cut", "repeat", "splice", "splice", "truncate")))
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 200))]
        elif kind == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 400))]
        elif kind == "splice":
            data[at:at] = draw(st.sampled_from(SNIPPETS))
        else:
            del data[at:]
    return bytes(data)
