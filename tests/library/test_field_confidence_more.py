"""How sure the extractor is of a post's site, URL and language, and of the
fields of a plain-text post: the readings that go wrong in citations are
listed for review, stated ones are not."""

from __future__ import annotations

from pathlib import Path

from quotemark.library.service import Library
from tests.library.test_field_confidence import STATED


def _import(library: Library, tmp_path: Path, name: str, text: str) -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    return post_id


SECTION_AS_SITE = """<!-- saved from url=(0045)https://www.washingtonpost.com/opinions/ferry -->
<html lang="en"><head><title>The ferry deserves better | Opinion</title></head><body><article>
<h1>The ferry deserves better</h1>
<p>The town has argued about the harbour ferry for a decade, and the council should now decide
whether to replace the old boat or to keep repairing it every winter.</p>
<p>Either choice costs money, but waiting costs the most of all.</p>
</article></body></html>"""

SYNDICATED = """<!-- saved from url=(0038)https://news.example-portal.com/ferry -->
<html lang="en"><head><title>Ferry fares rise</title>
<link rel="canonical" href="https://harbournews.example.org/2024/ferry-fares">
<meta property="og:site_name" content="Harbour News">
</head><body><article><h1>Ferry fares rise</h1>
<p>Ferry fares will rise by ten percent in April, the operator said on Monday, citing the cost
of fuel and of the crews' new contract.</p>
</article></body></html>"""

TWO_LANGUAGES = """<html lang="en"><head><title>Fährpreise steigen</title>
<meta http-equiv="content-language" content="de">
<meta property="og:site_name" content="Hafenblatt">
</head><body><article><h1>Fährpreise steigen</h1>
<p>Die Fährpreise steigen im April um zehn Prozent, sagte der Betreiber am Montag.</p>
</article></body></html>"""


def test_a_site_split_off_the_title_that_is_not_the_host_is_listed(
    library: Library, tmp_path: Path
) -> None:
    post_id = _import(library, tmp_path, "opinion.html", SECTION_AS_SITE)
    meta = library.post(post_id).metadata
    assert meta.site == "Opinion"
    assert meta.sureness("site") < 0.7
    assert "site" in library.uncertain_fields(post_id)


def test_a_stated_site_url_and_language_are_sure(library: Library, tmp_path: Path) -> None:
    post_id = _import(library, tmp_path, "stated.html", STATED)
    meta = library.post(post_id).metadata
    assert meta.site == "Harbour News"  # from the <title>, no host to disagree
    assert meta.sureness("site") >= 0.7
    assert library.uncertain_fields(post_id) == []


def test_a_copy_saved_from_another_host_than_it_names_has_its_url_listed(
    library: Library, tmp_path: Path
) -> None:
    post_id = _import(library, tmp_path, "copy.html", SYNDICATED)
    meta = library.post(post_id).metadata
    assert meta.url == "https://harbournews.example.org/2024/ferry-fares"
    unsure = library.uncertain_fields(post_id)
    assert "url" in unsure
    assert "site" not in unsure  # stated by the page


def test_a_page_stating_two_languages_has_its_language_listed(
    library: Library, tmp_path: Path
) -> None:
    post_id = _import(library, tmp_path, "two.html", TWO_LANGUAGES)
    assert "language" in library.uncertain_fields(post_id)


def test_a_text_post_rates_what_its_lines_say(library: Library, tmp_path: Path) -> None:
    body = (
        "The port authority said on Monday that dredging of the old harbour will begin in May "
        "and last for most of the summer, closing two of the four berths used by the ferries. "
    ) * 5
    post_id = _import(library, tmp_path, "harbour_dredging.txt", body + "\n")
    meta = library.post(post_id).metadata
    assert meta.title == "harbour dredging"  # the file's name: a guess
    assert meta.sureness("title") == 0.5
    assert meta.sureness("language") >= 0.7  # a long text tells its language
    assert library.uncertain_fields(post_id) == ["title"]
