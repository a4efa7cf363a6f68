"""Read-only queries behind the audit reports: claim records, grouped counts, sources, activity."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from factcheck.models import Article, Citation, Claim, Evidence, Review, Source, as_utc
from factcheck.serialize import iso
from factcheck.services.claim_record import (
    CLAIM_COLUMNS,
    ClaimRecord,
    LastReview,
    claim_columns,
    claim_record_of_row,
)
from factcheck.vocab import UNSOURCED_ATTRIBUTIONS, Status

# Rows are fetched in batches: a 10,000-claim report never holds every ORM row at once.
BATCH = 1000
OPEN_STATUSES = (Status.UNVERIFIED, Status.IN_REVIEW)


@dataclass(frozen=True)
class Scope:
    """Which claims a report covers: one article, one speaker, or both, or everything."""

    article_id: int | None = None
    source_id: int | None = None

    def claim_filter(self) -> list:
        conditions = []
        if self.article_id is not None:
            conditions.append(Claim.article_id == self.article_id)
        if self.source_id is not None:
            conditions.append(Claim.speaker_id == self.source_id)
        return conditions

    def claim_ids(self) -> Select:
        return select(Claim.id).where(*self.claim_filter())


def _text(column):  # an enum column read as its stored string: no enum objects per row
    return type_coerce(column, String)


def _claim_select(scope: Scope) -> Select:
    """Claims with their article, speaker, last review and evidence count: one query."""
    in_scope = scope.claim_ids()
    last = (
        select(Review.claim_id, func.max(Review.seq).label("seq"))
        .where(Review.claim_id.in_(in_scope))
        .group_by(Review.claim_id)
        .subquery()
    )
    evidence = (
        select(Evidence.claim_id, func.count().label("n"))
        .where(Evidence.claim_id.in_(in_scope), Evidence.retracted_at.is_(None))
        .group_by(Evidence.claim_id)
        .subquery()
    )
    return (
        select(
            *claim_columns(),
            Source.name.label("speaker_name"),
            func.coalesce(Article.title, Article.filename, Article.slug).label("article_title"),
            Article.url.label("article_url"),
            Article.first_version_id.label("article_key"),
            Article.version.label("article_version"),
            Review.reviewer.label("last_review_by"),
            _text(Review.status).label("last_review_status"),
            Review.rationale.label("last_review_note"),
            Review.created_at.label("last_review_at"),
            func.coalesce(evidence.c.n, 0).label("evidence_count"),
        )
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Source, Source.id == Claim.speaker_id)
        .outerjoin(last, last.c.claim_id == Claim.id)
        .outerjoin(Review, Review.seq == last.c.seq)
        .outerjoin(evidence, evidence.c.claim_id == Claim.id)
        .where(*scope.claim_filter())
    )


def _to_record(row) -> ClaimRecord:
    # By position (a Row's attributes are slow): the columns after claim_columns(), in order.
    speaker, title, url, key, version, by, status, note, at, evidence = row[_N:]
    return claim_record_of_row(
        row,
        speaker,
        article_key=key or row[1],  # row[1]: article_id, this version's row
        article_title=title,
        article_url=url,
        article_version=version,
        last_review=None if by is None else LastReview(by, status, note, iso(at)),
        evidence_count=evidence,
    )


_N = len(CLAIM_COLUMNS)


def claim_rows(session: Session, scope: Scope, *conditions, order=None) -> Iterator[ClaimRecord]:
    """Stream the scope's claims with their context, in text order (outer spans before the
    spans they contain)."""
    query = _claim_select(scope).where(*conditions)
    query = query.order_by(*(order or (Claim.article_id, Claim.start, Claim.end.desc(), Claim.id)))
    # Core execution: these are plain columns, the ORM would only add per-row overhead.
    rows = session.connection().execute(query.execution_options(yield_per=BATCH))
    for row in rows:
        yield _to_record(row)


def unsourced_open(scope: Scope) -> list:
    """Hedged claims nobody stands behind ("reportedly", "alleged", "rumored"), still open."""
    return [
        *scope.claim_filter(),
        Claim.attribution.in_(UNSOURCED_ATTRIBUTIONS),
        Claim.status.in_(OPEN_STATUSES),
        Claim.dismissed.is_(False),
    ]


def stale(scope: Scope, *, days: int, now: datetime) -> list:
    """Claims still without a verdict whose creation is more than `days` days old."""
    cutoff = now - timedelta(days=days)
    return [
        *scope.claim_filter(),
        Claim.status.in_(OPEN_STATUSES),
        Claim.created_at < cutoff,
        Claim.dismissed.is_(False),
    ]


def count_claims(session: Session, conditions: list) -> int:
    return session.scalar(select(func.count(Claim.id)).where(*conditions)) or 0


def grouped_counts(session: Session, scope: Scope) -> dict[str, Counter]:
    """Claims by status, attribution and certainty: three GROUP BY queries."""
    counts = {}
    for name, column in (
        ("status", Claim.status),
        ("attribution", Claim.attribution),
        ("certainty", Claim.certainty),
    ):
        rows = session.execute(
            select(column, func.count()).where(*scope.claim_filter()).group_by(column)
        )
        counts[name] = Counter({value.value: n for value, n in rows})
    return counts


def evidence_rows(session: Session, scope: Scope) -> Iterator[dict]:
    query = (
        select(Evidence, Claim.quote)
        .join(Claim, Claim.id == Evidence.claim_id)
        .where(*scope.claim_filter(), Evidence.retracted_at.is_(None))
        .order_by(Claim.start, Evidence.claim_id, Evidence.id)
    )
    for item, quote in session.execute(query.execution_options(yield_per=BATCH)):
        yield {
            "id": item.id,
            "claim_id": item.claim_id,
            "claim_quote": quote,
            "stance": item.stance.value,
            "url": item.url,
            "reference": item.reference,
            "publisher": item.publisher,
            "excerpt": item.excerpt,
            "accessed": iso(item.accessed),
            "by": item.added_by,
        }


def citation_rows(session: Session, article_id: int) -> list[dict]:
    """The works an article relies on, with the claims it makes on each one's word."""
    on_its_word = dict(
        session.execute(
            select(Claim.citation_id, func.count())
            .where(Claim.article_id == article_id, Claim.citation_id.is_not(None))
            .group_by(Claim.citation_id)
        ).all()
    )
    citations = session.scalars(
        select(Citation).where(Citation.article_id == article_id).order_by(Citation.id)
    ).all()
    names = _source_names(
        session, {i for c in citations for i in (c.source_id, c.author_id) if i is not None}
    )
    return [
        {
            "id": c.id,
            "source": names.get(c.source_id),
            "author": names.get(c.author_id),
            "title": c.title,
            "url": c.url,
            "mention": c.mention,
            "claims": on_its_word.get(c.id, 0),
        }
        for c in citations
    ]


