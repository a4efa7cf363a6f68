"""Assignments: who is to check a claim and by when, and the work queue they make."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session, selectinload

from factcheck.errors import BadInput
from factcheck.models import Claim, ClaimEvent
from factcheck.services import trail
from factcheck.services.claims import get_claim
from factcheck.services.ledger_events import lock_ledger
from factcheck.services.publishing import set_claim_state
from factcheck.vocab import Status


def _known_person(session: Session, name: str) -> None:
    """On PostgreSQL an assignee is a database role: a typo must not assign to nobody.
    (The ledger's owner, who may also write under any name, may assign to any name.)"""
    from factcheck.services.identity import is_postgres, privileged

    if not is_postgres(session) or privileged(session):
        return
    if not session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}):
        raise BadInput(f"no database role {name!r} to assign to (see: factcheck users list)")


def assign_claims(
    session: Session,
    claim_ids: list[int],
    *,
    assignee: str,
    due: datetime.date | None,
    actor: str,
) -> list[Claim]:
    """Give each claim to `assignee` (due by `due`); all or none (a bad id changes nothing)."""
    assignee = (assignee or "").strip()
    if not assignee:
        raise BadInput("an assignment needs someone to give it to (--to NAME)")
    lock_ledger(session)
    _known_person(session, assignee)
    claims = [get_claim(session, claim_id) for claim_id in dict.fromkeys(claim_ids)]
    for claim in claims:
        if claim.dismissed:
            raise BadInput(f"claim {claim.id} is dismissed; restore it before assigning it")
    for claim in claims:
        previous = claim.assignee
        set_claim_state(session, claim, assignee=assignee, due=due)
        when = due.isoformat() if due else None
        session.add(
            ClaimEvent(
                claim_id=claim.id,
                actor=actor,
                action="assign",
                field="assignee",
                old_value=previous,
                new_value=assignee + (f" (due {when})" if when else ""),
            )
        )
        trail.simple(
            session, "assignment", actor, claim.id, assignee=assignee, due=when, previous=previous
        )
    session.flush()
    return claims


@dataclass
class QueueEntry:
    claim: Claim
    assignee: str | None
    due: datetime.date | None
    score: float | None
    overdue: bool


# Still to be checked: no verdict yet, or a verdict given on older wording (stale).
OPEN = (Status.UNVERIFIED, Status.IN_REVIEW)


def queue(
    session: Session,
    *,
    assignee: str | None = None,
    overdue: bool = False,
    limit: int | None = None,
    today: datetime.date | None = None,
) -> list[QueueEntry]:
    """Assigned claims still to check, soonest due first (undated last), then the most
    check-worthy (services/triage.py's score), then by id."""
    today = today or datetime.date.today()
    query = (
        select(Claim)
        .where(
            Claim.assignee.is_not(None),
            Claim.dismissed.is_(False),
            or_(Claim.status.in_(OPEN), Claim.stale.is_(True)),
        )
        .order_by(
            Claim.due.asc().nulls_last(),
            Claim.checkworthiness.desc().nulls_last(),
            Claim.id,
        )
        .options(selectinload(Claim.speaker))
    )
    if assignee:
        query = query.where(Claim.assignee == assignee)
    if overdue:
        query = query.where(Claim.due < today)
    if limit:
        query = query.limit(limit)
    return [
        QueueEntry(c, c.assignee, c.due, c.checkworthiness, c.due is not None and c.due < today)
        for c in session.scalars(query)
    ]
