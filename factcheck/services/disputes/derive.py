"""Disputes, derived from the ledger (never typed in): each disputed claim with both sides."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from factcheck.serialize import evidence_dict, iso
from factcheck.services.claim_record import claim_json
from factcheck.services.claim_rows import claim_rows
from factcheck.services.common import chunks
from factcheck.services.disputes.candidates import as_cutoff, disputed_activity
from factcheck.services.disputes.rules import live_challenge, verdicts_differ
from factcheck.tables import as_utc, claims, evidence, links, reviews
from factcheck.text import shorten
from factcheck.vocab import VERDICT_STATUSES, Relation, Stance, Status

_REASON_OF_RELATION = {Relation.DENIES: "denied", Relation.CONTRADICTS: "contradicted"}


@dataclass
class DisputeReason:
    """Why a claim is disputed; kind is denied, contradicted, evidence_conflict,
    reviewers_disagree or status_disputed."""

    kind: str
    detail: str
    claim_id: int | None = None  # the denying / contradicting claim
    speaker: str | None = None
    article_id: int | None = None
    link_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Dispute:
    """One disputed claim with both sides, as plain data for templates and JSON."""

    claim: dict[str, Any]
    article: dict[str, Any]
    reasons: list[dict[str, Any]]
    challengers: list[dict[str, Any]] = field(default_factory=list)
    evidence: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Each reviewer's latest review (by, status, note, at), the claim's latest of all.
    latest_reviews: list[dict[str, Any]] = field(default_factory=list)
    last_review: dict[str, Any] | None = None
    last_activity: datetime | None = None
    # The published verdict that settled it (status, at, by), else None: still open.
    resolution: dict[str, Any] | None = None
    # resolved | unreviewed_denial (challenged, nobody has ruled on either side) | contested
    standing: str = "contested"

    @property
    def claim_id(self) -> int:
        return self.claim["id"]

    @property
    def kinds(self) -> list[str]:
        return [reason["kind"] for reason in self.reasons]

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)  # every field is plain data already; no deep copy
        data["last_activity"] = iso(self.last_activity)
        return data


def derive_disputes(
    reader,
    *,
    article_id: int | None = None,
    source: str | None = None,
    since: datetime | date | None = None,
    claim_ids: Iterable[int] | None = None,
    limit: int | None = None,
    state: str = "open",
) -> list[Dispute]:
    """Disputed claims (optionally of one article, involving one source, active since a
    date, or among given claims) with reasons and both sides, newest activity first.
    `state`: open (default), resolved (settled by a published verdict) or all."""
    disputes, _ = dispute_page(
        reader,
        article_id=article_id,
        source=source,
        since=since,
        claim_ids=claim_ids,
        limit=limit,
        state=state,
    )
    return disputes


def dispute_page(
    reader,
    *,
    article_id: int | None = None,
    source: str | None = None,
    since: datetime | date | None = None,
    claim_ids: Iterable[int] | None = None,
    limit: int | None = None,
    state: str = "open",
) -> tuple[list[Dispute], int]:
    """The newest `limit` disputes in full, and how many there are in all.

    Which claims are disputed, and when each last moved, comes from light queries first;
    only the disputes shown are then read in full (a large ledger has thousands)."""
    activity = disputed_activity(
        reader,
        article_id=article_id,
        source=source,
        cutoff=as_cutoff(since) if since is not None else None,
        claim_ids=claim_ids,
        state=state,
    )
    newest = sorted(activity, key=lambda claim_id: (activity[claim_id], claim_id), reverse=True)
    chosen = newest[:limit] if limit else newest
    rows = [
        row
        for chunk in chunks(chosen)
        for row in reader.execute(claim_rows().where(claims.c.id.in_(chunk)))
    ]
    disputes = _build(reader, rows)
    disputes.sort(key=lambda d: (d.last_activity, d.claim_id), reverse=True)
    return disputes, len(activity)


def dispute_reasons(reader, claim_id: int) -> list[DisputeReason]:
    """Why one claim is disputed (empty when it is not)."""
    disputes = derive_disputes(reader, claim_ids=[claim_id], state="all")
    if not disputes:
        return []
    return [DisputeReason(**reason) for reason in disputes[0].reasons]


@dataclass
class _Related:
    """Everything attached to the candidate claims, fetched with a few IN queries."""

    challenges: dict[int, list]
    evidence: dict[int, list]
    reviews: dict[int, list]
    link_times: dict[int, datetime]


def _fetch_related(reader, ids: list[int]) -> _Related:
    related = _Related(defaultdict(list), defaultdict(list), defaultdict(list), {})
    challenger = claims.alias("challenger")
    link_columns = (
        links.c.id.label("link_id"),
        links.c.to_claim_id.label("link_to"),
        links.c.relation.label("link_relation"),
        links.c.origin.label("link_origin"),
        links.c.created_at.label("link_created"),
    )
    for chunk in chunks(ids):
        rows = reader.execute(
            claim_rows(challenger)
            .add_columns(*link_columns)
            .join(links, links.c.from_claim_id == challenger.c.id)
            .where(links.c.to_claim_id.in_(chunk), live_challenge())
            .order_by(links.c.id)
        )
        for row in rows:
            related.challenges[row.link_to].append(row)
        standing = select(evidence).where(
            evidence.c.claim_id.in_(chunk), evidence.c.retracted_at.is_(None)
        )
        for row in reader.execute(standing.order_by(evidence.c.id)):
            related.evidence[row.claim_id].append(row)
        verdicts = select(
            reviews.c.claim_id,
            reviews.c.reviewer,
            reviews.c.status,
            reviews.c.rationale,
            reviews.c.created_at,
        ).where(reviews.c.claim_id.in_(chunk))
        for row in reader.execute(verdicts.order_by(reviews.c.seq)):
            related.reviews[row.claim_id].append(row)
        for column in (links.c.from_claim_id, links.c.to_claim_id):
            latest = select(column, func.max(links.c.created_at)).where(column.in_(chunk))
            for claim_id, moment in reader.execute(latest.group_by(column)):
                _note_time(related.link_times, claim_id, moment)
    return related


def _note_time(times: dict[int, datetime], key: int, moment: datetime | None) -> None:
    if moment is None:
        return
    moment = as_utc(moment)
    if key not in times or moment > times[key]:
        times[key] = moment


def _build(reader, rows: list) -> list[Dispute]:
    related = _fetch_related(reader, [row.id for row in rows])
    disputes = []
    for row in rows:
        dispute = _dispute_of(row, related)
        if dispute is not None:
            disputes.append(dispute)
    return disputes


def _article_of(row) -> dict[str, Any]:
    return {
        "id": row.article_id,
        "article_id": row.article_key or row.article_id,  # the same across versions
        "version": row.article_version,
        "title": row.article_title or row.article_filename or row.article_slug,
        "filename": row.article_filename,
        "url": row.article_url,
        "outlet": row.article_outlet,
        "published": iso(row.article_published),
    }


def _dispute_of(row, related: _Related) -> Dispute | None:
    challenges = related.challenges.get(row.id, [])
    evidence = related.evidence.get(row.id, [])
    reviews = related.reviews.get(row.id, [])
    latest = _latest_by_reviewer(reviews)
    reasons = (
        [_challenge_reason(other) for other in challenges]
        + _evidence_reasons(evidence)
        + _reviewer_reasons(latest)
        + _status_reasons(row, reviews)
    )
    if not reasons:
        return None
    resolution = _resolution(row, challenges, evidence)
    moments = [row.updated_at, row.created_at]
    moments += [r.created_at for r in reviews] + [e.created_at for e in evidence]
    last = max(as_utc(m) for m in moments if m is not None)
    if row.id in related.link_times:
        last = max(last, related.link_times[row.id])
    return Dispute(
        claim=claim_json(row, row.speaker_name),
        article=_article_of(row),
        reasons=[reason.as_dict() for reason in reasons],
        challengers=[
            {
                "claim": claim_json(other, other.speaker_name),
                "relation": other.link_relation.value,
                "link_id": other.link_id,
                "origin": other.link_origin.value,
                "speaker": other.speaker_name,
                "article": _article_of(other),
            }
            for other in challenges
        ],
        evidence=_by_stance(evidence),
        latest_reviews=[_review_dict(review) for review in latest.values()],
        last_review=_review_dict(reviews[-1]) if reviews else None,
        last_activity=last,
        resolution=resolution,
        standing=_standing(row, resolution, challenges, latest, reasons),
    )


def _review_dict(review) -> dict[str, Any]:
    """A review as a claim record's last_review is written (docs/json_keys.md)."""
    return {
        "by": review.reviewer,
        "status": review.status.value,
        "note": review.rationale,
        "at": iso(review.created_at),
    }


