"""A shared library's listing read through libpq itself, without psycopg.

``quotemark posts --json`` on a shared library spent most of the time to
its first line importing psycopg (~0.15 s of CPU: its ~250 error classes,
its adapters, asyncio, importlib.metadata), for one read-only statement.
This module talks to the **same libpq file psycopg_binary ships**
(``psycopg_binary.libs/libpq-*.so``, loaded with ctypes, with the TLS
libraries beside it), so the URL, ``~/.pgpass``, ``PGPASSWORD``, service
files and TLS settings are read by the very code psycopg would use. It
connects as :func:`quotemark.library.store.pg.connect` does (one attempt per
address, psycopg's prefixes on libpq's error text, the same timeout) and
sends the same settings, the schema check and the listing in one request,
the rows coming in libpq's chunked mode (single rows before libpq 17).

It covers only what it can do the same way: anything else is
:class:`NotHere` and the caller takes the ordinary path (psycopg). That is
no libpq of psycopg_binary's (another psycopg build: ``PSYCOPG_IMPL``), a URL
libpq cannot parse, several hosts or addresses, a library to create,
migrate or refuse (its schema is not this Quotemark's), columns of another
type. A server that refuses or does not answer is reported here, with the
message the ordinary path gives (:func:`quotemark.library.store.pg_text.connect_error`).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Generator, Iterator
from typing import Any

from quotemark.library.errors import LibraryError
from quotemark.library.store.engine import shown_url
from quotemark.library.store.pg_text import connect_error, query_error


class NotHere(Exception):
    """This path cannot do it the ordinary path's way: use psycopg."""


# libpq's enums (libpq-fe.h), stable since PostgreSQL 7.
_POLLING_FAILED, _POLLING_READING, _POLLING_WRITING, _POLLING_OK = 0, 1, 2, 3
CONNECTION_BAD = 1
COMMAND_OK, TUPLES_OK, FATAL_ERROR = 1, 2, 7
_SINGLE_TUPLE, _TUPLES_CHUNK = 9, 12
_DIAG_SQLSTATE = ord("C")
_INT_TYPES = frozenset({20, 21, 23})  # int8, int2, int4
_TEXT_TYPES = frozenset({25, 1043})  # text, varchar

CHUNK_ROWS = 500
"""Rows libpq hands over at a time (libpq 17's chunked mode), as
:data:`quotemark.library.store.pg.STREAM_BATCH`."""


def libpq_file() -> str | None:
    """The libpq psycopg_binary ships, beside the running Python's
    packages (or in a PyInstaller build's folder); ``None`` when psycopg
    would use another (``PSYCOPG_IMPL`` other than ``binary``) or there is
    none."""
    if os.environ.get("PSYCOPG_IMPL", "binary") != "binary":
        return None
    folders = [*sys.path, getattr(sys, "_MEIPASS", "")]
    for base in folders:
        for sub in ("psycopg_binary.libs", os.path.join("psycopg_binary", ".dylibs")):
            folder = os.path.join(base or ".", sub)
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                continue
            for name in names:
                if name.startswith("libpq") and (".so" in name or name.endswith(".dylib")):
                    return os.path.join(folder, name)
    return None


class _Lib:
    """The libpq functions used here, typed for ctypes."""

    def __init__(self, path: str) -> None:
        lib = ctypes.CDLL(path)
        p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p

        def fn(name: str, restype: Any, *argtypes: Any) -> Any:
            function = getattr(lib, name)
            function.restype = restype
            function.argtypes = list(argtypes)
            return function

        strings = ctypes.POINTER(ctypes.c_char_p)
        self.version = fn("PQlibVersion", i)()
        self.connect_start = fn("PQconnectStartParams", p, strings, strings, i)
        self.connect_poll = fn("PQconnectPoll", i, p)
        self.status = fn("PQstatus", i, p)
        self.socket = fn("PQsocket", i, p)
        self.error_message = fn("PQerrorMessage", s, p)
        self.finish = fn("PQfinish", None, p)
        self.send_query = fn("PQsendQuery", i, p, s)
        self.single_row = fn("PQsetSingleRowMode", i, p)
        self.chunked = fn("PQsetChunkedRowsMode", i, p, i) if self.version >= 170000 else None
        self.get_result = fn("PQgetResult", p, p)
        self.result_status = fn("PQresultStatus", i, p)
        self.result_error = fn("PQresultErrorMessage", s, p)
        self.error_field = fn("PQresultErrorField", s, p, i)
        self.ntuples = fn("PQntuples", i, p)
        self.nfields = fn("PQnfields", i, p)
        self.ftype = fn("PQftype", ctypes.c_uint, p, i)
        self.getvalue = fn("PQgetvalue", s, p, i, i)
        self.getisnull = fn("PQgetisnull", i, p, i, i)
        self.clear = fn("PQclear", None, p)
        self.conninfo_parse = fn("PQconninfoParse", p, s, ctypes.POINTER(ctypes.c_char_p))
        self.conninfo_free = fn("PQconninfoFree", None, p)
        self.freemem = fn("PQfreemem", None, p)
        # For store/pg_light.py's statements with parameters.
        oids = ctypes.POINTER(ctypes.c_uint)
        ints = ctypes.POINTER(ctypes.c_int)
        self.exec_params = fn("PQexecParams", p, p, s, i, oids, strings, ints, ints, i)
        self.exec = fn("PQexec", p, p, s)
        self.fname = fn("PQfname", s, p, i)
        self.cmd_tuples = fn("PQcmdTuples", s, p)


