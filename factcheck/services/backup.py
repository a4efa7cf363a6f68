"""Restore a `factcheck export jsonl` backup into an empty database, ids and hashes intact."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, func, insert, select, text
from sqlalchemy.orm import Session

from factcheck.errors import BadInput
from factcheck.services.exports import DUMP_ORDER

BATCH = 1000
TABLES = {kind: model.__table__ for kind, model in DUMP_ORDER}


def restore_backup(session: Session, lines: Iterable[str]) -> Counter:
    """Insert every record of the backup; refuses a database that already holds a ledger."""
    _require_empty(session)
    counts: Counter = Counter()
    pending: dict[str, list[dict[str, Any]]] = {}
    order = [kind for kind, _ in DUMP_ORDER]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        kind, row = _parse_line(line, number)
        # Records arrive parents first; flush earlier kinds before a later kind is inserted.
        for earlier in order[: order.index(kind)]:
            _flush(session, earlier, pending)
        pending.setdefault(kind, []).append(row)
        counts[kind] += 1
        if len(pending[kind]) >= BATCH:
            _flush(session, kind, pending)
    for kind in order:
        _flush(session, kind, pending)
    _reset_sequences(session)
    return counts


def _require_empty(session: Session) -> None:
    for kind, table in TABLES.items():
        if session.scalar(select(func.count()).select_from(table)):
            raise BadInput(f"the database already has {kind} rows; restore into an empty one")


def _parse_line(line: str, number: int) -> tuple[str, dict[str, Any]]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadInput(f"line {number}: not JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise BadInput(f"line {number}: expected an object")
    kind = record.pop("type", None)
    table = TABLES.get(kind)
    if table is None:
        raise BadInput(f"line {number}: unknown record type {kind!r}")
    unknown = set(record) - set(table.c.keys())
    if unknown:
        raise BadInput(f"line {number}: unknown {kind} fields {sorted(unknown)}")
    return kind, {key: _typed(table.c[key].type, value, number) for key, value in record.items()}


def _typed(column_type, value, number: int):
    if value is None:
        return None
    try:
        if isinstance(column_type, DateTime):
            return datetime.fromisoformat(value)
        if isinstance(column_type, Date):
            return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BadInput(f"line {number}: bad date {value!r}") from None
    return value


def _flush(session: Session, kind: str, pending: dict[str, list[dict[str, Any]]]) -> None:
    rows = pending.pop(kind, None)
    if rows:
        session.execute(insert(TABLES[kind]), rows)


def _reset_sequences(session: Session) -> None:
    """PostgreSQL id sequences must continue after the restored ids."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES.values():
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )
