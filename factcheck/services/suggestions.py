"""Verdict propagation as a suggestion: a claim `same_as` a reviewed claim shows that verdict."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from factcheck.models import Claim, Link
from factcheck.services.reviews import last_review
from factcheck.vocab import Relation, Status


def suggested_verdicts(session: Session, claim_id: int) -> list[dict]:
    """Verdicts of claims linked `same_as` to this one; shown, never applied without a review."""
    links = session.scalars(
        select(Link).where(
            Link.relation == Relation.SAME_AS,
            or_(Link.from_claim_id == claim_id, Link.to_claim_id == claim_id),
        )
    )
    suggestions = []
    for link in links:
        other_id = link.to_claim_id if link.from_claim_id == claim_id else link.from_claim_id
        other = session.get(Claim, other_id)
        if other is None or other.status in (Status.UNVERIFIED, Status.IN_REVIEW):
            continue
        review = last_review(session, other.id)
        suggestions.append(
            {
                "claim_id": other.id,
                "article_id": other.article_id,
                "status": other.status.value,
                "reviewer": review.reviewer if review else None,
                "link_id": link.id,
            }
        )
    return suggestions