class _Option(ctypes.Structure):
    _fields_ = [
        ("keyword", ctypes.c_char_p),
        ("envvar", ctypes.c_char_p),
        ("compiled", ctypes.c_char_p),
        ("val", ctypes.c_char_p),
        ("label", ctypes.c_char_p),
        ("dispchar", ctypes.c_char_p),
        ("dispsize", ctypes.c_int),
    ]


_loaded: _Lib | None = None


def load() -> _Lib:
    global _loaded
    if _loaded is None:
        path = libpq_file()
        if path is None:
            raise NotHere("no libpq of psycopg_binary's")
        try:
            _loaded = _Lib(path)
        except (OSError, AttributeError) as error:
            raise NotHere(f"{path}: {error}") from error
    return _loaded


def _parsed(lib: _Lib, url: str) -> dict[str, str]:
    # The URL's settings as libpq reads them; NotHere when it cannot (the
    # ordinary path then says what is wrong, in psycopg's words).
    error = ctypes.c_char_p()
    options = lib.conninfo_parse(url.encode(), ctypes.byref(error))
    if not options:
        if error:
            lib.freemem(ctypes.cast(error, ctypes.c_void_p))
        raise NotHere("a URL libpq cannot read")
    try:
        found: dict[str, str] = {}
        entries = ctypes.cast(options, ctypes.POINTER(_Option))
        index = 0
        while entries[index].keyword is not None:
            entry = entries[index]
            if entry.val is not None:
                found[entry.keyword.decode()] = entry.val.decode("utf-8", "replace")
            index += 1
        return found
    finally:
        lib.conninfo_free(options)


def _address(settings: dict[str, str]) -> str | None:
    # The one address psycopg's single attempt would go to (it resolves a
    # host name itself and passes the address as hostaddr); NotHere for
    # anything that would make more than one attempt.
    host = settings.get("host", "") or os.environ.get("PGHOST", "")
    if "," in host or "," in settings.get("hostaddr", ""):
        raise NotHere("several hosts")
    if settings.get("load_balance_hosts") or settings.get("target_session_attrs"):
        raise NotHere("host selection")
    if not host or host.startswith("/") or host[1:2] == ":" or settings.get("hostaddr"):
        return None
    import ipaddress
    import socket

    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return host
    port = settings.get("port") or os.environ.get("PGPORT") or "5432"
    try:
        found = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP, type=socket.SOCK_STREAM)
    except OSError as error:
        raise NotHere(f"host not resolved: {error}") from error
    addresses = {str(item[4][0]) for item in found}
    if len(addresses) != 1:
        raise NotHere("several addresses")
    return addresses.pop()


def connect(lib: _Lib, url: str, timeout: float) -> tuple[int, str]:
    """A libpq connection to ``url`` made as :func:`quotemark.library.store.pg.connect`
    makes it, and the URL as messages show it; a :class:`LibraryError` with the
    ordinary path's message when it fails."""
    settings = _parsed(lib, url)
    shown = shown_url(url)
    address = _address(settings)
    seconds = max(1, int(timeout * 2))  # as pg.connect asks psycopg
    pairs = [("dbname", url), ("connect_timeout", str(seconds)), ("client_encoding", "UTF8")]
    if address is not None:
        pairs.append(("hostaddr", address))
    keys = (ctypes.c_char_p * (len(pairs) + 1))(*[k.encode() for k, _ in pairs], None)
    values = (ctypes.c_char_p * (len(pairs) + 1))(*[v.encode() for _, v in pairs], None)
    conn = lib.connect_start(keys, values, 1)
    if not conn:
        raise MemoryError("libpq could not start a connection")
    try:
        if lib.status(conn) == CONNECTION_BAD:
            raise connect_error(f"connection is bad: {message(lib, conn)}", "", shown)
        _poll(lib, conn, max(2, seconds), shown)
    except BaseException:
        lib.finish(conn)
        raise
    return int(conn), shown


def _poll(lib: _Lib, conn: int, seconds: int, shown: str) -> None:
    import select
    import time

    deadline = time.monotonic() + seconds
    while True:
        status = lib.connect_poll(conn)
        if status == _POLLING_OK:
            return
        if status == _POLLING_FAILED:
            raise connect_error(f"connection failed: {message(lib, conn)}", "", shown)
        left = deadline - time.monotonic()
        if left <= 0:
            raise connect_error("connection timeout expired", "", shown)
        sock = lib.socket(conn)
        if status == _POLLING_READING:
            select.select([sock], [], [], left)
        else:
            select.select([], [sock], [], left)


