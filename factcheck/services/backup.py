"""Restore a `factcheck export jsonl` backup into an empty database, ids and hashes intact."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from factcheck.errors import BadInput
from factcheck.services.backup_checks import Ledger, parse_json, typed_row
from factcheck.services.exports import DUMP_ORDER

BATCH = 1000
TABLES = {kind: model.__table__ for kind, model in DUMP_ORDER}


def restore_backup(session: Session, lines: Iterable[str]) -> Counter:
    """Insert every record of the backup; refuses a database that already holds a ledger.

    Every line is checked before it is inserted (types, enums, ranges, references, unique
    keys, article hashes, anchors, the review chain) and the statuses once all are read;
    the first bad line raises, and the caller's transaction rolls everything back.
    """
    _require_empty(session)
    ledger = Ledger(session, TABLES)
    counts: Counter = Counter()
    pending: dict[str, list[dict[str, Any]]] = {}
    order = [kind for kind, _ in DUMP_ORDER]
    last = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        kind, row = _parse_line(line, number)
        if order.index(kind) < last:
            raise BadInput(f"line {number}: a {kind} after {order[last]} records (parents first)")
        last = order.index(kind)
        # Records arrive parents first; flush earlier kinds before a later kind is checked
        # (a claim's check reads its article's text) and inserted.
        for earlier in order[: order.index(kind)]:
            _flush(session, earlier, pending)
        ledger.check(kind, row, number)
        pending.setdefault(kind, []).append(row)
        counts[kind] += 1
        if len(pending[kind]) >= BATCH:
            _flush(session, kind, pending)
    ledger.finish()
    for kind in order:
        _flush(session, kind, pending)
    _reset_sequences(session)
    if not counts["ledger_event"] and counts:
        # A backup from before the trail: its rows become the trail's first events, as
        # migration 0006 does for a ledger upgraded in place.
        from factcheck.services.backfill import backfill_events

        counts["ledger_event"] = backfill_events(session.connection())
    return counts


def _require_empty(session: Session) -> None:
    for kind, table in TABLES.items():
        if session.scalar(select(func.count()).select_from(table)):
            raise BadInput(f"the database already has {kind} rows; restore into an empty one")


def _parse_line(line: str, number: int) -> tuple[str, dict[str, Any]]:
    record = parse_json(line, number)
    if not isinstance(record, dict):
        raise BadInput(f"line {number}: expected an object")
    kind = record.pop("type", None)
    table = TABLES.get(kind) if isinstance(kind, str) else None
    if table is None:
        raise BadInput(f"line {number}: unknown record type {kind!r}")
    unknown = set(record) - set(table.c.keys())
    if unknown:
        raise BadInput(f"line {number}: unknown {kind} fields {sorted(unknown)}")
    return kind, typed_row(table, record, number, kind)


def _flush(session: Session, kind: str, pending: dict[str, list[dict[str, Any]]]) -> None:
    rows = pending.pop(kind, None)
    if rows:
        session.execute(insert(TABLES[kind]), rows)


def _reset_sequences(session: Session) -> None:
    """PostgreSQL id sequences must continue after the restored ids."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES.values():
        if "id" not in table.c:  # the trail is keyed by its sequence number
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )
