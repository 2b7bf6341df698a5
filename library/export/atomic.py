"""Writing an export file so that a crash never leaves half of it."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from quotemark.library.errors import ExportError


def write_atomic(path: Path | str, text: str) -> None:
    """Write ``text`` (UTF-8, line endings as given) to ``path`` atomically:
    a temporary file in the same folder is written, flushed to disk and
    renamed over ``path``, so readers see the old file or the new one, never
    a mix. Raises :class:`ExportError` naming the path when it cannot be
    written (missing or read-only folder, a folder in the way, disk full).
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise ExportError(
            f"Cannot export to {target}: it is a folder. Choose a file name.", path=str(target)
        )
    data = text.encode("utf-8", errors="surrogatepass")
    remove_stale_temporaries(folder)
    temp_name: str | None = None
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.{_TEMP_MARK}-{os.getpid()}-", suffix=".tmp", dir=folder
        )
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            # Keep the permissions the user gave the old file.
            with contextlib.suppress(OSError):
                os.chmod(temp_name, target.stat().st_mode & 0o7777)
        else:
            os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, target)
        temp_name = None
        _sync_folder(folder)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(
            f"Cannot write the export to {target}: {reason}. "
            "Choose a folder you can write to, or free some space.",
            path=str(target),
        ) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


_TEMP_MARK = "quotemark"
_TEMP = re.compile(rf"^\..+\.{_TEMP_MARK}-(\d+)-[^.]+\.tmp$")


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files an export killed before its rename left in
    ``folder`` (named ``.NAME.quotemark-PID-XXXX.tmp``; only those whose
    process is gone); returns them."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match is None or _running(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed.append(entry)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, owned by someone else (or unknowable): keep it
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder itself is synced (POSIX);
    # Windows cannot open folders, and the data is safe there already.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
