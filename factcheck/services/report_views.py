"""What a report template receives: documented view dataclasses, built here, rendered by reporting/.

As in datasette's template contexts, a template gets plain data and nothing to query: every
row is a dict, a ClaimRecord (services/claim_record.py), a highlight Piece or a Dispute
(services/disputes), and long lists are `Rows`, streams the template may loop over more
than once.

  ReportContext   generated_at, integrity (the audit line), source (the --source name),
                  articles (one ArticleReport each) or corpus (a CorpusReport)
  ArticleReport   article (dict), text, total, counts, highlighted (Pieces), claims,
                  orphaned (count), evidence, citations, disputes, unsourced
  CorpusReport    total, counts, articles (summaries), disputes, sources (track record),
                  reviewers, stale_days, stale
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factcheck.models import Article, Claim, Evidence
from factcheck.serialize import article_dict, iso
from factcheck.services import reports
from factcheck.services.claim_record import ClaimRecord
from factcheck.services.disputes import Dispute
from factcheck.services.highlight import highlight, with_frames
from factcheck.services.reports import Scope
from factcheck.vocab import Attribution, Certainty, Status

DEFAULT_STALE_DAYS = 14


class Rows:
    """A stream a template can loop over more than once: each loop runs its query again.

    Holding a 10,000-claim report as lists would make memory grow with the claims;
    this keeps one batch of rows in memory at a time. `len()` is a COUNT query's answer.
    """

    def __init__(self, factory: Callable[[], Iterable[Any]], count: int):
        self._factory = factory
        self.count = count

    def __iter__(self) -> Iterator[Any]:
        return iter(self._factory())

    def __len__(self) -> int:
        return self.count


@dataclass
class ArticleReport:
    article: dict[str, Any]
    text: str
    total: int
    counts: dict[str, list[dict[str, Any]]]
    highlighted: Rows
    claims: Rows
    orphaned: int
    evidence: Rows
    citations: list[dict[str, Any]]
    disputes: list[Dispute]
    unsourced: Rows


@dataclass
class CorpusReport:
    total: int
    counts: dict[str, list[dict[str, Any]]]
    articles: Rows
    disputes: list[Dispute]
    sources: list[dict[str, Any]]
    reviewers: list[dict[str, Any]]
    stale_days: int
    stale: Rows


@dataclass
class ReportContext:
    """Everything a template receives, as keyword arguments."""

    generated_at: str
    integrity: dict[str, Any]
    source: str | None = None
    articles: list[ArticleReport] = field(default_factory=list)
    corpus: CorpusReport | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "generated_at": self.generated_at,
            "integrity": self.integrity,
            "source": self.source,
            "articles": self.articles,
            "corpus": self.corpus,
        }


def integrity_summary(session: Session, article_ids: list[int] | None = None) -> dict[str, Any]:
    """The audit as one line's data: the whole review chain, and the anchors of the reported
    articles (every article for the corpus report)."""
    from factcheck.services.audit import verify_ledger

    # The trail's head only: replaying it (audit verify) costs memory a report should not.
    result = verify_ledger(session, article_ids=article_ids, replay=False)
    return {
        "scope": "the whole ledger" if article_ids is None else "the reported articles",
        "ok": result.ok,
        "reviews_checked": result.reviews_checked,
        "claims_checked": result.claims_checked,
        "chain_break": result.chain_break,
        "anchor_errors": result.anchor_errors[:20],
        "anchor_error_count": len(result.anchor_errors),
        # The trail's head this report was rendered from: a checkpoint or a later
        # `audit verify` can prove the ledger still holds it.
        "head_seq": result.trail.head_seq,
        "head_hash": result.trail.head_hash,
    }


def ordered_counts(counts: dict, vocab: dict[str, type[StrEnum]]) -> dict[str, list[dict]]:
    return {
        name: [{"value": m.value, "count": counts[name][m.value]} for m in enum_cls]
        for name, enum_cls in vocab.items()
    }


COUNTED_VOCABULARIES = {"status": Status, "attribution": Attribution, "certainty": Certainty}


def _count(session: Session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def disputes_for(session: Session, scope: Scope) -> list[Dispute]:
    """The disputes of the scope's claims (article and/or speaker), in text order."""
    from factcheck.services.disputes import derive_disputes

    found = derive_disputes(session, article_id=scope.article_id)
    if scope.source_id is not None:
        found = [d for d in found if d.claim["speaker_id"] == scope.source_id]
    return sorted(found, key=lambda d: (d.claim["article_id"], d.claim["start"], d.claim_id))


