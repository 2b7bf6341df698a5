"""A researcher reads five posts of kinds the team had not written, stop 45
(branch s45-rev7).

An album review (album and song titles in marks, lyrics "she sings", a genre
label in scare quotes, a producer's answer carried over two paragraphs, "one
reviewer called her last record"); a short story (turns in alternation with
no verb, "the keeper", "the old man", a mother's saying inside a father's
turn, "was all he said"); a story on a leaked group chat ("Tait wrote:",
"Voss replied with ... the words", a photograph's caption, "His last message
read:", a group's name in marks); a readers' letters page (paragraphs in marks
signed "— Name, age, place" on the line after, a letter introduced by "was
blunt:", words a teacher's pupil said inside her letter); and an "as told
to" first-person piece (the narrator's own "I said", her husband by his first
name, a letter she wrote and the reply to it, "a woman from the inquiry").
They are kept in ``tests/fixtures/review7_stop45``. Every quotation of every
post is listed below with its kind and the speaker a careful reader would
write (the name without its titles, else the description the text gave
first), written by hand with the posts before anything was run; each one
read wrong is a strict xfail with the reason, so a fix shows as a pass to take
off the list. evaluation/README.md ("Five posts of new kinds, stop 45 (branch
s45-rev7)") gives the first read and groups the misreadings by construction.
Every sentence here is written by the team."""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import (
    Posts,
    each_quotation_test,
    every_read_listed_test,
    no_quotation_test,
    review_case,
    run,
    shown,
)

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review7_stop45")

INL, PAR, NES, BLK = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED, QuoteKind.BLOCK

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Five posts of new kinds, stop 45").
_SINGS = "'“…,” she sings in the second verse' goes to Idris Cole, quoted last, of whose sex the text says nothing ('Idris' is in no given-name list), over Marla Venn, the woman the review is about"
_TURNS = "a paragraph of speech with no verb after another person's goes on with the last speaker, not to the other of the two talking (a story's alternating turns)"
_SAME_SURNAME = "'“…,” she said' goes to Tobias Garrow, the last person named, the text never giving his sex (stop 44's form 2, a nearer person of the other given sex giving way, lost a check figure); the 'she' then marks him a woman, so the 'he said' after goes to his daughter"
_KEEPER = "'the keeper said' shows the description, not Tobias Garrow (the text ties them only by 'The keeper's daughter ... Her father ... Tobias Garrow had kept the light')"
_MOTHER = "a saying inside the father's turn after 'Your mother used to say,' gets no speaker"
_TURNS_HARLOW = "the answer to '“Your father?” was all he said.', a paragraph of speech with no verb, goes on with Harlow, the last speaker, not to Nell, the other of the two talking (a story's alternating turns; read right by chance until s45-left7 gave 'Mr. Harlow was asleep' its 'he')"
_THE_SPOKESPERSON = "'The spokesperson added: “…”' shows 'The spokesperson', not the description the text gave first ('a spokesperson for the board')"
_PUSHED_BACK = "'In several, Dunmore pushed back. “…,” he wrote' gives 'he' to Sam Okoro, quoted just before and known as a man ('He said:'), over Dunmore, the sentence's subject just before, whose sex the text never gives (the rule 'the speaker just quoted, known to fit, over a nearer person the text says nothing of')"
_HEADLINE_DOUBLE = (
    "a headline in double marks followed by a colon ('“…”: readers on ...') is not read"
)
_NESTED_IN_LETTER = "'the harbour master told me, ‘…’' inside a letter carried over two paragraphs is not read as a nested quotation"
_LETTER_REPLY = "a letter the teller wrote ('The first one says — I'll read it to you — “…”') and the reply to it ('The reply said the pier had been “…”') go to Frank, the last one quoted"
_CHIEF_EXECUTIVE = "'The chief executive said the collapse was “…”' goes to Frank, the last person named, as 'the spokesman' goes to the person named before it, though the text gave no one that office"
_WOMAN_RANG = "'There was a little pause and then she said, “…”', after 'I told her I'd be happy to', goes to Kayleigh, the last woman named, not to the woman from the inquiry quoted just before unnamed (the rule 'the speaker just quoted' knows only named ones)"
_case = review_case

