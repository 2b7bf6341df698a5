"""Groups and bodies: who a plural or collective speaker is. A speaker
"they" read as the plural subject opening a sentence ("The deckhands ...",
"Ada Lind and Tom Hale ..."), a speaker "it" as the body named before, a
body's description ("The Regional Safety Board", "the union") and its
acronym, people counted out of a group ("one of the crew", "another
deckhand", "two of them"), and whether a description's head is a body or a
plural noun at all.

It answers who a group or body is and whether a phrase names one; it does
not resolve one person (:mod:`.holders`, the package's ``__init__``) nor
documents and their issuers (:mod:`.issuers`).
"""

from __future__ import annotations

import bisect
import functools
import re

from quotemark.library.analyze.attribution import sentence_start, verb_like
from quotemark.library.analyze.common import (
    _SENTENCE_BREAK,
    _head_phrase,
    _inside_quotation,
    _narrative_starts,
    _previous_line_start,
    _reach_back,
)
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.gender import Gender
from quotemark.library.analyze.holders import _role_noun
from quotemark.library.analyze.inversions import opens_description
from quotemark.library.analyze.lexicon import (
    ARTICLES,
    MONTHS_AND_DAYS,
    ORGANISATION_WORDS,
    OTHER_PEOPLE,
    PARTICLE_VERBS,
    PEOPLE_ENDINGS,
    PLURAL_PEOPLE,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLES,
    words,
)
from quotemark.library.analyze.names import SPELLED_COUNTS, NameRole, clean, looks_plural, surname
from quotemark.library.analyze.organisations import (
    body_opening,
    description_head,
    named_with_head,
    spelled_out,
)
from quotemark.library.analyze.reported import FINDINGS
from quotemark.library.analyze.sources import ORG_RUN, classify
from quotemark.library.analyze.speakers import People
from quotemark.library.model import SourceKind

_BODY_NOUNS = words(
    """
    utility company agency ministry department government firm group board council commission
    committee union bank corporation organisation organization association authority campaign
    network newspaper broadcaster institute foundation regulator airline insurer retailer
    publisher school hospital university college city town county museum court club charity
    coalition family couple crown defence defense prosecution band team church choir paper
    military army navy police
    crew jury panel cast crowd audience squad orchestra
    """
)
"""The head nouns of a description of a body, a family or a couple, or of a
side in court ("the Crown", "the defence"), never of one person: "the school
said", "the family said", "The band issued a statement calling ..." is no
person named nearby (:func:`_body`). A group of people too ("the crew said"
after "Tom Hale runs the ferry" is the crew, not Hale; left, stop 39)."""


_ONE_MORE_REACH = 160
"""How far after a person's last mention :func:`_one_more` reads for "another
deckhand": the rest of a sentence or of a short list."""


def _one_more(text: str, pos: int, people: People, name: str, description: str) -> bool:
    """Does the text, right after its last mention of ``name`` before
    ``pos``, give ``name`` the description's noun as one more of its kind
    ("Sam Ross, another deckhand,", "Tom Hale and Sam Ross, both deckhands,",
    "also a deckhand"), or open the sentence naming ``name`` with the noun's
    plural right before a name ("Deckhands Tom Hale and Sam Ross")?
    :func:`_role_holder` takes none of these for a holder, so the one it
    finds is not the only one (review 2, stop 39)."""
    noun = _role_noun(description)
    if noun is None:
        return False
    at = bisect.bisect_left(people.mentioned_at, pos) - 1
    while at >= 0 and people.mentioned[at] != name:
        at -= 1
    if at < 0:
        return False
    start = people.mentioned_at[at]
    window = text[start : min(pos, start + _ONE_MORE_REACH)]
    if (
        noun in window.lower()
        and _ONE_MORE.search(window) is not None
        and _one_more_pattern(noun).search(window) is not None
    ):
        return True
    # "Deckhands Tom Hale and Sam Ross spoke": the plural noun before the
    # names of the sentence that last names ``name``.
    opening = text[sentence_start(text, max(0, start - _ONE_MORE_REACH), start) : start]
    return noun in opening.lower() and _plural_before_name(noun).search(opening) is not None


@functools.lru_cache(maxsize=8)
def _plural_before_name(noun: str) -> re.Pattern[str]:
    """The plural of ``noun`` right before a capitalised name ("deckhands Tom
    Hale and Sam Ross")."""
    return re.compile(rf"\b{re.escape(noun)}e?s[ \u00a0]+[A-Z]", re.IGNORECASE)


