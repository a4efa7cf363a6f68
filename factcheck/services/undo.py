"""Undo and triage, append-only: dismiss/restore a claim, retract evidence, remove a link.

Nothing is deleted: the row is marked (who, when, why) and the claim's history gets an
event, so `factcheck history` and the backup show what was undone and why.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck.errors import BadInput, NotFound
from factcheck.models import ClaimEvent, Evidence, Link, utcnow
from factcheck.services import trail
from factcheck.services.claims import get_claim
from factcheck.services.common import get_or_fail
from factcheck.services.ledger_events import lock_ledger
from factcheck.services.publishing import set_claim_state
from factcheck.vocab import Relation


def _reason(reason: str | None, what: str) -> str:
    if not reason or not reason.strip():
        raise BadInput(f"{what} needs a reason", fields=("reason",))
    return reason.strip()


def _event(claim_id: int, actor: str, action: str, old, new, note, field=None) -> ClaimEvent:
    return ClaimEvent(
        claim_id=claim_id,
        actor=actor,
        action=action,
        field=field,
        old_value=old,
        new_value=new,
        note=note,
    )


def dismiss_claim(session: Session, *, claim_id: int, reason: str, actor: str):
    """Not a claim / not worth checking: out of queues and exports, restorable."""
    note = _reason(reason, "a dismissal")
    lock_ledger(session)
    claim = get_claim(session, claim_id)
    if claim.dismissed:
        raise BadInput(f"claim {claim_id} is already dismissed ({claim.dismissed_reason})")
    set_claim_state(session, claim, dismissed=True, dismissed_reason=note)
    session.add(_event(claim.id, actor, "dismiss", None, None, note))
    trail.simple(session, "claim_dismissed", actor, claim.id, reason=note)
    session.flush()
    return claim


def restore_claim(session: Session, *, claim_id: int, actor: str, note: str | None = None):
    lock_ledger(session)
    claim = get_claim(session, claim_id)
    if not claim.dismissed:
        raise BadInput(f"claim {claim_id} is not dismissed")
    old_reason = claim.dismissed_reason
    set_claim_state(session, claim, dismissed=False, dismissed_reason=None)
    text = (note or "").strip() or None
    session.add(_event(claim.id, actor, "restore", old_reason, None, text, field="dismissed"))
    trail.simple(session, "claim_restored", actor, claim.id, note=text)
    session.flush()
    return claim


def retract_evidence(session: Session, *, evidence_id: int, reason: str, actor: str) -> Evidence:
    """The evidence stays on record but counts no more (stance, disputes, reports, CSV)."""
    note = _reason(reason, "a retraction")
    lock_ledger(session)
    item = get_or_fail(session, Evidence, evidence_id, "evidence")
    if item.retracted_at is not None:
        raise BadInput(f"evidence {evidence_id} is already retracted ({item.retracted_reason})")
    item.retracted_at, item.retracted_by, item.retracted_reason = utcnow(), actor, note
    where = item.url or item.reference or ""
    described = f"evidence {item.id}: {item.stance.value} {where}".strip()
    session.add(_event(item.claim_id, actor, "evidence_retracted", described, None, note))
    trail.simple(
        session, "evidence_retracted", actor, item.claim_id, evidence_id=item.id, reason=note
    )
    session.flush()
    return item


def find_links(
    session: Session, *, from_id: int, to_id: int, relation: Relation | None = None
) -> list[Link]:
    query = select(Link).where(
        Link.from_claim_id == from_id, Link.to_claim_id == to_id, Link.removed_at.is_(None)
    )
    if relation is not None:
        query = query.where(Link.relation == relation)
    return list(session.scalars(query.order_by(Link.id)))


def remove_link(
    session: Session,
    *,
    actor: str,
    reason: str | None = None,
    link_id: int | None = None,
    from_id: int | None = None,
    to_id: int | None = None,
    relation: Relation | None = None,
) -> Link:
    """Mark a link removed (by its id, or FROM TO [relation]); both claims' histories say so."""
    lock_ledger(session)
    link = _the_link(session, link_id, from_id, to_id, relation)
    note = (reason or "").strip() or None
    link.removed_at, link.removed_by, link.removed_reason = utcnow(), actor, note
    described = (
        f"link {link.id}: claim {link.from_claim_id} {link.relation.value} claim {link.to_claim_id}"
    )
    for claim_id in (link.from_claim_id, link.to_claim_id):
        session.add(_event(claim_id, actor, "link_removed", described, None, note))
    trail.simple(session, "link_removed", actor, link.from_claim_id, link_id=link.id, reason=note)
    session.flush()
    return link


def _the_link(session, link_id, from_id, to_id, relation) -> Link:
    if link_id is not None:
        link = get_or_fail(session, Link, link_id, "link")
        if link.removed_at is not None:
            raise BadInput(f"link {link_id} is already removed")
        return link
    links = find_links(session, from_id=from_id, to_id=to_id, relation=relation)
    if not links:
        raise NotFound(f"no link from claim {from_id} to claim {to_id} to remove")
    if len(links) > 1:
        kinds = ", ".join(link.relation.value for link in links)
        raise BadInput(
            f"claim {from_id} has several links to {to_id} ({kinds}): name the relation",
            fields=("relation",),
        )
    return links[0]
