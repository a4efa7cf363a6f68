"""Exports: schema.org ClaimReview JSON-LD, a CSV of claims, and a full JSON Lines backup."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factcheck import safejson
from factcheck.models import (
    Article,
    Citation,
    Claim,
    ClaimEvent,
    Evidence,
    Link,
    Review,
    Source,
    SourceAlias,
    as_utc,
)
from factcheck.serialize import iso
from factcheck.services import reports
from factcheck.vocab import VERDICT_STATUSES, Attribution, SourceKind, Status

BATCH = 1000

# DESIGN.md "Verdicts and ClaimReview": 5 is best; unverifiable and disputed have no number.
RATING_SCALE: dict[Status, tuple[int | None, str]] = {
    Status.VERIFIED: (5, "True"),
    Status.MOSTLY_TRUE: (4, "Mostly true"),
    Status.MIXED: (3, "Mixed"),
    Status.MISLEADING: (2, "Misleading"),
    Status.FALSE: (1, "False"),
    Status.UNVERIFIABLE: (None, "Unverifiable"),
    Status.DISPUTED: (None, "Disputed"),
}
BEST_RATING, WORST_RATING = 5, 1
SCALE_DESCRIPTION = (
    "Rating scale (ratingValue, bestRating 5, worstRating 1): "
    + ", ".join(
        f"{value} = {name} ({status.value})"
        for status, (value, name) in RATING_SCALE.items()
        if value
    )
    + ". Unverifiable and Disputed carry no ratingValue, only alternateName."
)


def claimreview_items(session: Session, *, organization: str = "factcheck") -> Iterator[dict]:
    """One ClaimReview per claim that has a verdict, in claim id order, streamed."""
    last = (
        select(Review.claim_id, func.max(Review.seq).label("seq"))
        .group_by(Review.claim_id)
        .subquery()
    )
    query = (
        select(Claim, Article, Source, Review)
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Source, Source.id == Claim.speaker_id)
        .outerjoin(last, last.c.claim_id == Claim.id)
        .outerjoin(Review, Review.seq == last.c.seq)
        .where(Claim.status.in_(VERDICT_STATUSES))
        .order_by(Claim.id)
        .execution_options(yield_per=BATCH)
    )
    for claim, article, speaker, review in session.execute(query):
        yield claim_review(claim, article, speaker, review, organization)


def claim_review(
    claim: Claim, article: Article, speaker: Source | None, review: Review | None, org: str
) -> dict[str, Any]:
    page = _web_url(article.url)
    item = {
        "@type": "ClaimReview",
        "url": f"{page}#claim-{claim.id}" if page else f"urn:factcheck:claim:{claim.id}",
        "claimReviewed": claim.claim_text or claim.quote,
        "reviewRating": rating(claim.status, review.rationale if review else None),
        "author": {"@type": "Person", "name": review.reviewer}
        if review
        else {"@type": "Organization", "name": org},
        "publisher": {"@type": "Organization", "name": org},
        "itemReviewed": _claim_node(claim, article, speaker),
    }
    if review is not None:
        item["datePublished"] = iso(review.created_at)
    return item


def _web_url(url: str | None) -> str | None:
    """Only http(s) addresses become links; anything else (javascript:, file names) does not."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def rating(status: Status, explanation: str | None = None) -> dict[str, Any]:
    value, name = RATING_SCALE[status]
    node: dict[str, Any] = {"@type": "Rating", "alternateName": name}
    if value is not None:
        node.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    if explanation:
        node["ratingExplanation"] = explanation
    return node


def _claim_node(claim: Claim, article: Article, speaker: Source | None) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Claim", "text": claim.quote}
    author = _claim_author(claim, article, speaker)
    if author:
        node["author"] = author
    if article.published:
        node["datePublished"] = article.published.isoformat()
    node["appearance"] = _appearance(article)
    return node


def _claim_author(claim: Claim, article: Article, speaker: Source | None):
    if speaker is not None:
        kind = (
            "Person" if speaker.kind in (SourceKind.PERSON, SourceKind.UNKNOWN) else "Organization"
        )
        return {"@type": kind, "name": speaker.name}
    if claim.attribution != Attribution.ASSERTED:
        return None  # "reportedly", "there are reports": nobody named stands behind it
    if article.authors:
        people = [{"@type": "Person", "name": name} for name in article.authors]
        return people[0] if len(people) == 1 else people
    if article.outlet:
        return {"@type": "Organization", "name": article.outlet}
    return None


def _appearance(article: Article) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "CreativeWork"}
    if _web_url(article.url):
        node["url"] = article.url
    node["headline"] = article.title or article.filename or article.slug
    if article.outlet:
        node["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.published:
        node["datePublished"] = article.published.isoformat()
    return node


def claimreview_document(session: Session, *, organization: str = "factcheck") -> Iterator[str]:
    """The JSON-LD document in pieces: the scale up front, then the reviews one by one."""
    head = {
        "@context": "https://schema.org",
        "name": f"{organization} fact-checks (ClaimReview)",
        "description": SCALE_DESCRIPTION,
    }
    # safejson: the JSON-LD is often pasted into a page's <script>; a quote can't close it.
    yield safejson.dumps(head, indent=2)[:-2] + ',\n  "@graph": ['
    for index, item in enumerate(claimreview_items(session, organization=organization)):
        yield ("," if index else "") + "\n    " + safejson.dumps(item)
    yield "\n  ]\n}\n"


CSV_COLUMNS = [
    "claim_id",
    "article_id",
    "article",
    "quote",
    "speaker",
    "attribution",
    "cue",
    "certainty",
    "status",
    "last_reviewer",
    "last_reviewed",
    "evidence",
]


def csv_rows(session: Session) -> Iterator[list[Any]]:
    """One row per claim: article, speaker, status and last review."""
    for row in reports.claim_rows(session, reports.Scope(), order=(Claim.id,)):
        yield [
            row.id,
            row.article_id,
            row.article_title,
            row.quote,
            row.speaker,
            row.attribution,
            row.cue,
            row.certainty,
            row.status,
            row.last_reviewer,
            row.last_reviewed,
            row.evidence_count,
        ]


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_document(session: Session, *, exact: bool = False) -> Iterator[str]:
    """The claims CSV; unless `exact`, formula-like cells are neutralised for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for count, row in enumerate(csv_rows(session), start=1):
        writer.writerow(row if exact else [spreadsheet_safe(cell) for cell in row])
        if count % BATCH == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


# Parents before children, so a restore can insert line by line with the same ids.
DUMP_ORDER: list[tuple[str, type]] = [
    ("article", Article),
    ("source", Source),
    ("source_alias", SourceAlias),
    ("citation", Citation),
    ("claim", Claim),
    ("claim_event", ClaimEvent),
    ("review", Review),
    ("evidence", Evidence),
    ("link", Link),
]


def backup_records(session: Session) -> Iterator[dict[str, Any]]:
    """Every row of every ledger table as {"type": ..., column: value}, streamed.

    Times keep their microseconds (the review hash covers them), so a restore with the
    same ids leaves `factcheck audit verify` passing.
    """
    for kind, model in DUMP_ORDER:
        table = model.__table__
        order = table.c.seq if model is Review else table.c.id
        query = select(table).order_by(order).execution_options(yield_per=BATCH)
        for row in session.execute(query).mappings():
            yield {"type": kind, **{key: _plain(value) for key, value in row.items()}}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return as_utc(value).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def jsonl_document(session: Session) -> Iterator[str]:
    for record in backup_records(session):
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