_ONE_MORE = re.compile(r"\b(?:another|fellow|also|both|all)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _one_more_pattern(noun: str) -> re.Pattern[str]:
    """ "another NOUN", "both NOUNs", "also a NOUN", with up to two words
    between."""
    return re.compile(
        rf"\b(?:another|fellow|also|both|all)(?:[ \u00a0]+[\w'\u2019-]+){{0,2}}?[ \u00a0]+"
        rf"{re.escape(noun)}(?:e?s)?\b",
        re.IGNORECASE,
    )


# Words that open an adverbial, not a subject, even capitalised at the start
# of a sentence ("Given his past", "After the vote").
_LEADS = words("given after before in on at for during while when since")
_DESCRIBING = words(
    "the a an this that these those his her their its one some several many two three four "
    "another each every no most all both"
)


_ONE_WORDS = re.compile(r"[ \u00a0]+([a-z][\w-]*)")


_PAIR = re.compile(r" (?:and|&|or) ")


def _one_of_pair(name: str, gender: Gender | None, people: People) -> str | None:
    """The one of two joined names ("Ada Lind and Tom Hale", "Lind & Hale",
    "Ada or Tom Hale", from :func:`.names.split_speaker`) that a singular pronoun or
    description ("she", "the chairwoman") resolved to: the one the text gave
    that gender, else the one it does not show to be of another gender
    ("Ada Lind and Mr. Tom Hale ... she said": not the man); ``None`` when
    nothing tells them apart, so the pronoun or the description stays
    unnamed rather than guess between two people. Any other name as it is."""
    if " and " not in name and " & " not in name and " or " not in name:
        return name
    pair = _PAIR.split(name)
    fits = [one for one in pair if gender is not None and people.genders.of(one) == gender]
    if not fits and gender is not None:
        fits = [one for one in pair if people.genders.fits(one, gender)]
    return fits[0] if len(fits) == 1 else None


def _one_who(text: str, end: int) -> str | None:
    """The noun phrase counted by a speaker phrase "one" ending at ``end``:
    its lower-case words up to a verb of saying ("one user| wrote", "one
    senior administration official| said"), else ``None`` ("one of them",
    "one said")."""
    found: list[str] = []
    pos = end
    while len(found) < 5:
        m = _ONE_WORDS.match(text, pos)
        if m is None:
            return None
        word = m.group(1)
        if word in SPEECH_VERBS:
            return " ".join(found) or None
        if word in PREPOSITIONS or word in _AUX_WORDS:
            return None
        found.append(word)
        pos = m.end()
    return None


_COUNTING = {
    "another": re.compile(r"\b(?:[Oo]ne|[Aa]n?)(?=[ \u00a0])"),
    "others": re.compile(r"\b(?:[Ss]ome|[Mm]any|[Ss]everal)(?=[ \u00a0])"),
}
"""A speaker phrase that counts one more of a group ("another", "others")
and what opens the group's first speaker ("One deckhand said", "Some
residents said")."""


def _counted_before(doc: Document, pos: int, opener: re.Pattern[str]) -> str | None:
    """The noun of the last speaker counted by ``opener`` before ``pos``, in
    this paragraph or the one before ("One deckhand| said": deckhand)."""
    lo = _previous_line_start(doc, pos)
    found = None
    for m in opener.finditer(doc.scan, lo, pos):
        before = doc.scan[max(lo, m.start() - 20) : m.start()].split()
        if before and before[-1].lower() in PREPOSITIONS:
            continue  # "A man in a red coat said": the coat is no speaker
        counted = _one_who(doc.scan, m.end())
        if counted is not None and not _JOINED_CLAUSE.intersection(counted.split()):
            # (not "Hale took a deep breath and said": no group "deep breath and")
            found = counted
    return found


_JOINED_CLAUSE = words("and or but then")


_AUX_WORDS = words("is was has had have will would can could may might must should does did")


def _stray(role: str) -> bool:
    """Is a speaker phrase no description at all ("for example", "Given his
    past", "coming from 40 to 50 percentage"), only words the subject search
    stopped in?"""
    first = role.split()[0]
    lead = first.lower().rstrip(",")
    if lead in _DESCRIBING or opens_description(lead):
        # (Also "le syndicat", "l'autorité": the French article; s40-french.)
        return False
    if role.strip().lower() in _BODY_NOUNS:
        return False  # "On Friday, police said": a body, unnamed
    if _people_unnamed(role):
        return False  # "On Friday, residents said": people, unnamed
    if lead not in _LEADS and clean(role.split()[-1]).lower() in FINDINGS:
        return False  # "In exit polls, “…”": the polls' finding, no stray words
    if _counted_group(role):
        return False  # "And six of them said": a count of people, no one person
    return first[:1].islower() or lead in _LEADS or lead in MONTHS_AND_DAYS


def _counted_group(role: str) -> bool:
    """Does a speaker phrase's last comma part count people of a group ("and
    six of them", "half of the crew")? Not "one of them", one person."""
    tokens = role.rsplit(",", 1)[-1].lower().split()
    if tokens and tokens[0] in _CONJUNCTIONS:
        tokens = tokens[1:]
    if len(tokens) < 3 or tokens[1] != "of":
        return False
    count = tokens[0].split("-")[0]
    return count != "one" and (count in SPELLED_COUNTS or count in _GROUP_COUNTS)


_GROUP_COUNTS = words("half many some several most all both few")
"""Words counting people of a group before "of" ("many of them")."""


_GROUP_LEADS = words("the many some several other most all both local top senior angry")
"""Words a plural subject may open with besides capitalised ones ("Many
residents", "Top Sanders strategists")."""
_CONJUNCTIONS = words("but and yet so or still")
"""Words opening a sentence before its subject ("But critics say")."""
_DECLINED: tuple[str | None, str] = (None, "")
"""A plural subject :func:`_group_opening` does not give as the speaker; the
search for an older one stops there. Recognised by value (no group read
gives a ``None`` name with an empty label otherwise)."""
_PARTY_MEMBERS = words("democrats republicans liberals conservatives tories progressives")
"""Plural nouns of a party's members, capitalised ("Senate Democrats")."""
_GROUP_WORDS = re.compile(r"[A-Za-z][\w.&'\u2019-]*(?=([ \u00a0]+|[,;:]|$))")
_PAIR_OPENING = re.compile(
    r"([A-Z][\w'\u2019-]+(?:[ \u00a0]+[A-Z][\w'\u2019-]+){0,2})[ \u00a0]+(?:and|&)[ \u00a0]+"
    r"([A-Z][\w'\u2019-]+(?:[ \u00a0]+[A-Z][\w'\u2019-]+){0,2})(?=[ \u00a0,])"
)
_THING_PLURALS = words(
    """
    papers numbers letters orders matters waters rivers centers powers towers offers answers
    chapters computers containers headquarters borders corners covers filters layers materials
    trials credentials initiatives incentives archives alternatives objectives degrees trees
    """
)
"""Plural nouns of things in a form :data:`_PLURAL_NOUN` reads as people
("Papers filed in court show", "Materials"); a noun ending in "-ments"
("Documents", "Payments") is one too (:func:`_plural_thing`)."""


def _plural_thing(word: str) -> bool:
    """Is a capitalised plural opening a sentence a noun of things, never of
    people ("Documents", "Payments", "Papers")?"""
    low = word.lower()
    return low.endswith("ments") or low in _THING_PLURALS


def _untitled(name: str) -> str:
    """``name`` without the titles opening it ("President Ada Lind" → "Ada
    Lind"), two words kept at least."""
    tokens = name.split()
    while len(tokens) > 2 and tokens[0].lower() in TITLES:
        tokens = tokens[1:]
    return " ".join(tokens)


def _pair_named(
    first: str, second: str, people: People, name: str | None, strict: bool = False
) -> str | None:
    """Two people joined ("Ada Lind and Tom Hale", "Ada and Tom Lind") as the
    pair's name, when the text named both in full or (unless ``strict``)
    ``name``, the person the pronoun would mean, is one of them."""
    first, second = _untitled(first), _untitled(second)  # "President Ada Lind"
    family = (
        len(first.split()) == 1
        and len(second.split()) > 1
        and first.lower() not in people.by_surname  # "Ross and Ada Lind": Ben Ross
    )
    if family:
        first = f"{first} {second.split()[-1]}"  # "Ada and Tom Lind"
    one, two = people.full(first), people.full(second)
    if family:
        known = people.by_surname.get(surname(two)) in (one, two)
    else:
        known = all(people.by_surname.get(surname(n)) == n for n in (one, two))
    if len(one.split()) > 1 and len(two.split()) > 1 and (known or name in (one, two)):
        return f"{one} and {two}"
    return None


def _pair_saying(text: str, start: int, people: People, name: str | None) -> str | None:
    """Two people named inside the sentence at ``start`` after a lower-case
    word (not a preposition: "A lawyer for Ada Lind and Ben Ross said") or a
    comma, as the subject of a speech verb ("In a statement, owners Ada
    Lind and Ben Ross said"): the pair's name."""
    brk = _SENTENCE_BREAK.search(text, start)
    end = brk.start() if brk is not None else len(text)
    for pair in _PAIR_OPENING.finditer(text, start, end):
        before = text[start : pair.start()].rstrip(" \u00a0")
        if not before or not (before.endswith(",") or before.split()[-1].islower()):
            continue  # "On Monday Ada Lind and ...": the run opens earlier
        if before.split()[-1] in PREPOSITIONS:
            return None  # "A lawyer for Ada Lind and Ben Ross said": the lawyer
        if _speech_verb_after(text, pair.end()) is None:
            continue
        return _pair_named(pair.group(1), pair.group(2), people, name)
    return None


def _speech_verb_after(text: str, end: int) -> re.Match[str] | None:
    """The word after the one character (a space) at ``end``, when it is a
    verb of saying ("Ada Lind and Ben Ross| said", "the Gazette|
    reported")."""
    verb = _GROUP_WORDS.match(text, end + 1)
    return verb if verb is not None and verb.group().lower() in SPEECH_VERBS else None


def _opening_words(text: str, start: int) -> list[str]:
    """Up to four words opening the sentence at ``start``, stopping at a
    comma or other mark after a word."""
    out: list[str] = []
    pos = start
    while len(out) < 4:
        m = _GROUP_WORDS.match(text, pos)
        if m is None:
            break
        out.append(m.group())
        after = m.group(1)
        if not after or after[0] in ",;:":
            break  # a comma, a colon or the end after the word
        pos = m.end() + len(after)
    return out


def _group_opening(
    text: str, start: int, people: People, name: str | None
) -> tuple[str | None, str] | None:
    """The plural subject opening the sentence at ``start`` as (name, label):
    two people joined, by their names ("Ada Lind and Tom Hale", "Ada and Tom
    Lind"), when the text named both in full or ``name`` (the person the
    pronoun would mean) is one of them; a capitalised plural noun of people
    alone ("Residents", "Critics") or a party's members after capitalised
    words ("Senate Democrats", "The Liberals"), or a family by the surname
    of a person the text named ("The Linds"), as a label with no name; a
    pair named after a lead-in as the subject of a speech verb ("In a
    statement, owners Ada Lind and Ben Ross said"), by their names, or a
    body as one ("The Harbour Trust said", :func:`_body_saying`);
    :data:`_DECLINED` for a lower-case plural noun of people after its
    leads ("Local fishermen", "But the protesters"); else ``None``."""
    pair = _PAIR_OPENING.match(text, start)
    if pair is not None:
        named = _pair_named(pair.group(1), pair.group(2), people, name)
        if named is not None:
            return named, ""
    tokens = _opening_words(text, start)
    while tokens and tokens[0].lower() in _CONJUNCTIONS:
        tokens = tokens[1:]  # "But residents said"
    group = _plural_subject(tokens, people)
    if group is None and tokens and tokens[0] == text[start : start + len(tokens[0])]:
        # "Sources close to the mayor said": people, whatever the noun.
        label = _close_to(text, start + len(tokens[0])) if tokens[0][1:].islower() else None
        if label is not None and tokens[0].endswith("s"):
            return None, label
    if group is not None and group[0] is None and group[1] == tokens[0]:
        group = None, _group_with_body(text, start, group[1])
    if group is None and tokens and tokens[0][:1].isupper():
        named = _pair_saying(text, start, people, name) or _body_saying(tokens)
        if named is not None:
            return named, ""  # "In a statement, owners Ada Lind and Ben Ross said"
    return group


_BODY_AFTER_GROUP = re.compile(
    r"[ \u00a0]+(?:of|for|at|with|from|against)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"[A-Z][\w'\u2019&-]*(?:[ \u00a0]+[A-Z][\w'\u2019&-]*)*"
)
"""A preposition and a capitalised name after a plural noun opening a
sentence ("Friends of the Earth", "Residents of Ashton"): the group's whole
name."""


