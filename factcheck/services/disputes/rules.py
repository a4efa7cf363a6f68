"""What makes a claim disputed (DESIGN.md), as SQL and as its Python twin: the one definition.

Core SQL on the tables (no ORM), so `claims list --disputed` runs it without the ORM.
"""

from __future__ import annotations

from sqlalchemy import func, select, union

from factcheck.vocab import VERDICT_STATUSES, Relation, Stance, Status

# The tables are imported where they are used: a listing imports this module for its
# --disputed filter, and builds the tables of links, evidence and reviews
# (factcheck/tables.py) only when the filter is given.

# Incoming links of these relations put a claim in dispute; `supports`/`same_as` do not.
CHALLENGES = (Relation.DENIES, Relation.CONTRADICTS)


def disputed_ids():
    """The ids of disputed claims (DESIGN.md), every reason, as set queries over the small
    tables: a million claims are never scanned one by one."""
    from factcheck.tables import claims, evidence, links

    challenged = select(links.c.to_claim_id).where(live_challenge())
    both_sides = (
        select(evidence.c.claim_id)
        .where(
            evidence.c.stance.in_([Stance.SUPPORTS, Stance.REFUTES]),
            evidence.c.retracted_at.is_(None),
        )
        .group_by(evidence.c.claim_id)
        .having(func.count(func.distinct(evidence.c.stance)) == 2)
    )
    flagged = select(claims.c.id).where(claims.c.status == Status.DISPUTED)
    return union(challenged, both_sides, flagged, reviewers_disagree())


def live_challenge():
    """A denies/contradicts link that still stands: not removed, its challenger not dismissed."""
    from factcheck.tables import claims, links

    dismissed = select(claims.c.id).where(claims.c.dismissed.is_(True))
    return (
        links.c.relation.in_(CHALLENGES)
        & links.c.removed_at.is_(None)
        & links.c.from_claim_id.not_in(dismissed)
    )


def disputed_condition():
    """SQL for 'this claim is disputed', as `id IN (small sets)` rather than EXISTS per claim."""
    from factcheck.tables import claims

    return claims.c.id.in_(disputed_ids())


def reviewers_disagree():
    """Claims whose reviewers' latest verdicts differ (in_review/unverified are no verdict)."""
    from factcheck.tables import reviews

    latest = (
        select(func.max(reviews.c.seq).label("seq"))
        .group_by(reviews.c.claim_id, reviews.c.reviewer)
        .subquery()
    )
    return (
        select(reviews.c.claim_id)
        .join(latest, latest.c.seq == reviews.c.seq)
        .where(reviews.c.status.in_(sorted(VERDICT_STATUSES)))
        .group_by(reviews.c.claim_id)
        .having(func.count(func.distinct(reviews.c.status)) > 1)
    )


def verdicts_differ(latest: dict[str, Status]) -> bool:
    """Python twin of reviewers_disagree() for one claim's latest verdicts (reasons)."""
    # A reviewer whose latest word is in_review/unverified has withdrawn a verdict.
    return len({status for status in latest.values() if status in VERDICT_STATUSES}) > 1