_QUOTATIONS = [
    # 01: album review: song and album titles in marks, lyrics she sings, a genre label, a producer.
    _case("01-album", "I wanted it to sound like the room", INL, "Marla Venn"),
    _case("01-album", "Cold floor, one window", INL, "Marla Venn"),
    _case("01-album", "it was in tune, which felt like a sign.", PAR, "Marla Venn"),
    _case("01-album", "I kept the lamp lit for a boat", INL, "Marla Venn"),
    _case("01-album", "It's lazy", INL, "Marla Venn"),
    _case("01-album", "Nobody calls a man with a guitar", INL, "Marla Venn"),
    _case("01-album", "Marla kept wanting to add things", INL, "Idris Cole"),
    _case("01-album", "Strings, a choir, a brass band", BLK, "Idris Cole"),
    _case("01-album", "He never learned to swim", INL, "Marla Venn", _SINGS),
    _case("01-album", "said the sea would take him faster", INL, "Marla Venn"),
    _case("01-album", "He used to say it to tourists", INL, "Marla Venn"),
    _case("01-album", "Then he'd laugh and tell them", INL, "Marla Venn"),
    _case("01-album", "There was a conversation", INL, "Marla Venn"),
    _case("01-album", "I'll leave it at that", INL, "Marla Venn"),
    _case("01-album", "That take is the record", INL, "Idris Cole"),
    _case("01-album", "Everything else is how we got there", INL, "Idris Cole"),
    _case("01-album", "a beautiful fog.", PAR, "One reviewer"),
    _case("01-album", "He's right", INL, "Marla Venn"),
    _case("01-album", "I just don't think fog is a bad thing", INL, "Marla Venn"),
    _case("01-album", "louder, probably, and angrier,", PAR, "Marla Venn"),
    _case("01-album", "He'll be thrilled", INL, "Marla Venn"),
    _case("01-album", "He's been waiting thirty years", INL, "Marla Venn"),
    # 02: a short story: turns in alternation with no verb, "the keeper", "the old man", a mother's saying.
    _case("02-fiction", "There's a boat", INL, "Nell Garrow"),
    _case("02-fiction", "Past the Skerries. No lights.", INL, "Nell Garrow"),
    _case("02-fiction", "How far past?", BLK, "Tobias Garrow"),
    _case("02-fiction", "Far. Half a mile, maybe more.", BLK, "Nell Garrow", _TURNS),
    _case("02-fiction", "Then it's a fishing boat with its lamp out", INL, "Tobias Garrow"),
    _case("02-fiction", "Sit down. You're shaking the glass.", INL, "Tobias Garrow"),
    _case("02-fiction", "It's not moving right", INL, "Nell Garrow", _SAME_SURNAME),
    _case(
        "02-fiction", "Papa, it's not moving like a boat moves.", INL, "Nell Garrow", _SAME_SURNAME
    ),
    _case("02-fiction", "Get my coat.", INL, "Tobias Garrow"),
    _case("02-fiction", "Are we going out?", BLK, "Nell Garrow", _TURNS),
    _case("02-fiction", "I am going out. You are going to stay here", BLK, "Tobias Garrow"),
    _case("02-fiction", "You're not a fool.", BLK, "Nell Garrow", _TURNS),
    _case("02-fiction", "Tell him anyway", INL, "Tobias Garrow", _KEEPER),
    _case("02-fiction", "He'll enjoy it.", INL, "Tobias Garrow", _KEEPER),
    _case("02-fiction", "Your mother used to say", BLK, "Tobias Garrow"),
    _case(
        "02-fiction",
        "The sea gives back what it wants to give back, and not a thing more.",
        NES,
        "your mother",
        _MOTHER,
    ),
    _case(
        "02-fiction", "She was wrong about a great many things", INL, "Tobias Garrow", _SAME_SURNAME
    ),
    _case("02-fiction", "but not about that one", INL, "Tobias Garrow", _SAME_SURNAME),
    _case("02-fiction", "Eleven, twelve, thirteen", INL, "Nell Garrow", _SAME_SURNAME),
    _case("02-fiction", "Your father?", INL, "Harlow"),
    _case("02-fiction", "He went out to a boat", BLK, "Nell Garrow", _TURNS_HARLOW),
    _case("02-fiction", "Well", INL, "Harlow"),
    _case("02-fiction", "he's been that before", INL, "Harlow"),
    # 03: leaked group chat: "wrote", "replied", "the words", a caption, "his last message read".
    _case("03-leak", "run down the clock", PAR, "Senior members of the Port Edda harbour board"),
    _case("03-leak", "Give it a fortnight", INL, "Gordon Tait"),
    _case("03-leak", "Harsh but fair.", PAR, "Lena Voss"),
    _case("03-leak", "Not yet", INL, "Gordon Tait"),
    _case("03-leak", "We hold that back", INL, "Gordon Tait"),
    _case("03-leak", "put every option on the table", PAR, "Lena Voss"),
    _case("03-leak", "our ace", PAR, "Lena Voss"),
    _case("03-leak", "nobody mentions it until I say so", PAR, "Lena Voss"),
    _case(
        "03-leak", "private conversations between colleagues", PAR, "a spokesperson for the board"
    ),
    _case(
        "03-leak",
        "The board has always acted",
        INL,
        "a spokesperson for the board",
        _THE_SPOKESPERSON,
    ),
    _case("03-leak", "regretted the tone", PAR, "Lena Voss"),
    _case("03-leak", "Things are said in a group chat", INL, "Lena Voss"),
    _case("03-leak", "That is not an excuse", INL, "Lena Voss"),
    _case("03-leak", "never negotiated in good faith", PAR, "Sam Okoro"),
    _case("03-leak", "Our members have been out for six weeks", BLK, "Sam Okoro"),
    _case("03-leak", "I don't think we should be laughing", INL, "Craig Dunmore", _PUSHED_BACK),
    _case("03-leak", "These are our neighbours.", INL, "Craig Dunmore", _PUSHED_BACK),
    _case("03-leak", "Tea break?", PAR, "Gordon Tait"),
    _case("03-leak", "I'm out. Do the right thing.", INL, "Craig Dunmore"),
    _case("03-leak", "I said what I had to say", INL, "Craig Dunmore"),
    _case("03-leak", "If these messages are genuine", INL, "Aileen Ross"),
    _case("03-leak", "The public was told one thing", INL, "Aileen Ross"),
    _case("03-leak", "People forget that a group chat", INL, "Hamid Rafi"),
    _case("03-leak", "Everything in it can be read back", INL, "Hamid Rafi"),
    # 04: readers' letters: a paragraph in marks signed "— Name, age, place" on the line after.
    _case("04-voxpop", "Nobody asked the islanders", INL, "Rhona Pike", _HEADLINE_DOUBLE),
    _case("04-voxpop", "I'm a nurse at the mainland hospital", BLK, "Aisha Lamont"),
    _case("04-voxpop", "Everyone keeps calling this a", BLK, "Derek"),
    _case("04-voxpop", "My shop takes about a third", BLK, "Fiona McRae"),
    _case("04-voxpop", "With respect, most of us on the mainland", BLK, "Graham Nye"),
    _case("04-voxpop", "more days than I'd like to admit.", PAR, "Jenny Coull"),
    _case("04-voxpop", "I took that boat across in gales", BLK, "Tom Brae"),
    _case(
        "04-voxpop",
        "Put it in writing and we'll look at it.",
        NES,
        "the harbour master",
        _NESTED_IN_LETTER,
    ),
    _case("04-voxpop", "Half my class lives on the north side", BLK, "Mairi"),
    _case(
        "04-voxpop",
        "Miss, I've learned more about tides than about fractions this term.",
        NES,
        "One of the boys",
    ),
    _case("04-voxpop", "Both sides say they're acting", BLK, "Rhona Pike"),
    _case("04-voxpop", "I support the strike.", BLK, "Callum Ferrie"),
    _case("04-voxpop", "The strike has been good for one thing", BLK, "Ewan Laird"),
    _case(
        "04-voxpop",
        "I haven't seen this many of you since the Christmas before last.",
        NES,
        "The minister",
    ),
    _case("04-voxpop", "The fishing boats have started charging", BLK, "Morag Innes"),
    _case("04-voxpop", "doing everything possible", PAR, "A board spokesperson"),
    _case("04-voxpop", "Our message to the islanders is simple", INL, "Sam Okoro"),
    # 05: "as told to": the narrator's own "I said", her husband by first name, letters and replies.
    _case("05-astoldto", "I watched the pier fall from my kitchen window", BLK, "Ruth Kerrigan"),
    _case("05-astoldto", "Ruth, I think the pier's gone.", INL, "Frank"),
    _case("05-astoldto", "I know, Frank, I'm looking at it.", INL, "Ruth Kerrigan"),
    _case("05-astoldto", "Was that the pier?", INL, "Doyle"),
    _case("05-astoldto", "It was.", INL, "Frank"),
    _case(
        "05-astoldto",
        "anything unusual in the last few weeks.",
        PAR,
        "A young man in a yellow jacket",
    ),
    _case("05-astoldto", "Son, I've been noticing something unusual", INL, "Ruth Kerrigan"),
    _case("05-astoldto", "The timbers at the seaward end", INL, "Ruth Kerrigan", _LETTER_REPLY),
    _case(
        "05-astoldto",
        "inspected and found to be in satisfactory condition.",
        PAR,
        "the reply",
        _LETTER_REPLY,
    ),
    _case("05-astoldto", "Same sea as yesterday", INL, "Frank"),
    _case("05-astoldto", "No it isn't", INL, "Ruth Kerrigan"),
    _case("05-astoldto", "Gran, that's not rust.", INL, "Kayleigh"),
    _case("05-astoldto", "Because it's failed in the same place", INL, "Kayleigh"),
    _case("05-astoldto", "a shock to everyone", PAR, "the chief executive", _CHIEF_EXECUTIVE),
    _case(
        "05-astoldto",
        "working closely with the council",
        PAR,
        "the chief executive",
        _CHIEF_EXECUTIVE,
    ),
    _case("05-astoldto", "We'd like to hear from people", INL, "a woman from the inquiry"),
    _case(
        "05-astoldto", "Yes, please do bring those.", INL, "a woman from the inquiry", _WOMAN_RANG
    ),
    _case("05-astoldto", "They always blame the sea", INL, "Frank"),
    _case("05-astoldto", "The sea can't answer back.", INL, "Frank"),
]