_LOWER_BODY_AFTER_GROUP = re.compile(
    r"[ \u00a0]+(?:of|for|at|with|from)[ \u00a0]+the[ \u00a0]+([a-z]+(?:[ \u00a0]+[a-z]+){0,2})"
)
"""A preposition and a lower-case body after a plural noun opening a
sentence ("Members of the harbour board", "Staff at the ministry"): the
group's whole name when the last word is a body's (``ORGANISATION_WORDS``)."""


def _body_word_ends(text: str, lo: int, hi: int) -> list[int]:
    """Where each word between ``lo`` and ``hi`` that names a body
    (``ORGANISATION_WORDS``: "board", "union") ends."""
    return [m.end() for m in _LOWER_WORD.finditer(text, lo, hi) if m.group() in ORGANISATION_WORDS]


_LOWER_WORD = re.compile(r"[a-z]+")


def _group_with_body(text: str, start: int, head: str) -> str:
    """The label of a group whose plural noun ``head`` opens the sentence at
    ``start``: with the body written after it in capitals ("Friends of the
    Earth said", "Lawyers for Harbour Ferries argued"), the whole phrase, as
    the speaker phrase "Friends of the Earth said" gives it, when a comma, a
    stop or the verb (a speech verb, a past form) follows the capitals; a
    lower-case phrase after it ("Critics of the plan", "Critics of the EB-5
    program") is left off, as before."""
    at = text.find(head, start, start + 40)
    if at < 0:
        return head
    body = _BODY_AFTER_GROUP.match(text, at + len(head))
    if body is None:
        lower = _LOWER_BODY_AFTER_GROUP.match(text, at + len(head))
        ends = [] if lower is None else _body_word_ends(text, lower.start(1), lower.end(1))
        if not ends:
            return _close_to(text, at + len(head)) or head
        # "Members of the harbour board met": the phrase up to the body's
        # word (review 2, stop 39); "Critics of the plan" stays "Critics".
        end = ends[0]
        after = _GROUP_WORDS.match(text, end + 1)
        if text[end : end + 1] not in ",;:." and (after is None or not verb_like(after.group())):
            return head
        return text[at:end].replace("\u00a0", " ")
    after = _GROUP_WORDS.match(text, body.end() + 1)
    if text[body.end() : body.end() + 1] not in ",;:." and (
        after is None or not (_past_or_speech(after.group()) or after.group() in _COPULAS)
    ):
        return head  # "Critics of the EB-5 program": the run ends mid-phrase
    return text[at : body.end()].replace("\u00a0", " ")


