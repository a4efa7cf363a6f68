"""Links between claims: denies, contradicts, supports, same_as."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck.errors import BadInput
from factcheck.models import ClaimEvent, Link
from factcheck.services import trail
from factcheck.services.claims import get_claim
from factcheck.services.common import insert_or_get
from factcheck.services.ledger_events import lock_ledger
from factcheck.vocab import Origin, Relation


def add_link(
    session: Session,
    *,
    from_id: int,
    to_id: int,
    relation: Relation,
    created_by: str,
    origin: Origin = Origin.MANUAL,
    score: float | None = None,
    note: str | None = None,
) -> tuple[Link, bool]:
    """Link two claims; returns (link, created). An identical link is not duplicated."""
    if from_id == to_id:
        raise BadInput("a claim cannot be linked to itself")
    lock_ledger(session)
    get_claim(session, from_id)
    get_claim(session, to_id)

    def existing() -> Link | None:
        return session.scalars(
            select(Link).where(
                Link.from_claim_id == from_id, Link.to_claim_id == to_id, Link.relation == relation
            )
        ).first()

    found = existing()
    if found is not None and found.removed_at is not None:
        return _relink(session, found, created_by, note), True
    if found is not None:
        return found, False
    link = Link(
        from_claim_id=from_id,
        to_claim_id=to_id,
        relation=relation,
        origin=origin,
        created_by=created_by,
        score=score,
        note=note,
    )
    # the same link made at the same moment by someone else is that link, not an error
    link, created = insert_or_get(session, link, existing)
    if created:
        trail.link_added(session, link, created_by)
    return link, created


def _relink(session: Session, link: Link, actor: str, note: str | None) -> Link:
    """A removed link added again stands again; both histories record it (no new row:
    one row per FROM, TO, relation)."""
    link.removed_at = link.removed_by = link.removed_reason = None
    described = (
        f"link {link.id}: claim {link.from_claim_id} {link.relation.value} claim {link.to_claim_id}"
    )
    for claim_id in (link.from_claim_id, link.to_claim_id):
        session.add(
            ClaimEvent(
                claim_id=claim_id,
                actor=actor,
                action="link_restored",
                old_value=described,
                note=note,
            )
        )
    trail.simple(session, "link_restored", actor, link.from_claim_id, link_id=link.id, note=note)
    session.flush()
    return link
