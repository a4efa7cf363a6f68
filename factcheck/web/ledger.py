"""ADAPTER: every use of the team features of issue 11 (queue, activity log, actor, override)
in one place, with a fallback on what the ledger has today.

When issue 11 lands, swap in its functions here (each fallback says which); the pages
only call the functions of this module:

    queue       -> factcheck.services.assignments.queue(session, assignee=, overdue=, limit=)
    activity    -> factcheck.services.ledger_events.activity(session, since=, actor=,
                                                             claim_id=, limit=)
    actor       -> factcheck.services.identity.current_actor(session)
    add_review  -> factcheck.services.reviews.add_review(..., override=override), which
                   raises OverrideRequired (a user error) unless override=True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from factcheck.errors import FactcheckError
from factcheck.models import Claim, ClaimEvent, Evidence, Link, Review, as_utc
from factcheck.services.claims import ClaimFilters, claim_conditions
from factcheck.vocab import Status


@dataclass
class QueueEntry:
    """Issue 11's queue row: a claim, who it is assigned to, when it is due, its score."""

    claim: Claim
    assignee: str | None = None
    due: datetime | None = None
    score: float | None = None


def actor(session: Session, signed_in_as: str | None = None) -> str:
    """Who is acting. Issue 11: `return current_actor(session)`.

    Fallback: on PostgreSQL the database role the desk is logged in as; on SQLite the
    name the reviewer signed in as (the CLI's reviewer: --reviewer, FACTCHECK_REVIEWER,
    config, login, as it was when they opened the link)."""
    if session.get_bind().dialect.name == "postgresql":
        return session.execute(text("SELECT current_user")).scalar_one()
    if signed_in_as:
        return signed_in_as
    from factcheck.services.common import current_user

    return current_user()


def queue(
    session: Session,
    filters: ClaimFilters,
    *,
    assignee: str | None = None,
    overdue: bool = False,
    limit: int = 50,
) -> list[QueueEntry]:
    """The queue: claims to check, most check-worthy first, then the most recent.

    Issue 11: `assignments.queue(session, assignee=assignee, overdue=overdue, limit=limit)`
    (and the claims-list filters applied to its claims). Fallback: nothing is assigned, so
    an assignee's queue is empty; otherwise unreviewed (unverified) claims unless the
    filters name statuses, never dismissed ones."""
    if assignee is not None or overdue:
        return []
    from dataclasses import replace

    filters = replace(filters, status=filters.status or [Status.UNVERIFIED])
    few = session.get_bind().dialect.name == "sqlite" and _few_claims(session, filters)
    claims = _ranked(session, filters, limit, few=few)
    return [QueueEntry(c, score=c.checkworthiness) for c in claims]


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
    claim_id: int
    summary: str

    def as_dict(self) -> dict[str, Any]:
        from factcheck.serialize import iso

        return {
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
    """The ledger's activity, newest first. Issue 11: `ledger_events.activity(...)`.

    Fallback: reviews, evidence, links and claim events (edits, dismissals, publishing,
    retractions...) across the ledger: the newest `limit` of each, by primary key, merged."""
    sources = (
        (Review, Review.reviewer, _review_line),
        (Evidence, Evidence.added_by, _evidence_line),
        (Link, Link.created_by, _link_line),
        (ClaimEvent, ClaimEvent.actor, _event_line),
    )
    found: list[Activity] = []
    for model, who, line in sources:
        query = select(model).order_by(model.id.desc()).limit(limit)
        if actor:
            query = query.where(who == actor)
        if since is not None:
            query = query.where(model.created_at >= since)
        if claim_id is not None:
            query = query.where(_about(model, claim_id))
        found.extend(line(row) for row in session.scalars(query))
    found.sort(key=lambda entry: as_utc(entry.at), reverse=True)
    return found[:limit]


def _about(model, claim_id: int):
    if model is Link:
        return (Link.from_claim_id == claim_id) | (Link.to_claim_id == claim_id)
    return model.claim_id == claim_id


def _review_line(review: Review) -> Activity:
    return Activity(
        review.created_at,
        "review",
        review.reviewer,
        review.claim_id,
        f"{review.status.value}: {review.rationale}",
    )


def _evidence_line(item: Evidence) -> Activity:
    where = item.url or item.reference or ""
    return Activity(
        item.created_at,
        "evidence",
        item.added_by,
        item.claim_id,
        f"{item.stance.value} {where}".strip(),
    )


def _link_line(link: Link) -> Activity:
    return Activity(
        link.created_at,
        "link",
        link.created_by,
        link.from_claim_id,
        f"claim {link.from_claim_id} {link.relation.value} claim {link.to_claim_id}",
    )


def _event_line(event: ClaimEvent) -> Activity:
    detail = " ".join(x for x in (event.field, event.note) if x)
    return Activity(event.created_at, event.action, event.actor, event.claim_id, detail)


def add_review(
    session: Session,
    *,
    claim_id: int,
    status: Status,
    rationale: str,
    reviewer: str,
    override: bool = False,
) -> Review:
    """Record a verdict. Issue 11: pass `override=override` to the service, which raises
    OverrideRequired (a user error the page shows, form kept) unless it is True.
    Fallback: today's service has no override warning; `override` is accepted and unused."""
    from factcheck.services.reviews import add_review as record

    return record(session, claim_id=claim_id, status=status, rationale=rationale, reviewer=reviewer)


def needs_override(error: FactcheckError) -> bool:
    """Whether a refused review may be recorded anyway by ticking "override" (issue 11's
    OverrideRequired). Matched by name: the class does not exist before issue 11."""
    return type(error).__name__ == "OverrideRequired"
