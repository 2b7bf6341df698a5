"""Sources an article cites: credit lines, agencies, organisations, links."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze, sources
from quotemark.library.model import Analysis, Block, BlockKind, Link, MentionKind, SourceKind
from tests.library.paragraphs import run


def cited(analysis: Analysis) -> dict[str, tuple[SourceKind, set[MentionKind]]]:
    out: dict[str, tuple[SourceKind, set[MentionKind]]] = {}
    for mention in analysis.mentions:
        source = analysis.sources[mention.source]
        out.setdefault(source.name, (source.kind, set()))[1].add(mention.kind)
    return out


def test_credit_line_via_an_agency() -> None:
    found = cited(run("Smoke over the port on Friday. (Harbour Defence Media, via AP)"))
    assert found["Associated Press"] == (SourceKind.AGENCY, {MentionKind.CREDIT})
    assert found["Harbour Defence Media"] == (SourceKind.OUTLET, {MentionKind.CREDIT})


def test_photo_credit_and_hat_tip() -> None:
    found = cited(
        run(
            "The flooded square at noon. Photo: Lena Ortiz/Reuters",
            "h/t Mara Quist for the tip.",
        )
    )
    assert MentionKind.CREDIT in found["Reuters"][1]
    assert "Mara Quist" in found
    assert found["Mara Quist"][1] == {MentionKind.CREDIT}


def test_according_to_told_and_reported() -> None:
    found = cited(
        run(
            "According to the Danube Water Authority, the level is falling.",
            "“It is falling,” the engineer told Agence France-Presse.",
            "Bloomberg reported the closure first.",
        )
    )
    assert found["Danube Water Authority"] == (
        SourceKind.ORGANISATION,
        {MentionKind.ATTRIBUTION},
    )
    assert found["Agence France-Presse"][0] is SourceKind.AGENCY
    assert MentionKind.ATTRIBUTION in found["Agence France-Presse"][1]
    assert MentionKind.ATTRIBUTION in found["Bloomberg"][1]


def test_based_organisation_said() -> None:
    found = cited(run("The London-based Observatory for River Safety said three boats were lost."))
    assert found["Observatory for River Safety"][0] is SourceKind.ORGANISATION


def test_the_same_source_twice_is_one_source_with_two_mentions() -> None:
    analysis = run(
        "The Associated Press counted twelve ships.",
        "(Coast Guard Media, via AP) Later AP counted fourteen.",
    )
    names = [s.name for s in analysis.sources]
    assert names.count("Associated Press") == 1
    index = names.index("Associated Press")
    assert len([m for m in analysis.mentions if m.source == index]) == 3


def test_short_agency_names_count_only_in_capitals() -> None:
    found = cited(run("The ap of the river is wide; rt is a word; the times are odd."))
    assert found == {}


def test_every_link_is_a_source_with_domain_and_url() -> None:
    text = "Read the report and the follow-up."
    block = Block(
        BlockKind.PARAGRAPH,
        text,
        links=(
            Link(9, 15, "https://www.example.org/report"),
            Link(24, 33, "https://news.example.com/followup?id=4"),
        ),
    )
    analysis = analyze([block])
    links = [s for s in analysis.sources if s.kind is SourceKind.LINK]
    assert [(s.name, s.url) for s in links] == [
        ("example.org", "https://www.example.org/report"),
        ("news.example.com", "https://news.example.com/followup?id=4"),
    ]
    spans = [m.span.text for m in analysis.mentions if m.kind is MentionKind.LINK]
    assert spans == ["report", "follow-up"]


def test_journalist_with_an_outlet() -> None:
    found = cited(run("“Calm returned,” said a reporter with the regional Valley Broadcasting."))
    assert found["Valley Broadcasting"][0] is SourceKind.OUTLET


def test_a_found_source_is_mentioned_wherever_it_is_written_again() -> None:
    analysis = run(
        "A video from Harbour Defence Media shows the port.",
        "Smoke over the port. (Harbour Defence Media, via AP)",
    )
    found = [
        (analysis.sources[m.source].name, m.kind, m.span.start.block) for m in analysis.mentions
    ]
    assert ("Harbour Defence Media", MentionKind.CREDIT, 1) in found
    assert ("Harbour Defence Media", MentionKind.MENTION, 0) in found


def test_photographer_named_in_a_via_credit_is_a_person() -> None:
    found = cited(run("Boats at the quay at dawn. (Photo: Anna Berg, via Baltic Picture Service)"))
    assert found["Anna Berg"] == (SourceKind.PERSON, {MentionKind.CREDIT})
    assert found["Baltic Picture Service"][1] == {MentionKind.CREDIT}


def test_linked_organisation_is_a_source_with_the_link_url() -> None:
    text = "The dam held, according to the Upper Valley Water Authority."
    start = text.index("Upper")
    block = Block(
        BlockKind.PARAGRAPH,
        text,
        links=(Link(start, len(text) - 1, "https://water.example.net/dam-report"),),
    )
    analysis = analyze([block])
    assert [(s.name, s.kind, s.url) for s in analysis.sources] == [
        (
            "Upper Valley Water Authority",
            SourceKind.ORGANISATION,
            "https://water.example.net/dam-report",
        )
    ]
    assert [m.kind for m in analysis.mentions] == [MentionKind.LINK]


def test_two_links_to_one_site_are_one_source_not_two_look_alikes() -> None:
    text = "See the map and the older survey."
    block = Block(
        BlockKind.PARAGRAPH,
        text,
        links=(
            Link(8, 11, "https://maps.example.org/north"),
            Link(20, 32, "https://maps.example.org/archive/survey"),
        ),
    )
    analysis = analyze([block])
    assert [(s.name, s.url) for s in analysis.sources] == [
        ("maps.example.org", "https://maps.example.org/north")
    ]
    assert [m.span.text for m in analysis.mentions] == ["map", "older survey"]


def test_masthead_in_capitals_is_the_credited_outlet_again() -> None:
    blocks = [
        Block(BlockKind.PARAGRAPH, "“The harbour will stay open through the whole winter.”"),
        Block(BlockKind.PARAGRAPH, "Lake 21 / Northern Press Agency"),
        Block(BlockKind.HEADING, "LAKE 21° | NORTHERN PRESS AGENCY"),
        Block(BlockKind.PARAGRAPH, "The ice came early this year."),
    ]
    analysis = analyze(blocks)
    assert [s.name for s in analysis.sources] == ["Lake 21 / Northern Press Agency"]
    assert [(m.kind, m.span.start.block) for m in analysis.mentions] == [
        (MentionKind.QUOTE_CREDIT, 1),
        (MentionKind.MENTION, 2),
    ]


def test_credit_label_names_a_person_only_when_it_reads_as_a_name() -> None:
    found = cited(
        run(
            "The comet over the bay. (Image credit: ESO Survey Team)",
            "The lighthouse at dusk. Photo: Jaan Kask",
            "Read the winter issue. (Image credit: All About Lighthouses)",
        )
    )
    assert found["ESO Survey Team"][0] is SourceKind.ORGANISATION
    assert found["Jaan Kask"][0] is SourceKind.PERSON
    assert found["All About Lighthouses"][0] is not SourceKind.PERSON


def test_reporter_of_an_outlet_cites_the_outlet_not_the_reporter() -> None:
    found = cited(run("Mari Kuusk of the Harbour Post reported the closure first."))
    assert "Harbour Post" in found
    assert not any("Kuusk" in name for name in found)


def test_titled_person_saying_something_is_not_an_outlet() -> None:
    found = cited(run("Island Press Secretary Liina Org said the ferry runs on time."))
    assert not any("Org" in name for name in found)


def test_credit_lines_without_a_name_or_with_a_headline_cite_nothing() -> None:
    found = cited(
        run(
            "Ferries at the pier. Photo: 20",
            "Source: Source",
            "Video Shows Ferry Crossing the Ice in Record Time",
        )
    )
    assert found == {}


def test_photographer_with_an_initial_and_a_company_credit() -> None:
    found = cited(
        run(
            "The new ferry at sea. (AP Photo/Jaan K. Tamm, File)",
            "The ferry deck. Courtesy Nordline Ferries Holdings",
        )
    )
    assert found["Jaan K. Tamm"][0] is SourceKind.PERSON
    assert found["Nordline Ferries Holdings"][0] is SourceKind.ORGANISATION


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by the ASSOCIATED PRESS, Reuters and der Spiegel.",
        "Sky News and S\u212aY NEWS (a Kelvin sign) and Deutsche Presse-Agentur.",
        "\u0130stanbul: Reuters reported; the reuter\u017f desk; AFP-based; xReuters.",
        "Sp\u0131egel and Spiegel and AP\nAP.",
    ],
)
def test_the_lexicon_finds_names_where_a_case_blind_match_does(text: str) -> None:
    # The lexicon matches lower-cased text where that is exact, and the
    # case-blind pattern elsewhere (dotless i, long s, "İ"): same places.
    expected = [m.span() for m in sources._LEXICON.finditer(text)]
    assert list(sources._lexicon_matches(text)) == expected
    assert expected


def test_reported_by_is_found_with_and_without_a_hyphened_qualifier_in_the_text() -> None:
    # A text with no "-based"/"-run"/"-controlled" is scanned by a pattern
    # without those forms; both texts must name the same outlet.
    plain = cited(run("The Harbour Gazette reported that three boats were lost."))
    hyphened = cited(
        run("The Harbour Gazette reported that three boats were lost.", "A state-run mill.")
    )
    assert "Harbour Gazette" in plain
    assert plain == hyphened
