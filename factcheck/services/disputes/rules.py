"""What makes a claim disputed (DESIGN.md), as SQL and as its Python twin: the one definition."""

from __future__ import annotations

from sqlalchemy import func, select, union

from factcheck.models import Claim, Evidence, Link, Review
from factcheck.vocab import VERDICT_STATUSES, Relation, Stance, Status

# Incoming links of these relations put a claim in dispute; `supports`/`same_as` do not.
CHALLENGES = (Relation.DENIES, Relation.CONTRADICTS)


def disputed_ids():
    """The ids of disputed claims (DESIGN.md), every reason, as set queries over the small
    tables: a million claims are never scanned one by one."""
    challenged = select(Link.to_claim_id).where(live_challenge())
    both_sides = (
        select(Evidence.claim_id)
        .where(
            Evidence.stance.in_([Stance.SUPPORTS, Stance.REFUTES]),
            Evidence.retracted_at.is_(None),
        )
        .group_by(Evidence.claim_id)
        .having(func.count(func.distinct(Evidence.stance)) == 2)
    )
    flagged = select(Claim.id).where(Claim.status == Status.DISPUTED)
    return union(challenged, both_sides, flagged, reviewers_disagree())


def live_challenge():
    """A denies/contradicts link that still stands: not removed, its challenger not dismissed."""
    dismissed = select(Claim.id).where(Claim.dismissed.is_(True))
    return (
        Link.relation.in_(CHALLENGES)
        & Link.removed_at.is_(None)
        & Link.from_claim_id.not_in(dismissed)
    )


def disputed_condition():
    """SQL for 'this claim is disputed', as `id IN (small sets)` rather than EXISTS per claim."""
    return Claim.id.in_(disputed_ids())


def reviewers_disagree():
    """Claims whose reviewers' latest verdicts differ (in_review/unverified are no verdict)."""
    latest = (
        select(func.max(Review.seq).label("seq"))
        .group_by(Review.claim_id, Review.reviewer)
        .subquery()
    )
    return (
        select(Review.claim_id)
        .join(latest, latest.c.seq == Review.seq)
        .where(Review.status.in_(sorted(VERDICT_STATUSES)))
        .group_by(Review.claim_id)
        .having(func.count(func.distinct(Review.status)) > 1)
    )


def verdicts_differ(latest: dict[str, Status]) -> bool:
    """Python twin of reviewers_disagree() for one claim's latest verdicts (reasons)."""
    # A reviewer whose latest word is in_review/unverified has withdrawn a verdict.
    return len({status for status in latest.values() if status in VERDICT_STATUSES}) > 1
