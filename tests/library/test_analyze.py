"""Quotations and speakers: every form the issue lists, in sentences we wrote."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Analysis, Block, BlockKind, Quote, QuoteKind


def run(*paragraphs: str, kind: BlockKind = BlockKind.PARAGRAPH) -> Analysis:
    return analyze([Block(kind, p) for p in paragraphs])


def texts(analysis: Analysis) -> list[str]:
    return [q.span.text for q in analysis.quotes]


def only(analysis: Analysis) -> Quote:
    assert len(analysis.quotes) == 1, texts(analysis)
    return analysis.quotes[0]


def test_span_is_the_quoted_words_without_marks_and_maps_back_to_the_block() -> None:
    text = "The mayor said: “We will rebuild the bridge by spring.” Nobody clapped."
    quote = only(run(text))
    assert quote.span.text == "We will rebuild the bridge by spring."
    start, end = quote.span.start, quote.span.end
    assert start.block == end.block == 0
    assert text[start.offset : end.offset] == quote.span.text


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“The harvest came early this year,” said Marta Okafor.",
            "harvest came early",
            "Marta Okafor",
        ),
        (
            "“The harvest came early this year,” Marta Okafor said.",
            "harvest came early",
            "Marta Okafor",
        ),
        (
            'Marta Okafor said: "The harvest came early this year."',
            "harvest came early",
            "Marta Okafor",
        ),
        (
            "«La récolte est arrivée tôt cette année», a déclaré Marta Okafor.",
            "récolte",
            "Marta Okafor",
        ),
        (
            "«\u00a0La récolte est arrivée tôt\u00a0», dijo Marta Okafor.",
            "La récolte",
            "Marta Okafor",
        ),
        ("„Die Ernte kam dieses Jahr früh“, sagte Marta Okafor.", "Ernte kam", "Marta Okafor"),
        ("「今年は収穫が早かった」とオカフォー氏は言った。", "今年は収穫が早かった", None),
        (
            "“The harvest came early this year,” Okafor told Reuters.",
            "harvest came early",
            "Okafor",
        ),
    ],
)
def test_inline_quotes_in_every_mark_style(text: str, words: str, speaker: str | None) -> None:
    quote = only(run(text))
    assert words in quote.span.text
    assert not quote.span.text.startswith(("«", "„", "“", "「", '"', "\u00a0", " "))
    if speaker is not None:
        assert quote.speaker is not None
        assert quote.speaker.name == speaker


def test_low_single_marks_nested_in_german_quotes() -> None:
    text = "„Er rief \u201aWir bleiben hier bis morgen früh\u2018 und ging“, sagte Anna Berger."
    analysis = run(text)
    outer, inner = analysis.quotes
    assert inner.parent == 0
    assert inner.kind is QuoteKind.NESTED
    assert inner.span.text == "Wir bleiben hier bis morgen früh"
    assert outer.speaker is not None
    assert outer.speaker.name == "Anna Berger"


def test_interrupted_quote_gives_both_parts_the_same_speaker() -> None:
    analysis = run(
        "Dr. Lena Hart studies river ice.",
        "“The first crack is always the loudest,” she said, “but the last one matters.”",
    )
    first, second = analysis.quotes
    assert first.span.text == "The first crack is always the loudest"
    assert second.span.text == "but the last one matters."
    for quote in analysis.quotes:
        assert quote.speaker is not None
        assert quote.speaker.name == "Lena Hart"


def test_pronoun_resolves_to_the_last_named_subject() -> None:
    analysis = run(
        "Councillor Priya Natarajan said the budget was late. Her aide, Tom Reyes, disagreed.",
        "“We will vote on Monday no matter what,” she said.",
    )
    # "she" follows the paragraph whose subjects were Natarajan then Reyes:
    # Reyes is named as an appositive, not a sentence subject.
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name == "Priya Natarajan"
    assert 0 < quote.speaker.confidence < 0.9


def test_multi_paragraph_quote_is_one_quote_across_blocks() -> None:
    analysis = run(
        "Captain Ruth Adeyemi described the night:",
        "“We lost the engine at two in the morning and drifted for six hours.",
        "“By dawn the coast guard had found us, and everyone walked off the boat.”",
        "The ship was towed to port.",
    )
    quote = only(analysis)
    assert quote.kind is QuoteKind.BLOCK
    assert quote.span.start.block == 1
    assert quote.span.end.block == 2
    assert quote.span.text.startswith("We lost the engine")
    assert quote.span.text.endswith("walked off the boat.")
    assert quote.speaker is not None
    assert quote.speaker.name == "Ruth Adeyemi"


def test_quote_paragraphs_share_the_attribution_line_that_follows_them() -> None:
    analysis = run(
        '"The water rose faster than anyone had measured before."',
        '"We moved the families to the school before midnight."',
        "Colonel Idris Mansour, head of civil defence",
        "Rain is expected again tomorrow.",
    )
    assert len(analysis.quotes) == 2
    for quote in analysis.quotes:
        assert quote.kind is QuoteKind.BLOCK
        assert quote.speaker is not None
        assert quote.speaker.name == "Idris Mansour"
        assert quote.speaker.role == "Colonel, head of civil defence"
    assert all("civil defence" not in t for t in texts(analysis))


def test_attribution_line_without_a_name_keeps_the_description() -> None:
    analysis = run('"The road north is closed again."', "A local shopkeeper, in Tartus")
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name is None
    assert quote.speaker.role == "A local shopkeeper, in Tartus"


def test_outlet_credited_for_a_quote_block_is_its_speaker_and_a_source() -> None:
    analysis = run(
        '"Supplies reached the valley for the first time in a month."',
        "Coastal Daily / Harbour News Agency",
    )
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name == "Coastal Daily / Harbour News Agency"
    names = [s.name for s in analysis.sources]
    assert "Coastal Daily / Harbour News Agency" in names


def test_description_after_the_verb_is_kept_when_there_is_no_name() -> None:
    text = (
        'The crowd waited for hours."It is over. Go home", shouted a reporter with the '
        "local Channel Nine. Nobody moved."
    )
    quote = only(run(text))
    assert quote.span.text == "It is over. Go home"
    assert quote.speaker is not None
    assert quote.speaker.name is None
    assert quote.speaker.role == "a reporter with the local Channel Nine"


def test_nested_quote_has_its_own_speaker() -> None:
    text = (
        '"The minister repeated what the envoy, Karim Haddad, had said at the border: '
        "'no convoy will pass before the talks end', and then left the room.\""
    )
    analysis = run(text, "Harbour News Agency")
    outer, inner = analysis.quotes
    assert inner.parent == 0
    assert inner.span.text == "no convoy will pass before the talks end"
    assert inner.speaker is not None
    assert inner.speaker.name == "Karim Haddad"
    assert outer.speaker is not None
    assert outer.speaker.name == "Harbour News Agency"


@pytest.mark.parametrize(
    "text",
    [
        "The players\u2019 union met in al-Qa\u2019im on Tuesday and nobody's plans changed.",
        "'Tis the season, the shop sign said, for rock 'n' roll and the players' union.",
        "Burton thinks that cats are “cuties”.",
        "She called the plan “bold” in a long letter.",
        "His favourite novel is “One Hundred Years of Solitude” and he reads it yearly.",
        "They watched “The Lord of the Rings” twice.",
    ],
)
def test_not_quotations(text: str) -> None:
    assert run(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Asked about the plan, Leila Farouk said: \u201cNo comment.\u201d",
            "No comment.",
            "Leila Farouk",
        ),
        (
            "Then Tomas Brandt replied, \u201cAbsolutely not.\u201d",
            "Absolutely not.",
            "Tomas Brandt",
        ),
    ],
)
def test_a_word_or_two_after_a_named_speaker_and_verb_is_a_quotation(
    text: str, said: str, speaker: str
) -> None:
    (quote,) = run(text).quotes
    assert quote.span.text == said
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_apostrophe_inside_a_nested_quote_is_not_its_end() -> None:
    text = (
        "\"He quoted the commander of the brigade, Omar Saleh:' we will hold al-Qa\u2019im "
        "whatever it costs'.\""
    )
    analysis = run(text, "River Post")
    outer, inner = analysis.quotes
    assert inner.span.text.endswith("al-Qa\u2019im whatever it costs")
    assert outer.span.text.startswith("He quoted")


def test_partial_quote_in_reported_speech_is_partial_with_its_speaker() -> None:
    quote = only(
        run("Mayor Joan Pell said the plan was “a disaster from start to finish” on Monday.")
    )
    assert quote.kind is QuoteKind.PARTIAL
    assert "a disaster from start to finish" in quote.span.text
    assert quote.speaker is not None
    assert quote.speaker.name == "Joan Pell"


def test_partial_quote_span_is_the_reported_clause() -> None:
    quote = only(run("Ahmed Nour said that the river was “higher than in 1998” and rising."))
    assert quote.span.text == "that the river was “higher than in 1998” and rising"


def test_quote_marks_in_code_blocks_are_not_quotations() -> None:
    analysis = analyze(
        [
            Block(BlockKind.PARAGRAPH, "Run this:"),
            Block(BlockKind.CODE, 'print("hello there, world of code")\u2028x = "a b c d"'),
            Block(BlockKind.PARAGRAPH, 'Inline `echo "quoted words in code"` too.'),
        ]
    )
    assert analysis.quotes == ()


def test_stray_mark_does_not_swallow_the_rest_of_the_article() -> None:
    analysis = run(
        'The sign read "closed for the season and it stayed that way.',
        "The next paragraph has no marks at all and many words in it.",
        "“This is a real quotation with a speaker,” said Ana Ruiz.",
    )
    quote = only(analysis)
    assert quote.span.text == "This is a real quotation with a speaker"
    assert quote.speaker is not None
    assert quote.speaker.name == "Ana Ruiz"


def test_second_quote_inherits_the_speaker_of_the_first() -> None:
    analysis = run("“I love the sea!” insists Burton. “I absolutely do.”")
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == [
        "Burton",
        "Burton",
    ]


def test_blockquote_without_marks_is_a_block_quotation() -> None:
    analysis = analyze(
        [
            Block(BlockKind.PARAGRAPH, "The statement from Jun Park read:"),
            Block(BlockKind.BLOCKQUOTE, "We regret the delay and will refund every ticket."),
        ]
    )
    quote = only(analysis)
    assert quote.kind is QuoteKind.BLOCK
    assert quote.span.text == "We regret the delay and will refund every ticket."


def test_surname_expands_to_the_full_name_seen_earlier() -> None:
    analysis = run(
        "Olga Brandt has run the ferry for twenty years.",
        "“The boat is older than I am,” Brandt said.",
    )
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name == "Olga Brandt"
    assert quote.speaker.span is not None
    assert quote.speaker.span.text == "Brandt"


def test_confidence_is_in_range_and_higher_for_explicit_attribution() -> None:
    analysis = run(
        "“The vote is on Friday,” said Mina Cole.",
        "“And it will be close.”",
    )
    first, second = analysis.quotes
    assert first.speaker is not None
    assert second.speaker is not None
    assert 0.0 <= second.speaker.confidence < first.speaker.confidence <= 1.0


def test_fixture_article(fixtures_analyze: str) -> None:
    paragraphs = [p.replace("\n", " ") for p in fixtures_analyze.split("\n\n") if p.strip()]
    analysis = run(*paragraphs)
    speakers = [(q.kind.value, q.speaker.label if q.speaker else None) for q in analysis.quotes]
    assert speakers == [
        ("inline", "Helga Lind"),
        ("inline", "Helga Lind"),
        ("block", "Samir Aziz"),
        ("block", "Samir Aziz"),
        ("partial", "Samir Aziz"),
        ("inline", "a volunteer from the village"),
    ]
    sources = {s.name for s in analysis.sources}
    assert {"Reuters", "Associated Press", "Northern Weather Office"} <= sources


@pytest.fixture
def fixtures_analyze() -> str:
    from tests.conftest import ROOT

    return (ROOT / "tests" / "fixtures" / "analyze" / "flood-report.txt").read_text("utf-8")


def test_dash_line_in_a_block_quote_is_its_attribution_not_a_quote() -> None:
    analysis = analyze(
        [
            Block(BlockKind.BLOCKQUOTE, "The migration cut our deploy time from days to minutes."),
            Block(BlockKind.BLOCKQUOTE, "\u2014 Jane Okoro, VP of Engineering, Fernwood Labs"),
        ]
    )
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name == "Jane Okoro"
    assert quote.speaker.role == "VP of Engineering, Fernwood Labs"


def test_a_title_alone_is_not_a_name() -> None:
    quote = only(run("\u201cMenus will go away,\u201d said Dovetail's former CEO, Rui Santos."))
    assert quote.speaker is not None
    assert quote.speaker.name == "Rui Santos"
    assert quote.speaker.role == "Dovetail's former CEO"


def test_headings_name_nobody_a_pronoun_could_mean() -> None:
    analysis = analyze(
        [
            Block(BlockKind.HEADING, "Maria Lopez says yes to the new harbour", level=2),
            Block(
                BlockKind.PARAGRAPH, "\u201cThe numbers are in and they look good,\u201d he said."
            ),
        ]
    )
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name is None
    assert quote.speaker.role == "he"


def test_partial_quote_attributed_at_the_end_of_its_sentence() -> None:
    quote = only(
        run("The new pumps kept the square \u201cbone dry\u201d all winter, engineers say.")
    )
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.span.text == "The new pumps kept the square \u201cbone dry\u201d all winter"
    assert quote.speaker is not None
    assert quote.speaker.role == "engineers"


def test_partial_quote_after_according_to() -> None:
    quote = only(
        run("According to Vera Lund, the repairs were \u201clong overdue\u201d and cheap.")
    )
    assert quote.span.text == "the repairs were \u201clong overdue\u201d and cheap"
    assert quote.speaker is not None
    assert quote.speaker.name == "Vera Lund"


def test_embedded_post_attribution_line_keeps_the_name() -> None:
    analysis = run(
        "\u201cWe will not be silenced by threats against this office.\u201d",
        "\u2014 Rep. Ann Vole (@annvole) May 3, 2019",
    )
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Vole"


def test_described_person_on_an_attribution_line_is_not_an_outlet() -> None:
    analysis = run(
        '"Revenue has fallen every year since the printing press was sold."',
        "News industry analyst Karl Dorn",
    )
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name == "Karl Dorn"
    assert quote.speaker.role == "News industry analyst"


def test_a_pronoun_carries_the_role_given_with_the_name() -> None:
    analysis = run(
        "\u201cThe ice is thinner than last year,\u201d said Dr. Lena Hart, a glaciologist.",
        "\u201cWe will measure again in March,\u201d she added.",
    )
    first, second = analysis.quotes
    assert first.speaker is not None
    assert second.speaker is not None
    # (The honorific "Dr." is no part of the role shown: stop 40.)
    assert first.speaker.role == "a glaciologist"
    assert (second.speaker.name, second.speaker.role) == ("Lena Hart", "a glaciologist")
    assert second.speaker.span is not None
    assert second.speaker.span.text == "she"


def test_long_appositive_before_said_is_read_to_its_verb() -> None:
    quote = only(
        run(
            "\u201cThe port will reopen in May,\u201d Ilse Varga, director of maritime studies"
            " at the Baltic-based Institute for Coastal Trade, said in a statement."
        )
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Ilse Varga"
    assert quote.speaker.role is not None
    assert quote.speaker.role.startswith("director of maritime studies")


def test_description_with_a_comma_inside_stays_whole() -> None:
    analysis = run(
        "Guenther Vos runs the plant.",
        "\u201cNobody makes money here,\u201d the lanky, bespectacled engineer said.",
    )
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.role == "the lanky, bespectacled engineer"
    assert quote.speaker.name == "Guenther Vos"


def test_a_bare_surname_as_subject_puts_that_person_in_focus() -> None:
    analysis = run(
        "Council members Peter Fowler and Ada Crane voted against the plan.",
        "Fowler describes himself as the most careful member of council.",
        "\u201cWhy would I rush a decision this large?\u201d",
    )
    quote = only(analysis)
    assert quote.speaker is not None
    assert quote.speaker.name == "Peter Fowler"
    assert quote.speaker.confidence <= 0.5


def test_inverted_verb_before_the_quote() -> None:
    quote = only(
        run(
            "Benches face each other across the hall, writes architect Mina Sato, "
            "\u201cbut nobody asks whether a circle would work better.\u201d"
        )
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Mina Sato"
    assert quote.speaker.role == "architect"


def test_single_curly_marks_as_the_main_quotation_marks() -> None:
    analysis = run(
        "\u2018We will rebuild the pier before the summer,\u2019 said Tom Hale.",
        "The council\u2019s engineers agreed.",
    )
    quote = only(analysis)
    assert quote.span.text == "We will rebuild the pier before the summer"
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Hale"


def test_a_heading_after_a_quote_is_not_its_attribution() -> None:
    analysis = analyze(
        [
            Block(BlockKind.BLOCKQUOTE, "Summary: drink water before every meal, every day."),
            Block(BlockKind.HEADING, "8. Sleep longer", level=2),
        ]
    )
    quote = only(analysis)
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Governor Kia Noem later said the plan was \u201ca wise first step\u201d for all.",
            "Kia Noem",
        ),
        (
            "Kia Noem spoke. Although she said it was \u201ca wise first step\u201d, few agreed.",
            "Kia Noem",
        ),
    ],
)
def test_adverbs_and_subordinate_openers_are_not_the_speaker(sentence: str, name: str) -> None:
    quote = only(run(sentence))
    assert quote.speaker is not None
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "\u00abIl m\u2019a dit \u201cnous partons demain matin\u201d sans rien expliquer\u00bb,"
            " a d\u00e9clar\u00e9 Paul Roux.",
            "Il m\u2019a dit \u201cnous partons demain matin\u201d sans rien expliquer",
            "nous partons demain matin",
        ),
        (
            '\u201cShe told me "we leave at dawn tomorrow" and hung up,\u201d said Ana Ruiz.',
            'She told me "we leave at dawn tomorrow" and hung up',
            "we leave at dawn tomorrow",
        ),
    ],
)
def test_double_marks_of_another_style_nest(text: str, outer: str, inner: str) -> None:
    analysis = run(text)
    assert texts(analysis) == [outer, inner]
    assert analysis.quotes[1].parent == 0
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.name in {"Paul Roux", "Ana Ruiz"}


def test_a_stray_opener_of_the_same_style_restarts_the_pairing() -> None:
    analysis = run(
        "\u201cHe never finished. \u201cThis part is a real quotation,\u201d said Ida Berg."
    )
    assert texts(analysis) == ["This part is a real quotation"]


def test_a_name_merely_mentioned_in_the_outer_quote_is_not_the_nested_speaker() -> None:
    analysis = run(
        "\u201cI met Jon Arden at the fair and the 'big friendly giant' of the"
        " carnival himself,\u201d said Lise Holm."
    )
    outer, inner = analysis.quotes
    assert inner.parent == 0
    assert inner.speaker is None
    assert outer.speaker is not None
    assert outer.speaker.name == "Lise Holm"
