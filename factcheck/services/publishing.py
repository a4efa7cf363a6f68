"""Publishing: an editor makes a claim's latest verdict the one exports and reports carry."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from factcheck.errors import BadInput
from factcheck.models import Claim, ClaimEvent, Review, utcnow
from factcheck.services import trail
from factcheck.services.claims import get_claim
from factcheck.services.ledger_events import lock_ledger
from factcheck.services.reviews import last_review
from factcheck.vocab import VERDICT_STATUSES


@dataclass
class Published:
    claim_id: int
    status: str
    review_seq: int
    changed: bool  # False: this verdict was already the published one


def set_claim_state(session: Session, claim: Claim, **values) -> None:
    """Write state columns (published, dismissed, stale) without bumping the edit version:
    like a review, they change no edited field, so a concurrent edit must never fail on them."""
    values.setdefault("updated_at", utcnow())
    session.execute(
        update(Claim).where(Claim.id == claim.id).values(**values),
        execution_options={"synchronize_session": False},
    )
    for name, value in values.items():
        set_committed_value(claim, name, value)


def publish_claims(
    session: Session, *, claim_ids: list[int], editor: str, note: str | None = None
) -> list[Published]:
    """Publish each claim's latest verdict; refuses (nothing written) if any cannot be."""
    lock_ledger(session)
    plans = [_plan(session, claim_id) for claim_id in dict.fromkeys(claim_ids)]
    return [_publish(session, claim, review, editor, note) for claim, review in plans]


def _plan(session: Session, claim_id: int) -> tuple[Claim, Review]:
    claim = get_claim(session, claim_id)
    if claim.dismissed:
        raise BadInput(f"claim {claim_id} is dismissed; restore it before publishing")
    review = last_review(session, claim_id)
    if review is None or review.status not in VERDICT_STATUSES:
        raise BadInput(f"claim {claim_id} has no verdict to publish (review it first)")
    if claim.stale:
        raise BadInput(
            f"claim {claim_id} was reworded since its verdict (stale): review it again first"
        )
    return claim, review


def _publish(
    session: Session, claim: Claim, review: Review, editor: str, note: str | None
) -> Published:
    same_wording = (claim.published_quote, claim.published_claim_text) == (
        claim.quote,
        claim.claim_text,
    )
    if claim.published_review_id == review.id and same_wording:
        return Published(claim.id, review.status.value, review.seq, changed=False)
    old = claim.published_status.value if claim.published_status else None
    set_claim_state(
        session,
        claim,
        published_status=review.status,
        published_at=utcnow(),
        published_by=editor,
        published_review_id=review.id,
        published_quote=claim.quote,
        published_claim_text=claim.claim_text,
    )
    session.add(
        ClaimEvent(
            claim_id=claim.id,
            actor=editor,
            action="publish",
            field="published_status",
            old_value=old,
            new_value=f"{review.status.value} (review {review.seq})",
            note=(note or "").strip() or None,
        )
    )
    trail.simple(
        session,
        "publish",
        editor,
        claim.id,
        review_id=review.id,
        status=review.status,
        quote=claim.quote,
        claim_text=claim.claim_text,
        note=(note or "").strip() or None,
    )
    session.flush()
    return Published(claim.id, review.status.value, review.seq, changed=True)
