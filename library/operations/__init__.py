"""Every mutation of a library is one :class:`Operation`: applied through
:meth:`library.service.Library.run`, it returns an :class:`OpResult` with
what changed and the operation that undoes it (see :mod:`.base`)."""

from library.operations.base import Operation, OpResult, Session
from library.operations.clips import ClipSpan, DeleteClips, EditClip, RestoreClips
from library.operations.corrections import (
    AddQuote,
    EditMetadata,
    PutCorrections,
    RemoveQuote,
    SetSpeaker,
)
from library.operations.imports import (
    ImportFiles,
    ImportReport,
    ImportResult,
    ImportSample,
    ImportStatus,
)
from library.operations.posts import (
    DeletedPost,
    DeletePosts,
    ReextractPosts,
    ReextractReport,
    Reimport,
    ReplacePosts,
    RestorePosts,
    SetPostKey,
)
from library.operations.reshape import JoinQuotes, SetExtent, SplitQuote
from library.operations.sources import MergeSources, PutSourceState, RemoveSource, RenameSource

__all__ = [
    "AddQuote",
    "ClipSpan",
    "DeleteClips",
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
    "OpResult",
    "Operation",
    "PutCorrections",
    "PutSourceState",
    "ReextractPosts",
    "ReextractReport",
    "Reimport",
    "RemoveQuote",
    "RemoveSource",
    "RenameSource",
    "ReplacePosts",
    "RestoreClips",
    "RestorePosts",
    "Session",
    "SetExtent",
    "SetPostKey",
    "SetSpeaker",
    "SplitQuote",
]
