"""Folders to the post files inside them."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from library.importers.webpage_complete import files_folder

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


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Files are passed through as given; folders are walked recursively in
    sorted order, skipping hidden entries, the ``NAME_files/`` folder of each
    "Web page, complete" (its HTML file stands for it) and files that are
    obviously not posts (images, styles, scripts)."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    files: list[Path] = []
    folders: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir():
                # A symlinked folder may loop back on itself; its posts can
                # be imported by naming it.
                if not entry.is_symlink():
                    folders.append(path)
            elif entry.is_file() and path.suffix.lower() not in _NOT_POSTS:
                files.append(path)
        except OSError:
            continue
    companions = {companion for page in files if (companion := files_folder(page)) is not None}
    for path in sorted(files + [f for f in folders if f not in companions]):
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path
