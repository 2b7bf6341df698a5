"""Small learned models the analysis may read from ``quotemark/resources``
(:mod:`.partial_gate`, :mod:`.pron_rank`): a model is in use only when its
file is shipped there."""

from __future__ import annotations

from importlib import resources


def shipped_text(name: str) -> str | None:
    """The text of the resource ``name``, or ``None`` when it is not shipped."""
    path = resources.files("quotemark.resources").joinpath(name)
    if not path.is_file():
        return None
    return path.read_text(encoding="utf-8")