def message(lib: _Lib, conn: int) -> str:
    """libpq's last message on ``conn``."""
    text: bytes | None = lib.error_message(conn)
    return (text or b"").decode("utf-8", "replace")


def error_of(lib: _Lib, conn: int | None, result: int) -> tuple[str, str]:
    """A failed ``result``'s SQLSTATE ("" when libpq itself failed, as on a
    lost connection) and its text (the connection's last message when the
    result has none and the connection is still held)."""
    state = (lib.error_field(result, _DIAG_SQLSTATE) or b"").decode("ascii", "replace")
    said = lib.result_error(result) or (lib.error_message(conn) if conn is not None else None)
    text = (said or b"").decode("utf-8", "replace")
    return state, text


def _failure(lib: _Lib, conn: int, result: int, shown: str) -> LibraryError:
    state, text = error_of(lib, conn, result)
    known = query_error(state, text, shown)
    if known is None:  # a bug in Quotemark's statement, not the server's state
        raise RuntimeError(f"the listing failed on {shown}: {text.strip()}")
    return known


def stream(
    url: str,
    sql: str,
    *,
    version: int,
    timeout: float,
    first: int,
    chunk: int,
    settings: tuple[str, ...] = (),
) -> Generator[list[tuple[Any, ...]], None, None]:
    """The rows of the parameterless SELECT ``sql`` on the shared library
    at ``url``, ``first`` rows then ``chunk`` at a time, as psycopg's
    cursor gives them (``int`` for integer columns, ``str`` for text,
    ``None`` for NULL). Raises :class:`NotHere` before the first rows when
    the library's schema is not ``version`` or the statement gives other
    types, a :class:`LibraryError` naming the URL (without its password)
    when the server refuses, does not answer or fails midway. Closing the
    iterator early closes the connection (the server stops)."""
    lib = load()
    conn, shown = connect(lib, url, timeout)
    try:
        # The setting pg.connect sends (and ``settings``), the schema check
        # and the listing: one request.
        sets = [f"SET lock_timeout = {int(timeout * 1000)}", *(f"SET {s}" for s in settings)]
        request = "; ".join([*sets, "SELECT max(version) FROM quotemark_schema", sql])
        if not lib.send_query(conn, request.encode()):
            raise connect_error(f"sending failed: {message(lib, conn)}", "", shown)
        if lib.chunked is not None:
            lib.chunked(conn, CHUNK_ROWS)
        else:
            lib.single_row(conn)
        yield from _rows(lib, conn, len(sets), version, first, chunk, shown)
    finally:
        lib.finish(conn)


def _rows(
    lib: _Lib, conn: int, sets: int, version: int, first: int, chunk: int, shown: str
) -> Iterator[list[tuple[Any, ...]]]:
    results = 0  # finished results: the SETs, then the schema's version
    kinds: list[bool] | None = None  # per column: an integer?
    rows: list[tuple[Any, ...]] = []
    size = first
    getvalue, getisnull = lib.getvalue, lib.getisnull
    while True:
        result = lib.get_result(conn)
        if not result:
            break
        try:
            status = lib.result_status(result)
            if status == FATAL_ERROR:
                if results <= sets:
                    raise NotHere("the schema check failed (no library there yet?)")
                raise _failure(lib, conn, result, shown)
            if results == sets and status in (_SINGLE_TUPLE, _TUPLES_CHUNK, TUPLES_OK):
                if lib.ntuples(result):
                    value = getvalue(result, 0, 0)
                    found = int(value) if value else 0
                    if found != version:
                        raise NotHere(f"schema version {found}, not {version}")
                if status == TUPLES_OK:
                    results += 1
                continue
            if status in (COMMAND_OK, TUPLES_OK):
                results += 1
                if results <= sets + 1:
                    continue
            if results <= sets or status not in (_SINGLE_TUPLE, _TUPLES_CHUNK, TUPLES_OK):
                raise RuntimeError(f"libpq result {status} unexpected on {shown}")
            count = lib.ntuples(result)
            if count == 0:
                continue
            if kinds is None:
                kinds = _column_kinds(lib, result)
            rows.extend(_decoded(getvalue, getisnull, result, count, kinds))
        finally:
            lib.clear(result)
        while len(rows) >= size:
            yield rows[:size]
            del rows[:size]
            size = chunk
    if rows:
        yield rows


def _column_kinds(lib: _Lib, result: int) -> list[bool]:
    kinds = []
    for column in range(lib.nfields(result)):
        oid = lib.ftype(result, column)
        if oid not in _INT_TYPES and oid not in _TEXT_TYPES:
            raise NotHere(f"a column of type {oid}")
        kinds.append(oid in _INT_TYPES)
    return kinds


def _decoded(
    getvalue: Any, getisnull: Any, result: int, count: int, kinds: list[bool]
) -> Iterator[tuple[Any, ...]]:
    columns = list(enumerate(kinds))
    for row in range(count):
        values: list[Any] = []
        add = values.append
        for column, integer in columns:
            raw = getvalue(result, row, column)
            if not raw and getisnull(result, row, column):
                add(None)
            elif integer:
                add(int(raw))
            else:
                add(raw.decode())
        yield tuple(values)
