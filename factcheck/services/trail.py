"""What each kind of ledger event records: the state `audit verify` replays it into."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from factcheck.services.ledger_events import record_event, record_events

# The claim columns the trail accounts for (audit verify compares each one).
CLAIM_FIELDS = (
    "article_id",
    "quote",
    "start",
    "end",
    "claim_text",
    "attribution",
    "cue",
    "speaker_id",
    "status",
    "dismissed",
    "dismissed_reason",
    "published_status",
    "published_review_id",
    "orphaned",
    "assignee",
    "due",
)
EVIDENCE_FIELDS = (
    "claim_id",
    "url",
    "reference",
    "publisher",
    "excerpt",
    "accessed",
    "stance",
    "added_by",
    "retracted",
    "retracted_reason",
)
LINK_FIELDS = ("from_claim_id", "to_claim_id", "relation", "removed", "removed_reason")
REVIEW_FIELDS = ("claim_id", "reviewer", "status", "rationale", "seq", "hash")
ARTICLE_FIELDS = ("slug", "version", "sha256")


def plain(value: Any) -> Any:
    """A column value as the JSON the trail stores (enums by value, dates ISO)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def claim_state(claim, **overrides) -> dict[str, Any]:
    """The trail's view of a claim row (ORM object or column row)."""
    state = {
        name: plain(getattr(claim, name, None))
        for name in CLAIM_FIELDS
        if name not in ("dismissed", "orphaned")
    }
    state["dismissed"] = bool(getattr(claim, "dismissed", False))
    state["orphaned"] = bool(getattr(claim, "orphaned", False))
    state.update(overrides)
    return state


def evidence_state(item) -> dict[str, Any]:
    state = {name: plain(getattr(item, name, None)) for name in EVIDENCE_FIELDS[:8]}
    state["retracted"] = getattr(item, "retracted_at", None) is not None
    state["retracted_reason"] = getattr(item, "retracted_reason", None)
    return state


def link_state(link) -> dict[str, Any]:
    return {
        "from_claim_id": link.from_claim_id,
        "to_claim_id": link.to_claim_id,
        "relation": plain(link.relation),
        "removed": getattr(link, "removed_at", None) is not None,
        "removed_reason": getattr(link, "removed_reason", None),
    }


# --- the writers the services call ------------------------------------------------------------


def article_added(session: Session, article, actor: str) -> None:
    payload = {name: getattr(article, name) for name in (*ARTICLE_FIELDS, "url", "title")}
    record_event(session, "article_version", actor=actor, article_id=article.id, payload=payload)


def claim_created(session: Session, claim, actor: str) -> None:
    record_event(
        session,
        "claim_created",
        actor=actor,
        claim_id=claim.id,
        article_id=claim.article_id,
        payload=_created_state(claim),
    )


def claims_created(session: Session, claims: list, actor: str) -> None:
    """claim_created for each of `claims` (rows just inserted), in one statement."""
    events = [(claim.id, claim.article_id, _created_state(claim)) for claim in claims]
    record_events(session, "claim_created", actor=actor, events=events)


def _created_state(claim) -> dict[str, Any]:
    state = claim_state(claim)
    state["origin"] = plain(claim.origin)
    return state


def claim_edited(session: Session, claim, actor: str, field: str, old, new) -> None:
    """One field changed; `value` is the column's new value (speaker: its source id)."""
    column = {"speaker": "speaker_id"}.get(field, field)
    record_event(
        session,
        "claim_edited",
        actor=actor,
        claim_id=claim.id,
        payload={
            "field": field,
            "column": column,
            "old": plain(old),
            "new": plain(new),
            "value": plain(getattr(claim, column)),
        },
    )


def claim_reanchored(session: Session, claim, actor: str, from_article_id: int) -> None:
    record_event(
        session,
        "claim_reanchored",
        actor=actor,
        claim_id=claim.id,
        article_id=claim.article_id,
        payload={
            "from_article_id": from_article_id,
            "start": claim.start,
            "end": claim.end,
            "quote": claim.quote,
            "claim_text": claim.claim_text,
        },
    )


def claim_orphaned(session: Session, claim, actor: str) -> None:
    record_event(session, "claim_orphaned", actor=actor, claim_id=claim.id, payload={})


def review_recorded(session: Session, review, *, override: bool = False) -> None:
    record_event(
        session,
        "review",
        actor=review.reviewer,
        claim_id=review.claim_id,
        payload={
            "review_id": review.id,
            "seq": review.seq,
            "hash": review.hash,
            "reviewer": review.reviewer,
            "status": plain(review.status),
            "rationale": review.rationale,
            # given with --override: over someone's assignment or recent verdict
            "override": override,
        },
    )


def simple(session: Session, kind: str, actor: str, claim_id: int | None, **payload) -> None:
    """Events whose payload is spelt out by the caller (publish, dismiss, restore, ...)."""
    values = {key: plain(value) for key, value in payload.items()}
    record_event(session, kind, actor=actor, claim_id=claim_id, payload=values)


def evidence_added(session: Session, item, actor: str) -> None:
    record_event(
        session,
        "evidence_added",
        actor=actor,
        claim_id=item.claim_id,
        payload={"evidence_id": item.id, **evidence_state(item)},
    )


def link_added(session: Session, link, actor: str) -> None:
    record_event(
        session, "link_added", actor=actor, claim_id=link.from_claim_id, payload=_added_state(link)
    )


def links_added(session: Session, links: list, actor: str) -> None:
    """link_added for each of `links` (rows just inserted), in one statement."""
    events = [(link.from_claim_id, None, _added_state(link)) for link in links]
    record_events(session, "link_added", actor=actor, events=events)


def _added_state(link) -> dict[str, Any]:
    return {
        "link_id": link.id,
        "origin": plain(link.origin),
        "from": link.from_claim_id,
        "to": link.to_claim_id,
        **link_state(link),
    }