_CLOSE_TO = re.compile(
    r"[ \u00a0]+close[ \u00a0]+to[ \u00a0]+(?:(?:the|a|an|his|her|their)[ \u00a0]+)?"
    r"[\w'\u2019-]+(?:[ \u00a0]+[\w'\u2019-]+){0,3}?[ \u00a0]+([a-z]+)\b"
)
"""People described by whom they are close to, up to the verb ("Sources
close to the mayor said", "Aides close to Ada Lind argued")."""


def _close_to(text: str, at: int) -> str | None:
    """The group a plural noun ending at ``at`` opens, with whom they are
    close to, when the sentence's verb follows ("Sources close to the mayor
    said", "Aides close to Ada Lind argued"): what the reader knows of them
    (review of stop 36); else ``None``."""
    near = _CLOSE_TO.match(text, at)
    if near is None or not _past_or_speech(near.group(1)):
        return None
    start = text.rfind(" ", 0, at) + 1
    return text[start : near.start(1)].rstrip().replace("\u00a0", " ")


_COPULAS = words("were are was is have had")
"""Verbs of being or having after a group's capitalised name ("Analysts at
Westmoor Securities were more negative"): its verb too (s44-rev5); not
after a lower-case phrase ("Sources close to the pier were found")."""


def _past_or_speech(word: str) -> bool:
    """Is ``word``, after a group's name, its verb: a speech verb or a
    lower-case past form ("said", "gathered", "argued")?"""
    return word.islower() and (word in SPEECH_VERBS or word.endswith("ed"))


