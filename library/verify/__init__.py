"""``quotemark verify``: quotations in a manuscript checked against the
saved posts they cite.

:func:`verify_text` finds each quotation with a citation next to it
(:mod:`quotemark.library.verify.manuscript`), resolves the citation's keys (post keys
and clip keys) through a :class:`KeySource`, and compares the quotation
with the post's text (:mod:`quotemark.library.verify.compare`). A quotation whose
keys are all unknown is reported as such; one citing a clip whose passage
the post no longer holds (re-extracted since) is ``stale``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from quotemark.library.errors import QuotemarkError
from quotemark.library.verify import compare as comparing
from quotemark.library.verify.compare import Change, Comparison
from quotemark.library.verify.manuscript import Quotation, kind_of, quotations

__all__ = [
    "Finding",
    "KeySource",
    "Report",
    "Target",
    "verify_file",
    "verify_text",
]

UNKNOWN_KEY = "unknown-key"
STALE = "stale"
NOT_FOUND = comparing.NOT_FOUND
GOOD = frozenset({comparing.EXACT, comparing.TYPOGRAPHIC, comparing.EDITED})
_RANK = (comparing.EXACT, comparing.TYPOGRAPHIC, comparing.EDITED, comparing.DIFFERENT)


@dataclass(frozen=True, slots=True)
class Target:
    """What a citation key names: its post's key and text (loaded on
    demand), for a clip key the clip's own saved passage, and the post's
    id in the library (to open it)."""

    post_key: str
    post_text: Callable[[], str]
    clip_text: str | None = None
    post_id: int | None = None


class KeySource(Protocol):
    """Resolves citation keys (see :class:`quotemark.library.verify.source.LibrarySource`)."""

    def resolve(self, key: str) -> Target | None:
        """The post (and clip) ``key`` names, or ``None``."""
        ...


@dataclass(frozen=True, slots=True)
class Finding:
    """One cited quotation and its verdict: ``exact``, ``typographic``,
    ``edited`` (elisions and bracketed insertions only), ``different``,
    ``not-found`` (the cited post does not hold it), ``stale`` (the cited
    clip's passage is no longer in its post) or ``unknown-key``."""

    quotation: Quotation
    status: str
    key: str | None = None
    post_key: str | None = None
    changes: tuple[Change, ...] = ()
    source: str = ""
    post_id: int | None = None

    @property
    def ok(self) -> bool:
        """Whether the quotation stands as the post has it."""
        return self.status in GOOD


@dataclass(frozen=True, slots=True)
class Report:
    """Every cited quotation's finding, and how many quotations had no
    citation near them (not checked)."""

    findings: tuple[Finding, ...]
    uncited: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether every cited quotation stands."""
        return all(f.ok for f in self.findings)


def verify_text(text: str, kind: str, source: KeySource) -> Report:
    """Check every cited quotation in ``text`` (a manuscript of ``kind``:
    ``tex``, ``md`` or ``txt``)."""
    findings: list[Finding] = []
    uncited = 0
    for quotation in quotations(text, kind):
        if not quotation.keys:
            uncited += 1
            continue
        findings.append(_check(quotation, source))
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.status] = counts.get(finding.status, 0) + 1
    return Report(tuple(findings), uncited, counts)


def verify_file(path: Path, source: KeySource) -> Report:
    """:func:`verify_text` on the file at ``path`` (its kind from its
    name); :class:`QuotemarkError` naming the file when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise QuotemarkError(f"{path} is not UTF-8 text: {error.reason}") from error
    except OSError as error:
        raise QuotemarkError(f"Cannot read {path}: {error.strerror or error}") from error
    return verify_text(text, kind_of(path.name), source)


def _check(quotation: Quotation, source: KeySource) -> Finding:
    best: Finding | None = None
    for key in quotation.keys:
        target = source.resolve(key)
        if target is None:
            continue
        finding = _against(quotation, key, target)
        if best is None or _rank(finding) < _rank(best):
            best = finding
    if best is None:
        return Finding(quotation, UNKNOWN_KEY, key=quotation.keys[0])
    return best


def _against(quotation: Quotation, key: str, target: Target) -> Finding:
    result: Comparison = comparing.compare(quotation.text, target.post_text())
    # The clip still has the passage, its post no longer does.
    if (
        result.verdict == NOT_FOUND
        and target.clip_text is not None
        and comparing.compare(quotation.text, target.clip_text).verdict in GOOD
    ):
        return Finding(quotation, STALE, key, target.post_key, post_id=target.post_id)
    return Finding(
        quotation,
        result.verdict,
        key,
        target.post_key,
        result.changes,
        result.source,
        target.post_id,
    )


def _rank(finding: Finding) -> int:
    if finding.status in _RANK:
        return _RANK.index(finding.status)
    return len(_RANK) + (finding.status == STALE)
