"""Small helpers shared by the services: fetching by id, who is acting."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from factcheck.errors import NotFound

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


# Ids are INTEGER columns; a larger number cannot name a row (and PostgreSQL would refuse it).
MAX_ID = 2**31 - 1


def parse_id(ref: str) -> int | None:
    """The id a user typed, or None when it is a name/slug (ASCII digits only: not '²')."""
    ref = ref.strip()
    return int(ref) if ref.isascii() and ref.isdigit() else None


def get_or_fail(session: Session, model: type[T], ident: int, what: str | None = None) -> T:
    row = session.get(model, ident) if 0 < ident <= MAX_ID else None
    if row is None:
        raise NotFound(f"no {what or model.__name__.lower()} with id {ident}")
    return row


def dialect_name(reader) -> str:
    """The database's dialect ("sqlite", "postgresql") under a Session or a Connection."""
    bind = reader.get_bind() if hasattr(reader, "get_bind") else reader
    return bind.dialect.name


def current_user(explicit: str | None = None) -> str:
    """--reviewer, else FACTCHECK_REVIEWER, else factcheck.toml's reviewer, else the login."""
    from factcheck import config

    configured = config.value("reviewer", explicit)
    if configured:
        return configured
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


# Keeps every IN (...) list well under the bound-parameter limits of SQLite and PostgreSQL.
CHUNK = 5000


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    """Ids in lists of at most `size`, for IN (...) queries."""
    for index in range(0, len(ids), size):
        yield list(ids[index : index + size])


def like_pattern(text: str) -> tuple[str, str | None]:
    """A LIKE pattern for a substring: %, _ and \\ in it are literal (with ESCAPE '\\'); ESCAPE
    only when needed, since it keeps SQLite's FTS trigram index from serving the LIKE."""
    if not any(ch in text for ch in "%_\\"):
        return f"%{text}%", None
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%", "\\"


def insert_or_get(session: Session, row: T, find: Callable[[], T | None]) -> tuple[T, bool]:
    """Insert `row` unless a concurrent writer inserted the same unique row first: then
    return theirs, as find() sees it once they committed. (row, True) if ours was inserted.

    The insert runs in a savepoint, so losing the race undoes only it, not the caller's
    transaction; on PostgreSQL the losing INSERT waits for the winner's commit first.
    """
    from sqlalchemy.exc import IntegrityError

    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return row, True
    except IntegrityError:
        existing = find()
        if existing is None:
            raise
        return existing, False


def number_new_rows(session: Session, rows: Sequence) -> None:
    """Give new rows of one model, on SQLite, the ids SQLite itself would (max + 1 on), so
    that the next flush inserts them in one executemany.

    SQLAlchemy inserts row by row on SQLite when it must read generated ids back (SQLite
    cannot return them in parameter order); numbering them here is safe because a SQLite
    writer holds the database alone (BEGIN IMMEDIATE). PostgreSQL already inserts in batches
    with RETURNING. `rows` must be every pending new row of its model, none numbered yet.
    """
    if not rows or session.get_bind().dialect.name != "sqlite":
        return
    with session.no_autoflush:
        ids = _next_sqlite_ids(session, type(rows[0]).__table__, len(rows))
    for row, new_id in zip(rows, ids, strict=True):
        row.id = new_id


def _next_sqlite_ids(session: Session, table, count: int) -> list[int]:
    """The ids SQLite would give `count` new rows of `table`: max + 1 on."""
    from sqlalchemy import func, select

    last = session.scalar(select(func.max(table.c.id))) or 0
    return list(range(last + 1, last + 1 + count))


def insert_new_rows(session: Session, table, rows: list[dict]) -> list[int]:
    """Insert rows (dicts of one table's columns) in one executemany; their new ids, in order.

    The ids are those an ORM flush of the same rows would give: on SQLite numbered as
    number_new_rows does, on PostgreSQL from the sequence, read back in parameter order.
    Column defaults apply as for the ORM; nothing else is read back.
    """
    from sqlalchemy import insert

    if not rows:
        return []
    if session.get_bind().dialect.name == "sqlite":
        ids = _next_sqlite_ids(session, table, len(rows))
        session.execute(insert(table), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))
