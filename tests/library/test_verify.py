"""quotemark verify's core: a manuscript the test writes, quoting the sample
post exactly, with other typography, with an elision, with a bracketed
insertion, with a changed word, and with an unknown key, is checked against
a real library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quotemark.library.errors import QuotemarkError
from quotemark.library.service import Library
from quotemark.library.verify import Report, verify_file, verify_text
from quotemark.library.verify.source import LibrarySource

KEY = "laane2024night"

LATEX = r"""
\section{Ferries}
The association's chair was blunt: ``We waited eleven years for something that costs
less than one kilometre of motorway'' \parencite[¶~9]{laane2024night}.
Before, ``this harbour went dark at nine o'clock'' \cite{laane2024night}.
The ministry would run it "as a trial \dots of October"
\textcite{laane2024night}.
Pärn's group counted "[residents and] everyone who has ever slept on a bench in the terminal"
\autocite{laane2024night}.
The deckhand said “Nobody on this boat is a stranger tonight” \cite{laane2024night}.
Another paper wrote “the lights stay on” \cite{nobody2020}.
An uncited “turn of phrase” stays unchecked.
"""


@pytest.fixture
def library(location: Path | str) -> Iterator[Library]:
    with Library.open(location) as opened:
        opened.import_sample()
        yield opened


def _statuses(report: Report) -> list[str]:
    return [f.status for f in report.findings]


def test_a_latex_manuscript_is_checked_quotation_by_quotation(library: Library) -> None:
    report = verify_text(LATEX.replace(r"\dots", "…"), "tex", LibrarySource(library))
    assert _statuses(report) == [
        "exact",
        "typographic",
        "edited",
        "edited",
        "different",
        "unknown-key",
    ]
    assert report.uncited == 1
    assert not report.ok
    elided, inserted, changed = report.findings[2], report.findings[3], report.findings[4]
    assert [(c.kind, c.source) for c in elided.changes] == [("elided", "until the end")]
    assert [(c.kind, c.quoted) for c in inserted.changes] == [("inserted", "residents and")]
    assert [(c.kind, c.source, c.quoted) for c in changed.changes] == [
        ("changed", "tourist", "stranger")
    ]
    assert changed.post_key == KEY
    assert report.findings[5].key == "nobody2020"
    assert report.findings[0].quotation.line == 3


def test_markdown_and_plain_text_citations(library: Library) -> None:
    source = LibrarySource(library)
    markdown = (
        "Ilves: “It is not a luxury” [@laane2024night, para. 10].\n\n"
        "Pärn spoke of “one kilometre of autobahn” [see @laane2024night].\n"
    )
    assert _statuses(verify_text(markdown, "md", source)) == ["exact", "different"]
    plain = (
        'They collected "3,400 signatures - more than the island\'s population"'
        " (laane2024night, para. 10)."
    )
    assert _statuses(verify_text(plain, "txt", source)) == ["typographic"]


def test_a_clip_key_whose_post_no_longer_holds_the_passage_is_stale(library: Library) -> None:
    post = library.posts()[0]
    span = library.find_span(post.id, paragraph=11)
    clip, _ = library.clip(post.id, span)
    # The clip keeps what was clipped; pretend the post was re-extracted to
    # other text by citing a passage only the clip holds.
    source = LibrarySource(library)
    target = source.resolve(clip.key)
    assert target is not None
    assert target.post_key == KEY
    stale_source = _Reextracted(source, clip.key)
    text = f"The ministry: “{' '.join(clip.text.split()[:8])}” \\cite{{{clip.key}}}."
    assert _statuses(verify_text(text, "tex", stale_source)) == ["stale"]
    assert _statuses(verify_text(text, "tex", source)) == ["exact"]


class _Reextracted:
    """A key source whose post text lost the clip's passage (as after a
    re-extraction that changed the text)."""

    def __init__(self, inner: LibrarySource, clip_key: str) -> None:
        self._inner = inner
        self._clip_key = clip_key

    def resolve(self, key: str) -> object:
        from quotemark.library.verify import Target

        target = self._inner.resolve(key)
        if target is None or key != self._clip_key:
            return target
        return Target(
            target.post_key, lambda: "The post now says something else.", target.clip_text
        )


def test_an_unreadable_manuscript_is_an_error_naming_it(library: Library, tmp_path: Path) -> None:
    missing = tmp_path / "missing.tex"
    with pytest.raises(QuotemarkError, match=r"missing\.tex"):
        verify_file(missing, LibrarySource(library))
    binary = tmp_path / "paper.md"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(QuotemarkError, match=r"paper\.md"):
        verify_file(binary, LibrarySource(library))


def test_an_elision_next_to_a_repeated_word_is_still_an_elision() -> None:
    from quotemark.library.verify.compare import compare

    source = "In the end and an and on the city the council met."
    result = compare("In the end and … on the city", source)
    assert result.verdict == "edited"
    assert [c.kind for c in result.changes] == ["elided"]


def test_block_quotations_are_checked_with_the_citation_inside_or_after(
    library: Library,
) -> None:
    source = LibrarySource(library)
    latex = (
        "\\begin{quote}\n"
        "We waited eleven years for something that costs less than one kilometre of highway,\n"
        "said Jonas Pärn. \\parencite[¶~9]{laane2024night}\n"
        "\\end{quote}\n"
    )
    report = verify_text(latex, "tex", source)
    assert _statuses(report) == ["different"]
    assert [(c.source, c.quoted) for c in report.findings[0].changes] == [("motorway,", "highway,")]
    assert report.findings[0].quotation.line == 2
    markdown = "> It is not a luxury, Ilves said, it is the difference.\n\n[@laane2024night]\n"
    assert _statuses(verify_text(markdown, "md", source)) == ["typographic"]


def test_the_markdown_export_verifies_against_its_own_library(library: Library) -> None:
    post = library.posts()[0]
    for paragraph in (1, 9, 11):
        library.clip(post.id, library.find_span(post.id, paragraph=paragraph))
    exported = library.export("markdown")
    report = verify_text(exported, "md", LibrarySource(library))
    assert len(report.findings) == 3
    assert report.ok, [(f.status, f.quotation.text, f.changes) for f in report.findings]
