"""The ledger-wide trail: one append-only, hash-chained event per change, and its feed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, insert, select, text
from sqlalchemy.orm import Session

from factcheck.models import LedgerEvent, as_utc, utcnow

GENESIS_HASH = "0" * 64
# Any constant: PostgreSQL writers take this advisory lock so the chain never forks.
LEDGER_LOCK_KEY = 0x6663_6C65
_HEAD = "factcheck_ledger_head"
_ROLE = "factcheck_db_role"


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_hash(
    *,
    seq: int,
    kind: str,
    claim_id: int | None,
    article_id: int | None,
    actor: str,
    db_role: str | None,
    payload: dict,
    created_at: datetime,
    prev_hash: str,
) -> str:
    """sha256 of the canonical JSON of every column of the event but its own hash."""
    body = {
        "seq": seq,
        "kind": kind,
        "claim_id": claim_id,
        "article_id": article_id,
        "actor": actor,
        "db_role": db_role,
        "payload": payload,
        "created_at": as_utc(created_at).isoformat(timespec="microseconds"),
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def hash_of_event(row) -> str:
    """The hash an event row (ORM object or column tuple) should carry."""
    return event_hash(
        seq=row.seq,
        kind=row.kind,
        claim_id=row.claim_id,
        article_id=row.article_id,
        actor=row.actor,
        db_role=row.db_role,
        payload=row.payload,
        created_at=row.created_at,
        prev_hash=row.prev_hash,
    )


def lock_ledger(session: Session) -> None:
    """Serialise ledger writers. Services call it first, before they lock any row, so that a
    writer never holds a row another one waits for while waiting for the chain itself.

    SQLite writers are already serialised by BEGIN IMMEDIATE (see db.py); on PostgreSQL the
    transaction-scoped advisory lock is held until commit or rollback."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LEDGER_LOCK_KEY})


@event.listens_for(Session, "after_transaction_end")
def _forget_head(session: Session, _transaction) -> None:
    # The cached head is only good inside the transaction (and savepoint) that read it.
    session.info.pop(_HEAD, None)


def ledger_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the last event, (0, genesis) on an empty ledger."""
    row = session.execute(
        select(LedgerEvent.seq, LedgerEvent.hash).order_by(LedgerEvent.seq.desc()).limit(1)
    ).first()
    return (row.seq, row.hash) if row else (0, GENESIS_HASH)


def db_role(session: Session) -> str | None:
    """PostgreSQL's session_user (the role that logged in; SET ROLE cannot change it)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    if _ROLE not in session.info:
        session.info[_ROLE] = session.scalar(text("SELECT session_user"))
    return session.info[_ROLE]


def record_event(
    session: Session,
    kind: str,
    *,
    actor: str,
    claim_id: int | None = None,
    article_id: int | None = None,
    payload: dict[str, Any],
) -> LedgerEvent:
    """Append one event to the chain (under the ledger lock), after the head of this
    transaction. Payload values must be JSON values (str, int, bool, None, lists, dicts)."""
    seq, prev_hash = _head(session)
    seq += 1
    row = LedgerEvent(
        seq=seq,
        kind=kind,
        claim_id=claim_id,
        article_id=article_id,
        actor=actor,
        db_role=db_role(session),
        payload=payload,
        created_at=utcnow(),
        prev_hash=prev_hash,
    )
    row.hash = hash_of_event(row)
    session.add(row)
    session.info[_HEAD] = (seq, row.hash)
    return row


def record_events(
    session: Session, kind: str, *, actor: str, events: list[tuple[int | None, int | None, dict]]
) -> None:
    """Append (claim_id, article_id, payload) events of one kind, chained in order: the rows
    record_event would add one by one, in one INSERT executemany (an ingest writes one per
    claim, and ORM objects cost more than the statement)."""
    if not events:
        return
    seq, prev_hash = _head(session)
    role = db_role(session)
    rows = []
    for claim_id, article_id, payload in events:
        seq += 1
        row = {
            "seq": seq,
            "kind": kind,
            "claim_id": claim_id,
            "article_id": article_id,
            "actor": actor,
            "db_role": role,
            "payload": payload,
            "created_at": utcnow(),
            "prev_hash": prev_hash,
        }
        row["hash"] = prev_hash = event_hash(**row)
        rows.append(row)
    session.execute(insert(LedgerEvent.__table__), rows)
    session.info[_HEAD] = (seq, prev_hash)