def _resolution(row, challenges: list, evidence: list) -> dict[str, Any] | None:
    """The published verdict that settles the dispute: not `disputed`, not stale, and
    published after the last challenge or evidence (dispute_candidates has the SQL twin)."""
    if row.published_status in (None, Status.DISPUTED) or row.stale or not row.published_at:
        return None
    published = as_utc(row.published_at)
    moments = [c.link_created for c in challenges] + [e.created_at for e in evidence]
    if any(as_utc(moment) > published for moment in moments if moment is not None):
        return None
    return {
        "status": row.published_status.value,
        "at": iso(row.published_at),
        "by": row.published_by,
    }


def _standing(row, resolution, challenges: list, latest: dict, reasons: list) -> str:
    """resolved; unreviewed_denial (only denials/contradictions, and no one has ruled on
    the claim or on what challenges it); else contested."""
    if resolution is not None:
        return "resolved"
    only_challenged = all(r.kind in ("denied", "contradicted") for r in reasons)
    nobody_ruled = not latest and all(c.status == Status.UNVERIFIED for c in challenges)
    return "unreviewed_denial" if only_challenged and nobody_ruled else "contested"


def _latest_by_reviewer(reviews: list) -> dict[str, Any]:
    latest: dict[str, Any] = {}
    for review in reviews:  # ordered by seq: the last one wins
        latest[review.reviewer] = review
    return latest


