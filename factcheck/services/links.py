"""Links between claims: denies, contradicts, supports, same_as."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck.errors import BadInput
from factcheck.models import Link
from factcheck.services.claims import get_claim
from factcheck.services.common import insert_or_get
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
    get_claim(session, from_id)
    get_claim(session, to_id)
    def existing() -> Link | None:
        return session.scalars(
            select(Link).where(
                Link.from_claim_id == from_id, Link.to_claim_id == to_id, Link.relation == relation
            )
        ).first()

    found = existing()
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
    return insert_or_get(session, link, existing)
