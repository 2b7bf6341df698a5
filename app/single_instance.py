"""One Quotemark window per library.

The first ``quotemark`` on a library listens on a local socket named after
the library (:func:`server_name`). A later ``quotemark FILE...`` on the same
library hands its files to it (:func:`hand_over`) and exits: the running
window imports and opens them and comes to the front, and the two never
disagree about what the library holds. Another library (another
``QUOTEMARK_HOME``) has another name and gets its own window.

The message is one line of JSON, ``{"files": [absolute paths]}``, answered
by ``ok``. The socket is the user's alone (``UserAccessOption``) and its name
includes the user id, so two users on one machine never meet.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from quotemark.library.store import engine

CONNECT_MS = 1000
"""How long a second start waits for the first to accept (a live process
accepts at once; a stale socket refuses at once)."""
REPLY_MS = 5000
"""How long it waits for the first to confirm it has the files."""
_REPLY = b"ok\n"


def server_name(library_path: Path | str) -> str:
    """The socket name for the library at ``library_path``: a hash of its
    resolved path (a shared library: its URL without any password, so the
    password never reaches a socket name) and the user, short enough for
    every platform's limit."""
    try:
        user = str(os.getuid())
    except AttributeError:  # Windows: names are per session anyway
        user = getpass.getuser()
    if engine.is_url(library_path):
        where = engine.shown_url(str(library_path))
    else:
        where = str(Path(library_path).resolve())
    key = f"{user}\0{where}".encode()
    return "quotemark-" + hashlib.sha256(key).hexdigest()[:24]


def hand_over(library_path: Path | str, files: Sequence[Path]) -> bool:
    """Give ``files`` to the Quotemark already open on ``library_path``.
    True when it took them (this process should exit); False when no
    Quotemark listens there (this one should open its window)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(library_path))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    # Absolute: the running window has its own working folder.
    message = {"files": [str(Path(f).absolute()) for f in files]}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.flush()
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.abort()
    return reply == _REPLY


class InstanceServer(QObject):
    """Listens for later starts on the same library; emits
    ``files_received`` with their files (possibly none: "come to the front")."""

    files_received = Signal(list)  # list[Path]

    def __init__(self, library_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._name = server_name(library_path)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening. A socket left behind by a Quotemark that crashed
        is removed first: callers listen only after :func:`hand_over` found
        nobody there."""
        if self._server.listen(self._name):
            return True
        if self._server.serverError() is QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self._name)
            return self._server.listen(self._name)
        return False

    @Slot(object)
    def move_to(self, library_path: Path | str) -> bool:
        """Listen for starts on another library instead (the window switched
        to it); False when that name cannot be listened on."""
        self.close()
        self._name = server_name(library_path)
        return self.listen()

    def name(self) -> str:
        """The socket name listened on."""
        return self._name

    def close(self) -> None:
        """Stop listening (the socket file goes with it)."""
        self._server.close()

    @Slot()
    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        try:
            files = [Path(f) for f in json.loads(data.decode("utf-8"))["files"]]
        except (ValueError, KeyError, TypeError):
            socket.abort()  # not a Quotemark talking: ignore it
            return
        socket.write(_REPLY)
        socket.flush()
        self.files_received.emit(files)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
