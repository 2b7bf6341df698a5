"""Which person an epithet means, by what the text said each person is.

"“One!” says the affable proprietor" follows a quotation by Jason Louth, so
the person last named is Louth; but the text called Alfonso Espinos the
founder of the press and wrote "Espinos — whose store carries ...". A reader
takes the proprietor to be the one who owns the place. This module groups
role nouns that stand for each other (owner, proprietor, founder; senator,
lawmaker, congressman; ...) and finds, for a person, whether the text before
gave them a noun of such a group: a noun or title right before their name
("cartoonist Andre Campbell", "Sen. Ada Lind"), an apposition or who-clause
right after it ("Lind, the owner of ...", "Lind, who runs the bar",
"Lind — whose store ..."), or an epithet already resolved to them.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.lexicon import words

_GROUPS: dict[str, str] = {
    "owner": """owner co-owner proprietor proprietress founder co-founder cofounder
        shopkeeper storekeeper restaurateur publican entrepreneur businessman
        businesswoman""",
    "lawmaker": """lawmaker legislator senator congressman congresswoman
        representative assemblyman assemblywoman councillor councilman councilwoman
        councilor alderman""",
    "candidate": "candidate nominee hopeful contender challenger",
    "front-runner": "front-runner frontrunner",
    "governor": "governor",
    "mayor": "mayor",
    "doctor": "doctor physician surgeon",
    "lawyer": "lawyer attorney counsel solicitor barrister",
    "academic": "professor academic researcher scholar scientist lecturer",
    "artist": "artist cartoonist illustrator painter sculptor",
    "writer": "writer author novelist poet",
    "coach": "coach",
    "judge": "judge justice magistrate",
    "vice-president": "vice-president",
    "officer": "officer policeman policewoman cop constable sergeant detective",
    "student": "student pupil",
    "teacher": "teacher educator",
    "farmer": "farmer rancher grower",
    "chef": "chef cook",
}
ROLE_GROUP: dict[str, str] = {
    noun: group for group, nouns in _GROUPS.items() for noun in nouns.split()
}
"""A role noun (lower case) -> the group of nouns that stand for it."""

_TITLE_GROUP = {
    "sen": "lawmaker",
    "senator": "lawmaker",
    "rep": "lawmaker",
    "representative": "lawmaker",
    "congressman": "lawmaker",
    "congresswoman": "lawmaker",
    "gov": "governor",
    "governor": "governor",
    "mayor": "mayor",
    "judge": "judge",
    "justice": "judge",
    "prof": "academic",
    "professor": "academic",
    "coach": "coach",
}
"""Titles before a name ("Sen. Ada Lind", "Judge Lind") and their group;
"Vice President" is read as one title."""
_SUFFIXES = words("jr sr ii iii iv")
_PARTICLES = words("de del della da di du van von der den la le al bin ibn")
"""Lower-case words inside a name ("Bill de Blasio")."""

_DOES = re.compile(r"who\s+(?:owns|runs|founded|co-founded|opened|operates|started)\b")
"""A who-clause verb that makes a person an owner ("Lind, who runs the bar")."""

_BUSINESS = r"(?:store|shop|business|restaurant|bar|caf[eé]|bakery|company|firm|press|gallery)"
_OWNS = re.compile(rf"(?:[\u2019']s?\s+|\s*[,\u2014\u2013-]+\s*whose\s+){_BUSINESS}\b")
""""Lind's shop", "Espinos — whose store": the person owns the place."""

_BEFORE = re.compile(
    r"(?:^|\s)(?:((?:the|a|an|his|her|their|its|my|our|[\w-]+[\u2019']s?)\s+(?:[a-z][\w-]*\s+)?)?)"
    r"([a-z][\w-]*)(?:(?<=\w)(,)|(?<=\w))[ \u00a0]+$"
)
"""The noun before a name: any role noun ("cartoonist Ada Lind"), or any
noun set off by a comma after a determiner or an owner ("Tom's partner,
Ada Lind")."""
_WORD = re.compile(r"[A-Za-z][\w-]*\.?")
_CLAUSE_STOP = re.compile(r"[.;:!?\u201c\u201d\"()]|,\s+(?:said|says|told|added)\b")
_REACH = 6000


def group_of(description: str) -> str | None:
    """The role group of a description's head noun ("the affable
    proprietor" -> "owner"), else ``None``. The head is the last word before
    a preposition or a comma."""
    head = re.split(r",|\s(?:of|at|for|from|in|on|with|who|whose|that)\s", description)[0]
    tokens = head.lower().replace("vice president", "vice-president").split()
    return ROLE_GROUP.get(tokens[-1].strip(".,\u2019'")) if tokens else None


def nouns_of(text: str, pos: int, name: str) -> set[str]:
    """The role nouns the text before ``pos`` gave ``name``: a noun or title
    right before the name ("cartoonist Andre Campbell", "Sen. Ada Lind",
    "Campbell's partner, Jason Louth"), an apposition's head and role nouns
    ("Lind, the owner of the bar"), and "owner" for "Lind, who runs ..." or
    "Lind's shop". A title stands as its group ("sen" -> "lawmaker")."""
    found: set[str] = set()
    tokens = [t for t in name.split() if t.rstrip(".,").lower() not in _SUFFIXES]
    if not tokens:
        return found
    last = tokens[-1]
    lo = max(0, pos - _REACH)
    for m in re.finditer(rf"\b{re.escape(last)}\b", text[lo:pos]):
        at = lo + m.start()
        # Before: the name run (capitalised words), then a title or a noun.
        start = at
        for _ in range(5):
            w = re.search(r"([\w.\u2019'-]+)[ \u00a0]+$", text[max(0, start - 40) : start])
            if w is None or not (w.group(1)[:1].isupper() or w.group(1) in _PARTICLES):
                break
            start -= len(w.group(0))
            word = w.group(1).rstrip(".").lower()
            if word == "president" and text[max(0, start - 5) : start].lower() == "vice ":
                found.add("vice-president")
                break
            title = _TITLE_GROUP.get(word)
            if title is not None:
                found.add(title)
                break
        before = _BEFORE.search(text[max(0, start - 60) : start])
        if before is not None and (
            before.group(2) in ROLE_GROUP or (before.group(1) and before.group(3))
        ):
            found.add(before.group(2))  # "cartoonist Ada Lind", "her partner, Ada Lind"
        # After: "Lind, the owner of ...", "Lind, who runs", "Lind's shop".
        end = lo + m.end()
        tail = text[end : end + 160]
        if _OWNS.match(tail):
            found.add("owner")
        set_off = re.match(r"(?:\s*\([^)]*\))?\s*(?:,|\u2014|\u2013|--)\s*", tail)
        if set_off is None:
            continue
        clause = tail[set_off.end() :]
        stop = _CLAUSE_STOP.search(clause)
        clause = clause[: stop.start()] if stop else clause
        if _DOES.match(clause):
            found.add("owner")
        if not re.match(r"(?:the|a|an)\b", clause):
            continue
        head = re.split(r",|\s(?:of|at|for|from|in|on|with|who|whose|that)\s", clause)[0]
        tokens = [w.rstrip(".").lower() for w in _WORD.findall(head)]
        if len(tokens) > 1:
            found.add(tokens[-1])
        found.update(t for t in tokens[:8] if t in ROLE_GROUP)
    return found


def surname_key(name: str) -> str:
    """A name's last word past suffixes, lower case ("Joseph R. Biden Jr."
    -> "biden"), so the full name and a bare surname count as one person."""
    tokens = [t for t in name.split() if t.rstrip(".,").lower() not in _SUFFIXES]
    return tokens[-1].lower() if tokens else name.lower()


def groups_of(nouns: set[str]) -> set[str]:
    """The role groups of ``nouns`` (a group name stands for itself)."""
    return {ROLE_GROUP.get(n, n) for n in nouns}
