"""Reviews: append-only verdicts, hash-chained across the whole ledger, and claim history."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from factcheck.errors import BadInput, OverrideRequired
from factcheck.models import Claim, ClaimEvent, Evidence, Link, Review, as_utc, utcnow
from factcheck.services import trail
from factcheck.services.claims import get_claim
from factcheck.services.ledger_events import lock_ledger
from factcheck.vocab import VERDICT_STATUSES, Status

GENESIS_HASH = "0" * 64


def review_hash(
    *,
    seq: int,
    claim_id: int,
    reviewer: str,
    status: str,
    rationale: str,
    created_at: datetime,
    prev_hash: str,
) -> str:
    """sha256 of a canonical JSON of every field a reviewer could want to alter."""
    payload = {
        "seq": seq,
        "claim_id": claim_id,
        "reviewer": reviewer,
        "status": str(status),
        "rationale": rationale,
        "created_at": as_utc(created_at).isoformat(timespec="microseconds"),
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hash_of(review) -> str:
    """The hash a review row (ORM object or column tuple) should carry."""
    return review_hash(
        seq=review.seq,
        claim_id=review.claim_id,
        reviewer=review.reviewer,
        status=review.status,
        rationale=review.rationale,
        created_at=review.created_at,
        prev_hash=review.prev_hash,
    )


def ledger_head(session: Session) -> tuple[int, str]:
    last = session.execute(select(Review.seq, Review.hash).order_by(Review.seq.desc()).limit(1))
    row = last.first()
    return (row.seq, row.hash) if row else (0, GENESIS_HASH)


# Another reviewer's verdict younger than this is not replaced without --override.
RECENT_VERDICT = timedelta(hours=24)


def add_review(
    session: Session,
    *,
    claim_id: int,
    status: Status,
    rationale: str,
    reviewer: str,
    override: bool = False,
) -> Review:
    """Append a verdict; the claim's status becomes this latest verdict.

    Refused (OverrideRequired) unless `override`, when the claim is assigned to someone
    else or when it would replace another reviewer's different verdict of the last 24 hours.
    """
    if not rationale.strip():
        raise BadInput("a review needs a note saying why", fields=("note",))
    lock_ledger(session)
    claim = get_claim(session, claim_id)
    if not override:
        _check_override(session, claim, status, reviewer)
    seq, prev_hash = ledger_head(session)
    created_at = utcnow()
    review = Review(
        seq=seq + 1,
        claim_id=claim.id,
        reviewer=reviewer,
        status=status,
        rationale=rationale.strip(),
        created_at=created_at,
        prev_hash=prev_hash,
    )
    review.hash = hash_of(review)
    session.add(review)
    _set_status(session, claim, status)
    session.flush()
    trail.review_recorded(session, review, override=override)
    return review


def _check_override(session: Session, claim: Claim, status: Status, reviewer: str) -> None:
    reasons = []
    if claim.assignee and claim.assignee != reviewer:
        reasons.append(f"it is assigned to {claim.assignee}")
    last = last_review(session, claim.id)
    if (
        last is not None
        and last.reviewer != reviewer
        and last.status in VERDICT_STATUSES
        and last.status != status
        and utcnow() - as_utc(last.created_at) < RECENT_VERDICT
    ):
        age = _age(utcnow() - as_utc(last.created_at))
        reasons.append(
            f"it would replace {last.reviewer}'s verdict {last.status.value} of {age} ago"
        )
    if reasons:
        raise OverrideRequired(
            f"claim {claim.id}: {' and '.join(reasons)}; review with --override to do so"
        )


def _age(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    return f"{minutes // 60} h {minutes % 60} min"


def _set_status(session: Session, claim: Claim, status: Status) -> None:
    """The claim's status follows its latest verdict, without touching its edit version.

    `lock_version` guards edits against lost updates; a review changes no edited field and
    does not depend on what it read, so a concurrent edit must never make it fail.
    """
    now = utcnow()
    # A new verdict is the re-review a stale (reworded) claim was waiting for.
    session.execute(
        update(Claim)
        .where(Claim.id == claim.id)
        .values(status=status, stale=False, updated_at=now),
        execution_options={"synchronize_session": False},
    )
    set_committed_value(claim, "status", status)
    set_committed_value(claim, "stale", False)
    set_committed_value(claim, "updated_at", now)


@dataclass
class HistoryEntry:
    at: datetime
    # created | edit | reanchored | reworded | orphaned | review | evidence | link | publish
    # | dismiss | restore | evidence_retracted | link_removed
    kind: str
    actor: str
    summary: str


def claim_history(session: Session, claim_id: int) -> list[HistoryEntry]:
    """Everything that happened to a claim, oldest first."""
    claim = get_claim(session, claim_id)
    entries = [
        HistoryEntry(
            claim.created_at,
            "created",
            claim.origin_detail or claim.origin.value,
            f"{claim.origin.value} claim, attribution {claim.attribution.value}",
        )
    ]
    for event in session.scalars(select(ClaimEvent).where(ClaimEvent.claim_id == claim.id)):
        detail = f"{event.old_value or ''} -> {event.new_value or ''}"
        if event.field:
            detail = f"{event.field}: {event.old_value!r} -> {event.new_value!r}"
        elif not (event.old_value or event.new_value):
            detail = ""
        if event.note:
            detail = f"{detail} ({event.note})" if detail else event.note
        entries.append(HistoryEntry(event.created_at, event.action, event.actor, detail))
    for review in session.scalars(select(Review).where(Review.claim_id == claim.id)):
        entries.append(
            HistoryEntry(
                review.created_at,
                "review",
                review.reviewer,
                f"{review.status.value}: {review.rationale}",
            )
        )
    for item in session.scalars(select(Evidence).where(Evidence.claim_id == claim.id)):
        where = item.url or item.reference or ""
        entries.append(
            HistoryEntry(item.created_at, "evidence", item.added_by, f"{item.stance.value} {where}")
        )
    for link in session.scalars(
        select(Link).where((Link.from_claim_id == claim.id) | (Link.to_claim_id == claim.id))
    ):
        entries.append(
            HistoryEntry(
                link.created_at,
                "link",
                link.created_by,
                f"claim {link.from_claim_id} {link.relation.value} claim {link.to_claim_id}",
            )
        )
    entries.sort(key=lambda e: (as_utc(e.at), e.kind != "created"))
    return entries


def latest_verdicts_by_reviewer(session: Session, claim_id: int) -> dict[str, Review]:
    """Each reviewer's latest review of the claim (the review desk shows them side by side)."""
    latest: dict[str, Review] = {}
    for review in session.scalars(
        select(Review).where(Review.claim_id == claim_id).order_by(Review.seq)
    ):
        latest[review.reviewer] = review
    return latest


def last_review(session: Session, claim_id: int) -> Review | None:
    return session.scalars(
        select(Review).where(Review.claim_id == claim_id).order_by(Review.seq.desc()).limit(1)
    ).first()
