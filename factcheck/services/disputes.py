"""Disputes, derived from the ledger (never typed in): each disputed claim with both sides."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import distinct, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from factcheck.models import Article, Claim, Evidence, Link, Review, Source, SourceAlias, as_utc
from factcheck.serialize import claim_dict, evidence_dict, iso
from factcheck.services.sources import alias_key
from factcheck.vocab import VERDICT_STATUSES, Relation, Stance, Status

# Incoming links of these relations put a claim in dispute; `supports`/`same_as` do not.
CHALLENGES = (Relation.DENIES, Relation.CONTRADICTS)
_REASON_OF_RELATION = {Relation.DENIES: "denied", Relation.CONTRADICTS: "contradicted"}
# Keeps every IN (...) list under SQLite's bound-parameter limit.
_CHUNK = 900


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
        return asdict(self)


@dataclass
class Dispute:
    """One disputed claim with both sides, as plain data for templates and JSON."""

    claim: dict[str, Any]
    article: dict[str, Any]
    reasons: list[dict[str, Any]]
    challengers: list[dict[str, Any]] = field(default_factory=list)
    evidence: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    verdicts: list[dict[str, Any]] = field(default_factory=list)
    last_activity: datetime | None = None

    @property
    def claim_id(self) -> int:
        return self.claim["id"]

    @property
    def kinds(self) -> list[str]:
        return [reason["kind"] for reason in self.reasons]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_activity"] = iso(self.last_activity)
        return data


def article_brief(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title or article.filename or article.slug,
        "filename": article.filename,
        "url": article.url,
        "outlet": article.outlet,
        "published": iso(article.published),
    }


def candidate_ids_query():
    """Claims that may be disputed, as set queries over the small tables (no per-claim scan).

    Same cheap reasons as services.claims.disputed_condition(), plus any claim with two or
    more reviewers (whether their latest verdicts disagree is decided in Python).
    """
    challenged = select(Link.to_claim_id.label("id")).where(Link.relation.in_(CHALLENGES))
    both_sides = (
        select(Evidence.claim_id)
        .where(Evidence.stance.in_([Stance.SUPPORTS, Stance.REFUTES]))
        .group_by(Evidence.claim_id)
        .having(func.count(distinct(Evidence.stance)) == 2)
    )
    flagged = select(Claim.id).where(Claim.status == Status.DISPUTED)
    reviewed_twice = (
        select(Review.claim_id)
        .group_by(Review.claim_id)
        .having(func.count(distinct(Review.reviewer)) > 1)
    )
    return union(challenged, both_sides, flagged, reviewed_twice).subquery()


def derive_disputes(
    session: Session,
    *,
    article_id: int | None = None,
    source: str | None = None,
    since: datetime | date | None = None,
    claim_ids: Iterable[int] | None = None,
) -> list[Dispute]:
    """Every disputed claim (optionally of one article, involving one source, active since a
    date, or among given claims) with its reasons and both sides, newest activity first."""
    query = (
        select(Claim, Article, Source)
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Source, Source.id == Claim.speaker_id)
    )
    candidates = candidate_ids_query()
    query = query.where(Claim.id.in_(select(candidates.c.id)))
    if article_id is not None:
        query = query.where(Claim.article_id == article_id)
    if claim_ids is not None:
        query = query.where(Claim.id.in_(list(claim_ids)))
    if source:
        query = query.where(_involves_source(source))
    rows = list(session.execute(query))
    disputes = _build(session, rows)
    if since is not None:
        cutoff = _as_cutoff(since)
        disputes = [d for d in disputes if d.last_activity and as_utc(d.last_activity) >= cutoff]
    disputes.sort(key=lambda d: (as_utc(d.last_activity), d.claim_id), reverse=True)
    return disputes


def dispute_reasons(session: Session, claim_id: int) -> list[DisputeReason]:
    """Why one claim is disputed (empty when it is not)."""
    disputes = derive_disputes(session, claim_ids=[claim_id])
    if not disputes:
        return []
    return [DisputeReason(**reason) for reason in disputes[0].reasons]


def _involves_source(name: str):
    """The source asserts the claim, or denies / contradicts it (aliases count)."""
    pattern = f"%{alias_key(name)}%"
    speaker_ids = (
        select(SourceAlias.source_id)
        .where(SourceAlias.alias_key.like(pattern))
        .union(select(Source.id).where(func.lower(Source.name).like(pattern)))
    )
    challenger = aliased(Claim)
    challenged_by_source = (
        select(Link.to_claim_id)
        .join(challenger, challenger.id == Link.from_claim_id)
        .where(Link.relation.in_(CHALLENGES), challenger.speaker_id.in_(speaker_ids))
    )
    return or_(Claim.speaker_id.in_(speaker_ids), Claim.id.in_(challenged_by_source))


def _as_cutoff(since: datetime | date) -> datetime:
    if isinstance(since, datetime):
        return as_utc(since)
    return datetime.combine(since, time.min, tzinfo=UTC)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for index in range(0, len(ids), _CHUNK):
        yield list(ids[index : index + _CHUNK])


@dataclass
class _Related:
    """Everything attached to the candidate claims, fetched with a few IN queries."""

    challenges: dict[int, list[tuple[Link, Claim, Article, Source | None]]]
    evidence: dict[int, list[Evidence]]
    reviews: dict[int, list[Review]]
    link_times: dict[int, datetime]


def _fetch_related(session: Session, ids: list[int]) -> _Related:
    related = _Related(defaultdict(list), defaultdict(list), defaultdict(list), {})
    challenger = aliased(Claim)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(Link, challenger, Article, Source)
            .join(challenger, challenger.id == Link.from_claim_id)
            .join(Article, Article.id == challenger.article_id)
            .outerjoin(Source, Source.id == challenger.speaker_id)
            .where(Link.to_claim_id.in_(chunk), Link.relation.in_(CHALLENGES))
            .order_by(Link.id)
        )
        for link, other, article, speaker in rows:
            related.challenges[link.to_claim_id].append((link, other, article, speaker))
        for item in session.scalars(
            select(Evidence).where(Evidence.claim_id.in_(chunk)).order_by(Evidence.id)
        ):
            related.evidence[item.claim_id].append(item)
        for review in session.scalars(
            select(Review).where(Review.claim_id.in_(chunk)).order_by(Review.seq)
        ):
            related.reviews[review.claim_id].append(review)
        for column in (Link.from_claim_id, Link.to_claim_id):
            for claim_id, latest in session.execute(
                select(column, func.max(Link.created_at)).where(column.in_(chunk)).group_by(column)
            ):
                _note_time(related.link_times, claim_id, latest)
    return related


def _note_time(times: dict[int, datetime], key: int, moment: datetime | None) -> None:
    if moment is None:
        return
    moment = as_utc(moment)
    if key not in times or moment > times[key]:
        times[key] = moment


def _build(session: Session, rows: list) -> list[Dispute]:
    ids = [claim.id for claim, _, _ in rows]
    related = _fetch_related(session, ids)
    disputes = []
    for claim, article, speaker in rows:
        dispute = _dispute_of(claim, article, speaker, related)
        if dispute is not None:
            disputes.append(dispute)
    return disputes


def _dispute_of(claim: Claim, article: Article, speaker: Source | None, related: _Related):
    challenges = related.challenges.get(claim.id, [])
    evidence = related.evidence.get(claim.id, [])
    reviews = related.reviews.get(claim.id, [])
    latest = _latest_by_reviewer(reviews)
    reasons = (
        [
            _challenge_reason(link, other, other_article, who)
            for link, other, other_article, who in challenges
        ]
        + _evidence_reasons(evidence)
        + _reviewer_reasons(latest)
        + _status_reasons(claim, reviews)
    )
    if not reasons:
        return None
    moments = [claim.updated_at, claim.created_at]
    moments += [r.created_at for r in reviews] + [e.created_at for e in evidence]
    last = max(as_utc(m) for m in moments if m is not None)
    if claim.id in related.link_times:
        last = max(last, related.link_times[claim.id])
    return Dispute(
        claim=claim_dict(claim, speaker),
        article=article_brief(article),
        reasons=[reason.as_dict() for reason in reasons],
        challengers=[
            {
                "claim": claim_dict(other, who),
                "relation": link.relation.value,
                "link_id": link.id,
                "origin": link.origin.value,
                "speaker": who.name if who else None,
                "article": article_brief(other_article),
            }
            for link, other, other_article, who in challenges
        ],
        evidence=_by_stance(evidence),
        verdicts=[
            {
                "reviewer": review.reviewer,
                "status": review.status.value,
                "rationale": review.rationale,
                "at": iso(review.created_at),
            }
            for review in latest.values()
        ],
        last_activity=last,
    )


def _latest_by_reviewer(reviews: list[Review]) -> dict[str, Review]:
    latest: dict[str, Review] = {}
    for review in reviews:  # ordered by seq: the last one wins
        latest[review.reviewer] = review
    return latest


def _challenge_reason(link: Link, other: Claim, article: Article, speaker: Source | None):
    kind = _REASON_OF_RELATION[link.relation]
    who = speaker.name if speaker else "the article"
    where = article.title or article.filename or f"article {article.id}"
    return DisputeReason(
        kind=kind,
        detail=f"{kind} by {who} in claim {other.id} ({where}): “{_short(other.quote)}”",
        claim_id=other.id,
        speaker=speaker.name if speaker else None,
        article_id=article.id,
        link_id=link.id,
    )


def _evidence_reasons(evidence: list[Evidence]) -> list[DisputeReason]:
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


def _reviewer_reasons(latest: dict[str, Review]) -> list[DisputeReason]:
    # A reviewer whose latest word is in_review/unverified has withdrawn a verdict.
    verdicts = {name: r.status for name, r in latest.items() if r.status in VERDICT_STATUSES}
    if len(set(verdicts.values())) < 2:
        return []
    listing = ", ".join(f"{name}: {status.value}" for name, status in sorted(verdicts.items()))
    return [DisputeReason(kind="reviewers_disagree", detail=f"reviewers disagree — {listing}")]


def _status_reasons(claim: Claim, reviews: list[Review]) -> list[DisputeReason]:
    if claim.status != Status.DISPUTED:
        return []
    by = f" by {reviews[-1].reviewer}" if reviews else ""
    return [DisputeReason(kind="status_disputed", detail=f"marked disputed{by}")]


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _by_stance(evidence: list[Evidence]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {stance.value: [] for stance in Stance}
    for item in evidence:
        grouped[item.stance.value].append(evidence_dict(item))
    return grouped
