"""What a user reads when a shared library fails, from libpq's own words.

Shared by :mod:`quotemark.library.store.pg` (psycopg's errors) and
:mod:`quotemark.library.store.libpq` (libpq's text straight), so both paths
name the same problem in the same sentence. Imports no driver.
"""

from __future__ import annotations

from quotemark.library.errors import (
    LibraryError,
    LibraryFull,
    LibraryLocked,
    LibraryReadOnly,
    LibraryUnreachable,
)

NO_SERVER = "no PostgreSQL server answers there; check the address and that the server runs"
""":func:`connect_error`'s reason when nothing answers (no refusal, no TLS problem)."""


def connect_error(
    message: str, state: str, shown: str, kind: str = "OperationalError"
) -> LibraryError:
    """The error for a connection to ``shown`` (the URL without its
    password) that failed with libpq's ``message`` (as psycopg words it:
    ``connection failed: ...``) and SQLSTATE ``state`` (usually none);
    ``kind`` names the failure when the message is empty."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    detail = lines[0] if lines else kind
    # A failed connection carries no SQLSTATE (psycopg has only libpq's
    # text), so past the codes the server's and libpq's wording decides; a
    # refused or unsafe connection is not a server that is down, and saying
    # so sent people looking at the wrong thing.
    low = detail.lower()
    if "pg_hba.conf" in low:
        why = (
            "the server does not let this user into this database from here (its "
            "pg_hba.conf has no entry for it"
            + (
                "; a team's server may accept only TLS connections: add sslmode=require "
                "to the address)"
                if "no encryption" in low
                else "; ask its administrator)"
            )
        )
    elif (
        state in {"28P01", "28000"}
        or "password" in low
        or ('role "' in low and "does not exist" in low)
    ):
        why = (
            "the server refused the login (a wrong or missing password?). Put the "
            "password in ~/.pgpass or PGPASSWORD; Quotemark never stores it"
        )
    elif state == "3D000" or ('database "' in low and "does not exist" in low):
        why = "the server has no such database; ask its administrator to create it"
    elif "ssl" in low or "certificate" in low:
        why = (
            "the secure (TLS) connection was not made: the server does not offer TLS, "
            "or its certificate does not match the host name or is not signed by the "
            "certificate the address names (sslmode, sslrootcert)"
        )
    else:
        why = NO_SERVER
    return LibraryUnreachable(
        f"The shared library {shown} cannot be opened: {why} ({detail}). "
        "Your local library was not touched.",
        path=shown,
    )


# The SQLSTATE classes psycopg raises as OperationalError (its errors.py).
_OPERATIONAL = frozenset(
    {"08", "27", "28", "2F", "38", "39", "3B", "40", "53", "54", "55", "57", "58"}
)


def query_error(state: str, message: str, location: str) -> LibraryError | None:
    """The error a user should see when a statement on the shared library
    at ``location`` failed with SQLSTATE ``state`` (empty: libpq lost the
    connection) and the server's ``message``; ``None`` for a bug in
    Quotemark. The same choice as :func:`quotemark.library.store.pg.known_error`
    makes from psycopg's exception classes (which follow the SQLSTATE)."""
    text = message.strip()
    for prefix in ("ERROR:", "FATAL:"):
        if text.startswith(prefix):
            text = text[len(prefix) :].strip()
    if state in {"55P03", "40P01", "40001", "57014"}:
        return LibraryLocked(
            f"The shared library {location} is busy: a colleague's change holds it. "
            "Nothing was changed. Try again in a moment.",
            path=location,
        )
    if state == "53100":
        return LibraryFull(
            f"The shared library {location} could not be saved: the server's disk is "
            "full. Nothing was changed. Tell the server's administrator.",
            path=location,
        )
    if state in {"42501", "25006"}:
        return LibraryReadOnly(
            f"The shared library {location} does not let you change it ({text}). "
            "Ask the server's administrator for write access.",
            path=location,
        )
    if not state or state[:2] in _OPERATIONAL or state[:1] == "F":
        return LibraryUnreachable(
            f"The shared library {location} cannot be reached ({text}). Check the "
            "network and that the server runs.",
            path=location,
        )
    return None
