"""The exporter contract and the registry of exporters by name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quotemark.library.errors import ExportError
from quotemark.library.export.options import ExportOptions
from quotemark.library.model import Citation

Render = Callable[[Sequence[Citation], ExportOptions], str]
"""An exporter's work: citations (each post followed by its clips) to text."""


@dataclass(frozen=True, slots=True)
class Exporter:
    """One export format: its name (as the CLI and the dialog show it), a
    human label, the usual file extension (with its dot) and the render
    function."""

    name: str
    label: str
    extension: str
    render: Render


_EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    """Make ``exporter`` available under its name; names are unique."""
    if exporter.name in _EXPORTERS:
        raise ValueError(f"export format {exporter.name!r} is registered twice")
    _EXPORTERS[exporter.name] = exporter
    return exporter


def get(name: str) -> Exporter:
    """The exporter registered as ``name``."""
    try:
        return _EXPORTERS[name]
    except KeyError:
        known = ", ".join(_EXPORTERS)
        raise ExportError(f"Unknown export format {name!r}. Choose one of: {known}.") from None


def names() -> list[str]:
    """Every registered name, in registration order."""
    return list(_EXPORTERS)