def _head(session: Session) -> tuple[int, str]:
    """This transaction's head of the chain, read (under the ledger lock) the first time."""
    head = session.info.get(_HEAD)
    if head is None:
        # No autoflush: the caller's pending changes flush where the caller expects (an
        # edit's version check). Events of this transaction are never pending unseen here:
        # the cached head is dropped only when a transaction or savepoint ends.
        with session.no_autoflush:
            lock_ledger(session)
            head = ledger_head(session)
    return head


# --- the feed -------------------------------------------------------------------------------


@dataclass
class Activity:
    seq: int
    kind: str
    actor: str
    db_role: str | None
    claim_id: int | None
    article_id: int | None
    created_at: datetime
    summary: str
    hash: str


def activity(
    session: Session,
    *,
    since: datetime | None = None,
    actor: str | None = None,
    claim_id: int | None = None,
    limit: int | None = None,
) -> list[Activity]:
    """The chain as a feed, newest first (like git log)."""
    query = select(LedgerEvent).order_by(LedgerEvent.seq.desc())
    if since is not None:
        query = query.where(LedgerEvent.created_at >= since)
    if actor:
        query = query.where((LedgerEvent.actor == actor) | (LedgerEvent.db_role == actor))
    if claim_id is not None:
        query = query.where(LedgerEvent.claim_id == claim_id)
    if limit:
        query = query.limit(limit)
    return [
        Activity(
            e.seq,
            e.kind,
            e.actor,
            e.db_role,
            e.claim_id,
            e.article_id,
            as_utc(e.created_at),
            describe(e.kind, e.payload, e.claim_id, e.article_id),
            e.hash,
        )
        for e in session.scalars(query)
    ]


def _clip(value: Any, width: int = 60) -> str:
    words = " ".join(str(value or "").split())
    return words if len(words) <= width else words[: width - 1] + "…"


def describe(kind: str, p: dict, claim_id: int | None, article_id: int | None) -> str:
    """One line saying what the event did."""
    claim = f"claim {claim_id}"
    lines = {
        "article_version": lambda: (
            f"article {article_id} v{p.get('version')} "
            f"({p.get('slug')}, sha256 {str(p.get('sha256'))[:12]})"
        ),
        "claim_created": lambda: f"{claim} created ({p.get('origin')}): {_clip(p.get('quote'))!r}",
        "claim_edited": lambda: (
            f"{claim} {p.get('field')}: {_clip(p.get('old'), 30)!r} -> {_clip(p.get('new'), 30)!r}"
        ),
        "claim_reanchored": lambda: (
            f"{claim} moved to article {p.get('article_id')} [{p.get('start')}:{p.get('end')}]"
        ),
        "claim_orphaned": lambda: f"{claim} orphaned: not found in the new version",
        "claim_dismissed": lambda: f"{claim} dismissed: {_clip(p.get('reason'))}",
        "claim_restored": lambda: f"{claim} restored",
        "review": lambda: (
            f"{claim} reviewed {p.get('status')} by {p.get('reviewer')}"
            + (" (override)" if p.get("override") else "")
            + f": {_clip(p.get('rationale'))}"
        ),
        "publish": lambda: f"{claim} published as {p.get('status')} (review {p.get('review_id')})",
        "evidence_added": lambda: (
            f"evidence {p.get('evidence_id')} ({p.get('stance')}) on "
            f"{claim}: {_clip(p.get('url') or p.get('reference'))}"
        ),
        "evidence_retracted": lambda: (
            f"evidence {p.get('evidence_id')} retracted: {_clip(p.get('reason'))}"
        ),
        "link_added": lambda: (
            f"link {p.get('link_id')}: claim {p.get('from')} "
            f"{p.get('relation')} claim {p.get('to')}"
        ),
        "link_removed": lambda: f"link {p.get('link_id')} removed: {_clip(p.get('reason'))}",
        "link_restored": lambda: f"link {p.get('link_id')} restored",
        "assignment": lambda: (
            f"{claim} assigned to {p.get('assignee') or 'nobody'}"
            + (f", due {p.get('due')}" if p.get("due") else "")
        ),
        "legacy": lambda: (
            f"{claim} {p.get('action')} (recorded before the trail): "
            f"{_clip(p.get('new_value') or p.get('note') or p.get('old_value'))}"
        ),
    }
    line = lines.get(kind)
    return line() if line else f"{kind} {canonical_json(p)[:80]}"
