"""Folders to the post files inside them."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotemark.library.importers.sniff import not_a_post as sniffed_not_a_post
from quotemark.library.importers.webpage_complete import files_folder

# Files inside a folder that are certainly not posts: a page's images,
# styles and scripts, fonts, archives, office documents, source code and data.
_NOT_POSTS = frozenset(
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".bmp", ".ico", ".tif",
        ".tiff", ".heic", ".css", ".js", ".mjs", ".map", ".json", ".woff", ".woff2", ".ttf",
        ".otf", ".eot", ".mp3", ".mp4", ".webm", ".ogg", ".wav", ".mov", ".zip", ".gz",
        ".tgz", ".bz2", ".xz", ".7z", ".rar", ".pdf", ".doc", ".docx", ".xls", ".xlsx",
        ".ppt", ".pptx", ".odt", ".epub", ".exe", ".dll", ".so", ".pyc", ".db", ".sqlite",
        ".bib", ".ds_store", ".lnk", ".part", ".crdownload", ".py", ".pyi", ".sh",
        ".bat", ".ps1", ".c", ".h", ".cpp", ".java", ".rb", ".go", ".rs", ".ts", ".tsx",
        ".jsx", ".toml", ".yaml", ".yml", ".ini", ".cfg", ".lock", ".csv", ".tsv",
    }
)  # fmt: skip


# Of those, the files a researcher may well have meant to import: the
# import report names them and says why (styles, scripts and fonts are parts
# of saved pages and pass silently).
_DOCUMENTS = {
    ".pdf": "a PDF, not a saved web page; Quotemark reads saved pages (HTML, MHTML, "
    "web archives) and text. Save the article from the browser as a web page",
    ".epub": "an e-book, not a saved web page; Quotemark reads saved pages and text",
    ".doc": "a Word document; save it as text (.txt) to import it",
    ".docx": "a Word document; save it as text (.txt) to import it",
    ".odt": "a text document of LibreOffice; save it as text (.txt) to import it",
    ".zip": "an archive; unpack it and import the folder",
    ".gz": "an archive; unpack it and import the folder",
    ".tgz": "an archive; unpack it and import the folder",
    ".7z": "an archive; unpack it and import the folder",
    ".rar": "an archive; unpack it and import the folder",
}
_IMAGES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp", ".tif", ".tiff", ".heic"}
)


def not_a_post(path: Path) -> str | None:
    """Why ``path`` is no saved post, for files a user may have meant to
    import (a PDF, an image, an archive); ``None`` for any other file."""
    suffix = path.suffix.lower()
    if suffix in _DOCUMENTS:
        return f"{path}: not imported: {_DOCUMENTS[suffix]}."
    if suffix in _IMAGES:
        return f"{path}: not imported: an image, not a saved post."
    return None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An entry of a folder that was not imported, and why (a sentence a
    user can act on, starting with the entry's path). ``not_a_post``: a file
    that is simply something else (a PDF, an image), not a problem."""

    path: Path
    reason: str
    not_a_post: bool = False


def discover(paths: Iterable[Path], skipped: list[Skipped] | None = None) -> Iterator[Path]:
    """Files are passed through as given, except a PDF, an image or an
    archive (by name and first bytes), which is added to ``skipped`` as one
    met in a folder would be; folders are walked recursively in
    sorted order, skipping hidden entries, the ``NAME_files/`` folder of each
    "Web page, complete" (its HTML file stands for it) and files that are
    obviously not posts (images, styles, scripts).

    Inside a folder, a symbolic link is followed only to a file within the
    folder given: a link to ``/etc/passwd`` or to another folder is not
    imported. Such links, and sub-folders that cannot be read, are added to
    ``skipped`` when it is given, so the import can say so.
    """
    found = skipped if skipped is not None else []
    for path in paths:
        if path.is_dir():
            yield from _walk(path, path.resolve(), found)
        elif (reason := _other_kind_given(path)) is not None:
            found.append(Skipped(path, reason, not_a_post=True))
        else:
            yield path


def _other_kind_given(path: Path) -> str | None:
    """Why a file given by name is skipped as in a folder (a PDF, an image,
    an archive): its name says so and its first bytes agree, so a page saved
    under a misleading name is still read for what it is."""
    reason = not_a_post(path)
    if reason is None:
        return None
    try:
        with path.open("rb") as stream:
            head = stream.read(64)
    except OSError:
        return None  # reading it says what is wrong, naming the file
    return reason if sniffed_not_a_post(head) is not None or b"\x00" in head else None


def _walk(folder: Path, root: Path, skipped: list[Skipped]) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        problem = (
            "permission to read it was denied"
            if isinstance(error, PermissionError)
            else f"it cannot be read ({error.strerror or error})"
        )
        skipped.append(Skipped(folder, f"{folder}: this folder was skipped: {problem}."))
        return
    files: list[Path] = []
    folders: list[Path] = []
    others: list[Skipped] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_symlink():
                _linked(path, root, files, skipped)
            elif entry.is_dir():
                folders.append(path)
            elif entry.is_file() and path.suffix.lower() not in _NOT_POSTS:
                files.append(path)
            elif entry.is_file() and (reason := not_a_post(path)) is not None:
                others.append(Skipped(path, reason, not_a_post=True))
        except OSError:
            continue
    companions = {companion for page in files if (companion := files_folder(page)) is not None}
    skipped.extend(others)
    is_file = set(files)
    for path in sorted(files + [f for f in folders if f not in companions]):
        if path in is_file:
            yield path
        else:
            yield from _walk(path, root, skipped)


def _linked(path: Path, root: Path, files: list[Path], skipped: list[Skipped]) -> None:
    """Sort a symbolic link met in a walk: a link to a post file inside the
    folder being imported counts as that file; anything else is skipped."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        skipped.append(Skipped(path, f"{path}: this link was skipped: its target is missing."))
        return
    if target.is_dir():
        # A linked folder may loop back on itself; import it by naming it.
        skipped.append(
            Skipped(
                path,
                f"{path}: this link to the folder {target} was skipped; import that folder "
                "itself to import its posts.",
            )
        )
        return
    if not target.is_relative_to(root):
        skipped.append(
            Skipped(
                path,
                f"{path}: this link to {target}, outside the imported folder, was skipped; "
                "import that file itself if it is a post.",
            )
        )
        return
    if path.suffix.lower() not in _NOT_POSTS:
        files.append(path)