def _source_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Source.id, Source.name).where(Source.id.in_(ids))).all())


@dataclass(slots=True)
class ArticleSummary:
    id: int
    title: str | None
    slug: str
    outlet: str | None
    published: str | None
    claims: int
    statuses: dict[str, int]
    disputed: int = 0
    article_id: int | None = None  # the id it keeps across versions (id: this version's row)


def article_summaries(session: Session, scope: Scope) -> Iterator[ArticleSummary]:
    """Current articles (or those where the scoped source speaks) with claim counts by status."""
    tallies: dict[int, Counter] = defaultdict(Counter)
    for article_id, status, n in session.execute(
        select(Claim.article_id, Claim.status, func.count())
        .where(*scope.claim_filter())
        .group_by(Claim.article_id, Claim.status)
    ):
        tallies[article_id][status.value] = n
    query = select(
        Article.id,
        func.coalesce(Article.title, Article.filename),
        Article.slug,
        Article.outlet,
        Article.published,
        Article.first_version_id,
    ).order_by(Article.id)
    if scope.source_id is not None:
        query = query.where(Article.id.in_(select(Claim.article_id).where(*scope.claim_filter())))
    else:
        query = query.where(Article.is_current.is_(True))
    for article_id, title, slug, outlet, published, key in session.execute(query):
        tally = tallies.get(article_id, Counter())
        yield ArticleSummary(
            article_id,
            title,
            slug,
            outlet,
            iso(published),
            sum(tally.values()),
            dict(tally),
            article_id=key or article_id,
        )


def source_track_record(session: Session, scope: Scope) -> list[dict]:
    """Per speaker: how many claims, and how many verified, false, or still open."""
    tallies: dict[int | None, Counter] = defaultdict(Counter)
    for speaker_id, status, n in session.execute(
        select(Claim.speaker_id, Claim.status, func.count())
        .where(*scope.claim_filter())
        .group_by(Claim.speaker_id, Claim.status)
    ):
        tallies[speaker_id][status.value] = n
    names = _source_names(session, {i for i in tallies if i is not None})
    kinds = dict(
        session.execute(select(Source.id, Source.kind).where(Source.id.in_(list(names)))).all()
    )
    records = []
    for speaker_id, tally in tallies.items():
        total = sum(tally.values())
        open_ = tally[Status.UNVERIFIED.value] + tally[Status.IN_REVIEW.value]
        records.append(
            {
                "source": names.get(speaker_id),
                "kind": kinds[speaker_id].value if speaker_id in kinds else None,
                "claims": total,
                "verified": tally[Status.VERIFIED.value],
                "false": tally[Status.FALSE.value],
                "unverified": open_,
                "other_verdicts": total - open_ - tally["verified"] - tally["false"],
            }
        )
    records.sort(key=lambda r: (-r["claims"], r["source"] is None, r["source"] or ""))
    return records


def reviewer_activity(session: Session, scope: Scope) -> list[dict]:
    """Per reviewer: reviews given, first and last, and verdicts by status."""
    by_status: dict[str, Counter] = defaultdict(Counter)
    spans: dict[str, tuple] = {}
    in_scope = Review.claim_id.in_(scope.claim_ids())
    for reviewer, status, n, first, last in session.execute(
        select(
            Review.reviewer,
            Review.status,
            func.count(),
            func.min(Review.created_at),
            func.max(Review.created_at),
        )
        .where(in_scope)
        .group_by(Review.reviewer, Review.status)
    ):
        by_status[reviewer][status.value] = n
        old = spans.get(reviewer)
        first, last = as_utc(first), as_utc(last)
        spans[reviewer] = (min(old[0], first), max(old[1], last)) if old else (first, last)
    return [
        {
            "reviewer": reviewer,
            "reviews": sum(tally.values()),
            "first": iso(spans[reviewer][0]),
            "last": iso(spans[reviewer][1]),
            "statuses": dict(sorted(tally.items())),
        }
        for reviewer, tally in sorted(by_status.items(), key=lambda kv: -sum(kv[1].values()))
    ]
