"""Every mutation of a library is one :class:`Operation`: applied through
:meth:`quotemark.library.service.Library.run`, it returns an :class:`OpResult` with
what changed and the operation that undoes it (see :mod:`.base`)."""

from quotemark.library.operations.base import Operation, OpResult, Session
from quotemark.library.operations.body import (
    AddPassage,
    BodyResult,
    PutBody,
    RemoveParagraph,
    RemovePassage,
)
from quotemark.library.operations.clips import ClipSpan, DeleteClips, EditClip, RestoreClips
from quotemark.library.operations.collections import (
    AddToCollection,
    CreateCollection,
    DeleteCollection,
    MoveCollection,
    RemoveFromCollection,
    RenameCollection,
    RestoreCollections,
    SetPostNote,
    SetPostTags,
    TagPosts,
)
from quotemark.library.operations.conflicts import SeenQuote, SeenSource, body_fingerprint
from quotemark.library.operations.corrections import (
    AcceptField,
    AddQuote,
    EditMetadata,
    PutCorrections,
    RemoveQuote,
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
    "ReextractPosts",
    "ReextractReport",
    "Reimport",
    "RemoveFromCollection",
    "RemoveParagraph",
    "RemovePassage",
    "RemoveQuote",
    "RemoveSource",
    "RenameCollection",
    "RenameSource",
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
    "SetSpeaker",
    "SplitQuote",
    "TagPosts",
    "body_fingerprint",
]
