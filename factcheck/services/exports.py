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
    Link,
    Review,
    Source,
    SourceAlias,
    as_utc,
)
from factcheck.services import reports

BATCH = 1000


CSV_COLUMNS = [
    "claim_id",
    "article_id",
    "article",
    "quote",
    "speaker",
    "attribution",
    "cue",
    "certainty",
    "status",
    "last_reviewer",
    "last_reviewed",
    "evidence",
]


def csv_rows(session: Session) -> Iterator[list[Any]]:
    """One row per claim: article, speaker, status and last review."""
    for row in reports.claim_rows(session, reports.Scope(), order=(Claim.id,)):
        yield [
            row.id,
            row.article_id,
            row.article_title,
            row.quote,
            row.speaker,
            row.attribution,
            row.cue,
            row.certainty,
            row.status,
            row.last_reviewer,
            row.last_reviewed,
            row.evidence_count,
        ]


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_document(session: Session, *, exact: bool = False) -> Iterator[str]:
    """The claims CSV; unless `exact`, formula-like cells are neutralised for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for count, row in enumerate(csv_rows(session), start=1):
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
]


def backup_records(session: Session) -> Iterator[dict[str, Any]]:
    """Every row of every ledger table as {"type": ..., column: value}, streamed.

    Times keep their microseconds (the review hash covers them), so a restore with the
    same ids leaves `factcheck audit verify` passing.
    """
    for kind, model in DUMP_ORDER:
        table = model.__table__
        order = table.c.seq if model is Review else table.c.id
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
