"""Every mutation of a library is one :class:`Operation`: applied through
:meth:`quotemark.library.service.Library.run`, it returns an :class:`OpResult` with
what changed and the operation that undoes it (see :mod:`.base`).

The names load their module when first asked for (PEP 562): the window
imports this package at start, and defining every operation with the store
modules they write through cost ~40 ms of CPU before its first paint
(issue 15); a module loads when one of its operations is first made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotemark.library.operations.base import Operation, OpResult, Session
    from quotemark.library.operations.body import (
        AddPassage,
        BodyResult,
        PutBody,
        RemoveParagraph,
        RemovePassage,
    )
    from quotemark.library.operations.clips import (
        ClipSpan,
        DeleteClips,
        EditClip,
        ReadParts,
        RestoreClips,
    )
    from quotemark.library.operations.collections import (
        AddToCollection,
        CreateCollection,
        DeleteCollection,
        MoveCollection,
        RemoveFromCollection,
        RenameCollection,
        RenameTag,
        RestoreCollections,
        SetPostNote,
        SetPostTags,
        TagPosts,
        TagUse,
        UnrenameTag,
        tag_use,
    )
    from quotemark.library.operations.conflicts import SeenQuote, SeenSource, body_fingerprint
    from quotemark.library.operations.corrections import (
        AcceptField,
        AddQuote,
        EditMetadata,
        PutCorrections,
        RemoveQuote,
        SetQuoteKind,
        SetSpeaker,
    )
    from quotemark.library.operations.imports import (
        ImportFiles,
        ImportReport,
        ImportResult,
        ImportSample,
        ImportStatus,
    )
    from quotemark.library.operations.posts import (
        DeletedPost,
        DeletePosts,
        ReextractPosts,
        ReextractReport,
        Reimport,
        ReimportPosts,
        ReplacePosts,
        RestorePosts,
        SetPostKey,
    )
    from quotemark.library.operations.reshape import JoinQuotes, SetExtent, SplitQuote
    from quotemark.library.operations.sources import (
        MergeSources,
        PutSourceState,
        RemoveSource,
        RenameSource,
    )

_HOMES = {
    "base": ("Operation", "OpResult", "Session"),
    "body": ("AddPassage", "BodyResult", "PutBody", "RemoveParagraph", "RemovePassage"),
    "clips": ("ClipSpan", "DeleteClips", "EditClip", "ReadParts", "RestoreClips"),
    "collections": (
        "AddToCollection",
        "CreateCollection",
        "DeleteCollection",
        "MoveCollection",
        "RemoveFromCollection",
        "RenameCollection",
        "RenameTag",
        "RestoreCollections",
        "SetPostNote",
        "SetPostTags",
        "TagPosts",
        "TagUse",
        "UnrenameTag",
        "tag_use",
    ),
    "conflicts": ("SeenQuote", "SeenSource", "body_fingerprint"),
    "corrections": (
        "AcceptField",
        "AddQuote",
        "EditMetadata",
        "PutCorrections",
        "RemoveQuote",
        "SetQuoteKind",
        "SetSpeaker",
    ),
    "imports": ("ImportFiles", "ImportReport", "ImportResult", "ImportSample", "ImportStatus"),
    "posts": (
        "DeletedPost",
        "DeletePosts",
        "ReextractPosts",
        "ReextractReport",
        "Reimport",
        "ReimportPosts",
        "ReplacePosts",
        "RestorePosts",
        "SetPostKey",
    ),
    "reshape": ("JoinQuotes", "SetExtent", "SplitQuote"),
    "sources": ("MergeSources", "PutSourceState", "RemoveSource", "RenameSource"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    if name in _HOMES:  # a submodule, as `operations.imports` gave before
        return importlib.import_module(f"{__name__}.{name}")
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # asked once
    return value


__all__ = [
    "AcceptField",
    "AddPassage",
    "AddQuote",
    "AddToCollection",
    "BodyResult",
    "ClipSpan",
    "CreateCollection",
    "DeleteClips",
    "DeleteCollection",
    "DeletePosts",
    "DeletedPost",
    "EditClip",
    "EditMetadata",
    "ImportFiles",
    "ImportReport",
    "ImportResult",
    "ImportSample",
    "ImportStatus",
    "JoinQuotes",
    "MergeSources",
    "MoveCollection",
    "OpResult",
    "Operation",
    "PutBody",
    "PutCorrections",
    "PutSourceState",
    "ReadParts",
    "ReextractPosts",
    "ReextractReport",
    "Reimport",
    "ReimportPosts",
    "RemoveFromCollection",
    "RemoveParagraph",
    "RemovePassage",
    "RemoveQuote",
    "RemoveSource",
    "RenameCollection",
    "RenameSource",
    "RenameTag",
    "ReplacePosts",
    "RestoreClips",
    "RestoreCollections",
    "RestorePosts",
    "SeenQuote",
    "SeenSource",
    "Session",
    "SetExtent",
    "SetPostKey",
    "SetPostNote",
    "SetPostTags",
    "SetQuoteKind",
    "SetSpeaker",
    "SplitQuote",
    "TagPosts",
    "TagUse",
    "UnrenameTag",
    "body_fingerprint",
    "tag_use",
]
