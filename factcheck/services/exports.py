"""Exports: a CSV of claims and a full JSON Lines backup (ClaimReview: services/claimreview.py)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck.models import (
    Article,
    Citation,
    Claim,
    ClaimEvent,
    Evidence,
    LedgerEvent,
    Link,
    Review,
    Source,
    SourceAlias,
    TriageWeights,
    as_utc,
)
from factcheck.services import reports
from factcheck.services.claims import ClaimFilters, claim_conditions

BATCH = 1000


# The spreadsheet's columns, and the claim record's flat key (ClaimRecord.as_row) each
# one shows; a few keep their spreadsheet names (claim_id, article, evidence), as sheets
# built on them expect.
CSV_FROM_RECORD = {
    "claim_id": "id",
    "article_id": "article_key",  # the article as people name it, the same across versions
    "article_version": "article_version",
    "article": "article_title",
    "article_url": "article_url",
    "quote": "quote",
    "claim_text": "claim_text",
    "speaker": "speaker",
    "attribution": "attribution",
    "cue": "cue",
    "certainty": "certainty",
    "checkworthiness": "checkworthiness",
    "claim_type": "claim_type",
    "status": "status",
    "last_review_by": "last_review_by",
    "last_review_at": "last_review_at",
    "last_review_note": "last_review_note",
    "published_status": "published_status",
    "published_at": "published_at",
    "published_by": "published_by",
    "stale": "stale",
    "evidence": "evidence_count",
}
CSV_COLUMNS = [*CSV_FROM_RECORD, "evidence_urls"]


def csv_rows(session: Session, filters: ClaimFilters | None = None) -> Iterator[list[Any]]:
    """One row per claim (dismissed ones only when asked for): article, speaker, verdict,
    why, what is published, and the evidence's addresses."""
    filters = filters or ClaimFilters()
    dialect = session.get_bind().dialect.name
    conditions = claim_conditions(filters, dialect)
    records = reports.claim_rows(session, reports.Scope(), *conditions, order=(Claim.id,))
    for batch in _batched(records, BATCH):
        urls = _evidence_urls(session, [record.id for record in batch])
        for record in batch:
            row = record.as_row()
            row["stale"] = "yes" if row["stale"] else ""
            yield [row[key] for key in CSV_FROM_RECORD.values()] + [
                " ".join(urls.get(record.id, []))
            ]


def _batched(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _evidence_urls(session: Session, claim_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    query = (
        select(Evidence.claim_id, Evidence.url)
        .where(
            Evidence.claim_id.in_(claim_ids),
            Evidence.url.is_not(None),
            Evidence.retracted_at.is_(None),
        )
        .order_by(Evidence.claim_id, Evidence.id)
    )
    for claim_id, url in session.execute(query):
        found.setdefault(claim_id, []).append(url)
    return found


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_document(
    session: Session, *, exact: bool = False, filters: ClaimFilters | None = None
) -> Iterator[str]:
    """The claims CSV; unless `exact`, formula-like cells are neutralised for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for count, row in enumerate(csv_rows(session, filters), start=1):
        writer.writerow(row if exact else [spreadsheet_safe(cell) for cell in row])
        if count % BATCH == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


# Parents before children, so a restore can insert line by line with the same ids.
DUMP_ORDER: list[tuple[str, type]] = [
    ("article", Article),
    ("source", Source),
    ("source_alias", SourceAlias),
    ("citation", Citation),
    ("claim", Claim),
    ("claim_event", ClaimEvent),
    ("review", Review),
    ("evidence", Evidence),
    ("link", Link),
    ("triage_weights", TriageWeights),
    ("ledger_event", LedgerEvent),
]


def backup_records(session: Session) -> Iterator[dict[str, Any]]:
    """Every row of every ledger table as {"type": ..., column: value}, streamed.

    Times keep their microseconds (the review hash covers them), so a restore with the
    same ids leaves `factcheck audit verify` passing.
    """
    for kind, model in DUMP_ORDER:
        table = model.__table__
        order = table.c.seq if model in (Review, LedgerEvent) else table.c.id
        query = select(table).order_by(order).execution_options(yield_per=BATCH)
        for row in session.execute(query).mappings():
            yield {"type": kind, **{key: _plain(value) for key, value in row.items()}}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return as_utc(value).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def jsonl_document(session: Session) -> Iterator[str]:
    for record in backup_records(session):
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
