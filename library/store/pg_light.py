"""A shared library's window starts without psycopg: reads through libpq.

Importing psycopg was ~0.15 s of a shared library's start to a usable window
(its error classes, adapters, asyncio, importlib.metadata), before the first
statement. :func:`connect` opens the library through the same libpq file
psycopg_binary ships (:mod:`quotemark.library.store.libpq`, ctypes), and
:class:`StartConnection` offers the store's connection interface
(:class:`quotemark.library.store.engine.Connection`) over two connections:

- **reads at start go through libpq**: a statement whose first word is
  ``SELECT`` or ``WITH`` and that calls nothing with a side effect, its
  parameters sent as psycopg sends them (``int`` as ``bigint``, ``str``
  untyped for the server to infer, ``None`` as NULL, ``bool``, ``float``),
  translated as for psycopg (:mod:`quotemark.library.store.pg_sql`) with
  libpq's ``$n`` placeholders, its rows decoded to the values psycopg gives
  (``int``, ``str``, ``bool``, ``float``, ``Decimal`` for ``numeric``,
  ``bytes`` for ``bytea``, ``None``);
- **everything else goes to psycopg** (:func:`quotemark.library.store.pg.connect`):
  any write, ``BEGIN``, a column of another type, a parameter of another
  type, a statement the server refuses for a reason that is Quotemark's bug
  (so the bug reads as on the ordinary path), and what only a
  :class:`~quotemark.library.store.pg.PgConnection` has (``raw``,
  ``warm_up``, ``stream``, ``script``). That connection is made when first
  needed, normally by the window's warm-up once the first paint is done
  (:meth:`quotemark.library.service.Library.warm_up`); from then on every
  statement goes there and the libpq connection is closed.

A server that refuses or does not answer at start is reported with the
ordinary path's sentence (:func:`quotemark.library.store.pg_text.connect_error`);
one that fails a read, or is gone when psycopg's connection is made later,
with the sentence the ordinary path gives for a statement on a lost
connection (:func:`quotemark.library.store.pg_text.query_error`: "cannot be
reached"), never the start's "cannot be opened": the library was open.
:func:`connect` raises :class:`NotHere` when the library must be opened the
ordinary way (a URL or build libpq.py does not cover; a library to create,
migrate or refuse), and the caller then does.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from quotemark.library.errors import LibraryError, LibraryUnreachable
from quotemark.library.store import libpq, pg_sql
from quotemark.library.store.libpq import NotHere
from quotemark.library.store.pg_text import NO_SERVER, query_error

if TYPE_CHECKING:
    import psycopg

    from quotemark.library.store.pg import PgConnection, PgCursor

__all__ = ["Behind", "NotHere", "StartConnection", "connect"]


class Behind(NotHere):
    """The library is at an older schema version: the ordinary path
    upgrades it. ``found`` is that version, read by :func:`connect`'s schema
    check at no extra cost, so the window can say the upgrade is running
    (as it does for a file) before it starts."""

    def __init__(self, found: int, version: int) -> None:
        super().__init__(f"schema version {found}, not {version}")
        self.found = found


_READ = re.compile(r"^\s*(?:SELECT|WITH)\b", re.IGNORECASE)
_SIDE_EFFECT = re.compile(
    r"\b(?:INSERT|UPDATE|DELETE|MERGE|pg_notify|pg_advisory\w*|set_config|nextval|setval"
    r"|FOR\s+(?:UPDATE|SHARE|NO\s+KEY|KEY))\b",
    re.IGNORECASE,
)
"""Words that make a ``SELECT``/``WITH`` more than a read (a data-modifying
``WITH``, a lock, a notice, a sequence): such a statement goes to psycopg."""

_INT8, _BOOL, _FLOAT8 = 20, 16, 701


def _to_int(raw: bytes) -> Any:
    return int(raw)


def _to_str(raw: bytes) -> Any:
    return raw.decode()


def _to_bool(raw: bytes) -> Any:
    return raw == b"t"


def _to_float(raw: bytes) -> Any:
    return float(raw)


def _to_decimal(raw: bytes) -> Any:
    from decimal import Decimal

    return Decimal(raw.decode())


def _to_bytes(raw: bytes) -> Any:
    # bytea's text form: \x and hex digits (the server's default output).
    if not raw.startswith(b"\\x"):
        raise NotHere("bytea in the escape format")
    return bytes.fromhex(raw[2:].decode())


_DECODERS = {
    16: _to_bool,
    17: _to_bytes,
    19: _to_str,  # name
    20: _to_int,
    21: _to_int,
    23: _to_int,
    25: _to_str,
    26: _to_int,  # oid
    700: _to_float,
    701: _to_float,
    705: _to_str,  # unknown (a bare literal)
    1042: _to_str,  # char(n)
    1043: _to_str,  # varchar
    1700: _to_decimal,
}
"""Column type -> the value psycopg's text loaders give; any other type
goes to psycopg."""


def _parameters(values: Sequence[Any]) -> tuple[list[int], list[bytes | None]]:
    # As psycopg sends them: see the module (pg.connect registers Int8Dumper).
    types: list[int] = []
    texts: list[bytes | None] = []
    for value in values:
        if value is None:
            types.append(0)
            texts.append(None)
        elif isinstance(value, bool):
            types.append(_BOOL)
            texts.append(b"t" if value else b"f")
        elif isinstance(value, int):
            types.append(_INT8)
            texts.append(b"%d" % value)
        elif isinstance(value, float):
            types.append(_FLOAT8)
            texts.append(repr(value).encode())
        elif isinstance(value, str) and "\0" not in value:
            types.append(0)
            texts.append(value.encode())
        else:
            raise NotHere(f"a parameter of type {type(value).__name__}")
    return types, texts


class LightCursor:
    """The part of ``sqlite3.Cursor`` the store reads, over rows already
    read (a start's reads are a screenful at most)."""

    def __init__(self, rows: list[tuple[Any, ...]], names: list[str] | None, rowcount: int) -> None:
        self._rows = rows
        self._next = 0
        self.lastrowid: int | None = None
        self.rowcount = rowcount
        self.description: list[tuple[str, None, None, None, None, None, None]] | None = (
            None
            if names is None
            else [(name, None, None, None, None, None, None) for name in names]
        )

    def fetchone(self) -> tuple[Any, ...] | None:
        """The next row, or ``None``."""
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[tuple[Any, ...]]:
        """The remaining rows."""
        rows, self._next = self._rows[self._next :], len(self._rows)
        return rows

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        """Up to ``size`` further rows."""
        rows = self._rows[self._next : self._next + size]
        self._next += len(rows)
        return rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        while (row := self.fetchone()) is not None:
            yield row

    def close(self) -> None:
        """Release the rows."""
        self._rows, self._next = [], 0


class StartConnection:
    """A shared library's connection that reads through libpq until psycopg
    is needed, then is psycopg's (see the module)."""

    engine = "postgresql"

    def __init__(self, url: str, lib: Any, handle: int, location: str, timeout: float) -> None:
        """Use :func:`connect`."""
        self._url = url
        self._lib = lib
        self._handle: int | None = handle
        self.location = location
        """The URL without its password, for messages."""
        self._timeout = timeout
        self._full: PgConnection | None = None
        self.first_rows: list[tuple[Any, ...]] | None = None

    # -- which connection -------------------------------------------------

    @property
    def light(self) -> bool:
        """Whether reads still go through libpq (psycopg's connection not
        made yet)."""
        return self._full is None and self._handle is not None

    def full(self) -> PgConnection:
        """psycopg's connection, made now if not yet; the libpq one is then
        closed. Raises :class:`LibraryUnreachable` ("cannot be reached", as a
        statement on a lost connection does) when the server is gone."""
        if self._full is None:
            try:
                from quotemark.library.store import pg
            except ImportError as error:
                # psycopg_binary's libpq without psycopg: reads went on, the
                # rest cannot (the ordinary path says so at open).
                raise LibraryUnreachable(
                    f"The shared library {self.location} cannot be changed: this Quotemark "
                    f"cannot load its PostgreSQL driver (psycopg: {error}). Reinstall "
                    "Quotemark with psycopg[binary].",
                    path=self.location,
                ) from error
            try:
                self._full = pg.connect(self._url, timeout=self._timeout)
            except LibraryUnreachable as error:
                if NO_SERVER not in str(error):
                    raise  # refused (login, database, TLS): that sentence says what to do
                raise _unreachable(error, self.location) from error
            self._close_light()
        return self._full

    def _close_light(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            self._lib.finish(handle)

    # -- the store's interface --------------------------------------------

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open (never on the libpq connection: it
        only reads, each statement on its own)."""
        return self._full is not None and self._full.in_transaction

    def execute(
        self, sql: str, parameters: Sequence[Any] = (), *, prepare: bool | None = None
    ) -> LightCursor | PgCursor:
        """Run one SQLite statement: a read through libpq while that lasts
        (never prepared: libpq's unnamed statement), anything else on
        psycopg's connection (``prepare``: see
        :meth:`PgConnection.execute <quotemark.library.store.pg.PgConnection.execute>`)."""
        if self._full is None and self._handle is not None and _is_read(sql):
            try:
                return self._read(sql, parameters)
            except NotHere:
                pass  # psycopg's connection runs it (and says any error its way)
        return self.full().execute(sql, parameters, prepare=prepare)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> PgCursor:
        """Run one statement for each of ``rows`` (psycopg's connection)."""
        return self.full().executemany(sql, rows)

    def script(self, sql: str) -> list[tuple[Any, ...]]:
        """See :meth:`PgConnection.script <quotemark.library.store.pg.PgConnection.script>`."""
        return self.full().script(sql)

    def stream(
        self, sql: str, parameters: Sequence[Any], chunk: int, first: int | None = None
    ) -> Iterator[list[tuple[Any, ...]]]:
        """See :meth:`PgConnection.stream <quotemark.library.store.pg.PgConnection.stream>`."""
        return self.full().stream(sql, parameters, chunk, first)

    def warm_up(self) -> Iterator[None]:
        """Make psycopg's connection (the first step) and ready it as
        :meth:`PgConnection.warm_up <quotemark.library.store.pg.PgConnection.warm_up>`."""
        full = self.full()
        yield
        yield from full.warm_up()

    @property
    def raw(self) -> psycopg.Connection[Any]:
        """psycopg's connection (made now if not yet)."""
        return self.full().raw

    def create_function(self, *args: object, **kwargs: object) -> None:
        """Nothing to register (see :class:`PgConnection`)."""

    def close(self) -> None:
        """Close whichever connections are open."""
        self._close_light()
        if self._full is not None:
            self._full.close()

    # -- reading through libpq --------------------------------------------

    def _read(self, sql: str, parameters: Sequence[Any]) -> LightCursor:
        lib, handle = self._lib, self._handle
        if handle is None:
            raise NotHere("the libpq connection is closed")
        if lib.status(handle) == libpq.CONNECTION_BAD:
            raise _lost("the connection is lost", self.location)  # psycopg's words
        types, texts = _parameters(parameters)
        count = len(types)
        text = pg_sql.translate(sql, True).encode()
        if count:
            result = lib.exec_params(
                handle,
                text,
                count,
                (ctypes.c_uint * count)(*types),
                (ctypes.c_char_p * count)(*texts),
                None,
                None,
                0,
            )
        else:
            result = lib.exec_params(handle, text, 0, None, None, None, None, 0)
        if not result:
            said = _lines_once(libpq.message(lib, handle))
            raise _lost(f"consuming input failed: {said}", self.location)
        try:
            status = lib.result_status(result)
            if status == libpq.FATAL_ERROR:
                raise self._failure(result)
            if status == libpq.COMMAND_OK:
                return LightCursor([], None, -1)
            if status != libpq.TUPLES_OK:
                raise NotHere(f"libpq result {status}")
            return self._rows(result)
        finally:
            lib.clear(result)

    def _rows(self, result: int) -> LightCursor:
        lib = self._lib
        columns = lib.nfields(result)
        decoders = []
        names = []
        for column in range(columns):
            decoder = _DECODERS.get(lib.ftype(result, column))
            if decoder is None:
                raise NotHere(f"a column of type {lib.ftype(result, column)}")
            decoders.append((column, decoder))
            names.append((lib.fname(result, column) or b"").decode())
        getvalue, getisnull = lib.getvalue, lib.getisnull
        rows = []
        for row in range(lib.ntuples(result)):
            values: list[Any] = []
            for column, decoder in decoders:
                raw = getvalue(result, row, column)
                if not raw and getisnull(result, row, column):
                    values.append(None)
                else:
                    values.append(decoder(raw))
            rows.append(tuple(values))
        return LightCursor(rows, names, len(rows))

    def _failure(self, result: int) -> Exception:
        lib = self._lib
        state, text = libpq.error_of(lib, self._handle, result)
        text = _lines_once(text)
        if not state:
            # libpq's own error, no server's: the connection was lost (its
            # status turns bad only at the next call). Worded as psycopg
            # words it when the server goes away while it waits for a result.
            text = f"consuming input failed: {text}"
        known = query_error(state, text, self.location)
        if known is None:
            # Quotemark's bug: psycopg's connection runs it again and raises
            # the exception the ordinary path raises.
            return NotHere(f"the server refused the statement ({state})")
        return known


def _lines_once(text: str) -> str:
    # A lost connection's text comes twice over (the result's and the
    # connection's): each line once, in order.
    return "\n".join(dict.fromkeys(text.rstrip("\n").split("\n")))


def _is_read(sql: str) -> bool:
    return _READ.match(sql) is not None and _SIDE_EFFECT.search(sql) is None


def _lost(detail: str, location: str) -> LibraryError:
    error = query_error("", detail or "the connection is lost", location)
    assert error is not None  # no SQLSTATE: always "cannot be reached"
    return error


def _unreachable(error: LibraryUnreachable, location: str) -> LibraryError:
    # psycopg's own words for the failed connection (the cause), first line.
    cause = error.__cause__
    lines = [line.strip() for line in str(cause or error).splitlines() if line.strip()]
    return _lost(lines[0] if lines else "", location)


def connect(url: str, *, timeout: float, version: int) -> StartConnection:
    """Open the shared library at ``url`` through libpq: connect as
    :func:`quotemark.library.store.pg.connect` does, then send its setting
    and the schema check in one request. Raises :class:`NotHere` when the
    ordinary path must open it (schema not ``version``: :class:`Behind` when
    older; no such table yet, a
    URL or a build :mod:`~quotemark.library.store.libpq` does not cover), a
    :class:`LibraryError` with the ordinary path's message when the server
    refuses or does not answer."""
    lib = libpq.load()
    handle, shown = libpq.connect(lib, url, timeout)
    try:
        request = (
            f"SET lock_timeout = {int(timeout * 1000)}; SELECT max(version) FROM quotemark_schema"
        )
        result = lib.exec(handle, request.encode())
        if not result:
            raise _lost(libpq.message(lib, handle), shown)
        try:
            status = lib.result_status(result)
            if status != libpq.TUPLES_OK:
                state, text = libpq.error_of(lib, handle, result)
                known = query_error(state, _lines_once(text), shown)
                if isinstance(known, LibraryUnreachable):
                    raise known
                raise NotHere(f"the schema check failed ({state}): no library there yet?")
            value = lib.getvalue(result, 0, 0) if lib.ntuples(result) else b""
            found = int(value) if value else 0
        finally:
            lib.clear(result)
        if 0 < found < version:
            raise Behind(found, version)
        if found != version:
            raise NotHere(f"schema version {found}, not {version}")
    except BaseException:
        lib.finish(handle)
        raise
    return StartConnection(url, lib, handle, shown, timeout)