def _body_saying(tokens: list[str]) -> str | None:
    """A body opening a sentence as the subject of a speech verb, "The" and
    capitalised words ending in a word for a body ("The Harbour Trust
    said"): its name as "“…,” the Harbour Trust said" gives it."""
    if len(tokens) < 3 or tokens[0] != "The" or tokens[-1].lower() not in SPEECH_VERBS:
        return None
    run = tokens[1:-1]
    if all(word[:1].isupper() for word in run) and run[-1].lower() in ORGANISATION_WORDS:
        return " ".join(run)
    return None


def _plural_subject(tokens: list[str], people: People) -> tuple[str | None, str] | None:
    """The plural subject among a sentence's opening ``tokens``, as
    :func:`_group_opening` gives it (a pair aside)."""
    for k, head in enumerate(tokens):
        lead = tokens[:k]
        if any(
            not (word[:1].isupper() or word.lower() in _GROUP_LEADS)
            or word.lower() in PRONOUNS
            or word.lower() in SPEECH_VERBS
            for word in lead
        ):
            return None
        if head.islower():
            if (
                PLURAL_PEOPLE.fullmatch(head) is not None
                and k + 1 < len(tokens)
                and tokens[k + 1] in SPEECH_VERBS
            ):
                # "The authors note that “…” They recommend “…”": the group
                # that spoke in the sentence before, not one person.
                return None, " ".join([*lead, head])
            if PLURAL_PEOPLE.fullmatch(head) is not None:
                # "Local fishermen were angry", "But the protesters ...": a
                # group, but one left to the person reading (tried as the
                # speaker: polnear-train check one lost, see the README).
                return _DECLINED
            continue
        if head.lower() in _PARTY_MEMBERS:
            return None, " ".join([*lead, head])
        if head.endswith("s") and lead and lead[-1].lower() == "the" and len(lead) == 1:
            stems = {head[:-1].lower(), head[:-2].lower()}  # "Linds", "Joneses"
            if stems & people.by_surname.keys():
                return None, " ".join([*lead, head])  # "The Linds"
        if (
            not lead
            and _PLURAL_NOUN.fullmatch(head) is not None
            and head.lower() not in people.by_surname  # "Peters said": a name
            and not _plural_thing(head)  # "Documents filed in court show"
        ):
            return None, head
    return None


