"""Schema.org metadata in JSON-LD: the most explicit statement a page
makes about its title, authors, dates and publisher.

Pages embed it sloppily: several scripts, ``@graph`` lists, nodes pointing
to each other by ``@id``, HTML comments or CDATA around the JSON, control
characters inside strings, a trailing comma. This module reads what can be
read and ignores the rest; it never raises on bad JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

PLACEHOLDER = re.compile(r"\{\{.*\}\}|\{%.*%\}|<%.*%>|\$\{[^}]*\}")
"""A template expression a CMS left unfilled: ``{{site.name}}``, ``{% date %}``."""


def filled(value: str) -> bool:
    """Is a metadata value (a ``<meta>`` content, a JSON-LD string) worth
    reading? An unfilled template ("{{site.name}}") or a value without a
    letter or digit (". .") is not: the next source answers instead."""
    # (The first character asked first: most values open with a letter or
    # digit, and only one opening with "{", "<" or "$" can be a template,
    # as each of PLACEHOLDER's forms opens so. A page's every <meta> is
    # asked: the walk over the characters and the pattern are spared.)
    first = value[:1]
    if not first.isalnum() and not any(char.isalnum() for char in value):
        return False
    return first not in _PLACEHOLDER_OPENS or PLACEHOLDER.fullmatch(value) is None


_PLACEHOLDER_OPENS = frozenset("{<$")
"""The characters a match of :data:`PLACEHOLDER` opens with."""


_WRAPPING = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "posting",
        "socialmediaposting",
        "discussionforumposting",
        "liveblogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "advertisercontentarticle",
        "satiricalarticle",
        "scholarlyarticle",
        "techarticle",
        "report",
        "review",
        "medicalscholarlyarticle",
        "preprint",
        "podcastepisode",
    }
)
PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "qapage", "profilepage"})
PUBLISHER_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})
_ORGANISATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "onlinebusiness", "newspaper"}
)


@dataclass(frozen=True, slots=True)
class LinkedData:
    """What the page's JSON-LD says about its article (each may be empty)."""

    title: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""
    modified: str = ""
    publisher: str = ""
    site: str = ""
    organisations: tuple[str, ...] = ()
    """Names the JSON-LD gives to organisations (the publisher unless it is
    typed as a person, the website, any Organization node): never authors."""
    url: str = ""
    language: str = ""
    description: str = ""
    scholarly: tuple[tuple[str, str], ...] = ()
    """A ``ScholarlyArticle``'s journal facts as stated, (name, value)
    pairs: ``doi`` (each identifier naming one), ``journal``, ``volume``,
    ``issue``, ``first``, ``last``, ``pages`` (from its ``isPartOf`` chain
    and pagination), ``archive`` (a ``Preprint``'s publisher). Empty for any other article (see
    :mod:`quotemark.library.extract.scholarly`)."""
    body: str = ""
    """The ``articleBody``: its paragraphs (the lines the page gave it, each
    with its white space collapsed) one a line; empty when two or more
    nodes state one (a list of stories: the first is no more the page's
    than the others)."""


def read_linked_data(scripts: Iterable[str]) -> LinkedData:
    """The article facts in a page's JSON-LD ``scripts`` (the text of each
    ``<script type="application/ld+json">``; empty facts when none)."""
    nodes: list[dict[str, Any]] = []
    for script in scripts:
        nodes.extend(_nodes(_load(script)))
    if not nodes:
        return LinkedData()
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    article = _first_of(nodes, ARTICLE_TYPES) or _first_of(nodes, PAGE_TYPES)
    website = _first_of(nodes, frozenset({"website"}))
    site = _name(website, by_id) if website else ""
    organisations = [_name(node, by_id) for node in nodes if _types(node) & _ORGANISATION_TYPES]
    if site:
        organisations.append(site)
    if article is None:
        return LinkedData(site=site, organisations=_unique(organisations))
    publisher = _resolve(article.get("publisher"), by_id)
    publisher_name = _name(publisher, by_id) if isinstance(publisher, dict) else _text(publisher)
    if publisher_name and not (isinstance(publisher, dict) and "person" in _types(publisher)):
        organisations.append(publisher_name)
    body = _paragraphs(article.get("articleBody"))
    if body and sum(1 for node in nodes if "articleBody" in node) > 1:
        body = ""  # (asked only of a page stating a body)
    return LinkedData(
        title=_text(article.get("headline")) or _text(article.get("name")),
        authors=tuple(_people(article.get("author") or article.get("creator"), by_id)),
        published=_text(article.get("datePublished")) or _text(article.get("dateCreated")),
        modified=_text(article.get("dateModified")),
        publisher=publisher_name,
        site=site,
        organisations=_unique(organisations),
        url=_url(article.get("url")) or _url(article.get("mainEntityOfPage")),
        language=_language(article.get("inLanguage")),
        description=_text(article.get("description")),
        scholarly=_journal_facts(article, by_id) if _types(article) & SCHOLARLY_TYPES else (),
        body=body,
    )


