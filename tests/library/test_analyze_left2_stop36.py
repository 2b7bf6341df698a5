"""Readings the stop-36 review found wrong (issue 16, branch s36-left2):
what a researcher sees in the reader, each fixed by a word order or a word
class. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run


def _names(*paragraphs: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in run(*paragraphs).quotes]


# A generational suffix ends a name, and keeps its point --------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Martin Luther King Jr. said “the pier is late.”",
        "“The pier is late,” Martin Luther King Jr. said.",
        "“The pier is late,” said Martin Luther King Jr., the owner.",
    ],
)
def test_a_surname_that_is_a_title_before_jr_stays_in_the_name(paragraph: str) -> None:
    assert _names(paragraph) == ["Martin Luther King Jr."]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Tom Hale Jr. spoke. “It is late,” he said.", "Tom Hale Jr."),
        ("“The pier is late,” Tom Hale Sr. said.", "Tom Hale Sr."),
        ("“The pier is late,” said Tom Hale Jr., the owner.", "Tom Hale Jr."),
        # Written without the point, or with none to write: as the text has it.
        ("Tom Hale Jr said “the pier is late.”", "Tom Hale Jr"),
        ("Tom Hale III said “the pier is late.”", "Tom Hale III"),
        # A title word before the name is still the role.
        ("“The pier is late,” said King Tom Hale.", "Tom Hale"),
    ],
)
def test_a_name_with_a_suffix_is_written_one_way(paragraph: str, name: str) -> None:
    assert _names(paragraph) == [name]


def test_one_person_with_a_suffix_has_one_name_across_quotations() -> None:
    names = _names(
        "“The pier is late,” Tom Hale Jr. said. “It is old,” said Tom Hale Jr., the owner."
    )
    assert names == ["Tom Hale Jr.", "Tom Hale Jr."]


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Ada Lind met Tom Hale Jr. A clerk said “the pier is late.”", "A clerk"),
        ("Ada Lind met Acme Inc. A clerk there said “the pier is late.”", "A clerk there"),
    ],
)
def test_a_suffix_before_an_article_ends_the_sentence(paragraph: str, label: str) -> None:
    (quote,) = run(paragraph).quotes
    assert quote.speaker is not None
    assert quote.speaker.label == label


# "said that “…” and that “…”": two partial quotations ----------------------


@pytest.mark.parametrize(
    ("paragraph", "spans"),
    [
        (
            "Ada Lind said that “the pier is late” and that “the boats are old.”",
            ["“the pier is late”", "“the boats are old.”"],
        ),
        (
            "The harbour master wrote on Monday that “the pier is late,” but that “the boats"
            " are fine.” Tom Hale disagreed.",
            ["“the pier is late,”", "“the boats are fine.”"],
        ),
        (
            "Ada Lind said that “the pier is late” and that “the boats are old” and that"
            " “the town is dull.”",
            ["“the pier is late”", "“the boats are old”", "“the town is dull.”"],
        ),
    ],
)
def test_that_and_that_makes_two_partial_quotations(paragraph: str, spans: list[str]) -> None:
    quotes = run(paragraph).quotes
    assert [q.span.text for q in quotes] == spans
    labels = {q.speaker.label if q.speaker else None for q in quotes}
    assert len(labels) == 1
    assert None not in labels


def test_that_and_words_of_the_writer_stay_one_clause() -> None:
    (quote,) = run("Ada Lind said that “the pier is late” and that the boats are old.").quotes
    assert quote.span.text == "that “the pier is late” and that the boats are old"


# Where a reported clause ends -----------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "span"),
    [
        ("Ada Lind said that “the pier is late”; Tom Hale agreed.", "“the pier is late”"),
        ("Ada Lind said the pier was “late”; Tom Hale agreed.", "the pier was “late”"),
        ("Ada Lind insisted “the pier is late.” Tom Hale disagreed.", "“the pier is late.”"),
        ("Ada Lind said the pier was “late.” Tom Hale disagreed.", "the pier was “late.”"),
        # The semicolon inside the marks is hers, and the clause goes on.
        (
            "Ada Lind said that “the pier is late; the boats are old.” Tom Hale disagreed.",
            "“the pier is late; the boats are old.”",
        ),
    ],
)
def test_a_clause_ends_at_its_closing_mark_or_a_semicolon(paragraph: str, span: str) -> None:
    quotes = run(paragraph).quotes
    assert quotes[0].span.text == span
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Ada Lind"


# "Ada or Tom Hale said": one of two, both named ----------------------------


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("“The pier is late,” Ada or Tom Hale said.", "Ada or Tom Hale"),
        ("“The pier is late,” said Ada Lind or Tom Hale.", "Ada Lind or Tom Hale"),
        ("“The pier is late,” Ada and Tom Hale said.", "Ada and Tom Hale"),
    ],
)
def test_two_names_joined_by_or_are_both_kept(paragraph: str, name: str) -> None:
    assert _names(paragraph) == [name]


def test_a_name_or_a_description_stays_a_description() -> None:
    (quote,) = run("“The pier is late,” Ada Lind or her aide said.").quotes
    assert quote.speaker is not None
    assert quote.speaker.name is None


def test_a_pronoun_after_an_or_pair_takes_the_one_it_fits() -> None:
    names = _names("“The pier is late,” Ada or Mr. Tom Hale said. “It is old,” she added.")
    assert names == ["Ada or Tom Hale", "Ada"]


# "they" after "Sources close to the mayor said" ----------------------------


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        (
            "Sources close to the mayor said the pier was late. “It is,” they said.",
            "Sources close to the mayor",
        ),
        (
            "Aides close to Ada Lind argued the pier was late. “It is,” they said.",
            "Aides close to Ada Lind",
        ),
    ],
)
def test_they_is_the_group_close_to_someone(paragraph: str, label: str) -> None:
    (quote,) = run(paragraph).quotes
    assert quote.speaker is not None
    assert quote.speaker.name is None
    assert quote.speaker.label == label


@pytest.mark.parametrize(
    "paragraph",
    [
        # Things, not people; or no verb after the group.
        "Sources of funding dried up. “It is late,” they said.",
        "Energy sources said nothing. “It is late,” they said.",
    ],
)
def test_they_after_sources_of_things_stays_unnamed(paragraph: str) -> None:
    (quote,) = run(paragraph).quotes
    assert quote.speaker is not None
    assert quote.speaker.label == "they"


# A capitalised run after the marks that opens with a verb-like word --------


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # Written before the verb, the run is the subject, as it is before
        # the marks ("Post Office Ada Lind said “…”"), not "posted" by
        # someone called "Office Ada Lind said".
        ("“The pier is late,” Post Office Ada Lind said.", "Post Office Ada Lind"),
        ("“The pier is late,” Post Ada Lind said.", "Ada Lind"),
        # The verb first: the name after it.
        ("“The pier is late,” writes Ada Lind.", "Ada Lind"),
    ],
)
def test_a_verb_like_word_opening_a_name_run_is_no_verb(paragraph: str, name: str) -> None:
    assert _names(paragraph) == [name]
