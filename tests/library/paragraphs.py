"""Helpers shared by the analysis tests: the team's paragraphs analysed as
an article, and its quotations with their speakers' names."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Analysis, Block, BlockKind, QuoteKind, Speaker
from quotemark.library.pipeline import process


def run(*paragraphs: str) -> Analysis:
    """``paragraphs`` analysed as one article, a block each."""
    return analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])


def shown(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    """The name and role shown for each quotation of ``paragraphs``."""
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None)
        for q in run(*paragraphs).quotes
    ]


def review_case(post: str, words: str, kind: QuoteKind, speaker: str, left: str = "") -> Any:
    """One quotation of a review's post: words it holds, kind and the speaker
    a careful reader writes; ``left`` the reason when it is read wrong (a
    strict xfail, so a fix shows as a pass to take off the list)."""
    marks = [pytest.mark.xfail(reason=left, strict=True)] if left else []
    return pytest.param(post, words, kind, speaker, id=f"{post}:{words[:24]}", marks=marks)


def listed_words(post: str, *tables: list[Any]) -> list[str]:
    """The words each row of a review's ``tables`` (``pytest.param(post,
    words, ...)``) lists for ``post``."""
    return [p.values[1] for table in tables for p in table if p.values[0] == post]


def spoken(analysis: Analysis) -> list[tuple[str, str | None]]:
    """Each quotation's words and its speaker's name (``None``: no name)."""
    return [(q.span.text, q.speaker.name if q.speaker else None) for q in analysis.quotes]


def given_to(*paragraphs: str, kind: QuoteKind | None = None) -> list[tuple[str, str | None]]:
    """Each quotation's words in ``paragraphs`` (of ``kind`` only, if given)
    and who it is given to: the name, else the description the Quotes panel
    shows."""
    return [
        (q.span.text, (q.speaker.name or q.speaker.label) if q.speaker else None)
        for q in run(*paragraphs).quotes
        if kind is None or q.kind is kind
    ]


def said_by(marked: str, *paragraphs: str) -> list[str | None]:
    """Who each quotation holding ``marked`` in ``paragraphs`` is given to:
    the name, else the description the Quotes panel shows."""
    return [
        (q.speaker.name or q.speaker.label) if q.speaker else None
        for q in run(*paragraphs).quotes
        if marked in q.span.text
    ]


def nested_said(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each quotation nested in another in ``paragraphs``: its words and
    what the Quotes panel shows for its speaker (the name, else the
    description; ``None``: no speaker)."""
    return [
        (q.span.text, q.speaker.label if q.speaker else None)
        for q in run(*paragraphs).quotes
        if q.parent is not None
    ]


def only_speaker(analysis: Analysis) -> Speaker:
    """The speaker of the one quotation ``analysis`` found (failing the test
    when it found none, several, or one with no speaker)."""
    assert len(analysis.quotes) == 1
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    return speaker


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def cases_with_left(cases: Iterable[_Identified], left: Mapping[str, str]) -> list[Any]:
    """A battery's cases as pytest parameters, each case whose id ``left``
    lists marked a strict xfail with its reason (a fix shows as a pass to
    take off the list)."""
    return [
        pytest.param(c, id=c.id, marks=pytest.mark.xfail(reason=left[c.id], strict=True))
        if c.id in left
        else pytest.param(c, id=c.id)
        for c in cases
    ]


class Posts:
    """A folder of the team's posts (``NAME.txt``), each read as ``quotemark
    extract`` reads it (``pipeline.process``), analysed once."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._analyses: dict[str, Analysis] = {}

    def analysis(self, name: str) -> Analysis:
        """The post's analysis."""
        if name not in self._analyses:
            self._analyses[name] = process(self._folder / f"{name}.txt").analysis
        return self._analyses[name]

    def readings(self, name: str) -> list[tuple[str, QuoteKind, str | None]]:
        """Each quotation of the post: its words, its kind, the speaker shown."""
        return [
            (q.span.text, q.kind, (q.speaker.name or q.speaker.label) if q.speaker else None)
            for q in self.analysis(name).quotes
        ]

    def reading_of(self, name: str, words: str) -> list[tuple[QuoteKind, str | None]]:
        """The kind and speaker of the post's quotation that is ``words``
        alone (a final point or comma aside), else of each one holding them."""
        found = self.readings(name)
        exact = [(k, who) for text, k, who in found if text.rstrip(".,") == words.rstrip(".,")]
        return exact or [(k, who) for text, k, who in found if words in text]

    def innermost(self, name: str, words: str) -> tuple[QuoteKind, str | None] | None:
        """The kind and speaker of the post's shortest quotation holding
        ``words`` (a final point or comma aside). A partial quotation's span
        is its clause ("that the rota was “unsafe by design”"), so inside a
        labelled turn both the turn and the partial hold the words;
        :meth:`reading_of` (s46-rev10's measure) then answers both and the
        row fails however the partial is read. The reader asks which
        quotation those words are: the innermost (s46-rev12; shared from
        s47-rev13)."""
        held = [
            (len(text), kind, who)
            for text, kind, who in self.readings(name)
            if words.rstrip(".,") in text
        ]
        return min(held, key=lambda h: h[0])[1:] if held else None

    def who(self, name: str, words: str) -> list[str | None]:
        """The speakers shown for the post's quotations holding ``words``."""
        return [who for text, _kind, who in self.readings(name) if words in text]

    def kinds(self, name: str, words: str) -> list[QuoteKind]:
        """The kinds of the post's quotations holding ``words``."""
        return [kind for text, kind, _who in self.readings(name) if words in text]

    def holds_unlisted(self, name: str, words: str, listed: Iterable[str]) -> bool:
        """Whether a quotation of the post holds ``words`` and none of the
        words ``listed`` (the review's quotations): a false quotation."""
        kept = list(listed)
        return any(
            words in text and not any(w in text for w in kept)
            for text, _kind, _who in self.readings(name)
        )

    def unlisted(self, name: str, listed: Iterable[str]) -> list[str]:
        """The post's quotations holding none of the words ``listed``: a
        reading the review's tables do not know."""
        kept = list(listed)
        return [text for text, _k, _w in self.readings(name) if not any(w in text for w in kept)]

    def misread(
        self, name: str, words: str, kind: QuoteKind, speaker: str, listed: Iterable[str]
    ) -> list[object]:
        """What is wrong with the reading of the post's quotation ``words``
        against a review's gold: its (kind, speaker) when not ``kind`` and
        ``speaker`` alone, and the other ``listed`` words it holds too."""
        reading = self.reading_of(name, words)
        wrong: list[object] = [] if reading == [(kind, speaker)] else [reading]
        return wrong + self.others_held(name, words, listed)

    def authors(self, name: str) -> tuple[str, ...]:
        """The post's authors, as ``quotemark extract`` reads its byline."""
        return process(self._folder / f"{name}.txt").article.metadata.authors

    def others_held(self, name: str, words: str, listed: Iterable[str]) -> list[str]:
        """The words of the others ``listed`` that a quotation of the post
        holding ``words`` holds too: two quotations read as one (the
        narrator's words between them kept in the span)."""
        held = [text for text, _k, _w in self.readings(name) if words in text]
        return [w for w in listed if w != words for text in held if w in text]

    def quoted(self, name: str, words: str) -> bool:
        """Whether any quotation of the post holds ``words``."""
        return any(words in text for text, _kind, _who in self.readings(name))