def _body_before(
    doc: Document, pos: int, people: People, plural: bool = False
) -> tuple[str | None, str] | None:
    """The body a speaker "it" at ``pos`` means when no organisation has
    spoken: the one opening the last sentence before it that opens with one,
    in its paragraph or the one before, as (name, description) of
    :func:`body_opening`; a description naming a body the text named before
    ("The union met" after "the Ferry Workers' Union") gives that name. With
    ``plural`` (a "they"), ``None`` when two people are named from that
    sentence on: they may be the ones who speak."""
    text = doc.scan
    for start in _narrative_starts(doc, pos):
        body = body_opening(text, start, people.names)
        if body is not None:
            if plural and _two_named(people, start, pos):
                # "The harbour board met Tom Hale and Ada Lind. “…,” they
                # said": the couple may say it as well as the board (the
                # third review, stop 39).
                return None
            return _body_named(text, start, body)
    return None


def _two_named(people: People, lo: int, hi: int) -> bool:
    """Are two different people named (subject or not) between ``lo`` and
    ``hi``? Two bisections and a walk over the names between."""
    i = bisect.bisect_left(people.mentioned_at, lo)
    j = bisect.bisect_left(people.mentioned_at, hi)
    return len(set(people.mentioned[i:j])) >= 2


def _body_named(text: str, at: int, body: tuple[str | None, str]) -> tuple[str | None, str]:
    """A body :func:`body_opening` found at ``at``, as a speaker's (name,
    role): a description ("The union") lower-cased, with the name of the
    body the text named before with its noun ("the Ferry Workers' Union")."""
    name, description = body
    if name is not None:
        return body
    description = description[:1].lower() + description[1:]
    head = description_head(description)
    return (None if head is None else named_with_head(text, at, head)), description


_THEY_REACH = 3000
"""How far back a "they" looks for the group opening a sentence: its
paragraph and the one before, this many characters at most (a news
paragraph is shorter; each "they said" of a pasted transcript read its
paragraph from the start, the square of its length; s42-quad)."""


def _they_group(
    doc: Document, pos: int, people: People, name: str | None
) -> tuple[str | None, str] | None:
    """The group a speaker "they" at ``pos`` means: the plural subject
    opening the last sentence before it that opens with one, in its
    paragraph or the one before, when no person (``name``, the one a
    pronoun would mean) is named as a subject after that sentence ends."""
    lo = _previous_line_start(doc, pos)
    text = doc.scan
    if text.startswith(("They ", "They\u00a0"), lo):
        # "They thanked Ben Ross for his help": the group of the paragraph
        # before still ("Ada Lind and Tom Hale met the mayor").
        lo = _previous_line_start(doc, lo)
    lo = _reach_back(text, lo, pos, _THEY_REACH)
    starts = [lo, *(m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos))]
    for k in range(len(starts) - 1, -1, -1):
        start = starts[k]
        while start < pos and text[start] in ' \u00a0\u201c"':
            start += 1
        if start >= pos or _inside_quotation(text, lo, start):
            continue  # the words quoted: "“Residents are angry,” they said"
        group = _group_opening(text, start, people, name)
        if group is None:
            continue
        if group == _DECLINED:
            return None
        end = starts[k + 1] if k + 1 < len(starts) else pos
        if name is not None:
            i = bisect.bisect_left(people.positions, pos) - 1
            if i >= 0 and people.positions[i] >= end:
                return None  # a person named since: "he"/"they" as before
        return group
    return None


