"""Every mutation of a library is one :class:`Operation`: applied through
:meth:`library.service.Library.run`, it returns an :class:`OpResult` with
what changed and the operation that undoes it (see :mod:`.base`)."""

from library.operations.base import Operation, OpResult, Session
from library.operations.clips import ClipSpan, DeleteClips, EditClip, RestoreClips
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

__all__ = [
    "ClipSpan",
    "DeleteClips",
    "DeletePosts",
    "DeletedPost",
    "EditClip",
    "ImportFiles",
    "ImportReport",
    "ImportResult",
    "ImportSample",
    "ImportStatus",
    "OpResult",
    "Operation",
    "ReextractPosts",
    "ReextractReport",
    "Reimport",
    "ReplacePosts",
    "RestoreClips",
    "RestorePosts",
    "Session",
    "SetPostKey",
]
