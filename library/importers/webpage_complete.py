"""A "Web page, complete": ``NAME.html`` beside its ``NAME_files/`` folder.

The images the page shows from that folder become resources of the post.
Only files really inside the folder are read: a reference that climbs out
(``../``), an absolute path or a symlink pointing elsewhere is ignored, so a
hostile page cannot pull arbitrary files from the disk into the library.
"""

from __future__ import annotations

import functools
import html
import os
import re
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote

from quotemark.library.importers.sniff import image_type
from quotemark.library.model import Resource
from quotemark.library.urls import split_url

# Browsers name the folder after the page, with a suffix in their own
# language ("Web page, complete" in Firefox, Chrome, Edge, Safari, IE).
_SUFFIXES = (
    "_files",
    "_archivos",
    "_arquivos",
    "_fichiers",
    "_file",
    "_bestanden",
    "_pliki",
    "_soubory",
    "-Dateien",
    "-filer",
    "-tiedostot",
    ".files",
    "_tiedostot",
)
_REFERENCE = re.compile(
    r"""\s(src|srcset|data-src|data-srcset|data-lazy-src|data-lazy-srcset|data-original|"""
    r"""data-orig-file|data-full-src|data-hi-res-src|data-url|href|poster|xlink:href)"""
    r"""\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""",
    re.IGNORECASE,
)
_DESCRIPTOR = re.compile(r"^\d+(?:\.\d+)?[wxh],?$")
MAX_RESOURCE_BYTES = 32 * 1024 * 1024
"""A single image larger than this is left out (no photo on a page is)."""
MAX_TOTAL_BYTES = 256 * 1024 * 1024
"""All of a page's images together: more is not a web page."""


_NAMED = 3
"""Files :func:`left_out_words` names, at most."""


def left_out_words(names: Sequence[str], of: str = "") -> str:
    """What the researcher is told of the images :func:`local_images` left
    out for their size: "2 images left out of “The Pier” for their size
    (over 32 MB, or 256 MB a page): map.png, chart.png" (``of`` is " of
    “The Pier”", or empty where the file is named already)."""
    count = len(names)
    shown = ", ".join(names[:_NAMED]) + (f" and {count - _NAMED} more" if count > _NAMED else "")
    image = "1 image" if count == 1 else f"{count} images"
    size = "its size" if count == 1 else "their size"
    limits = f"over {MAX_RESOURCE_BYTES >> 20} MB, or {MAX_TOTAL_BYTES >> 20} MB a page"
    return f"{image} left out{of} for {size} ({limits}): {shown}"


def files_folder(page: Path, text: str | None = None) -> Path | None:
    """The ``NAME_files/`` folder saved with ``page``, if there is one. A
    folder that is itself a symlink does not count: it may point anywhere.

    With the page's ``text``, a page renamed after saving is matched too:
    the folder its references name, if that sits beside it.
    """
    # One listing of the page's folder (cached while the folder is
    # unchanged) answers for every page in it: most pages have no folder,
    # and asking the disk for thirteen names, or scanning the page for
    # references, per page cost more than the rest of reading it. Names are
    # compared, never built into paths first, so a page whose name is near
    # the system's limit cannot make a lookup fail with "name too long".
    candidates = _candidate_folders(page.parent)
    if not candidates:
        return None
    stem = page.stem
    for suffix in _SUFFIXES:
        if stem + suffix in candidates:
            return page.with_name(stem + suffix)
    if text is None:
        return None
    for ref in references(text):
        parts = split_url(ref)
        if parts is None:
            continue
        first = unquote(parts.path).removeprefix("./").split("/", 1)[0]
        if first in candidates:
            return page.with_name(first)
    return None