def _people_unnamed(role: str) -> bool:
    """Is a lower-case speaker phrase one or two words ending in a plural
    ("residents", "local fishermen"), the subject the sentence names after
    an opening phrase or a showing verb, not words the search stopped in?"""
    tokens = role.split()
    if not 1 <= len(tokens) <= 2 or not all(t.isalpha() and t.islower() for t in tokens):
        return False
    if tokens[0] in _LEADS or tokens[0] in PREPOSITIONS or tokens[0] in MONTHS_AND_DAYS:
        return False
    return PLURAL_PEOPLE.fullmatch(tokens[-1]) is not None


_PLURAL_NOUN = re.compile(
    rf"[A-Z][a-z]+(?:{PEOPLE_ENDINGS}|ics)|People|Children|Folks?"
    r"|(?:Every|Any|Some|No)(?:one|body)|"
    + "|".join(w[:1].upper() + w[1:] for w in OTHER_PEOPLE.split("|"))
)
"""One capitalised word in a plural common noun's form: a sentence opens
with it ("Prosecutors alleged", "Experts say"), or a word for people
unnamed ("People who watch the show keep saying", "Everyone said"). A
surname with that ending ("Peters") seen in full before expands first and
is kept."""


def _plural_with_body(name: str, parts: NameRole) -> str | None:
    """The whole phrase as a description when the "name" split off is one
    capitalised plural noun of people and the role is the phrase it opens
    ("Officials with the ministry said", "Lawyers for the family said":
    unnamed people of that body, not someone called "Officials"); ``None``
    otherwise. A name the text gave in full before ("Peters") has expanded
    and is not read here."""
    role = parts.role
    if name != parts.name or not role or not _PLURAL_NOUN.fullmatch(name):
        return None
    first = role.split(maxsplit=1)[0]
    if first == "including":
        return name  # "Critics, including Ada Lind, said": the group
    if first not in PREPOSITIONS:
        return None
    body, comma, after = role.partition(",")
    if comma and (after.split() or [""])[0].lower() in _APPOSITION_OPENERS:
        # ("Peters of the harbour board, the chairman, said": a person's
        # apposition, kept as it was)
        return None
    # "Experts at the Harbour Institute, led by Ada Lind, said": the group
    # of that body, the clause set off after it no part of it.
    return f"{name} {body.strip()}"


_APPOSITION_OPENERS = ARTICLES | words("its their his her one")
"""Words that open a description of the words before it, set off by a
comma ("..., the chairman,", "..., a think tank,"): an apposition."""
_THE_ORGANISATION = re.compile(
    rf"[Tt]he\s+({ORG_RUN})(?:\s+((?:in|at|of|for|from)\s+(?:the\s+)?{ORG_RUN}))?"
)


def _organisation(description: str) -> tuple[str, SourceKind, str | None] | None:
    """ "The Regional Safety Board", "the US Embassy in New Delhi": the
    organisation a description names whole, its kind and where it sits;
    else ``None``."""
    m = _THE_ORGANISATION.fullmatch(description.strip())
    if m is None:
        return None
    kind = classify(m.group(1))
    if (
        kind is None
        and _ACRONYM.fullmatch(m.group(1))
        and m.group(1).lower() not in TITLES | _OFFICE_ACRONYMS
    ):
        # "the RCMP said", "the OPP said": a body known by its capitals (stop
        # 33); not an office ("the CEO", "the MP", "the PM", "the DA").
        kind = SourceKind.ORGANISATION
    if kind is None or kind is SourceKind.PERSON:
        return None
    return m.group(1), kind, m.group(2)


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _spelled(doc: Document, at: int, name: str) -> str:
    """A body's acronym as the text wrote its name out before ``at``
    ("Immigration, Refugees and Citizenship Canada ... IRCC said"); any
    other name as it is."""
    if not _ACRONYM.fullmatch(name) or name.lower() in TITLES | _OFFICE_ACRONYMS:
        return name
    full = spelled_out(doc.scan, at, name)
    return name if full is None else f"{full} ({name})"


