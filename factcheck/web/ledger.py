"""The desk's use of the team services: who acts, the queue, the activity log, reviews.

Thin wrappers over factcheck.services.identity, .assignments, .ledger_events and .reviews,
in the shapes the pages render: the queue adds the most check-worthy unreviewed claims to
what is assigned, and the log is the ledger's trail as the CLI's `factcheck log` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factcheck.errors import FactcheckError
from factcheck.models import Claim, Review
from factcheck.services.assignments import QueueEntry
from factcheck.services.claims import ClaimFilters, claim_conditions
from factcheck.vocab import Status


def actor(session: Session, signed_in_as: str | None = None) -> str:
    """Who is acting: on PostgreSQL the database role the desk is logged in as (the
    ledger's owner may name someone, as in the CLI); on SQLite the name the reviewer signed
    in as (the CLI's reviewer when they opened the link)."""
    from factcheck.services.identity import current_actor

    return current_actor(session, signed_in_as)


def queue(
    session: Session,
    filters: ClaimFilters,
    *,
    assignee: str | None = None,
    overdue: bool = False,
    limit: int = 50,
) -> list[QueueEntry]:
    """With an assignee (or overdue): the claims assigned and still to check, soonest due
    first (services/assignments.py). Otherwise the claims to check, most check-worthy first,
    then the most recent: unreviewed (unverified) unless the filters name statuses, never
    dismissed ones."""
    if assignee is not None or overdue:
        from factcheck.services.assignments import queue as assigned

        return assigned(session, assignee=assignee, overdue=overdue, limit=limit)
    from dataclasses import replace

    filters = replace(filters, status=filters.status or [Status.UNVERIFIED])
    few = session.get_bind().dialect.name == "sqlite" and _few_claims(session, filters)
    claims = _ranked(session, filters, limit, few=few)
    today = date.today()
    return [
        QueueEntry(c, c.assignee, c.due, c.checkworthiness, c.due is not None and c.due < today)
        for c in claims
    ]


# SQLite cannot see the statuses behind a bound parameter, so it reads the check-worthiness
# index backwards whatever the filter. That is right when many claims have the statuses
# asked for (most claims wait for a verdict: the first 50 are near the top of the ranking)
# and slow when few do (a verdict, or in_review), whose claims are best read off the status
# index and sorted: `score + 0` keeps the ranking index out of that plan. Which case it is
# comes from counting at most FEW of them off the status index (about a millisecond).
# An index on (status, checkworthiness, id) would serve both without this.
FEW = 5000


def _few_claims(session: Session, filters: ClaimFilters) -> bool:
    if filters.article_id or filters.speaker or filters.search:
        return False  # those filters' own indexes decide
    some = select(Claim.id).where(Claim.status.in_(list(filters.status))).limit(FEW)
    return session.scalar(select(func.count()).select_from(some.subquery())) < FEW


def _ranked(session: Session, filters: ClaimFilters, limit: int, *, few: bool) -> list[Claim]:
    """Scored claims highest first, then unscored newest first: two reads that each walk an
    index (ORDER BY score DESC NULLS LAST cannot use an ascending index on PostgreSQL)."""
    from dataclasses import replace

    from sqlalchemy.orm import selectinload

    dialect = session.get_bind().dialect.name
    conditions = claim_conditions(replace(filters, limit=None, offset=0), dialect)
    # Ids first, then the rows: sorting narrow rows is what keeps a filtered queue fast
    # (SQLite sorts whole rows, quote and all, when the select asks for every column).
    score = Claim.checkworthiness + 0 if few else Claim.checkworthiness
    ranked = (
        select(Claim.id)
        .where(*conditions, score.is_not(None))
        .order_by(score.desc(), Claim.id.desc())
        .limit(limit)
    )
    ids = list(session.scalars(ranked))
    if len(ids) < limit and filters.min_score is None:
        unscored = (
            select(Claim.id)
            .where(*conditions, Claim.checkworthiness.is_(None))
            .order_by(Claim.id.desc())
            .limit(limit - len(ids))
        )
        ids += list(session.scalars(unscored))
    rows = session.scalars(
        select(Claim).where(Claim.id.in_(ids)).options(selectinload(Claim.speaker))
    )
    by_id = {claim.id: claim for claim in rows}
    return [by_id[claim_id] for claim_id in ids]


@dataclass
class Activity:
    """One line of the activity log: what happened to which claim, who did it, when."""

    at: datetime
    kind: str
    actor: str
    claim_id: int | None
    summary: str
    seq: int | None = None

    def as_dict(self) -> dict[str, Any]:
        from factcheck.serialize import iso

        return {
            "seq": self.seq,
            "at": iso(self.at),
            "kind": self.kind,
            "by": self.actor,
            "claim_id": self.claim_id,
            "summary": self.summary,
        }


def activity(
    session: Session,
    *,
    since: datetime | None = None,
    actor: str | None = None,
    claim_id: int | None = None,
    limit: int = 100,
) -> list[Activity]:
    """The ledger's trail, newest first (services/ledger_events.activity)."""
    from factcheck.services.ledger_events import activity as trail

    return [
        Activity(e.created_at, e.kind, e.actor, e.claim_id, e.summary, e.seq)
        for e in trail(session, since=since, actor=actor, claim_id=claim_id, limit=limit)
    ]


def add_review(
    session: Session,
    *,
    claim_id: int,
    status: Status,
    rationale: str,
    reviewer: str,
    override: bool = False,
) -> Review:
    """Record a verdict; refused with OverrideRequired (shown in the page, form kept) when
    the claim is someone else's or it replaces another reviewer's recent verdict."""
    from factcheck.services.reviews import add_review as record

    return record(
        session,
        claim_id=claim_id,
        status=status,
        rationale=rationale,
        reviewer=reviewer,
        override=override,
    )


def needs_override(error: FactcheckError) -> bool:
    """Whether a refused review may be recorded anyway by ticking "override"."""
    from factcheck.errors import OverrideRequired

    return isinstance(error, OverrideRequired)