def _challenge_reason(other) -> DisputeReason:
    """The denying or contradicting claim (a row of claim_rows plus its link)."""
    kind = _REASON_OF_RELATION[other.link_relation]
    who = other.speaker_name or "the article"
    where = other.article_title or other.article_filename or f"article {other.article_id}"
    unreviewed = " (not reviewed yet)" if other.status == Status.UNVERIFIED else ""
    return DisputeReason(
        kind=kind,
        detail=f"{kind} by {who} in claim {other.id} ({where}): “{shorten(other.quote, 100)}”"
        + unreviewed,
        claim_id=other.id,
        speaker=other.speaker_name,
        article_id=other.article_id,
        link_id=other.link_id,
    )


def _evidence_reasons(evidence: list) -> list[DisputeReason]:
    supporting = sum(1 for e in evidence if e.stance == Stance.SUPPORTS)
    refuting = sum(1 for e in evidence if e.stance == Stance.REFUTES)
    if not (supporting and refuting):
        return []
    return [
        DisputeReason(
            kind="evidence_conflict",
            detail=f"evidence on both sides: {supporting} supporting, {refuting} refuting",
        )
    ]


def _reviewer_reasons(latest: dict[str, Any]) -> list[DisputeReason]:
    if not verdicts_differ({name: review.status for name, review in latest.items()}):
        return []
    verdicts = {name: r.status for name, r in latest.items() if r.status in VERDICT_STATUSES}
    listing = ", ".join(f"{name}: {status.value}" for name, status in sorted(verdicts.items()))
    return [DisputeReason(kind="reviewers_disagree", detail=f"reviewers disagree — {listing}")]


def _status_reasons(claim, reviews: list) -> list[DisputeReason]:
    if claim.status != Status.DISPUTED:
        return []
    by = f" by {reviews[-1].reviewer}" if reviews else ""
    return [DisputeReason(kind="status_disputed", detail=f"marked disputed{by}")]


def _by_stance(evidence: list) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {stance.value: [] for stance in Stance}
    for item in evidence:
        grouped[item.stance.value].append(evidence_dict(item))
    return grouped
