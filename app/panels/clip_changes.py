"""How the Clips tab's list follows a change made by undo, the window or
another process: only the rows the change names are touched, so the
selection and any unsaved typing in the form stay.

"This post" adds a new clip of the open post (of one's own, when only
those are listed) at its place and repaints edited rows; "All clips" places
new clips by the database's count of those before them
(:meth:`~quotemark.app.panels.clip_table.ClipTableModel.add_clips`) and
reloads only what it cannot place.
"""

from __future__ import annotations

from quotemark.app.controller import Controller
from quotemark.app.panels.clip_table import ClipTableModel
from quotemark.library.model import Change


def follow(
    model: ClipTableModel,
    change: Change,
    library: Controller,
    *,
    post_id: int | None,
    all_clips: bool,
    mine: bool,
) -> bool:
    """Update ``model``'s rows for ``change``; whether any was touched.
    ``post_id``, ``all_clips`` and ``mine`` say what the list shows."""
    touched = False
    wanted = change.clips_added + change.clips_changed
    if model.pages() is not None:
        if wanted or change.clips_removed:
            _follow_all(model, change, library, mine=mine)
            touched = True
        wanted = ()
    elif change.clips_removed:
        model.remove_clips(change.clips_removed)
        touched = True
    if wanted:
        for clip in library.clips_by_id(wanted):
            listed = model.row_of(clip.id) is not None
            if listed:
                model.replace_clip(clip)
            elif (all_clips or clip.post_id == post_id) and (
                not mine or (clip.made_by is not None and clip.made_by == library.who)
            ):
                model.add_clips([clip])
            touched = True
    return touched


def _follow_all(model: ClipTableModel, change: Change, library: Controller, *, mine: bool) -> None:
    """ "All clips" follows a change: new clips are placed by the
    database's count of those before them, edited ones repaint if shown."""
    added = set(change.clips_added)
    wanted = change.clips_added + change.clips_changed
    clips = library.clips_by_id(wanted) if wanted else []
    who = library.who if mine else None
    listed = [c for c in clips if c.id in added and (who is None or c.made_by == who)]
    if change.clips_removed:
        model.remove_clips(change.clips_removed, arriving=[c.id for c in listed])
    model.add_clips(listed)
    for clip in clips:
        if clip.id not in added:
            model.replace_clip(clip)