# Words in marks that are no one's speech: titles, a genre label, a term,
# a group's name, a scare word inside a letter, the page's call to readers.
_CALL_HEADING = "'“Tell us your story”: if the strike has affected you, write ...' (the page's call to readers) is read as a quotation of Sam Okoro"

_NOT_QUOTATIONS = [
    pytest.param("01-album", "Low Tide Hymns", id="01-album:Low Tide Hymns"),
    pytest.param("01-album", "Salt in the Hinges", id="01-album:Salt in the Hinges"),
    pytest.param("01-album", "sad girl folk", id="01-album:sad girl folk"),
    pytest.param("01-album", "Ferryman", id="01-album:Ferryman"),
    pytest.param("01-album", "Paper Harbour", id="01-album:Paper Harbour"),
    pytest.param("01-album", "radio moment", id="01-album:radio moment"),
    pytest.param("01-album", "Hymn for the Low Tide", id="01-album:Hymn for the Low Tide"),
    pytest.param("02-fiction", "Weather for Ferries", id="02-fiction:Weather for Ferries"),
    pytest.param("03-leak", "Board Ops", id="03-leak:Board Ops"),
    pytest.param("04-voxpop", "dispute", id="04-voxpop:dispute"),
    pytest.param(
        "04-voxpop",
        "Tell us your story",
        id="04-voxpop:Tell us your story",
        marks=pytest.mark.xfail(reason=_CALL_HEADING, strict=True),
    ),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


test_words_in_marks_that_are_no_quotation = no_quotation_test(_POSTS, _NOT_QUOTATIONS, _QUOTATIONS)


_POST_NAMES = ["01-album", "02-fiction", "03-leak", "04-voxpop", "05-astoldto"]


test_every_quotation_read_is_listed = every_read_listed_test(
    _POSTS, _POST_NAMES, _QUOTATIONS, _NOT_QUOTATIONS
)


# === The fixes: each the smallest team sentence, and one where it must not fire

L, R = "\u201c", "\u201d"


# -- "Tait wrote: “…” Voss replied with ... the words “…”" (post 03) ---------


def test_a_colon_s_words_stay_when_the_next_sentence_quotes_its_own() -> None:
    # (The colon's words went to Lena Voss, the subject of the sentence
    # after, whose own words are marked there.)
    assert shown(
        "Gordon Tait and Lena Voss were in the group.",
        f"Tait wrote: {L}Give it a fortnight.{R} Voss replied with a smile and the words "
        f"{L}Harsh but fair.{R}",
    ) == [("Gordon Tait", None), ("Lena Voss", None)]


def test_a_reply_after_words_with_no_colon_is_left_as_it_was() -> None:
    # Must not fire without the colon: the words open their sentence, and
    # the reply after is the only attribution the paragraph gives them.
    assert shown(
        "Gordon Tait and Lena Voss were in the group.",
        f"{L}Give it a fortnight.{R} Voss replied with a smile and the words {L}Harsh but fair.{R}",
    ) == [("Lena Voss", None), ("Lena Voss", None)]


# -- "His last message read: “…”" (post 03) ----------------------------------


def test_his_document_speaks_for_the_one_the_pronoun_means() -> None:
    # (Shown "His last message", the document, not its writer.)
    assert shown(f"Craig Dunmore left the group. His last message read: {L}I am out.{R}") == [
        ("Craig Dunmore", "his last message")
    ]
    assert shown(
        "Ada Lind spoke first. Tom Hale wrote back.",
        f"{L}We will not sail until the ramp is fixed,{R} his letter said.",
    ) == [("Tom Hale", "his letter")]


def test_his_lawyer_is_someone_else() -> None:
    # Must not fire on a person: "his lawyer" is not the man himself.
    assert shown(f"Craig Dunmore left the group. His lawyer said: {L}He is out.{R}") == [
        (None, "His lawyer")
    ]


# -- "left in because, as Venn put it, “it was in tune”" (post 01) -----------


def _kinds(paragraph: str) -> list[tuple[str, QuoteKind]]:
    return [(q.span.text, q.kind) for q in run(paragraph).quotes]


def test_words_finishing_a_sentence_after_as_she_put_it_are_a_partial() -> None:
    # (Read inline, as if she had said the sentence whole; the span now
    # holds the marks, not the aside's "it,".)
    assert _kinds(f"The door was left in because, as Marla Venn put it, {L}it was in tune.{R}") == [
        (f"{L}it was in tune.{R}", PAR)
    ]
    assert _kinds(f"The plan was, in her words, {L}a gamble with our lives.{R}")[0][1] is PAR


def test_a_sentence_of_hers_after_the_aside_stays_inline() -> None:
    # Must not fire: the aside opens the sentence and the words open with a
    # capital, or the verb is a plain "said", not an aside.
    assert _kinds(f"As Marla Venn put it, {L}It was in tune.{R}") == [("It was in tune.", INL)]
    assert _kinds(f"The door stayed because, as Marla Venn said, {L}it was in tune.{R}") == [
        ("it was in tune.", INL)
    ]


# -- "Ruth Kerrigan, 74, has lived ... / As told to Daniel Obi" (post 05) ----


def test_an_as_told_to_piece_s_i_is_its_teller() -> None:
    # (Shown "the author": the "I" of the narrative is the one the
    # standfirst names, not whoever wrote it down.)
    assert shown(
        "Ada Lind, 74, has lived on Quay Row for fifty years.",
        "As told to Tom Hale",
        f"I looked out of the window. I said, {L}The pier has gone.{R}",
    ) == [("Ada Lind", None)]
    assert shown(
        "Ada Lind, 74, has lived on Quay Row for fifty years. She told her story to Tom Hale.",
        f"I looked out of the window. I said, {L}The pier has gone.{R}",
    ) == [("Ada Lind", None)]


def test_told_to_in_a_story_names_no_teller() -> None:
    # Must not fire: "was told to" is no "as told to" line; "I" stays the
    # author the post does not name.
    assert shown(
        "Ada Lind, 74, has lived on Quay Row for fifty years. She was told to leave by Tom Hale.",
        f"I looked out of the window. I said, {L}The pier has gone.{R}",
    ) == [(None, "the author")]


# -- "My husband, Frank, was in the garden. He came in ..." (post 05; s45-left7)


def test_a_person_the_narrator_brings_in_by_my_or_our_is_the_next_pronoun() -> None:
    # The noun or the title states the sex; the set-off name is the subject.
    assert shown(
        "Ada Lind, 74, has lived on Quay Row for fifty years.",
        f"My husband, Tom, was in the garden. He came in and said, {L}The pier has gone.{R}",
    ) == [("Tom", None)]
    assert shown(
        "Ada Lind, 74, has lived on Quay Row for fifty years.",
        f"Our neighbour, Mrs. Hale, came round in her dressing gown. {L}Was that the pier?{R} she said.",
    ) == [("Hale", None)]


def test_my_or_our_with_no_sex_stated_or_no_verb_brings_in_no_one() -> None:
    # Must not fire: "neighbour" states no sex and no title does; "a retired
    # pilot" after the name is no verb. The one person named keeps the pronoun.
    assert shown(
        "Ada Lind, 74, has lived on Quay Row for fifty years.",
        f"Our neighbour, Tom, came round in his dressing gown. {L}Was that the pier?{R} he said.",
    ) == [("Ada Lind", None)]
    assert shown(
        "Ada Lind, 74, has lived on Quay Row for fifty years.",
        f"My husband, Tom, a retired pilot. He came in and said, {L}The pier has gone.{R}",
    ) == [("Ada Lind", None)]


# -- "He came in ... and said, “…” I said, “…”" (post 05; s45-left7) --------


def test_a_sentence_introducing_the_next_words_with_a_comma_leaves_the_ones_before() -> None:
    # "Ada Lind said, “…”" after words a verb and a comma introduced: it
    # introduces the words after it, as "Ada Lind said: “…”" does.
    assert shown(
        f"Tom Hale came in and said, {L}The pier has gone.{R} Ada Lind said, {L}I know.{R}"
    ) == [("Tom Hale", None), ("Ada Lind", None)]


def test_a_clause_after_the_comma_introducing_the_next_words_leaves_the_ones_before() -> None:
    # "“…,” and Ada Lind said, “…”": "and" opens a clause of its own.
    assert shown(
        f"Tom Hale would say, {L}Same sea as yesterday,{R} and Ada Lind would say, {L}No it is not.{R}"
    ) == [("Tom Hale", None), ("Ada Lind", None)]


def test_a_split_quotation_s_own_attribution_after_the_comma_keeps_both_parts() -> None:
    # Must not fire: no "and" after the comma; the attribution between the
    # two parts is theirs (the sentence before says nothing).
    assert shown(
        f"Tom Hale came in. {L}Same sea as yesterday,{R} Ada Lind said, {L}and the same wind.{R}"
    ) == [("Ada Lind", None), ("Ada Lind", None)]


def test_words_no_verb_introduced_still_go_to_the_sentence_after() -> None:
    # Must not fire: nothing before the first words says them.
    assert shown(f"Tom Hale came in. {L}The pier has gone.{R} Ada Lind said, {L}I know.{R}") == [
        ("Ada Lind", None),
        ("Ada Lind", None),
    ]


# -- "A woman from the inquiry rang last week ... She said" (post 05; s45-left7)


def test_a_woman_brought_in_doing_something_is_the_next_she() -> None:
    assert shown(
        "Ada Lind, 74, lives on Quay Row.",
        f"A woman from the council rang on Monday. She said, {L}We will send someone.{R}",
    ) == [(None, "a woman from the council")]


def test_a_noun_of_no_sex_or_the_other_or_a_passive_brings_in_no_she() -> None:
    # Must not fire: "a pilot" states no sex, "a man" the other one, and "was
    # arrested" is done to him.
    for brought in (
        "A pilot from the port rang on Monday.",
        "A man from the council rang on Monday.",
        "A woman was arrested on Monday.",
    ):
        assert shown(
            "Ada Lind, 74, lives on Quay Row.",
            f"{brought} She said, {L}We will send someone.{R}",
        ) == [("Ada Lind", None)], brought


# -- "Mr. Harlow was asleep in his chair" (post 02; s45-left7) ----------------


def test_a_man_named_only_by_title_and_surname_is_the_next_he() -> None:
    assert shown(
        "Ada Lind went down to the station. Mr. Hale was asleep in his chair.",
        f"{L}Your father?{R} was all he said.",
    ) == [("Hale", None)]


def test_a_titled_surname_as_an_object_is_no_subject() -> None:
    # Must not fire: "told Mr. Hale" names him as the verb's object.
    assert shown(
        "Ada Lind went down to the station and told Mr. Hale that the pier had gone.",
        f"{L}Your father?{R} was all he said.",
    ) == [("Ada Lind", None)]
