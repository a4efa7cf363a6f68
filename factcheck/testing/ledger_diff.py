"""Two ledgers compared row by row: what an ingest stored, all but its clock readings.

Used to check that `ingest --workers N` (or a rewritten store) writes exactly what a
one-process ingest of the same files writes. Timestamps differ between any two runs, and
each trail event's hash covers its timestamp, so those columns are left out; every other
column of every row, ids and trail payloads included, must be equal.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, select

# What an ingest writes, in the order rows refer to each other.
INGEST_TABLES = (
    "articles",
    "sources",
    "source_aliases",
    "citations",
    "claims",
    "links",
    "ledger_events",
)
# Set from the clock (or, for hashes, from a value set from the clock).
CLOCK_COLUMNS = frozenset({"created_at", "updated_at", "hash", "prev_hash"})


def ledger_rows(url: str, tables: tuple[str, ...] = INGEST_TABLES) -> dict[str, list[tuple]]:
    """Each table's rows in primary-key order, clock columns left out."""
    from factcheck.tables import metadata

    engine = create_engine(url)
    found: dict[str, list[tuple]] = {}
    try:
        with engine.connect() as connection:
            for name in tables:
                table = metadata.tables[name]
                columns = [c for c in table.columns if c.name not in CLOCK_COLUMNS]
                query = select(*columns).order_by(*table.primary_key.columns)
                found[name] = [tuple(row) for row in connection.execute(query)]
    finally:
        engine.dispose()
    return found


def ledger_differences(first: str, second: str, limit: int = 5) -> list[str]:
    """What differs between the ledgers at two URLs (empty when they hold the same rows)."""
    a, b = ledger_rows(first), ledger_rows(second)
    problems: list[str] = []
    for name in INGEST_TABLES:
        if len(a[name]) != len(b[name]):
            problems.append(f"{name}: {len(a[name])} rows against {len(b[name])}")
        unequal = [(x, y) for x, y in zip(a[name], b[name], strict=False) if x != y]
        problems.extend(f"{name}: {_show(x)} != {_show(y)}" for x, y in unequal[:limit])
    return problems


def _show(row: Any) -> str:
    text = repr(row)
    return text if len(text) < 300 else text[:300] + "…"