def _candidate_folders(parent: Path) -> frozenset[str]:
    """The names in ``parent`` that are real folders (not symlinks) with a
    browser's ``_files`` suffix."""
    try:
        stamp = parent.stat().st_mtime_ns
    except OSError:
        return frozenset()
    # The folder's modification time is part of the cache key: adding or
    # removing an entry changes it. A folder changed in the last seconds is
    # listed afresh, since a coarse clock could give two changes one time.
    if time.time_ns() - stamp < _SETTLED_NS:
        return _list(str(parent))
    return _cached_list(str(parent), stamp)


_SETTLED_NS = 2_000_000_000


@functools.lru_cache(maxsize=16)
def _cached_list(parent: str, stamp: int) -> frozenset[str]:
    del stamp  # only a cache key
    return _list(parent)


def _list(parent: str) -> frozenset[str]:
    names: set[str] = set()
    try:
        with os.scandir(parent) as entries:
            for entry in entries:
                if entry.name.endswith(_SUFFIXES) and entry.is_dir(follow_symlinks=False):
                    names.add(entry.name)
    except OSError:
        return frozenset()
    return frozenset(names)


def references(text: str) -> list[str]:
    """Every file reference in the page's attributes, as written (entities
    decoded), in order, each once."""
    found: list[str] = []
    seen: set[str] = set()
    for match in _REFERENCE.finditer(text):
        value = next(group for group in match.groups()[1:] if group is not None)
        value = html.unescape(value).strip()
        values = _srcset(value) if "srcset" in match.group(1).lower() else [value]
        for ref in values:
            if ref and ref not in seen:
                seen.add(ref)
                found.append(ref)
    return found


def local_images(
    page: Path, text: str, folder: Path, left_out: list[str] | None = None
) -> dict[str, Resource]:
    """The images from ``folder`` that the page refers to, keyed by each form
    of the reference (as written, and percent-decoded). The names of the
    files left out for their size (over :data:`MAX_RESOURCE_BYTES`, or past
    :data:`MAX_TOTAL_BYTES` for the page) are added to ``left_out``, each
    once, so the researcher can be told why the reader shows a hole."""
    root = folder.resolve()
    base = page.parent
    by_file: dict[Path, Resource] = {}
    found: dict[str, Resource] = {}
    total = 0
    for ref in references(text):
        target = _inside(base, ref, root)
        if target is None:
            continue
        resource = by_file.get(target)
        if resource is None:
            try:
                size = target.stat().st_size
                if size > MAX_RESOURCE_BYTES or total + size > MAX_TOTAL_BYTES:
                    if left_out is not None and target.name not in left_out:
                        left_out.append(target.name)
                    continue
                data = target.read_bytes()
            except OSError:
                continue
            media_type = image_type(data)
            if media_type is None:
                continue
            total += len(data)
            resource = Resource(
                name=ref,
                media_type=media_type,
                data=data,
                location=target.relative_to(root).as_posix(),
            )
            by_file[target] = resource
        for key in (ref, unquote(ref)):
            found.setdefault(key, resource)
    return found


def _inside(base: Path, ref: str, root: Path) -> Path | None:
    """The file ``ref`` names when it is a relative reference to a regular
    file inside ``root`` (after following symlinks); ``None`` otherwise."""
    parts = split_url(ref)
    if (
        parts is None
        or parts.scheme
        or parts.netloc
        or not parts.path
        or ref.startswith(("/", "\\", "#"))
    ):
        return None
    relative = unquote(parts.path)
    if "\x00" in relative or relative.startswith(("/", "\\")) or ":" in relative:
        return None
    try:
        target = (base / relative).resolve()
        # is_file() passes on only "no such file" and a few like it: a
        # name longer than the system allows, or a folder the user may not
        # read, raises, and one image must not cost the page its import.
        if not target.is_relative_to(root) or not target.is_file():
            return None
    except (OSError, RuntimeError, ValueError):
        return None
    return target


def _srcset(value: str) -> list[str]:
    # URLs may contain commas; split on whitespace and drop the descriptors.
    return [token.rstrip(",") for token in value.split() if not _DESCRIPTOR.match(token)]