SCHOLARLY_TYPES = frozenset({"scholarlyarticle", "medicalscholarlyarticle", "preprint"})


def _journal_facts(
    article: dict[str, Any], by_id: dict[str, dict[str, Any]]
) -> tuple[tuple[str, str], ...]:
    # schema.org nests a journal article in its issue, the issue in its
    # volume, the volume in its Periodical (each step may be left out).
    facts: list[tuple[str, str]] = []
    if "preprint" in _types(article):
        # A "Preprint" node: its publisher is the server holding it.
        facts.append(("archive", _name(article.get("publisher"), by_id) or "preprint"))
    identifiers: Any = article.get("identifier")
    same: Any = article.get("sameAs")
    for value in (
        *(identifiers if isinstance(identifiers, list) else [identifiers]),
        article.get("@id"),
        *(same if isinstance(same, list) else [same]),
    ):
        if isinstance(value, dict):
            named = _text(value.get("propertyID")).casefold()
            value = value.get("value") if named == "doi" else value.get("@id") or value.get("url")
        text = _text(value)
        if text:
            facts.append(("doi", text))
    part: Any = article.get("isPartOf")
    for _ in range(4):
        part = _resolve(part, by_id)
        if not isinstance(part, dict):
            break
        kinds = _types(part)
        if "publicationissue" in kinds:
            facts.append(("issue", _text(part.get("issueNumber"))))
        if "publicationvolume" in kinds:
            facts.append(("volume", _text(part.get("volumeNumber"))))
        if "periodical" in kinds:
            facts.append(("journal", _name(part, by_id)))
        part = part.get("isPartOf")
    facts += [
        ("first", _text(article.get("pageStart"))),
        ("last", _text(article.get("pageEnd"))),
        ("pages", _text(article.get("pagination"))),
    ]
    return tuple((name, value) for name, value in facts if value)


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for name in names if name))


def _load(text: str) -> Any:
    text = text.strip()
    # Every wrapping _WRAPPING removes holds one of these four: looked for
    # first (memchr-speed), since the pattern's end-anchored choices are
    # tried at each character of a script that nearly never has one.
    if "<!--" in text or "<![CDATA[" in text or "-->" in text or "]]>" in text:
        text = _WRAPPING.sub("", text)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    # Repaired only when read as written fails (raw control characters, a
    # trailing comma): the two substitutions scanned every block of linked
    # data, most of which read at once (stop 41).
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text)))
    except (ValueError, RecursionError):
        return None


def _nodes(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 6:
        return []
    found: list[dict[str, Any]] = []
    if isinstance(data, list):
        for item in data:
            found.extend(_nodes(item, depth + 1))
    elif isinstance(data, dict):
        found.append(data)
        graph = data.get("@graph")
        if graph is not None:
            found.extend(_nodes(graph, depth + 1))
        main = data.get("mainEntity")
        if isinstance(main, dict):
            found.extend(_nodes(main, depth + 1))
    return found


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    if isinstance(value, str):
        return {value.lower().rsplit("/", 1)[-1]}
    if isinstance(value, list):
        return {item.lower().rsplit("/", 1)[-1] for item in value if isinstance(item, str)}
    return set()


def _first_of(nodes: list[dict[str, Any]], types: frozenset[str]) -> dict[str, Any] | None:
    for node in nodes:
        if _types(node) & types:
            return node
    return None


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        ref = value.get("@id")
        if isinstance(ref, str) and ref in by_id:
            return by_id[ref]
    return value


def _name(node: Any, by_id: dict[str, dict[str, Any]]) -> str:
    node = _resolve(node, by_id)
    if isinstance(node, dict):
        return _text(node.get("name")) or _text(node.get("alternateName"))
    return _text(node)


def _people(value: Any, by_id: dict[str, dict[str, Any]]) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        item = _resolve(item, by_id)
        if isinstance(item, dict):
            name = _text(item.get("name"))
            if not name:
                given = _text(item.get("givenName"))
                family = _text(item.get("familyName"))
                name = f"{given} {family}".strip()
        else:
            name = _text(item)
        if name:
            names.append(name)
    return names


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, str):
        text = " ".join(value.split())
        return text if filled(text) else ""
    return ""


def _paragraphs(value: Any) -> str:
    # (Not _text: collapsing the whole value would run the paragraphs of
    # an articleBody into one.)
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), None)
    if not isinstance(value, str):
        return ""
    lines = (" ".join(line.split()) for line in value.splitlines())
    text = "\n".join(line for line in lines if line)
    return text if filled(text) else ""


def _url(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    text = _text(value)
    return text if text.startswith(("http://", "https://")) else ""


def _language(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    return _text(value)
