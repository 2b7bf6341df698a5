"""``quotemark verify FILE``: check a manuscript's quotations against the
library. Uses ``library/`` only (no Qt). Exit status 1 when a quotation
differs from its post, cites an unknown key, or is no longer in its post."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

_LABELS = {
    "exact": "exact",
    "typographic": "same up to typography",
    "edited": "elided/bracketed",
    "different": "DIFFERENT",
    "not-found": "NOT IN POST",
    "stale": "STALE (the post no longer holds the clipped passage)",
    "unknown-key": "UNKNOWN KEY",
}


def add_parsers(sub: Any) -> None:
    """Add ``verify`` to the command's subparsers."""
    p = sub.add_parser(
        "verify",
        help="check a manuscript's quotations (.tex, .md, .txt) against the saved posts",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="the findings as one JSON object")
    p.set_defaults(run=_verify)


def _verify(options: argparse.Namespace) -> int:
    from quotemark.app.cli_common import open_library
    from quotemark.library.verify import verify_file
    from quotemark.library.verify.source import LibrarySource

    with open_library() as library:
        report = verify_file(options.file, LibrarySource(library))
    if options.json:
        json.dump(_as_json(options.file, report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print(options.file, report)
    return 0 if report.ok else 1


def _as_json(path: Path, report: Any) -> dict[str, Any]:
    return {
        "file": str(path),
        "ok": report.ok,
        "counts": report.counts,
        "uncited": report.uncited,
        "quotations": [
            {
                "line": f.quotation.line,
                "text": f.quotation.text,
                "keys": list(f.quotation.keys),
                "status": f.status,
                "key": f.key,
                "post": f.post_key,
                "source": f.source,
                "changes": [
                    {"kind": c.kind, "source": c.source, "quoted": c.quoted} for c in f.changes
                ],
            }
            for f in report.findings
        ],
    }


def _print(path: Path, report: Any) -> None:
    for finding in report.findings:
        quote = " ".join(finding.quotation.text.split())
        shown = quote if len(quote) <= 70 else quote[:69] + "\u2026"
        print(
            f"{path}:{finding.quotation.line}: {_LABELS[finding.status]} "
            f"[{finding.key}] \u201c{shown}\u201d"
        )
        for change in finding.changes:
            print(f"    {_describe(change)}")
    checked = len(report.findings)
    parts = ", ".join(f"{count} {status}" for status, count in sorted(report.counts.items()))
    summary = f"{checked} cited quotation(s) checked" + (f": {parts}" if parts else "")
    if report.uncited:
        summary += f"; {report.uncited} without a citation not checked"
    print(summary)


def _describe(change: Any) -> str:
    if change.kind == "elided":
        return f"elided: \u201c{change.source}\u201d"
    if change.kind == "inserted":
        replaced = f" for \u201c{change.source}\u201d" if change.source else ""
        return f"inserted: [{change.quoted}]{replaced}"
    if change.kind == "changed":
        return f"changed: \u201c{change.source}\u201d -> \u201c{change.quoted}\u201d"
    if change.kind == "added":
        return f"added: \u201c{change.quoted}\u201d"
    return f"missing: \u201c{change.source}\u201d"