_NAME_JOINS = frozenset(("of", "for", "and", "on", "de", "&"))
"""Lower-case words inside a body's name ("Bank of England", "Council for
Harbours")."""
_NOT_IN_NAME = MONTHS_AND_DAYS | PREPOSITIONS | words("last next this every each")
"""Capitalised words before a body's short form that are no word of its name:
a day, a month, or a sentence's leading preposition ("On Monday Bank
officials met", "Last Friday Council voted"; s45-final-analyze)."""
_SHORT_FORM_REACH = 3000
"""How far back a body's full name may stand for its short form."""


def spelled_in_full(doc: Document, at: int, name: str) -> str:
    """A body's short form, the one capitalised word its description keeps
    ("As the Fund put it", "“…,” the Trust said"), as the text last wrote the
    body's name in full before ``at`` ("the Regional Development Fund
    warned"; "the Times" after "The New York Times reported"): the
    capitalised run ending in that word, two words or more, in one sentence
    and line (stop 45). ``name`` itself when the text wrote no such name,
    an acronym (:func:`_spelled`), or a name of more words. Scans back with
    ``str.rfind``: no pattern made per name."""
    if " " in name or not name[:1].isupper() or _ACRONYM.fullmatch(name):
        return name
    text = doc.scan
    lo = max(0, at - _SHORT_FORM_REACH)
    end = text.rfind(" " + name, lo, at)
    while end >= 0:
        after = text[end + 1 + len(name) : end + 2 + len(name)]
        if not (after.isalnum() or after == "-"):
            full = _run_before(text, end, name)
            if full is not None:
                return full
        end = text.rfind(" " + name, lo, end)
    return name


def _run_before(text: str, end: int, name: str) -> str | None:
    """The capitalised words (and :data:`_NAME_JOINS` between them) right
    before ``text[end]`` (a space before ``name``), joined with ``name``:
    ``None`` unless a capitalised word stands right before it, in the same
    sentence and line, and is no article."""
    chunk = text[max(0, end - 120) : end]
    line = max(chunk.rfind("\n"), chunk.rfind("\u2028"))  # (a line's end ends a name)
    words_before = chunk[line + 1 :].split()
    run: list[str] = []
    for word in reversed(words_before):
        if not word or word[-1:] in '.,;:!?\u201c\u201d"' or word in ("The", "A", "An"):
            break
        if word[:1].isupper() and word.lower() in _NOT_IN_NAME:
            break  # ("On Monday Bank officials met": a day and a sentence's lead)
        if word[:1].isupper() or (word in _NAME_JOINS and run):
            run.append(word)
        else:
            break
    while run and run[-1] in _NAME_JOINS:
        run.pop()
    if not run:
        return None
    return " ".join([*reversed(run), name])


_OFFICE_ACRONYMS = words(
    """
    pm dpm da ada ag gm vp evp svp avp cto cio cmo cso cao cco ciso md gp rn np pa dm co xo
    cpo dg sg ed
    """
)
"""Offices written in capitals, each held by one person ("the PM", "the DA",
"the GM", "the CTO"): no body speaks through them (review of stop 33)."""


def _body(description: str) -> bool:
    """Is a definite description's head a body of people, a family or a side
    in court (:data:`_BODY_NOUNS`: "the band", "the school")?"""
    tokens = [clean(t).lower() for t in _head_phrase(description).split()]
    return bool(tokens) and tokens[-1] in _BODY_NOUNS


def _plural(description: str) -> bool:
    """Is a description's head a plural noun ("the lawyers", "the progressive
    heavyweights")? Then it is several people, not the one in focus."""
    tokens = [clean(t).lower() for t in description.split()]
    for i, token in enumerate(tokens[1:], 1):
        if token in PREPOSITIONS:
            tokens = tokens[:i]
            break
    head = tokens[-1] if len(tokens) > 1 else ""
    parts = head.split("-")
    for i, part in enumerate(parts[1:-1], 1):
        if part in PREPOSITIONS:
            # "the sergeant-at-arms", "the editor-in-chief": the compound's
            # head is its first noun ("brothers-in-law" stays plural).
            head = "-".join(parts[:i])
            break
    else:
        if len(parts) == 2 and parts[1] in _COMPOUND_PARTICLES:
            head = parts[0]  # "the runners-up", "the passers-by": several people
    # ("the fishermen", "the women", "the staff": plurals of people whose
    # form is no "s")
    return looks_plural(head) or PLURAL_PEOPLE.fullmatch(head) is not None


_COMPOUND_PARTICLES = PARTICLE_VERBS | {"by"}
"""The particles that end a compound noun headed by its first word."""
