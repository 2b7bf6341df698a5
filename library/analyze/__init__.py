"""Analysis: the quotations, their speakers and the sources an article
cites.

Rules only (no NLP model): marks are paired line by line (:mod:`.marks`),
filtered into quotations (:mod:`.quotes`), attributed (:mod:`.attribution`,
:mod:`.phrases`, :mod:`.speakers`, :mod:`.names`), and sources are found by
patterns, a small lexicon and the links (:mod:`.sources`). This module keeps
:func:`analyze` and the two passes it orchestrates (``_attribute`` over the
candidates, ``_speaker`` from a phrase to a speaker); each construction they
ask about has its own module: role holders and offices (:mod:`.holders`),
groups and bodies (:mod:`.groups`), documents and their issuers
(:mod:`.issuers`), ages (:mod:`.ages`), a partial quote's reported clause
(:mod:`.clauses`) and the quotation-level checks (:mod:`.checks`).

Every step is linear in the text and bounded per quotation, so a 5 MB
paragraph or thousands of marks cost time in proportion, never more.

Quotation spans cover the quoted words without their marks; a partial quote
covers the reported clause it stands in (see :mod:`.quotes`). A speaker's span
covers the attribution phrase or line as written ("she", "Brandt", "General Ali
Mayhoub, Syrian Army spokesman"); its ``name`` is resolved (a pronoun or a
surname to the full name) and its ``role`` keeps titles and descriptions.
"He" and "she" pass over people the text shows to be of the other gender
(titles, role nouns, the pronoun after their own speech: :mod:`.gender`);
people it says nothing about stay eligible, and first names are never read
for gender.

Speaker confidence, roughly how often each kind of evidence is right:
0.9 a verb and a name beside the quote; 0.85 a verb before it or an
attribution line after it; 0.7 a pronoun or a nested quote's named person,
or a partial quote's sentence subject with no verb of saying (:mod:`.subject`)
or the person its sentence opens with, reported by a verb of saying the
attribution search could not tie to them (:mod:`.reported`);
0.6 the previous quote's speaker carried over (a description the text gave
one person by name, "The mayor, Ruth Ames, ... the mayor said", is as sure
as the name); 0.5 a definite description
("the affable proprietor") resolved to the person in focus (only one named
in the same or the previous paragraph, and not "the late/previous/other
..." or "the victim's mother": otherwise the description stays the
speaker's role with no name, like an attribution line such as "Deckhand on
the ferry, at dawn"); 0.4 the last
person named, for a quote with no attribution at all (or a partial quote
whose speech verb's subject is out of reach); 0.3 a pronoun left
unresolved ("it").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Container, Sequence
from dataclasses import replace

from quotemark.library.analyze import partial_gate, pron_rank
from quotemark.library.analyze.afterwards import named_afterwards, pull_quotes
from quotemark.library.analyze.ages import _AGED, _of_age, without_age
from quotemark.library.analyze.asked import asked_before
from quotemark.library.analyze.attribution import (
    PLACE_STATE_END,
    Phrase,
    forget_sentence_starts,
    how_named,
    interview_frame,
    quoted_as_saying,
    quoted_pronoun,
    reports_own_words,
    sentence_end,
    sentence_start,
)
from quotemark.library.analyze.chants import chant_source, sung_source
from quotemark.library.analyze.checks import (
    _EXTENT_CLAUSE_CUT,
    _INHERIT_LINES,
    _carries_on,
    _continuing,
    _credible,
    _extent_confidence,
    _held_in_who_clause,
    _konjunktiv_report,
    _narrated_turn,
    _own_attribution,
    _quoting_participle,
    _scare_reason,
    _second_look,
    _so_called,
    _turn_speaker,
    nickname_marks,
)
from quotemark.library.analyze.citations import cited_author
from quotemark.library.analyze.clauses import _AND_THAT, NEW_NAMED_SUBJECT, _clause, _clause_end
from quotemark.library.analyze.common import (
    _DEFINITE,
    _head_phrase,
    _previous_line_start,
    _reach_back,
)
from quotemark.library.analyze.concessive import before_concessive
from quotemark.library.analyze.crowds import crowd_turns
from quotemark.library.analyze.dashes import (
    Turns,
    dash_dialogue,
    in_turn,
    opens_turn,
    split_incisos,
    unnamed_turn,
)
from quotemark.library.analyze.defined_by import agent_of_definition
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.embeds import embedded_posts
from quotemark.library.analyze.far_holders import bound_holder
from quotemark.library.analyze.gender import Gender, is_strong, of_description, of_pronoun
from quotemark.library.analyze.given_as import name_given
from quotemark.library.analyze.given_names import subject_of_given_sex
from quotemark.library.analyze.groups import (
    _COUNTING,
    _PLURAL_NOUN,
    _body,
    _body_before,
    _body_named,
    _counted_before,
    _one_more,
    _one_of_pair,
    _one_who,
    _organisation,
    _plural,
    _plural_with_body,
    _spelled,
    _stray,
    _they_group,
    spelled_in_full,
)
from quotemark.library.analyze.holders import (
    _PERSON_NOUNS,
    _body_words,
    _done_by,
    _event_role,
    _given_noun,
    _last_mention,
    _object_of,
    _office_holder,
    _office_new,
    _role_holder,
    _role_noun,
    _unnamed_since,
    epithet_holder,
    given_near,
    kin_named,
    letter_writer_before,
    lone_surname_holder,
    office_subject_before,
    owned_agent_named,
    subject_over_lesser,
    unnamed_of_noun_before,
    unnamed_subject_before,
)
from quotemark.library.analyze.interjections import interjected
from quotemark.library.analyze.introduced import introduced_as
from quotemark.library.analyze.inversions import CAPITAL_PRONOUN_LANGUAGES, FOREIGN_PRONOUNS
from quotemark.library.analyze.issuers import (
    _BY_BODY,
    _NEWS_KINDS,
    _document,
    _document_head,
    _document_owner,
    _indefinite_document_head,
    _issued_in_clause,
    _issuer,
    _own_document,
    _published_by,
    _reports_news,
    document_it_source,
    issuer_as_named,
    owned_by_pronoun,
    report_it_source,
)
from quotemark.library.analyze.its_reply import reply_it_source
from quotemark.library.analyze.ja_according import japanese_according
from quotemark.library.analyze.latter import former_or_latter
from quotemark.library.analyze.letters import signed_letters
from quotemark.library.analyze.lexicon import (
    DETERMINERS,
    MONTHS_AND_DAYS,
    SPEECH_VERBS,
    TITLES,
    words,
)
from quotemark.library.analyze.marked import drawn_once, with_marked
from quotemark.library.analyze.marks import ALL_DOUBLE, pair_marks
from quotemark.library.analyze.names import (
    PARTY_AND_STATE,
    NameRole,
    clean,
    japanese_full_name,
    names_a_group,
    opens_by_address,
    shown_role,
    split_speaker,
    surname,
)
from quotemark.library.analyze.organisations import (
    body_opening,
    declared_with_kind,
    description_head,
    given_capitals,
    is_organisation_description,
    kind_of_description,
    named_with_head,
    opened_before,
)
from quotemark.library.analyze.participants import cited_participants, coded_blocks
from quotemark.library.analyze.phrases import _FULL_STOPS, _find_phrase, _nested_speaker
from quotemark.library.analyze.posted_by import page_named, page_that_posted
from quotemark.library.analyze.press_languages import (
    HUNGARIAN_PRONOUN,
    bare_incise_after,
    before_hungarian_article,
    counted_language,
    described_speakers,
    hungarian_body_before,
    press_office,
    press_office_holder,
)
from quotemark.library.analyze.quotes import Candidate, candidates, dropped
from quotemark.library.analyze.reported import issuer_source, reported_source, viewpoint_source
from quotemark.library.analyze.rtl_speakers import rtl_speakers
from quotemark.library.analyze.self_described import which_calls_itself
from quotemark.library.analyze.signatures import signed_mottos
from quotemark.library.analyze.sources import SourceFinder, classify
from quotemark.library.analyze.speakers import (
    People,
    called_in_paragraph,
    find_people,
    forget_scan,
    gave_the_pronoun,
    introduced_before,
    named_as_speaker,
    opening_description,
    possessed_by,
)
from quotemark.library.analyze.subject import (
    document_subject_phrase,
    possessor_phrase,
    subject_phrase,
)
from quotemark.library.analyze.threads import quoted_messages
from quotemark.library.analyze.told_to import teller, teller_headline
from quotemark.library.analyze.transcripts import Answer, answers, with_answers
from quotemark.library.analyze.unnamed import (
    UnnamedQuoted,
    brought_in_by_clause,
    of_another_case,
    one_of,
    one_placed,
    unnamed_instead,
)
from quotemark.library.analyze.unruled import according_partials, own_inline, unruled_speakers
from quotemark.library.analyze.word_use import word_user
from quotemark.library.analyze.written import document_writer, letter_from
from quotemark.library.model import (
    Analysis,
    Block,
    BlockKind,
    MentionKind,
    Metadata,
    Quote,
    QuoteKind,
    SourceKind,
    Speaker,
)

MAX_QUOTES = 5000
"""An article with more quotations than this keeps the first ones."""
_MINOR = frozenset({"of", "for", "and", "the", "de", "du", "al"})
_DASHES = "\u2014\u2013\u2015-~"  # (U+2015, the horizontal bar, sets off a source too)


_GENERIC_PERSONS = words("man woman boy girl child kid person")
"""Nouns that bring in someone new as often as they name the person in focus
("the boy" after "a young child asked"): no epithet of the article's
protagonist."""


_DOCUMENT_REACH = 3000
"""How far back a speaking document ("the report said") looks for who
issued or published it: its paragraph and the one before, this many
characters at most (a news paragraph is shorter; a pasted transcript of one
paragraph would be read from its start for each; s42-quad)."""


def _protagonist(people: People, pos: int) -> str | None:
    """The person the text before ``pos`` is about: registered as a subject
    most often, at least three times and at least twice as often as anyone
    else; else ``None``."""
    i = bisect.bisect_left(people.positions, pos)
    counts = Counter(people.names[:i])
    top = counts.most_common(2)
    if not top or top[0][1] < 3:
        return None
    if len(top) > 1 and top[1][1] * 2 > top[0][1]:
        return None
    return top[0][0]


def _bound_far(doc: Document, people: People, pos: int, description: str) -> str | None:
    """:func:`.far_holders.bound_holder` for a bare definite description at
    ``pos`` ("the lawyer", not "the lawyer for Tom Hale"), when no one is
    named in its paragraph before it ("“Broad City” star Arturo Castro
    turned the tables ... the actor held a fake audition": the one just
    named, though the text gave "actor Michael B. Jordan" the noun; tune
    PolNeAR). An office ("the senator") only when the one holder is given
    it in a shape :mod:`.holders` does not read ("The director of the water
    agency, Ada Lind,"): :func:`.holders._office_holder` reads the others,
    and the text may give an office short ("Sen. Marco Rubio")."""
    if not _BARE_DEFINITE.fullmatch(description):
        return None
    line = bisect.bisect_right(doc.line_starts, pos) - 1
    start = doc.line_starts[line] if line >= 0 else 0
    if bisect.bisect_left(people.mentioned_at, start) < bisect.bisect_left(
        people.mentioned_at, pos
    ):
        return None
    bound = bound_holder(doc.scan, pos, description, people)
    if bound is None or any(
        m.group().lower() in people.surnamed for m in _CAPITALISED.finditer(doc.scan, start, pos)
    ):
        # ("But Trump has one thing in common with Chinese people, the
        # columnist suggested": a surname alone names someone too.)
        return None
    return bound


def _mentioned_between(people: People, name: str, lo: int, hi: int) -> bool:
    """Does the text name ``name`` (subject or not) between ``lo`` and ``hi``?"""
    at = bisect.bisect_left(people.mentioned_at, lo)
    end = bisect.bisect_left(people.mentioned_at, hi)
    return name in people.mentioned[at:end]


_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]+")
"""A capitalised word: a surname, perhaps (:func:`_bound_far`)."""
_BARE_DEFINITE = re.compile(r"[Tt]he(?:[ \u00a0]+[a-z][a-z-]*){1,3}")
"""A bare definite description of lower-case words: "the lawyer", "the
agency director" (not "the lawyer for Tom Hale", "the Northgate mayor")."""
_BARE_SPOKES = re.compile(r"[Aa][ \u00a0]+(spokes(?:man|woman|person))")
"""A spokesperson brought in by "a" and nothing else: "a spokesperson said"."""
_POSSESSIVE = re.compile(r"\w['\u2019]s?\s")
_FOR_NAMED = re.compile(
    r"[a-z][ \u00a0]+(?:for|to)[ \u00a0]+(?:[A-Z][\w.\u2019'-]*[ \u00a0]+)*[A-Z]"
)
"""A description's complement that names whom the person serves ("the
spokesman for Ada Lind", "the lawyer for Tom Hale", "an aide to Mayor
Lind")."""


def _serves_another(doc: Document, people: People, at: int, role: str, named: str) -> bool:
    """Is ``role`` a description of someone by the person they serve, named
    in it ("the spokesman for Ada Lind"), while ``named``, the person last
    named before ``at``, is not that one and was not just heard speaking?
    Then the description brings in someone new (`Tom Hale runs the ferry.
    “…,” the spokesman for Ada Lind said`), no one named before; but after
    `Ari Fleischer said ...`, "said the former top aide to President Bush"
    goes on with the speaker just heard (stop 41)."""
    served = _FOR_NAMED.search(role)
    if served is None:
        return False
    last = named.rsplit(None, 1)[-1]
    if last in role[served.start() :]:
        return True
    if named_as_speaker(people, doc.prose, named, at):
        return False
    # ("One of the authors, Ari Fleischer, said ...": the name set off as an
    # apposition, its verb after the comma.)
    found = doc.prose.rfind(last, max(0, at - 600), at)
    if found < 0:
        return True
    after = doc.prose[found + len(last) : found + len(last) + 24].split()[:2]
    return not any(w.strip(",").lower() in SPEECH_VERBS for w in after)


def _opened_as_another(doc: Document, people: People, at: int, role: str, named: str) -> bool:
    """Was ``named``, the person last named before ``at``, brought in by a
    description of another office opening their sentence, while ``role``
    names an office ("The harbour master, Ada Lind, spoke first. “…,” the
    mayor said": not Lind)? s41-rev2 made such a name its sentence's subject
    (for the "he said" after it), so the nearest-subject step would take it
    for any description; "the official" or "the harbour master" still may."""
    noun = _role_noun(role)
    if noun is None or noun not in TITLES:
        return False
    found = _last_mention(people, named, at)
    if found < 0:
        return False
    opening = opening_description(doc.scan, found)
    if opening is None:
        return False
    return noun not in {clean(w).lower() for w in opening.split()}


_SHORT_SPEAKER = 0.7  # a name or a person pronoun, not a carried-over guess
_CONFIDENCE_BEFORE = 0.85
_CONFIDENCE = {"after": 0.9, "before": _CONFIDENCE_BEFORE, "line": 0.85}
_BY_SUBJECT = 0.7  # the sentence's subject, with no verb of saying (.subject)

_SAYS_SENTENCE = re.compile(r"(?:[ \u00a0]+(?:only|simply))?[,:]?[ \u00a0]*")
"""Between a verb of saying (its token may hold the comma) and the marks of
the sentence it says: a comma or a colon, "only," or "simply,"."""
_PRONOUN_BEFORE = round(_CONFIDENCE_BEFORE * 0.8, 2)


def _pronoun_says_sentence(
    doc: Document, c: Candidate, phrase: Phrase | None, speaker: Speaker | None
) -> bool:
    """Does a "he" or "she" before the verb say the word or two in marks as a
    sentence of its own ("She looks at him and says only, “Not today.”", "The
    next day she wrote, “Rain.”")? The verb right before the marks (a comma
    or a colon, or "only,"), the words opening with a capital and ending with a full
    stop, "!" or "?" inside them: speech, not a scare quote. The pronoun's
    person is as sure as any pronoun before its verb (0.68, just under the
    0.7 a word or two asks; a pronoun after, 0.72, was kept already)."""
    if (
        speaker is None
        or speaker.name is None
        or phrase is None
        or phrase.how != "before"
        or phrase.text.lower() not in {"he", "she"}
        or speaker.confidence < _PRONOUN_BEFORE
        or phrase.verb_end < 0
    ):
        return False
    words = doc.scan[c.start : c.end].rstrip()
    return (
        words[:1].isupper()
        and words[-1:] in {".", "!", "?"}
        and doc.scan[phrase.verb_end - 1 : c.open].rstrip()[-1:] in {",", ":"}
        and _SAYS_SENTENCE.fullmatch(doc.scan, phrase.verb_end, c.open) is not None
    )


def analyze(blocks: Sequence[Block], metadata: Metadata | None = None) -> Analysis:
    """Find direct quotations (with speakers) and cited sources in ``blocks``.

    Never raises on odd input (stray marks, huge paragraphs); runs in time
    linear in the text.
    """
    try:
        return _analyze(blocks, metadata)
    finally:
        # The module-level memories of one text (the capital scan, whether
        # it is German, the sentence starts) let go of it on every path: a
        # page with no quotation, which never reached forget_scan below, and
        # an analysis that raised, would hold the text until the next one.
        forget_scan()
        forget_sentence_starts()


_PRINTERS = frozenset(("We", "we", "I"))
"""The writer of the page as the subject before a block ("We print one,
from ...:"): who prints the letter, not who wrote it."""


def _analyze(blocks: Sequence[Block], metadata: Metadata | None) -> Analysis:
    """:func:`analyze`, its module-level memories let go by the caller."""
    doc = Document(blocks)
    paired = pair_marks(doc)
    found = candidates(doc, paired)
    # A thread's quoted messages are their writers' (read with the answers
    # below); their headers and lines are no block quote of their own.
    thread = quoted_messages(doc)
    # (So are a pasted letter's lines, one quotation of its signer.)
    letters, letter_lines = signed_letters(doc)
    found = _with_blockquotes(doc, found, thread.lines() | letter_lines)
    found = dash_dialogue(doc, split_incisos(doc, found))
    finder = SourceFinder(doc)
    quotes: tuple[Quote, ...] = ()
    said: list[Answer] | None = None
    writer: str | None = None
    if found:
        # The people named are only asked about a quotation's speaker: a
        # page with no quotation skips that pass (a fifth of the analysis).
        people = find_people(doc.prose, _quoted(found))
        forget_scan()  # (its spans, the text's size again, are read)
        pairs = sorted((r.open, r.close) for r in paired if r.parent is None and r.closed)
        # (An "as told to" piece's "I" is its teller, not the byline's; read in the
        # text with its headings, where an "As told to ..." line is often one.)
        told = teller(doc.text)
        writer = told or _writer(metadata)
        quotes = drawn_once(
            with_marked(blocks, _attribute(doc, found, people, finder, pairs, writer), doc, paired)
        )
        if told is not None:
            quotes = teller_headline(blocks, quotes, told)  # (its headline: the teller's words)
        quotes = _tag_points(doc, _suffix_points(doc.prose, quotes))
        # (Arabic and Hebrew name no one in capitals: their verbs say who.)
        quotes = rtl_speakers(doc, quotes)
        # ("Een oude visser … kijkt naar het water. „…”, vertelt hij.": the
        # someone unnamed the sentence before brings in; other languages only.)
        quotes = described_speakers(blocks, doc.scan, quotes)
        # ("„…”, a declarat Mihai Dobrescu, …": the shapes around a quotation
        # in any Latin-script language, text not English only; stop 46.)
        # ("„Budeme bojovať“, hovorí Kollárová.": words in marks before the
        # verb of saying of one of stop 47's six languages; s47-lang5.)
        quotes = own_inline(doc, paired, quotes)
        quotes = unruled_speakers(blocks, doc.scan, quotes)
        quotes = according_partials(doc, paired, quotes)
        # ("町教育委員会によると、…「…」だという": the Japanese "according to"; s48-lang7.)
        quotes = japanese_according(doc, paired, quotes)
        # (A motto in a mail signature is the signature owner's.)
        quotes = tuple(signed_mottos(doc, quotes))
        # ("“…” (P3, community nurse)": a study's participant by code.)
        quotes = tuple(cited_participants(doc, quotes))
        # ("An old man ... “…,” he says. ... The man is Tom Hale": the name
        # given afterwards; a pull quote is the body line's speaker's.)
        quotes = pull_quotes(named_afterwards(doc, quotes, people))
        said = answers(doc, people.by_surname.values, writer)
        del people, pairs  # (let go before the text's lower-case copy is made)
    else:
        # (A "Q:"/"A:" transcript with no marks asks who the standfirst names.)
        said = answers(doc, lambda: find_people(doc.prose).by_surname.values(), _writer(metadata))
    # Embedded posts ("@adalind: ..." over "— Ada Lind (@adalind) May 3,
    # 2026") are their writers' words as a transcript's answers are.
    # (A live text's crowd turns, "Crowd: ...", only inside a transcript.)
    said = sorted(
        [
            *(said or ()),
            *crowd_turns(doc, said or []),
            *embedded_posts(doc),
            *thread.messages,
            *letters,
            *coded_blocks(doc),
        ],
        key=lambda a: a.start,
    )
    if said:
        # (A turn's own "As I said, “…”" is the turn's speaker, not the post's writer.)
        quotes = with_answers(doc, quotes, said, writer)
    del found, paired
    finder.scan_text()
    finder.scan_links()
    return Analysis(_reading_order(quotes), tuple(finder.sources), finder.mentions())


def _reading_order(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """``quotes`` in reading order (by start, then end; ties keep their
    order), each nested one's ``parent`` renumbered. A stored post's quotes
    are read back in this order (:func:`quotemark.library.store.corrections.apply`
    places a researcher's added quotes so), and a later pass may add one
    before another it follows (a reported clause from its opening mark, `“…,”
    said Ilves, one of the “harbour four”`, after the quotation inside it):
    the analysis is then the one the library gives back."""
    keys = [(q.span.start, q.span.end) for q in quotes]
    if all(keys[i] <= keys[i + 1] for i in range(len(keys) - 1)):
        return quotes  # (nearly always: one pass over the keys)
    order = sorted(range(len(quotes)), key=keys.__getitem__)
    now_at = {old: new for new, old in enumerate(order)}
    return tuple(
        replace(q, parent=now_at.get(q.parent)) if q.parent is not None else q
        for q in (quotes[i] for i in order)
    )


_POINTED_SUFFIX = re.compile(r"[ \u00a0](?:Jr|Sr|[A-Z][a-z]?\.[A-Z])$")
"""A name's last word that the text writes with a point ("Jr.", "Sr.",
"Ph.D."): the point is read as a sentence's end before a verb ("Tom Hale
Jr. said") or after the name ("Tom Hale Jr. spoke."), and kept before a
comma ("said Tom Hale Jr., the owner")."""


def _suffix_points(prose: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """``quotes`` with each speaker's name ending in a suffix written with
    a point ("Tom Hale Jr") written as the text writes it ("Tom Hale Jr."),
    so one person has one name however the sentence around it ended (review
    of stop 36). A suffix the text writes without a point stays so."""
    out: list[Quote] | None = None
    for i, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or not speaker.name:
            continue
        name = speaker.name
        if name[-1] == "." or _POINTED_SUFFIX.search(name) is None:
            continue
        if name + "." not in prose:
            continue
        if out is None:
            out = list(quotes)
        out[i] = replace(quote, speaker=replace(speaker, name=name + "."))
    return quotes if out is None else tuple(out)


_PARTY_STATE_END = re.compile(r"(?<![^ ,(])" + PARTY_AND_STATE + r"\)?$")
"""A party and state tag ending a speaker's role ("Sen., D-Calif"; shown
"Senator (D-Calif)" from s40-roles2)."""
_UNABBREVIATED_STATES = words("idaho iowa maine ohio texas utah guam")
"""The states (and territory) of five letters or fewer that news style
writes in full after a party ("R-Texas.", "D-Guam."): a point after one
ends the sentence, not the state's name. (A longer name, "R-Alaska.",
"D-Hawaii.", is told by its length: no abbreviation is longer than five.)"""


def _tag_points(doc: Document, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """``quotes`` with a speaker's role that ends in a party and state tag
    whose state the text abbreviates ("Sen. Tom Hale, D-Calif., said",
    "said Sen. Tom Hale, D-Calif.") written with its point, as the text
    writes it: the speaker phrase ends before the point, which it reads as
    a sentence's end (s37-left). A point after a state written in full
    ("R-Texas.") ends the sentence and stays out."""
    out: list[Quote] | None = None
    for i, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or not speaker.role or speaker.span is None:
            continue
        tag = _PARTY_STATE_END.search(speaker.role)
        if tag is None:
            if PLACE_STATE_END.search(speaker.role) is None:
                continue  # (nor "of Albany, N.Y", whose state takes its point)
        else:
            state = tag.group().rstrip(")")[2:]
            if "." not in state and (
                len(state) > 5 or state.lower() in _UNABBREVIATED_STATES or state.isupper()
            ):
                # (A postal code, "D-CA", takes no point: one after it ends the
                # sentence, as after a state in full; s37-revleft.)
                continue
        end = doc.starts[speaker.span.end.block] + speaker.span.end.offset
        if doc.text[end : end + 1] != ".":
            continue
        if out is None:
            out = list(quotes)
        role = speaker.role[:-1] + ".)" if speaker.role.endswith(")") else speaker.role + "."
        out[i] = replace(quote, speaker=replace(speaker, role=role))
    return quotes if out is None else tuple(out)


_THE_AUTHOR = "the author"
"""The speaker of the narrative's own "I said" when the post has no byline."""


def _writer(metadata: Metadata | None) -> str:
    """Who "I" is in a post's own narrative: its one byline author, else
    :data:`_THE_AUTHOR` (several authors: which of them is not said)."""
    if metadata is not None and len(metadata.authors) == 1 and metadata.authors[0].strip():
        return metadata.authors[0].strip()
    return _THE_AUTHOR


def _quoted(found: list[Candidate]) -> list[tuple[int, int]]:
    """The top-level quoted stretches, sorted and merged."""
    out: list[tuple[int, int]] = []
    for c in sorted((c for c in found if c.parent is None), key=lambda c: c.start):
        if out and c.start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], c.end))
        else:
            out.append((c.start, c.end))
    return out


def _with_blockquotes(
    doc: Document, found: list[Candidate], read: frozenset[int] = frozenset()
) -> list[Candidate]:
    """A block quote with no marks of its own is still a quotation (but
    for the lines ``read`` elsewhere: a thread's headers and messages, and
    one that is the page's text: :func:`_opens_as_the_text`)."""
    if all(block.kind is not BlockKind.BLOCKQUOTE for block in doc.blocks):
        return found  # (most pages quote no block: no candidate's block looked up)
    starts = {doc.position(c.open).block for c in found}
    if _opens_as_the_text(doc.blocks):
        starts.add(0)
    extra: list[Candidate] = []
    for number, line in enumerate(doc.lines):
        block = doc.blocks[line.block]
        if block.kind is not BlockKind.BLOCKQUOTE or line.block in starts or number in read:
            continue
        raw = doc.scan[line.start : line.end]
        body = raw.strip()
        words = len(re.findall(r"\w+", body))
        if words < 3 or body[:1] in _DASHES:
            continue  # too short, or "— Jane Smith, VP": the attribution
        start = line.start + len(raw) - len(raw.lstrip())
        end = start + len(body)
        extra.append(
            Candidate(start, end, start, end, QuoteKind.BLOCK, number, number, words, None, True)
        )
    if not extra:
        return found
    # Nested parents are indices into ``found``: renumber after the merge.
    merged = sorted(
        [(c.open, 0, i, c) for i, c in enumerate(found)]
        + [(c.open, 1, i, c) for i, c in enumerate(extra)]
    )
    remap: dict[int, int] = {}
    out: list[Candidate] = []
    for _open, source, i, c in merged:
        if source == 0:
            remap[i] = len(out)
        out.append(c)
    for c in out:
        if c.parent is not None:
            c.parent = remap.get(c.parent)
    return out


def _opens_as_the_text(blocks: tuple[Block, ...]) -> bool:
    """Does a block quote open the body, the page's own paragraphs follow
    it, each a field ("Subjects: ...", "Cite as: ..."), and it hold more of
    the text than all the rest (a preprint's abstract set as one, its
    record's fields under it)? Nothing of the page's own stands before it
    to bring a quotation in, and an epigraph over a post is short beside
    the post: the quote is the text, quoting no one (s48-html7). (A block
    quote with no paragraph of the page's own, a testimonial over its dash
    line, stays a quotation; so does one over a paragraph that is its dash
    line (s48-final-analyze), and a speech or a letter an essay opens with,
    the page's sentences after it (s48-final-extract).)"""
    if not blocks or blocks[0].kind is not BlockKind.BLOCKQUOTE:
        return False
    if len(blocks) > 1 and blocks[1].text.lstrip()[:1] in _DASHES:
        return False
    own = [block for block in blocks[1:] if block.kind is BlockKind.PARAGRAPH]
    if not own or not all(_FIELD_LINE.match(block.text) for block in own):
        return False
    return 2 * len(blocks[0].text) > sum(len(block.text) for block in blocks)


_FIELD_LINE = re.compile(r"[^\W\d][^:.!?\n]{0,38}:\s")
"""A line of a record's fields: a short label with its colon, then the value
("Subjects: Ports", "Cite as: arXiv:2603.01234"; as the table of fields
reads, ``extract.blocks._field_rows``)."""


_SUBJECT_PRONOUN = {"f": re.compile(r"\b[Ss]he\b"), "m": re.compile(r"\b[Hh]e\b")}
"""The subject pronoun of each sex, as a word."""


def _spoke_of_pronoun(said: str, gender: Gender) -> bool:
    """Do the words of a quotation (``said``) speak of someone as the
    subject pronoun of ``gender`` ("“She was brave,” said Ben Ross"): a
    person other than the speaker, most likely?"""
    return bool(said) and _SUBJECT_PRONOUN[gender].search(said) is not None


_NAME_THEN_COMMA = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w'\u2019-]+),[ \u00a0]+$")
"""A capitalised word and a comma right before a speaker phrase."""
_PAIR_BEFORE = re.compile(r"(?:\band|&)[ \u00a0]+(?:[A-Z][\w.'\u2019-]*[ \u00a0]+){0,3}$")
"""An "and" before the name run that ends at the surname: two people."""


def _apposition_owner(text: str, people: People, start: int, end: int) -> str | None:
    """The person whose apposition the description ``start:end`` is, when a
    who-clause follows it ("with Ross, now the harbour master, who in 2010
    said"): the full name the text gave the surname before its comma
    (``None`` when none, or when the word is no surname of a person)."""
    if (
        not text.startswith((", who ", ",\u00a0who "), end)
        or not text.endswith(", ", 0, start)
        or not text[start].islower()  # (an apposition: "now the", "the", "a")
    ):
        return None  # (the cheap tests: asked for every description phrase)
    m = _NAME_THEN_COMMA.search(text, max(0, start - 40), start)
    if m is None or _PAIR_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None:
        return None  # ("Tom Hale and Ben Ross, two pilots, who said": both)
    full = people.full(m.group(1))
    if full not in people.subjects or surname(full) != m.group(1).lower():
        return None  # (a place, "In Mexico City, ...", is no one's subject)
    return full


def _named_once(people: People, name: str) -> bool:
    """Does the text name ``name`` once only, in one place (its attribution
    registers it at the phrase's start and end), and give them no role, not
    even an honorific ("said Mrs Ross": she is a woman, :attr:`.People.unshown_roles`)?"""
    if people.mentioned.count(name) > 1 or name in people.roles or name in people.unshown_roles:
        return False
    at = [pos for pos, named in zip(people.positions, people.names, strict=True) if named == name]
    return not at or at[-1] - at[0] <= 2 * len(name)


def _not_named_in_own_words(
    doc: Document, phrase: Phrase, c: Candidate, speaker: Speaker, people: People
) -> Speaker:
    """A "he"/"she" given to someone the quotation's own words open by
    naming ("Her son, Mark, is harder to love. “Mark had the gift,” he
    writes"), or by a form of address and the surname ("Señor Hale is
    right"): no one opens their words so, so the pronoun means the one named
    before them who fits it. A ``startswith`` and a look at one word for the
    quotations a bare pronoun attributes."""
    name = speaker.name
    gender = of_pronoun(phrase.text.lower())
    if name is None or gender is None or " " not in name:
        return speaker
    first = name.split()[0]
    after = c.start + len(first)
    if not (
        (doc.scan.startswith(first, c.start) and doc.scan[after : after + 1] in (" ", "\u00a0"))
        # "Tom Hale criticised the yard. “Señor Hale is right to worry,”
        # she says": words that open calling him by a title and his surname
        # speak of him or to him (s43-left2).
        or opens_by_address(doc.scan, c.start, name)
    ):
        return speaker
    other = people.resolve(phrase.start, gender=gender, besides=name)
    if other is None:
        return speaker
    people.add(phrase.end, other)
    return Speaker(other, people.role_at(other, phrase.start), speaker.confidence, speaker.span)


def _age_given(doc: Document, at: int, role: str | None) -> bool:
    """Did the text give someone the age a description such as "the
    57-year-old minister" opens with, before ``at``?"""
    aged = _AGED.fullmatch((role or "").strip())
    return aged is not None and _of_age(doc.scan, at, aged.group(1)) is not None


def _speaker(
    doc: Document,
    phrase: Phrase,
    people: People,
    finder: SourceFinder,
    confidence: float,
    previous: str | None = None,
    writer: str | None = None,
    owned: tuple[int, int] | None = None,
    said: str = "",
) -> Speaker | None:
    """The speaker a phrase names; ``previous`` is the name of the last
    quotation's speaker when it is close (its pronoun may follow);
    ``writer`` is who the narrative's "I" is (:func:`_writer`; ``None``
    when the phrase stands inside a quotation); ``owned``: where the last
    quotation's sentence starts and its speaker stands, when that speaker
    was the possessor of a noun of saying ("Tom Hale's claim that");
    ``said``: the words of that last quotation."""
    span = doc.span(phrase.start, phrase.end)
    text = phrase.text
    if writer is not None and text == "I":
        # "“Your Honor,” I said": outside every quotation, "I" is the one
        # writing the post, not the person named last.
        if writer == _THE_AUTHOR:
            return Speaker(None, writer, confidence, span)
        return Speaker(writer, None, confidence, span)
    if phrase.how == "line" and "," not in text:
        kind = classify(text)
        proper = all(w[:1].isupper() or not w[:1].isalpha() or w in _MINOR for w in text.split())
        if "/" in text or (proper and kind in _NEWS_KINDS):
            finder.add(
                text, kind or SourceKind.OUTLET, phrase.start, phrase.end, MentionKind.QUOTE_CREDIT
            )
            return Speaker(text, None, confidence, span)
    organisation = _organisation(text)
    if organisation is not None:
        # "The Maritime Safety Board said", "the US Embassy in Delhi
        # reported": an organisation speaks, and is cited.
        body, kind, where = organisation
        at = phrase.start + text.find(body)
        finder.add(body, kind, at, at + len(body), MentionKind.ATTRIBUTION)
        # "the IRCC said": as the text wrote it out, with its capitals.
        # "As the Fund put it": the body's name as the text wrote it in full.
        return Speaker(spelled_in_full(doc, at, _spelled(doc, at, body)), where, confidence, span)
    known: Container[str] = people.by_surname
    if text and text[-1] >= "\u3040":
        # 田中は after 田中氏は: a Japanese name is one word, which
        # People.by_surname leaves out; the names heard so far link it.
        # (People.subjects: the names of People.names as a set, kept as
        # they are added; a frozenset of the list, one entry a mention,
        # was made for each phrase, the square of a long post; stop 43.)
        known = people.subjects
        full = None if text in known else japanese_full_name(text, known)
        if full is not None:
            # 田中は after 田中太郎氏: the surname (written first) of the one
            # person the text named in full.
            text = full
    cited = cited_author(text) if text.endswith(")") else None
    if cited is not None:
        # "Ross (2019) argues that": the author as cited, the year no part
        # of the name, never expanded to someone of that surname named
        # later (s42-left2).
        return Speaker(cited, None, confidence, span)
    text = before_hungarian_article(text, doc.scan)
    parts = split_speaker(text, known)
    if (
        text in CAPITAL_PRONOUN_LANGUAGES
        and counted_language(doc.scan) in (CAPITAL_PRONOUN_LANGUAGES[text])
    ):
        # "Han kalder beslutningen »…«": the Danish "he", not a man called Han.
        parts = NameRole(None, None, FOREIGN_PRONOUNS[text.lower()])
    subject = _past_opening_word(doc, phrase, parts.name, people)
    if subject is None:
        subject = _inverted_before_who(doc.scan, phrase)
    if subject is not None:
        return _speaker(doc, subject, people, finder, confidence, previous, writer)
    if parts.pronoun == "it":
        # "BC Hydro said ... it said": the organisation last heard from.
        heard = people.organisations.resolve(phrase.start)
        if heard is not None:
            return Speaker(heard, None, 0.5, span)
        opening = _body_before(doc, phrase.start, people)
        if opening is not None:
            # "The Ferry Workers' Union met on Monday. “…,” it said": the
            # body the last sentence opened with, though it had not spoken.
            return Speaker(opening[0], opening[1] or None, 0.5, span)
        return Speaker(None, "it", 0.3, span)  # an organisation, left unnamed
    if parts.pronoun == HUNGARIAN_PRONOUN and hungarian_body_before(doc.scan, phrase.start):
        # "A kórház vezetése közölte, … Szerinte …": the Hungarian pronoun
        # of no gender after a sentence a body opens may be the body; no
        # person named before is given the words (stop 46).
        return Speaker(None, text.lower(), 0.3, span)
    if parts.pronoun == "one":
        counted = _one_who(doc.scan, phrase.end)
        if counted is not None:
            # "“…,” one user wrote", "one senior official said": "one" counts
            # someone unnamed; it is no pronoun for the person named last.
            return Speaker(None, f"{phrase.text} {counted}", round(confidence * 0.9, 2), span)
        partitive = one_of(doc, phrase.start, phrase.end)
        placed = one_placed(doc, phrase.end) if partitive is None else None
        if placed is not None:
            # "One operative inside the campaign tried to play it down,
            # saying “…”": one person counted, unnamed, as "one user wrote".
            return Speaker(None, f"{phrase.text} {placed}", round(confidence * 0.9, 2), span)
        if partitive is not None:
            # "“…,” one of them said", "One of the two officials said": one
            # of a group the text keeps unnamed, never the man named last.
            return Speaker(None, partitive, round(confidence * 0.9, 2), span)
    counting = _COUNTING.get(text.lower())
    if counting is not None:
        group = _counted_before(doc, phrase.start, counting)
        if group is not None:
            # "One deckhand said ... “…,” another said": another deckhand,
            # not a person called "another" in the legend.
            word = text[:-1] if text.lower() == "others" else text
            return Speaker(None, f"{word} {group}", round(confidence * 0.9, 2), span)
    if parts.pronoun is not None:
        gender = of_pronoun(parts.pronoun)
        name = people.resolve(phrase.start, gender=gender)
        if name is not None:
            # "Ben Tully said ... Although Hale has said the pier will pay,
            # the letters should not be read as a vote. “…,” he said": the
            # subject of the sentence before the clause's (stop 47).
            name = before_concessive(people, doc.scan, phrase.start, name, gender) or name
        if owned is not None and name is not None and name == previous and gender is not None:
            # `Ada Lind rejected Tom Hale's claim that the pier was “past
            # saving.” She called for a “fresh start”`: the claim's owner
            # spoke the words before, but the pronoun means the sentence's
            # subject when she fits (stop 39).
            name = _subject_between(people, owned, gender, name) or name
        if parts.pronoun == "they":
            crowd = _they_group(doc, phrase.start, people, name)
            if crowd is not None:
                # "Critics of the plan ... sent a letter. “…,” they wrote":
                # the group that opened the sentence, not one person.
                pair, label = crowd
                if pair is not None:
                    people.add(phrase.end, pair)
                return Speaker(pair, label or None, round(confidence * 0.8, 2), span)
        # "“…,” said Ms. Lind. Tom Hale reviewed it. “…,” she said": the
        # speaker just quoted, known to fit the pronoun, over a nearer person
        # the text says nothing of (tune halves: +7 right, none lost).
        if (
            previous is not None
            and name is not None
            and name != previous
            and gender is not None
            and people.genders.of(previous) == gender
            and people.genders.of(name) is None
            and not named_as_speaker(people, doc.prose, name, phrase.start)
            # "Martin Fell has said little. In a statement, he said": a
            # subject opening its sentence with a given name of the
            # pronoun's sex keeps it (stop 44).
            and not subject_of_given_sex(people, doc.prose, name, phrase.start, gender)
        ):
            name = previous
        if gender is not None:
            introduced = introduced_before(people, phrase.start, gender)
            if introduced is not None:
                name = introduced
            # "The board also called Ms Ada Lind, an engineer. Her report
            # concludes ...": the woman the paragraph brought in as an
            # object, when the subject before is a man (s43-left3).
            name = called_in_paragraph(people, phrase.start, gender, name) or name
        if gender is not None and name is None:
            # "The board thanked pilot Ada Lind ... “…,” she said": no subject
            # fits, but a person named in passing in this paragraph or the
            # one before does. (Also over a subject further back: tune
            # ggt-dev 300 -> 296, polnear-train check 3158 -> 3139; not so.)
            near = _previous_line_start(doc, phrase.start)
            name = people.mentioned_since(phrase.start, near, gender)
        if pron_rank.RECORD is not None or pron_rank.shipped() is not None:
            name = _learned_pronoun(doc, phrase, people, gender, previous, name)
        if gender is not None:
            # "In an interview with Ruth Ames, “…,” she promised": the
            # sentence's frame says whose words follow; its pronoun subject
            # is the one interviewed when the pronoun fits her.
            line_start = doc.lines[bisect.bisect_right(doc.line_starts, phrase.start) - 1].start
            framed = interview_frame(doc.scan, line_start, phrase.start)
            if framed is not None and people.genders.fits(framed, gender):
                name = framed
        if name is not None and people.genders.given_other(name, gender):
            # "“…,” Ada Lind said. Tom Hale chaired the board. “…,” he said.
            # “…,” she said": the man a "he said" was given to, though nothing
            # the text says of him rules the "she" out, gives way to someone
            # further back who spoke in the narrative's words.
            other = people.resolve(phrase.start, gender=gender, besides=name)
            if other is not None:
                name = other
        if (
            name is not None
            and name == previous
            and gender is not None
            and people.genders.of(name) is None
            and _spoke_of_pronoun(said, gender)
            and _named_once(people, name)
        ):
            # "Ada Lind was a harbour pilot. “She was brave,” said Ben Ross.
            # “…,” she said": the one just quoted spoke of a "she", someone
            # else; the text says nothing of their own sex, so the pronoun
            # means the person the article is about (the first it names as
            # a subject) when she may be meant (s40-kin).
            other = people.resolve(phrase.start, gender=gender, besides=name)
            if other is not None and other == people.names[0]:
                name = other
        if gender is not None:
            followed = subject_over_lesser(doc, phrase.start, people, gender, name)
            if followed is not None:
                # "Her younger sister, Emma Marr, ... “…,” Emma says. / In
                # 1986 she founded the trust ... she admits, “…”": a profile's
                # "she" is the woman it follows once her sister's turn (or a
                # man's of unread sex who "calls her") has ended (stop 41).
                name = followed
        if name is not None and gender is not None and people.genders.of(name) is None:
            at = _last_mention(people, name, phrase.start)
            if at >= 0 and possessed_by(doc.scan, at) == gender:
                # "Ada Lind spoke. Her aide, Tom Reyes, disagreed. “…,” she
                # said": the one "her" means, not her aide, when the text
                # says nothing of the aide.
                name = people.resolve(phrase.start, gender=gender, besides=name) or name
        if name is not None and gender is not None:
            given_at = gave_the_pronoun(people, people.text, name, phrase.start, gender)
            if given_at is not None:
                # "At the centre is Ada Lind. Hale gives her the best lines.
                # When her grandson asks why, she tells him": the subject
                # whose verb took "her" as object is not the woman the next
                # "she" goes on with; the one named before him in this
                # paragraph or the last is.
                near = _previous_line_start(doc, phrase.start)
                name = people.mentioned_since(given_at, near, gender) or name
        if name is not None and gender is not None:
            name = _one_of_pair(name, gender, people)  # "“…,” he said"
        if gender is not None:
            unnamed = unnamed_subject_before(doc, phrase.start, people, gender, name)
            if unnamed is None:
                # "I received a letter from a woman on the island. ... She
                # wrote: “…”": the letter's writer, not the one reading it.
                unnamed = letter_writer_before(doc, phrase.start, phrase.end, people, gender, name)
            if unnamed is not None:
                # "A spokeswoman for the harbour board said ... “…,” she
                # said": the one the sentence before brought in, unnamed, as
                # its subject, over a name further back.
                return Speaker(None, unnamed, round(confidence * 0.8, 2), span)
            asked = asked_before(doc, phrase.start, people, gender, name)
            if asked is not None:
                # "We also asked Ruth Kegan, ..., whether ... “…,” she
                # said": the one asked answers, over a woman quoted before
                # (s44-rev5).
                name = asked
            holder = office_subject_before(doc, phrase.start, people, gender, name)
            if holder is not None:
                # "After the vote, the mayor said he hoped ... “…,” he said":
                # the office the sentence before opened with, its holder
                # named before, over a man named nearer (stop 41).
                name = holder
        if name is None and parts.pronoun == "they":
            opening = _body_before(doc, phrase.start, people, plural=True)
            if opening is not None:
                # "The Ferry Workers' Union met on Monday. “…,” they said":
                # no person and no group to mean, a body said it, as "it" does.
                return Speaker(opening[0], opening[1] or None, 0.5, span)
        if name is None:
            # (The pronoun as written when another language's: "она", "ils".)
            written = phrase.text.lower()
            return Speaker(
                None, written if written in FOREIGN_PRONOUNS else parts.pronoun, 0.3, span
            )
        if name == previous:
            # "Doe said ... she added": the pronoun after the person's own
            # speech, as this quotation was given to them: a guess, below
            # anything the text itself says of them (see Genders).
            people.genders.guess(name, gender)
        people.genders.give(name, gender)
        people.add(phrase.end, name)
        return Speaker(name, people.role_at(name, phrase.start), round(confidence * 0.8, 2), span)
    if parts.name is not None and phrase.how == "line" and _common_noun_lead(parts.name, text):
        parts = NameRole(None, text)
    ageless = without_age(parts.role) if parts.name is None and parts.role else None
    if ageless is not None and not _age_given(doc, phrase.start, parts.role):
        # "The 57-year-old minister said", "The minister, 57, said": the age
        # is no part of the office; the office without it is resolved as
        # written (s47-age). Not when the text gave someone that age ("Tom
        # Hale, 57,"): that person is the one meant (below).
        parts = NameRole(None, ageless, parts.pronoun)
    if parts.name is None:
        if not parts.role:
            return None
        if unnamed_of_noun_before(doc, phrase.start, parts.role) is not None:
            # "A spokesman for the agency said ... “…,” the spokesman said":
            # the one the sentence before brought in, unnamed, not another
            # body's spokesman named further back (stop 46). Shown as a
            # description of someone unnamed is (stop 44:
            # "A pilot ... “…,” the pilot said" shows "the pilot"; one that
            # names its body, as the text brought them in: introduced_as).
            near = _previous_line_start(doc, _previous_line_start(doc, phrase.start))
            first = introduced_as(doc.scan, near, phrase.start, parts.role)
            return Speaker(None, first or parts.role, round(confidence * 0.8, 2), span)
        appositive = _apposition_owner(doc.scan, people, phrase.start, phrase.end)
        if appositive is not None:
            # "a frosty relationship with Ross, now the harbour master, who in
            # 2010 said": the description is the apposition of the name
            # before it, whose who-clause speaks (stop 45).
            return Speaker(appositive, parts.role, round(confidence * 0.9, 2), span)
        office = press_office(parts.role, doc.scan)
        if office is not None:
            # "», estime le maire", "”, disse a prefeita", "– powiedział
            # burmistrz": the person the text gave that office by name.
            holder = press_office_holder(
                doc.scan, phrase.start, office, people.mentioned_at, people.mentioned
            )
            if holder is not None:
                # (The holder speaks here: a pronoun after means them,
                # "Szerinte …" after "– hangsúlyozta a polgármester"; stop 45.)
                people.add(phrase.end, holder)
                return Speaker(people.full(holder), parts.role, 0.5, span)
        org_kind = kind_of_description(parts.role)
        if (
            is_organisation_description(parts.role)
            or org_kind is not None
            or description_head(parts.role) is not None  # "the school", "the city"
        ):
            heard = None
            if is_organisation_description(parts.role):
                # "the utility said": the organisation last heard from.
                heard = people.organisations.resolve(phrase.start)
                if heard is not None and _reports_news(heard, parts.role):
                    # "HuffPost reported ... the committee said": the outlet
                    # that reported it is no committee.
                    heard = None
            if heard is None:
                # "The Federal Election Commission ruled ... the commission
                # said": none has spoken, but one is named with that noun.
                noun = description_head(parts.role)
                if noun is not None:
                    heard = named_with_head(doc.scan, phrase.start, noun)
            if heard is None and org_kind is not None:
                # "Cisco Talos, a security firm, ... the firm said": the
                # organisation the text last declared of that kind.
                heard = declared_with_kind(doc.scan, phrase.start, org_kind)
            if heard is None and org_kind is not None:
                # "The U.S. State Department called for ... . / “…,” the
                # agency said": the organisation of that kind opening the
                # sentence before, in this paragraph or the one before.
                lo = _previous_line_start(doc, phrase.start)
                heard = opened_before(doc.scan, lo, phrase.start, org_kind)
            if heard is None and org_kind is not None:
                # "Applications to Residency and Citizenship Services (RCS)
                # doubled. / “…,” the department said": the one body the
                # text named with its capitals given.
                heard = given_capitals(
                    doc.scan, phrase.start, org_kind, parts.role.split()[-1].lower()
                )
            if heard is None:
                # "Harbourline's ferry unit said in a statement ... / “…,” the
                # firm wrote in its statement": who spoke in that statement.
                heard = _own_document(doc, phrase, people)
            if heard is not None:
                # "Residency and Citizenship Services (RCS) ... RCS said ... /
                # “…,” the department said": shown as "RCS said" is, the
                # name in full with its capitals (stop 46).
                return Speaker(_spelled(doc, phrase.start, heard), parts.role, 0.5, span)
        indefinite = _indefinite_document_head(parts.role)
        if indefinite is not None:
            # "according to a study which is being released Monday by the
            # Harbour Institute": a new document, named with who issued it in
            # its own clause (never one met before: "a study" is new).
            issuer = _issued_in_clause(doc.scan, phrase.start, phrase.end, indefinite)
            if issuer is not None:
                return Speaker(issuer, parts.role, 0.5, span)
            by = _BY_BODY.match(doc.scan, phrase.end)
            issuing = None if by is None else body_opening(doc.scan, by.end(), people.names)
            if by is not None and issuing is not None:
                # "A report by the harbour board found": the body the phrase
                # stopped before (:data:`_ISSUED_IN_CLAUSE` reads capitals only).
                name, role = _body_named(doc.scan, by.end(), issuing)
                return Speaker(name, parts.role if name is not None else role, 0.5, span)
        page = page_named(doc.scan, parts.role, phrase.start)
        if page is not None:
            # "a page called Harbour Watch ... the page added a line": the
            # page by the name the text gave it (s44-left5).
            return Speaker(page, parts.role, 0.5, span)
        head = _document_head(parts.role)
        if head is not None:
            # "A study by the Harbour Institute found ... “…,” the report
            # said": who issued the document speaks through it.
            # (A "by"/"from" in this paragraph or the one before; a "said in
            # a statement" up to two before.)
            # (At most _DOCUMENT_REACH back: each "the report said" of a long
            # paragraph read it all from its start, the square of its length;
            # s42-quad.)
            near = _previous_line_start(doc, phrase.start)
            lo = _reach_back(
                doc.scan, _previous_line_start(doc, near), phrase.start, _DOCUMENT_REACH
            )
            near = max(near, lo)
            issuer = _issuer(doc.scan, near, lo, phrase.start, head)
            if issuer is not None:
                return Speaker(issuer_as_named(issuer, people), parts.role, 0.5, span)
            published = _published_by(doc, lo, phrase.start, head, people)
            if published is not None:
                # "The harbour board published a report on Monday. / “…,”
                # the report said": the body that published it speaks.
                name, role = published
                return Speaker(name, parts.role if name is not None else role, 0.5, span)
            page = page_that_posted(doc.scan, head, phrase.start, phrase.end)
            if page is not None:
                # "“…,” the post reads. It was published on Friday by a page
                # called Harbour Watch": the page speaks through its post.
                return Speaker(page, parts.role, 0.5, span)
            owner = _document_owner(doc.scan, phrase.start, parts.role)
            if owner is not None:
                # "the ministry's statement read", "the Gazette's editorial
                # said": the body that owns the document speaks through it.
                return Speaker(owner[0], owner[1], 0.5, span)
        owning = owned_by_pronoun(parts.role)
        if owning is not None:
            # "Dunmore left the group. His last message read: “…”": the one
            # the pronoun means speaks through the document he owns.
            owner_name = people.resolve(phrase.start, gender="m" if owning == "his" else "f")
            if owner_name is not None:
                return Speaker(owner_name, parts.role, 0.5, span)
        aged = _AGED.fullmatch(parts.role.strip())
        if aged is not None:
            # "said the 46-year-old": the person the text gave that age.
            named = _of_age(doc.scan, phrase.start, aged.group(1))
            if named is not None:
                return Speaker(people.full(named), parts.role, 0.5, span)
        role_noun = _event_role(parts.role)
        if role_noun is not None:
            # "the moderator said", "the announcer says": someone with a part
            # in the event, not the person the article is about; only a
            # person the text gave that noun ("moderator Ada Lind").
            given = _given_noun(doc.scan, phrase.start, role_noun)
            if given is not None:
                return Speaker(people.full(given), parts.role, 0.5, span)
            return Speaker(None, parts.role, round(confidence * 0.9, 2), span)
        paired = former_or_latter(doc, people, phrase.start, parts.role)
        if paired is not None:
            # "... Simon Carver, a solicitor. “…,” the latter told the
            # magistrate": the last of the two named, not the last subject.
            return Speaker(paired, people.role_at(paired, phrase.start), 0.5, span)
        kin = kin_named(doc, phrase.start, parts.role, people)
        if kin is not None:
            # "His father, Walter Hale, was a trawlerman. “…,” his father
            # said": the relative the text named with that noun.
            return Speaker(kin, parts.role, 0.5, span)
        agent = owned_agent_named(doc, phrase.start, parts.role, people)
        if agent is not None:
            # "Elliott's press secretary, Hayley Chazan, said ... / “…,”
            # Elliott's press secretary said": the one the text named so.
            return Speaker(agent, parts.role, 0.5, span)
        spokes = _BARE_SPOKES.fullmatch(parts.role)
        if spokes is not None:
            # "IRCC spokesperson Jo Caron said ... / “…,” a spokesperson
            # said": the one person the text gave the noun by name, named in
            # this paragraph or the one before (stop 46); "a spokesperson for
            # the union" (another body's, perhaps) is not bare.
            holder = _role_holder(doc.scan, phrase.start, "the " + spokes.group(1), people)
            near = _previous_line_start(doc, phrase.start)
            if holder is not None and _mentioned_between(people, holder, near, phrase.start):
                return Speaker(holder, parts.role, 0.5, span)
        epithet = epithet_holder(doc.scan, phrase.start, parts.role, people)
        if epithet is not None and _mentioned_between(
            people,
            epithet,
            _previous_line_start(doc, _previous_line_start(doc, phrase.start)),
            phrase.start,
        ):
            # "Transport Minister Ada Lind ... / A visibly tired transport
            # minister told reporters: “…”": the office's one holder, named
            # in this paragraph or the two before, with a remark (stop 47;
            # further back, "a tired transport minister" may be another's).
            return Speaker(epithet, parts.role, 0.5, span)
        if (
            _DEFINITE.match(parts.role)
            and classify(_head_phrase(parts.role)) is None
            and not _POSSESSIVE.search(parts.role)  # "the victim's mother": someone else
            and _personish(parts.role)
        ):
            # "the affable proprietor said": the person the article is about.
            # Only a person named in this paragraph or the one before: further
            # back, "the previous operator" is more likely someone else.
            if (
                (
                    phrase.how == "before"
                    and brought_in_by_clause(doc.scan, phrase.start, phrase.end)
                )
                or of_another_case(doc.scan, phrase.start, phrase.end)
            ) or (
                quoted_as_saying(doc.scan, phrase)
                and _office_new(doc.scan, phrase.start, parts.role)
            ):
                # ("Tom Hale rang the office. The man who answered said “…”":
                # a description with its own relative clause before its verb,
                # the same; not after it, "“…,” said the man who built it",
                # a known person described again.)
                # "Tom Hale spoke first. The Times quoted the mayor as saying
                # “…”": someone the report brings in by an office the text
                # never gave anyone; no one named before is it. "As the
                # judge said in that case": the one of an earlier case.
                return Speaker(None, parts.role, round(confidence * 0.9, 2), span)
            named = people.resolve(
                phrase.start,
                _previous_line_start(doc, phrase.start),
                of_description(parts.role),  # "the spokeswoman": not a man
            )
            if named is not None and (
                _unnamed_since(doc.scan, phrase.start, parts.role, people, named)
                or _object_of(doc.scan, phrase.start, people, named)
                or _done_by(doc.scan, phrase.start, people, named)
                or _serves_another(doc, people, phrase.start, parts.role, named)
                or _opened_as_another(doc, people, phrase.start, parts.role, named)
            ):
                # "Ada Lind said ... A senior official said on Friday ... “…,”
                # the official said": someone the text brought in unnamed
                # after it last named Lind, not Lind.
                named = None
            lone = lone_surname_holder(doc.scan, phrase.start, parts.role, people)
            if (
                lone is not None
                and lone != named
                and _role_holder(doc.scan, phrase.start, parts.role, people) in (None, lone)
            ):
                # "defensive coordinator Hale spent the quarter on his knees
                # ... / “…,” the coordinator said": the surname written alone
                # after the noun, over a nearer person, as a holder named in
                # full is (stop 47).
                named = lone
            if named is not None and _role_noun(parts.role) not in _PERSON_NOUNS | TITLES:
                # "Ben Ross, a former skipper, ... Tom Hale, the harbour
                # master, ... / “…,” the former skipper said": the one person
                # the text gave the noun by name, over a nearer person it
                # never gave it, when named in this paragraph or the two
                # before (further back, a list's other entry: "actress Ada
                # Lind" three items up). Offices go through _office_holder.
                holder = _role_holder(doc.scan, phrase.start, parts.role, people)
                near = _previous_line_start(doc, _previous_line_start(doc, phrase.start))
                if (
                    holder is not None
                    and holder != named
                    and _mentioned_between(people, holder, near, phrase.start)
                    and not _one_more(doc.scan, phrase.start, people, named, parts.role)
                ):
                    named = holder
            bound = _bound_far(doc, people, phrase.start, parts.role)
            if bound is not None:
                # "Ada Lind, the lawyer for the families, ... (seven
                # paragraphs of others) ... / “…,” the lawyer said": the one
                # person the text gave the noun by name stays its holder
                # however far back, over the person named last (stop 48).
                named = bound
            if named is None:
                # "U.S. District Judge Emmet G. Sullivan ... / “…,” the judge
                # said": no one named in these two paragraphs, but the text
                # gave the noun to one person by name.
                named = _role_holder(doc.scan, phrase.start, parts.role, people)
            if named is None and phrase.how == "before" and _opens_line(doc, phrase.start):
                # "The busiest pilot on the sound finally said “…”. Ada Lind
                # has ...": a paragraph opened by a description of someone
                # not yet named; the next sentence names her. (Also after
                # the quotation, "“…,” the pope told reporters": tune
                # polnear-train 3279 -> 3278, check 3161 -> 3159.)
                named = _introduces_next(doc, people, phrase.end)
            if named is None and previous is not None and parts.role[1:].islower():
                # "Mayor Ada Lind described ... / ..., the mayor also said
                # “…” / “…,” the mayor said": no one named in these two
                # paragraphs, but the speaker just quoted is the person last
                # named as a subject further back, and spoke in the
                # narrative's words there. ("The Hill reported": a name.)
                far = people.resolve(phrase.start, 0, of_description(parts.role))
                if far == previous and named_as_speaker(people, doc.prose, far, phrase.start):
                    named = far
            if (
                named is None
                and parts.role[1:].islower()
                and _role_noun(parts.role) not in _GENERIC_PERSONS
            ):
                # "Ada Lind ... (three paragraphs on) ... “…,” the harbour
                # veteran replied": nothing near resolves the epithet, but the
                # person last named as a subject further back is the one the
                # article is about (registered as a subject most often);
                # not when the text brought in someone unnamed with the noun
                # since ("A pilot on the night ferry disagreed ... the pilot").
                far = people.resolve(phrase.start, 0, of_description(parts.role))
                if (
                    far is not None
                    and _protagonist(people, phrase.start) == far
                    and not _unnamed_since(doc.scan, phrase.start, parts.role, people, far)
                ):
                    named = far
            if named is not None:
                # "Transport Minister Ada Lind said ... Tom Hale said ... / “…,”
                # the minister said": the one person the text gave the office
                # by name, over a nearer person it never gave it.
                named = _office_holder(doc.scan, phrase.start, parts.role, people, named)
            if named is not None:
                if not _plural(parts.role):
                    named = _one_of_pair(named, of_description(parts.role), people)
                # "The mayor, Ruth Ames, spoke first. “…,” the mayor said":
                # the text gave the noun to her alone by name, so the
                # description is as sure as the name would be (0.5 is for
                # an epithet resolved to the person in focus).
                # ("“…,” the judge said. / “…,” the judge told the lawyers":
                # the person the description was resolved to speaks here, so
                # the next description or pronoun reaches them, as after a
                # pronoun resolved, when the text gave them the noun near
                # their name; not one it wrote as the noun's owner,
                # "Cameron's spokesman said"; stop 47. Not from a note in
                # square brackets, "[The interpreter added that she “liked
                # the slipway”.]": an aside, after which the words go on from
                # the speaker before it, as :func:`_attribute` reads them.)
                if (
                    named is not None
                    and given_near(doc.scan, phrase.start, named, parts.role)
                    and not _in_bracketed_note(doc, phrase.start)
                ):
                    people.add(phrase.end, named)
                if _role_holder(doc.scan, phrase.start, parts.role, people) == named:
                    return Speaker(named, parts.role, confidence, span)
                return Speaker(named, parts.role, 0.5, span)
        bodies = _body_words(parts.role)
        if bodies:
            # "Ada Lind, the port's press secretary, ... / “…,” the press
            # secretary said": a person noun after a body word ("press",
            # "police", "company"), not the press; only the one person the
            # text gave that compound by name, never the name nearest.
            named = _role_holder(doc.scan, phrase.start, parts.role, people, bodies)
            if named is not None:
                # Given by name to this one person: as sure as the name.
                return Speaker(named, parts.role, confidence, span)
        if phrase.how == "before" and _stray(parts.role):
            named = people.resolve(phrase.start, _previous_line_start(doc, phrase.start))
            if named is not None:
                return Speaker(named, people.role_at(named, phrase.start), 0.4, span)
        # "An official of the Port Trust ... said ... “…,” the official said":
        # no one named, shown as the text brought them in.
        near = _previous_line_start(doc, _previous_line_start(doc, phrase.start))
        first = introduced_as(doc.scan, near, phrase.start, parts.role)
        return Speaker(None, first or parts.role, round(confidence * 0.9, 2), span)
    name = people.full(parts.name)
    if parts.role and " " not in parts.name:
        name = people.titled(name, parts.role)  # two Hales: "Mrs. Hale" the woman
    if (
        name == parts.name
        and (
            _PLURAL_NOUN.fullmatch(name)
            # ("Mark Cuban": a person, once the text made him one, .speakers)
            or (names_a_group(name) and people.by_surname.get(surname(name)) != name)
        )
        and not parts.role
    ):
        # "Prosecutors alleged", "Officials said": people, but unnamed.
        return Speaker(None, name, round(confidence * 0.9, 2), span)
    described = _plural_with_body(name, parts)
    if described is not None:
        return Speaker(None, described, round(confidence * 0.9, 2), span)
    # "IRCC said": as the text wrote it out before, with its capitals.
    name = _spelled(doc, phrase.start, name)
    kind = classify(name)
    if kind is SourceKind.ORGANISATION:
        # "As the Fund put it": the body's name as the text wrote it in full.
        name = spelled_in_full(doc, phrase.start, name)
    shown: str | None = parts.role
    if kind is None:
        people.add(phrase.end, name)
        if parts.role:
            carried = people.give_role(name, phrase.start, parts.role)
            held = people.role_at(name, phrase.start)
            if carried is not None and held != carried:
                # The role given here says the one before shorter: "Sen. Hale
                # said" after "Sen. Tom Hale, R-Maine," shows R-Maine still.
                shown = held
            people.genders.note(name, of_description(parts.role), strong=is_strong(parts.role))
    return Speaker(name, shown or people.role_at(name, phrase.start), confidence, span)


def _learned_pronoun(
    doc: Document,
    phrase: Phrase,
    people: People,
    gender: Gender | None,
    previous: str | None,
    chosen: str | None,
) -> str | None:
    """The person a pronoun means by the learned chooser (:mod:`.pron_rank`),
    else the rules' ``chosen``; when the measuring hook is set, the pronoun
    and its candidates are passed to it and the rules' choice is kept."""
    line = bisect.bisect_right(doc.line_starts, phrase.start) - 1
    paragraph = doc.lines[line].start if line >= 0 else 0
    found = pron_rank.options(
        people,
        phrase.start,
        gender,
        previous,
        chosen,
        paragraph,
        _previous_line_start(doc, phrase.start),
    )
    if pron_rank.RECORD is not None:
        pron_rank.RECORD(pron_rank.Asked(phrase.start, phrase.end, chosen, found))
        return chosen
    model = pron_rank.shipped()
    return chosen if model is None else pron_rank.choose(model, found, chosen)


_GERUND_AFTER = re.compile(r"[\s,]*[a-z]+ing[\s\u00a0]+")


_OTHER = words("late previous other another")


def _personish(description: str) -> bool:
    """Can a definite description be the person in focus? Not one marked as
    someone else ("the late neurologist", "the previous operator", "the
    other driver"), nor a document ("the report", "the new ad")."""
    if _document(description) or _plural(description) or _body(description):
        return False
    return not _OTHER & {clean(t).lower() for t in description.split()}


def _common_noun_lead(name: str, line: str) -> bool:
    """Is the "name" of an attribution line just its first word capitalised
    ("Deckhand on the ferry, at dawn"): one word, followed by lower-case
    words, with no known full name behind it? Then the line describes an
    unnamed speaker, like "Syrian military officer, in Badia"."""
    if " " in name or not line.startswith(name):
        return False
    rest = line[len(name) :].split()
    return bool(rest) and rest[0][:1].islower() and not rest[0].startswith("al-")


_NEXT_SENTENCE = re.compile(
    r"[.!?][\u201d\u2019\"']?(?:[ \u00a0]+|[ \u00a0]*[\n\u2028]+[ \u00a0]*)"
)


_INVERTED_LEADS = words(
    "said says added adds noted notes explained explains wrote writes argued argues"
)
"""Verbs of saying an inverted attribution opens with ("said one deckhand")."""


def _inverted_before_who(text: str, phrase: Phrase) -> Phrase | None:
    """ "“…,” said one deckhand familiar with the talks, who added that the
    board seemed “rattled”": a phrase before the marks that is an inverted
    attribution, its who-clause speaking, means the subject after the verb,
    read as the inverted phrase after the quotation before was (stop 45).
    ``None`` when the phrase is not so."""
    if phrase.how != "before" or not text.startswith((", who ", ",\u00a0who "), phrase.end):
        return None  # (the cheap tests)
    verb, _space, rest = phrase.text.partition(" ")
    if verb not in _INVERTED_LEADS or not rest:
        return None
    start = phrase.end - len(rest)
    return Phrase(start, phrase.end, rest, "after")


def _past_opening_word(
    doc: Document, phrase: Phrase, name: str | None, people: People
) -> Phrase | None:
    """ "Overall, the harbour board predicted", "Regardless, the port
    authority said": one capitalised word opening its sentence, set off by a
    comma, before a lower-case subject with no closing comma, is an opening
    adverb, not a name with its role ("Hale, the harbour master, said");
    the subject after the comma, as a phrase of its own. A capitalised
    day or month, or "Today", "Yesterday", "Tomorrow", "Tonight", which the
    reading holds no name ("Monday, the board said"), is so too. ``None``
    when the phrase is not so, or the word is a person the text named
    before or a body."""
    if phrase.how != "before":
        return None
    head, comma, rest = phrase.text.partition(",")
    body = rest.lstrip()
    if name is None:
        # "Monday, the board said", "Yesterday, the mayor said": a day, which
        # the speaker's reading already holds no name (stop-35 review).
        if head.lower() not in _DAY_WORDS or not head[:1].isupper():
            return None
    elif " " in name or head != name:
        return None
    if not comma or not body[:1].islower() or "," in body:
        return None
    if doc.scan[phrase.end : phrase.end + 1] == ",":
        return None  # "Hale, the ferry's owner, said": the role set off both sides
    if name is not None and (name in people.by_surname or classify(name) is not None):
        return None
    if name is not None and people.named_inside_sentence(name):
        return None  # "Tom Hale runs the ferry. ... Hale, the owner said": a name
    before = phrase.start  # the character before the phrase, spaces skipped
    while before > 0 and doc.scan[before - 1] in " \u00a0\t":
        before -= 1
    if doc.scan[before - 1 : before] not in _SENTENCE_ENDS:  # "" at the text's start
        return None
    start = phrase.end - len(body)
    return Phrase(start, phrase.end, body, phrase.how, phrase.verb_end)


_DAY_WORDS = MONTHS_AND_DAYS | words("today yesterday tomorrow tonight")
"""Days that open a sentence before its subject ("Monday, the board said")."""
_SENTENCE_ENDS = frozenset('.!?\n\u2028\u201d"') | {""}
"""What stands before a sentence's first word (nothing, at the text's start)."""


def _opens_line(doc: Document, pos: int) -> bool:
    """Does ``pos`` open its line (past spaces and line breaks)?"""
    line = doc.lines[bisect.bisect_right(doc.line_starts, pos) - 1]
    return not doc.scan[line.start : pos].strip()


def _introduces_next(doc: Document, people: People, pos: int) -> str | None:
    """The person registered as the subject opening the sentence after the
    one holding ``pos`` (in the same paragraph or the next), else ``None``."""
    text = doc.scan
    stop = sentence_end(text, pos, min(len(text), pos + 400))
    m = _NEXT_SENTENCE.match(text, stop)
    if m is None:
        return None
    return people.named_at(m.end())


def _attribute(
    doc: Document,
    found: list[Candidate],
    people: People,
    finder: SourceFinder,
    pairs: Sequence[tuple[int, int]] = (),
    writer: str = _THE_AUTHOR,
) -> list[Quote]:
    stretches = _quoted(found)
    quoted_starts = [start for start, _end in stretches]
    whole_lines = {c.line for c in found if c.whole_line and c.parent is None}
    whole_lines |= {c.end_line for c in found if c.whole_line and c.parent is None}
    final: dict[int, int] = {}
    quotes: list[Quote] = []
    unnamed_quoted = UnnamedQuoted()  # (read on as quotes grows)
    last: tuple[int, Speaker] | None = None  # (end line, speaker) of the previous quote
    last_said = ""  # the previous quote's words
    last_close = -1  # where the previous quote's closing mark stands
    # The "he writes" a quotation's own words showed to mean someone else,
    # and who (the same phrase's second fragment follows it).
    renamed: tuple[int, Speaker] | None = None
    owned: tuple[int, int] | None = None  # its sentence and possessor, when possessed
    turns: Turns = ()  # the dialogue set off by dashes going on (.dashes.in_turn)
    covered = -1  # end of the last reported clause taken as a partial quote
    clause = (-1, -1, -1)  # that clause's quote index, start, and last fragment's end
    # The closing mark and phrase of a partial quotation opened by a bare
    # "that" (`said that “…”`), for one joined to it by "and that “…”".
    row: tuple[int, Phrase] | None = None
    # Quotations a line holds, a feature of the learned second look only:
    # not counted when no model is in use (none is shipped).
    gate = partial_gate.RECORD is not None or partial_gate.active() is not None
    per_line = Counter(c.line for c in found if c.parent is None) if gate else Counter()
    for index, c in enumerate(found):
        if len(quotes) >= MAX_QUOTES:
            break
        if c.parent is not None:
            parent = final.get(c.parent)
            if parent is None:
                dropped(c.open, c.close, "nested: its parent dropped")
                continue
            speaker = _nested_speaker(doc, c, found[c.parent], people, quotes[parent].speaker)
            speaker = _role_shown(speaker)
            final[index] = len(quotes)
            sure = _extent_confidence(c)
            quotes.append(
                Quote(doc.span(c.start, c.end), c.kind, speaker, parent, extent_confidence=sure)
            )
            continue
        if c.follows is not None:
            # The speech goes on after the narrator's inciso: the same speaker.
            first = final.get(c.follows)
            if first is None:
                dropped(c.open, c.close, "continued: its first part dropped")
                continue
            final[index] = len(quotes)
            speaker = quotes[first].speaker
            sure = _extent_confidence(c)
            quotes.append(Quote(doc.span(c.start, c.end), c.kind, speaker, extent_confidence=sure))
            continue
        phrase = _find_phrase(doc, c, whole_lines)
        if phrase is not None and phrase.how == "after":
            # `Doug Purdy, who lost 16 lbs. “and two belt loops” between May
            # and October, says ...`: the words are the who-clause's, and the
            # name it hangs on says them.
            phrase = _held_in_who_clause(doc, c, phrase) or phrase
        if phrase is not None and phrase.how in ("after", "before"):
            # `“…,” the Gazette reported, quoting Ada Lind.`: her words.
            phrase = _quoting_participle(doc, c, phrase) or phrase
        if phrase is not None and c.kind is not QuoteKind.PARTIAL:
            # `Tom Hale wrote a letter to the board. It says: “…”`: the
            # letter's words are its writer's, not "it"'s.
            phrase = document_writer(doc, c, phrase) or phrase
        if c.kind is QuoteKind.BLOCK and (phrase is None or phrase.text in _PRINTERS):
            # `We print one, from Mr Tom Hale of Gull Lane, in part:` and a
            # block: the letter's words are its writer's, not the paper's
            # that prints them.
            phrase = letter_from(doc, c, people) or phrase
        if c.kind is not QuoteKind.PARTIAL:
            # `The crowd has started another chant: “…”`: the crowd's.
            phrase = chant_source(doc, c) or phrase
        if phrase is None:
            # `The crowd sang “…” for the last five minutes`: the crowd's.
            phrase = sung_source(doc, c)
        if (
            row is not None
            and c.kind is QuoteKind.PARTIAL
            and _AND_THAT.fullmatch(doc.scan, row[0] + 1, c.open) is not None
        ):
            # `Ada Lind said that “…” and that “…”`: the second "that" goes
            # on the first's verb, and its words are the same speaker's.
            phrase = row[1]
        row = None
        start, end = c.start, c.end
        short = by_subject = possessed = False
        if phrase is None:
            # `For the fishermen, “the pier is a relic”`: no verb of saying;
            # whose view (or which survey's finding) the opening phrase says.
            phrase = viewpoint_source(doc, c, people)
            by_subject = phrase is not None
        used = word_user(doc, c) if c.kind is QuoteKind.PARTIAL else None
        if used is not None:
            # "Voss questioned the authors' use of the word “permanent”":
            # the authors' word, not the subject's.
            phrase, by_subject, possessed = used, True, True
        if (
            c.kind is QuoteKind.PARTIAL
            and phrase is not None
            and phrase.how == "after"
            and _GERUND_AFTER.fullmatch(doc.scan, c.close + 1, phrase.start)
        ):
            # "BC Hydro reminded customers “to …”, saying a full freezer
            # keeps": the words after the gerund are said, not who says
            # them; the sentence's subject speaks, when it has one.
            # (`Hale blamed the board for Ada Lind's claim that the mayor
            # “closed the pier,” saying …`: the words sit in her claim's
            # clause, so hers, before the subject's; stop 38.)
            owner = possessor_phrase(doc, c, people)
            if owner is not None:
                phrase, by_subject, possessed = owner, True, True
            else:
                subject = subject_phrase(doc, c, people)
                if subject is not None:
                    phrase, by_subject = subject, True
        if (
            c.kind is QuoteKind.PARTIAL
            and phrase is not None
            and phrase.how == "after"
            and doc.scan[c.close - 1 : c.close] in _FULL_STOPS
            and reports_own_words(doc.scan, phrase, doc.lines[c.end_line].end)
        ):
            # `Ada Lind rejected Tom Hale's claim that the pier was “past
            # saving.” She said the yard needed “…”`: the next sentence
            # reports its own marked words, so it does not say whose these
            # are; the claim's owner in their own sentence does (s38-she).
            owner = possessor_phrase(doc, c, people)
            if owner is not None:
                phrase, by_subject, possessed = owner, True, True
        # A paragraph opened by a dash, its inciso's verb of saying after the
        # words (`—Adiós —dijo.`): speech however short.
        turn = opens_turn(doc, c)
        if c.kind is QuoteKind.PARTIAL and _so_called(doc.scan, c.open):
            # `Some economists warn that the so-called “…” approach is
            # common`: a term the writer names inside the economists'
            # clause, not their words (alone it has no speaker either).
            dropped(c.open, c.close, "partial: a so-called term")
            continue
        if c.kind is QuoteKind.PARTIAL and nickname_marks(doc.scan, c.open):
            # `Fell, a 19-year-old nicknamed “Bambi”, said he had the ball`:
            # the name a person goes by, not words of the clause's speaker.
            dropped(c.open, c.close, "partial: a nickname")
            continue
        if c.kind is QuoteKind.PARTIAL:
            if c.start < covered:
                if phrase is None and NEW_NAMED_SUBJECT.match(doc.scan, clause[2], c.open):
                    # `Tom Hale wants “the votes” and Ada Lind wants “a
                    # recount”`: a named subject's clause of its own after
                    # the marks; her words, when she is plainly its subject
                    # (else the fragment stays on the clause; stop 41).
                    own = subject_phrase(doc, c, people)
                    if own is not None:
                        phrase, by_subject = own, True
                if not _own_attribution(phrase, clause[2]):
                    # A second fragment of the clause already taken: `called
                    # him a “loser,” a “liar”` is one reported clause.
                    clause = (clause[0], clause[1], c.end)
                    dropped(c.open, c.close, "partial: a later fragment of the clause taken")
                    continue
                # `Cruz said he'd make sand “glow,” and Trump vowed to “bomb”`:
                # a fragment with its own speaker ends the clause before it.
                assert phrase is not None
                at, begin, _last = clause
                cut = _clause_end(doc.scan, max(_last, begin), phrase.start)
                quotes[at] = replace(
                    quotes[at], span=doc.span(begin, cut), extent_confidence=_EXTENT_CLAUSE_CUT
                )
            if phrase is None:
                # `Ada Lind rejected Tom Hale's claim that the pier was “past
                # saving”`: the possessor of the noun of saying the marks
                # complete says them, not the sentence's subject (asked
                # first: the subject search would give Lind; s38-left).
                phrase = possessor_phrase(doc, c, people)
                possessed = phrase is not None
                if phrase is None:
                    # `Paul Ryan worried that the net was becoming “a
                    # hammock”`: no verb of saying, but a sentence plainly
                    # its subject's.
                    phrase = subject_phrase(doc, c, people)
                if phrase is None:
                    # `Harlow shot back, saying he had “…”`: the person the
                    # sentence opens with, reported by a later verb of saying.
                    phrase = reported_source(doc, c, people)
                if phrase is None:
                    # `The board issued a statement calling the pier “…”`:
                    # the document speaks for the one who issued it.
                    phrase = issuer_source(doc, c)
                if phrase is None:
                    # `The Lind ad hits Berg for taking “…”`: a document's words.
                    phrase = document_subject_phrase(doc, c)
                if phrase is None:
                    phrase = _body_or_it_source(doc, c, people, last)
                by_subject = phrase is not None
            elif (
                phrase.how != "line"
                and not _credible(phrase.text)
                and not quoted_pronoun(doc.scan, phrase)
            ):
                # `Massie backed Paul, but now said Trump had “…”`: the phrase
                # found ("now") names nobody; the sentence's opening name does.
                # (`The harbour board published its review. It says ... “…”`:
                # the phrase "It", the board's document.)
                phrase = (
                    reported_source(doc, c, people)
                    or issuer_source(doc, c)
                    or _body_or_it_source(doc, c, people, last)
                )
                by_subject = phrase is not None
            if (
                phrase is None
                or phrase.how == "line"
                or not (_credible(phrase.text) or quoted_pronoun(doc.scan, phrase))
            ):
                # Quoted words with nobody saying them: a scare quote, unless
                # the learned second look keeps them (:mod:`.partial_gate`).
                kept = (_konjunktiv_report(doc, c, last) if phrase is None else None) or (
                    _second_look(doc, c, phrase is None, people, last, per_line)
                )
                if kept is not None:
                    final[index] = len(quotes)
                    quotes.append(kept)
                else:
                    dropped(c.open, c.close, _scare_reason(phrase))
                continue
            start, end = _clause(doc, c, phrase, pairs)
            if phrase.start > c.close and how_named(doc.scan, c.close) is not None:
                # `“Reckless” was how Ruth Ames described the vote`: no
                # reported clause holds the words; they stand alone, first.
                start, end = c.open, c.close + 1
            if possessed and any(ch in ALL_DOUBLE for ch in doc.scan[c.close + 1 : end]):
                # `Lind's call for a “fresh start” was the first since Hale's
                # claim that the pier was “past saving”`: a later quotation
                # is past the noun's clause, another's words; her clause
                # ends with its own marks (s37-revlate).
                end = c.close + 1
            if possessed and phrase.verb_end == c.open:
                # `Ada Lind's “47 percent” comment was …`: the noun after the
                # marks is hers; the sentence after it is not (stop 38).
                start, end = c.open, c.close + 1
            if start < covered <= c.open and clause[0] >= 0:
                # `But “it will not be easy,” said Berg, referring to the
                # “dark” years`: a clause that would hold the quotation before
                # it a second time goes on that quotation's clause instead.
                at, begin, _last = clause
                quotes[at] = replace(quotes[at], span=doc.span(begin, max(end, _last)))
                covered = end
                clause = (at, begin, c.end)
                dropped(c.open, c.close, "partial: taken onto the clause before")
                continue
            covered = end
            clause = (len(quotes), start, c.end)
            if start == c.open and phrase.how == "before":
                row = (c.close, phrase)
        elif (
            c.words <= 2
            and not c.whole_line
            and (phrase is None or phrase.how != "after")
            and not turn
            # ("«Lo ripareremo», promette.": a bare verb of saying after it,
            # the subject dropped; speech however short, stop 43.)
            and not bare_incise_after(doc.scan, c.close, SPEECH_VERBS)
        ):
            if phrase is None:
                if _carries_on(doc, c, found, index, final, quotes, last, people):
                    # `“I have asked the board twice,” said Ruth Ames.
                    # “Nobody answers.”`: a whole sentence of its own goes on
                    # the quotation before it, which the speaker below
                    # (:func:`_continuing`) carries over (stop 38).
                    pass
                else:
                    kept = _second_look(doc, c, True, people, last, per_line)
                    if kept is not None:
                        kept = replace(kept, speaker=_role_shown(kept.speaker))
                        final[index] = len(quotes)
                        quotes.append(kept)
                    else:
                        dropped(c.open, c.close, "a word or two, no speaker phrase")
                    continue  # a scare quote
            else:
                # `He said: “No.”`: a word or two with a speech verb and its
                # speaker before them is kept once that speaker is found.
                short = True
        speaker = None
        if phrase is not None:
            previous = None
            if last is not None and c.line - last[0] <= _INHERIT_LINES:
                previous = last[1].name
            sure = _BY_SUBJECT if by_subject else _CONFIDENCE[phrase.how]
            # (An "I said" inside a quotation is the speaker's, not the writer's.)
            at = bisect.bisect_right(quoted_starts, phrase.start) - 1
            narrative = at < 0 or phrase.start >= stretches[at][1]
            speaker = _speaker(
                doc,
                phrase,
                people,
                finder,
                sure,
                previous,
                writer if narrative else None,
                owned if previous is not None else None,
                last_said if previous is not None else "",
            )
            if speaker is not None and speaker.name is not None:
                unnamed = unnamed_instead(
                    doc, phrase.start, phrase.text, speaker.name, people, quotes, unnamed_quoted
                )
                if unnamed is not None:
                    # "Asked about it, the pilot who spoke earlier said ... /
                    # “…,” the pilot said": the source the text keeps unnamed.
                    speaker = Speaker(
                        None, unnamed, round(speaker.confidence * 0.9, 2), speaker.span
                    )
            if speaker is not None and speaker.name is not None:
                if renamed is not None and renamed[0] == phrase.start:
                    speaker = renamed[1]  # the same "he writes" as the words before
                else:
                    fixed = _not_named_in_own_words(doc, phrase, c, speaker, people)
                    if fixed is not speaker:
                        renamed = (phrase.start, fixed)
                        speaker = fixed
        if speaker is None and c.kind is QuoteKind.PARTIAL:
            # A speech verb whose subject the sentence puts out of reach ("...
            # ended at the slipway and turned to say it was “a relic”"): the
            # person the text is about, as for an unattributed quotation
            # (low confidence, so it is listed for review).
            named = people.resolve(c.open)
            if named is not None:
                speaker = Speaker(named, people.role_at(named, c.open), 0.4)
        if turn:
            # A turn of dialogue whose inciso names no one (`—… —respondió.`):
            # the other person of an exchange of two (the same one after a
            # verb of saying more, `—añadió.`), else no one (a new
            # paragraph opened by a dash is a new turn, not the last
            # speaker's words going on).
            turns = in_turn(doc, turns, c.line)
            if speaker is None:
                # (With no exchange going on, the one the narrator's
                # paragraph before names: `Ana … considera … / —… —dijo—.`.)
                said = unnamed_turn(doc, c, turns) if turns else _narrated_turn(doc, c.open, people)
                speaker = _turn_speaker(said, people, c.open)
            turns = (*turns, (c.line, speaker.name if speaker is not None else None))
        elif speaker is None and c.kind is not QuoteKind.PARTIAL and c.open != c.start:
            # (A block quote with no marks of its own has no evidence of
            # continuing anyone's words: it keeps no speaker.)
            speaker = _continuing(doc, c, last, people)
        # "The person who runs it, who gave his name only as Gil, said":
        # the name he gave (s44-left5).
        speaker = _role_shown(name_given(doc, speaker))
        if (
            short
            and (speaker is None or speaker.confidence < _SHORT_SPEAKER)
            and not _pronoun_says_sentence(doc, c, phrase, speaker)
        ):
            dropped(c.open, c.close, "a word or two, speaker unsure")
            continue  # a scare quote after all
        if (
            speaker is not None
            and not _in_bracketed_note(doc, c.open)
            and not interjected(doc.scan, last_close, c.open)
        ):
            last = (c.end_line, speaker)
            last_said = doc.scan[c.start : c.end]
            last_close = c.close
            owned = None
            if possessed and phrase is not None:
                line_start = doc.lines[c.line].start
                owned = (sentence_start(doc.scan, line_start, phrase.start), phrase.start)
        final[index] = len(quotes)
        sure = _extent_confidence(c)
        quotes.append(Quote(doc.span(start, end), c.kind, speaker, extent_confidence=sure))
    return quotes


def _in_bracketed_note(doc: Document, pos: int) -> bool:
    """Does ``pos`` (a quotation's opening mark, a speaker's phrase) stand
    inside a note in square brackets that opens its own sentence ("[The
    interpreter added that she “liked the slipway”.]")? The note is an aside
    (an interpreter's, an editor's): the words after it go on from the
    speaker before it, not from the note's. Two bounded finds in the line."""
    line_start = doc.lines[bisect.bisect_right(doc.line_starts, pos) - 1].start
    opened = doc.scan.rfind("[", line_start, pos)
    if opened < 0 or doc.scan.find("]", opened, pos) >= 0:
        return False
    before = doc.scan[line_start:opened].rstrip()
    return doc.scan[opened + 1 : opened + 2].isupper() and (
        not before or before[-1] in '.!?\u201d"'
    )


def _body_or_it_source(
    doc: Document, c: Candidate, people: People, last: tuple[int, Speaker] | None
) -> Phrase | None:
    """The last searches for a partial quotation's speaker, where no person
    says it: a body or a document behind an "it" or a clause, the first that
    finds one. (Both of :func:`_attribute`'s chains end with them.)"""
    return (
        # `The harbour board published its review. It describes the
        # service as “…”`: the board, through its document.
        document_it_source(doc, c, people)
        # `The report, published on Tuesday, is damning. It finds that …
        # “…”`: the report, its own findings.
        or report_it_source(doc, c)
        # `In its reply, the board said that “…”. It said that “…”`: the
        # body quoted just before (s44-left5).
        or reply_it_source(doc, c, last, people)
        # `Harbour Watch, which describes itself as “…”`: the body the
        # which-clause goes back to (s44-left5).
        or which_calls_itself(doc, c)
        # `defined by the Harbour Trust as “…”`: the agent's words.
        or agent_of_definition(doc, c)
    )


def _role_shown(speaker: Speaker | None) -> Speaker | None:
    """``speaker`` with its role as the label shows it, whichever path found
    it (a phrase, the person in focus, a dialogue turn, a nested or kept
    quotation): "Instead, the statement said" is "the statement", "said Mr
    Easton" no role, "Sen., R-Maine" "Senator (R-Maine)" (:func:`.names.shown_role`)."""
    if speaker is None or speaker.role is None:
        return speaker
    shown = shown_role(speaker.role)
    if shown is not None and speaker.name is not None:
        shown = _mid_sentence(shown)
    return speaker if shown == speaker.role else replace(speaker, role=shown)


def _mid_sentence(role: str) -> str:
    """A named speaker's role as it reads after the name ("Ada Lind · the
    deckhand"): a determiner that opened the sentence it was read from ("The
    deckhand agreed:", "Its chairman, Tom Hale, said") in lower case, when
    the word after it is ("The Guardian's editor" keeps its capital)."""
    first, space, rest = role.partition(" ")
    if space and first[:1].isupper() and first.lower() in DETERMINERS and rest[:1].islower():
        return first.lower() + space + rest
    return role


def _subject_between(
    people: People, owned: tuple[int, int], gender: Gender, other: str
) -> str | None:
    """The last person named as a subject from ``owned``'s sentence start
    up to its possessor, other than ``other`` and not shown to be of another
    ``gender`` (one bisect and a walk over that sentence's subjects)."""
    lo, hi = owned
    i = bisect.bisect_left(people.positions, hi)
    while i > 0:
        i -= 1
        if people.positions[i] < lo:
            return None
        name = people.names[i]
        if name != other and people.genders.fits(name, gender):
            return name
    return None