def article_report(
    session: Session, article: Article, source_id: int | None = None
) -> ArticleReport:
    scope = Scope(article_id=article.id, source_id=source_id)
    counts = reports.grouped_counts(session, scope)
    text = article.text

    def anchored() -> Iterator[ClaimRecord]:
        # An orphaned claim's offsets no longer point at its quote: listed, not highlighted.
        return (row for row in reports.claim_rows(session, scope) if not row.orphaned)

    unsourced = reports.unsourced_open(scope)
    evidence_query = (
        select(Evidence.id)
        .join(Claim)
        .where(*scope.claim_filter(), Evidence.retracted_at.is_(None))
    )
    total = sum(counts["status"].values())
    orphaned = reports.count_claims(session, [*scope.claim_filter(), Claim.orphaned])
    return ArticleReport(
        article=article_dict(article),
        text=text,
        total=total,
        counts=ordered_counts(counts, COUNTED_VOCABULARIES),
        highlighted=Rows(lambda: highlight(text, with_frames(anchored())), total - orphaned),
        claims=Rows(lambda: reports.claim_rows(session, scope), total),
        orphaned=orphaned,
        evidence=Rows(
            lambda: reports.evidence_rows(session, scope), _count(session, evidence_query)
        ),
        citations=reports.citation_rows(session, article.id),
        disputes=disputes_for(session, scope),
        unsourced=Rows(
            lambda: reports.claim_rows(session, scope, *unsourced),
            reports.count_claims(session, unsourced),
        ),
    )


def corpus_report(
    session: Session,
    *,
    source_id: int | None = None,
    stale_days: int = DEFAULT_STALE_DAYS,
    now: datetime | None = None,
) -> CorpusReport:
    scope = Scope(source_id=source_id)
    now = now or datetime.now(UTC)
    counts = reports.grouped_counts(session, scope)
    stale = reports.stale(scope, days=stale_days, now=now)
    disputes = disputes_for(session, scope)
    per_article = Counter(d.claim["article_id"] for d in disputes)
    summaries = list(reports.article_summaries(session, scope))
    for summary in summaries:
        summary.disputed = per_article[summary.id]
    return CorpusReport(
        total=sum(counts["status"].values()),
        counts=ordered_counts(counts, COUNTED_VOCABULARIES),
        articles=Rows(lambda: summaries, len(summaries)),
        disputes=disputes,
        sources=reports.source_track_record(session, scope),
        reviewers=reports.reviewer_activity(session, scope),
        stale_days=stale_days,
        stale=Rows(
            lambda: reports.claim_rows(session, scope, *stale, order=(Claim.created_at, Claim.id)),
            reports.count_claims(session, stale),
        ),
    )


def build_context(
    session: Session,
    *,
    articles: list[Article] = (),
    corpus: bool = False,
    source_id: int | None = None,
    source_name: str | None = None,
    stale_days: int = DEFAULT_STALE_DAYS,
) -> ReportContext:
    """The data of one report document: some articles, or the whole corpus."""
    context = ReportContext(
        generated_at=iso(datetime.now(UTC)),
        integrity=integrity_summary(session, None if corpus else [a.id for a in articles]),
        source=source_name,
    )
    context.articles = [article_report(session, a, source_id) for a in articles]
    if corpus:
        context.corpus = corpus_report(session, source_id=source_id, stale_days=stale_days)
    return context
