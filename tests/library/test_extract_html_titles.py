"""Titles as a citation needs them: the post's headline, never the name of
the blog or newsletter it appeared in. Pages are written here.
"""

from __future__ import annotations

from quotemark.library.extract.html import extract_html
from tests.library.test_extract_html import html_doc

_BODY = (
    "<p>The harbour ferry returned to service on Monday after a winter of repairs, "
    "and the first crossing was full by seven in the morning.</p>"
)


def test_a_masthead_h1_naming_the_blog_is_not_the_headline() -> None:
    html = (
        "<html><head><title>Ferry notes for March - The Harbour Log</title>"
        '<meta property="og:title" content="Ferry notes for March - The Harbour Log">'
        '<meta property="og:site_name" content="The Harbour Log"></head><body>'
        '<header><h1 class="site-title"><a href="/">The Harbour Log</a></h1></header>'
        f"<div class='post'><h1>Ferry notes for March</h1>{_BODY}</div></body></html>"
    )
    meta = extract_html(html_doc(html)).metadata
    assert meta.title == "Ferry notes for March"
    assert meta.site == "The Harbour Log"
