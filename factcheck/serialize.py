"""Plain-data views of ledger rows for JSON output (keys: docs/json_keys.md; who is `by`).

A claim's shape is services/claim_record.py's ClaimRecord."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from factcheck.tables import as_utc

if TYPE_CHECKING:  # ORM objects or plain rows with the same names; no ORM needed here
    from factcheck.models import Article, ClaimEvent, Evidence, Link, Review, Source


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return as_utc(value).isoformat(timespec="seconds")
    return value.isoformat()


def article_dict(article: Article, *, with_text: bool = False) -> dict[str, Any]:
    data = {
        "id": article.id,  # this version's row (claims point at it)
        "article_id": article.first_version_id or article.id,  # the same across versions
        "slug": article.slug,
        "version": article.version,
        "is_current": article.is_current,
        "title": article.title,
        "outlet": article.outlet,
        "authors": list(article.authors or []),
        "url": article.url,
        "published": iso(article.published),
        "filename": article.filename,
        "format": article.format,
        "sha256": article.sha256,
        "length": len(article.text),
        "created_at": iso(article.created_at),
    }
    if with_text:
        data["text"] = article.text
    return data


def source_dict(source: Source | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {"id": source.id, "name": source.name, "kind": source.kind.value, "role": source.role}


def _marked(at, by, reason) -> dict[str, Any] | None:
    """When, by whom and why a row was retracted / removed (None while it stands)."""
    return None if at is None else {"at": iso(at), "by": by, "reason": reason}


def review_dict(review: Review) -> dict[str, Any]:
    return {
        "id": review.id,
        "seq": review.seq,
        "claim_id": review.claim_id,
        "by": review.reviewer,
        "status": review.status.value,
        "note": review.rationale,
        "created_at": iso(review.created_at),
        "prev_hash": review.prev_hash,
        "hash": review.hash,
    }


def evidence_dict(item: Evidence) -> dict[str, Any]:
    return {
        "id": item.id,
        "claim_id": item.claim_id,
        "url": item.url,
        "reference": item.reference,
        "publisher": item.publisher,
        "excerpt": item.excerpt,
        "accessed": iso(item.accessed),
        "stance": item.stance.value,
        "by": item.added_by,
        "created_at": iso(item.created_at),
        "retracted": _marked(item.retracted_at, item.retracted_by, item.retracted_reason),
    }


def link_dict(link: Link) -> dict[str, Any]:
    return {
        "id": link.id,
        "from": link.from_claim_id,
        "to": link.to_claim_id,
        "relation": link.relation.value,
        "origin": link.origin.value,
        "by": link.created_by,
        "score": link.score,
        "note": link.note,
        "created_at": iso(link.created_at),
        "removed": _marked(link.removed_at, link.removed_by, link.removed_reason),
    }


def event_dict(event: ClaimEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "claim_id": event.claim_id,
        "by": event.actor,
        "action": event.action,
        "field": event.field,
        "old": event.old_value,
        "new": event.new_value,
        "note": event.note,
        "created_at": iso(event.created_at),
    }