# The review tests every review file (tests/library/test_review*_stop4*.py)
# runs over its tables, written once. Each factory returns a test function
# that the file assigns at module level under the test's own name
# (``test_each_quotation_kind_and_speaker = each_quotation_test(...)``), so
# pytest collects the same ids, and a row's ``pytest.param`` marks (its
# strict xfail) carry through.


def each_quotation_test(
    posts: Posts, quotations: list[Any], innermost: bool = False
) -> Callable[..., None]:
    """The test that each quotation of a review's table (``review_case``
    rows) is read with its kind and speaker; with ``innermost``, as
    s46-rev12 and s47-rev13 ask it: the innermost quotation holding the
    words (a partial inside a labelled turn is held by the turn too)."""

    if innermost:

        @pytest.mark.parametrize(("post", "words", "kind", "speaker"), quotations)
        def test_each_quotation_kind_and_speaker(
            post: str, words: str, kind: QuoteKind, speaker: str
        ) -> None:
            assert posts.innermost(post, words) == (kind, speaker)

        return test_each_quotation_kind_and_speaker

    @pytest.mark.parametrize(("post", "words", "kind", "speaker"), quotations)
    def test_each_quotation_kind_and_speaker(
        post: str, words: str, kind: QuoteKind, speaker: str
    ) -> None:
        # A quotation that is the words alone is that one, not a longer one
        # holding them.
        assert posts.reading_of(post, words) == [(kind, speaker)]

    return test_each_quotation_kind_and_speaker


def no_quotation_test(
    posts: Posts, not_quotations: list[Any], *quotations: list[Any]
) -> Callable[..., None]:
    """The test that the words of a review's no-quotation table
    (``pytest.param(post, words)``) are in no quotation but one its
    ``quotations`` tables list."""

    @pytest.mark.parametrize(("post", "words"), not_quotations)
    def test_words_that_are_no_quotation(post: str, words: str) -> None:
        assert not posts.holds_unlisted(post, words, listed_words(post, *quotations))

    return test_words_that_are_no_quotation


def every_read_listed_test(
    posts: Posts, post_names: list[str], *tables: list[Any]
) -> Callable[..., None]:
    """The test that every quotation read in each of ``post_names`` holds
    words a review's ``tables`` list for the post."""

    @pytest.mark.parametrize("post", post_names)
    def test_every_quotation_read_is_listed(post: str) -> None:
        # The tables list every quotation a careful reader finds (and the
        # words left as no quotation), so a new reading shows here.
        assert posts.unlisted(post, listed_words(post, *tables)) == []

    return test_every_quotation_read_is_listed


def review_tests(
    posts: Posts,
    quotations: list[Any],
    not_quotations: list[Any],
    post_names: list[str],
    innermost: bool = False,
) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
    """A review's three tests over its tables: each quotation's kind and
    speaker (of the innermost quotation holding its words, with
    ``innermost``), the words that are no quotation, every reading listed."""
    return (
        each_quotation_test(posts, quotations, innermost),
        no_quotation_test(posts, not_quotations, quotations),
        every_read_listed_test(posts, post_names, quotations, not_quotations),
    )


def byline_test(posts: Posts, bylines: list[Any]) -> Callable[..., None]:
    """The test that each post of a review's ``bylines`` table (``(post,
    authors)`` rows or their ``pytest.param``) is read with those authors
    (s49-lang8: the byline test the language reviews wrote each)."""

    @pytest.mark.parametrize(("post", "authors"), bylines)
    def test_the_byline(post: str, authors: tuple[str, ...]) -> None:
        assert posts.authors(post) == authors

    return test_the_byline


def construction_test(cases: list[Any]) -> Callable[..., None]:
    """The test that each row of a review's team sentences (``(paragraphs,
    expected)``) gives ``expected`` (:func:`given_to`): a construction fixed,
    where it must fire and where it must not (s49-lang8)."""

    @pytest.mark.parametrize(("paragraphs", "expected"), cases)
    def test_a_construction(
        paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
    ) -> None:
        assert given_to(*paragraphs) == expected

    return test_a_construction
