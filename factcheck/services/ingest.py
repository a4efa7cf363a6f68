"""Ingest: store an article with its extracted claims, sources, citations and denial links."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from factcheck.anchoring import anchor_at, claim_fields
from factcheck.models import Article, Citation, Claim, Link, Source
from factcheck.services import trail
from factcheck.services.articles import AddOutcome, ArticleInput, store_article
from factcheck.services.common import insert_new_rows, number_new_rows
from factcheck.services.source_book import SourceBook
from factcheck.services.triage import ledger_model
from factcheck.services.versions import ReanchorReport, reanchor_claims
from factcheck.vocab import (
    Attribution,
    Certainty,
    ClaimType,
    Origin,
    Relation,
    SourceKind,
    Status,
)

if TYPE_CHECKING:
    from factcheck.extract import ExtractedClaim, ExtractionResult


@dataclass
class IngestReport:
    """What ingesting one article did: what its callers (ingest's per-file results, `articles
    add`) show."""

    article: Article
    outcome: AddOutcome
    claims_added: int = 0
    links_added: int = 0
    reanchor: ReanchorReport | None = None


def ingest_article(
    session: Session,
    *,
    data: ArticleInput,
    extraction: ExtractionResult | None,
    pipeline_version: str | None = None,
    actor: str = "factcheck",
) -> IngestReport:
    """Store one article (one transaction): a new version re-anchors the old version's claims."""
    article, outcome = store_article(session, data, actor=actor)
    report = IngestReport(article=article, outcome=outcome)
    if outcome == AddOutcome.UNCHANGED:
        return report
    if outcome == AddOutcome.NEW_VERSION:
        report.reanchor = reanchor_claims(session, new=article, actor=actor)
    if extraction is not None:
        store_extraction(session, article, extraction, pipeline_version, report, actor)
    return report


def store_extraction(
    session: Session,
    article: Article,
    extraction: ExtractionResult,
    pipeline_version: str | None,
    report: IngestReport,
    actor: str = "factcheck",
) -> None:
    """The extracted claims, their sources, citations and links, in a few statements: the
    few sources and citations through the ORM, the many claims, links and their trail
    events as plain rows in one executemany each, nothing just written read back."""
    origin_detail = pipeline_version or "extract"
    article.extracted_with = origin_detail
    book = SourceBook(session, _names(extraction))
    speakers = _speakers(book, extraction)
    citations = _citations(book, article, extraction)
    book.flush()
    # A new article has no claims yet; a new version has those re-anchored from the last.
    existing = _existing_spans(session, article) if report.reanchor is not None else []
    # A `triage fit` of this ledger replaces the shipped weights the extractor scored with.
    ledger = ledger_model(session)
    rows: dict[int, dict] = {}
    for index, extracted in enumerate(extraction.claims):
        if article.text[extracted.start : extracted.end] != extracted.quote:
            continue  # not anchored where it says: a claim is stored only at its quote
        if _overlaps_existing(extracted.start, extracted.end, existing):
            continue  # the last version's claim, re-anchored here, stands for it
        speaker = speakers.get(extracted.speaker) if extracted.speaker else None
        citation = citations.get(extracted.speaker) if extracted.speaker else None
        row = _claim_row(article, extracted, speaker, citation, origin_detail)
        if ledger is not None:
            row["checkworthiness"] = ledger.score(
                extracted.quote,
                extracted.attribution,
                extracted.speaker_kind,
                extracted.direct_quote,
            )
        rows[index] = row
    session.flush()  # the ORM's rows (sources, aliases, citations, events) go in first
    stored = _inserted(session, Claim.__table__, rows)
    trail.claims_created(session, list(stored.values()), actor)
    report.claims_added = len(stored)
    _store_links(session, extraction, stored, origin_detail, report, actor)


def _inserted(session: Session, table, rows: dict[int, dict]) -> dict[int, SimpleNamespace]:
    """Insert the rows; each as an object with its columns and new id, by the same key."""
    ids = insert_new_rows(session, table, list(rows.values()))
    return {
        key: SimpleNamespace(**row, id=new_id)
        for (key, row), new_id in zip(rows.items(), ids, strict=True)
    }


def _store_links(session, extraction, stored: dict[int, SimpleNamespace], origin, report, actor):
    rows: dict[int, dict] = {}
    for index, link in enumerate(extraction.links):
        source, target = stored.get(link.from_index), stored.get(link.to_index)
        if source is None or target is None:
            continue
        rows[index] = {
            "from_claim_id": source.id,
            "to_claim_id": target.id,
            "relation": Relation(link.relation),
            "origin": Origin.EXTRACTED,
            "created_by": origin,
        }
    links = list(_inserted(session, Link.__table__, rows).values())
    trail.links_added(session, links, actor)
    report.links_added = len(links)


def _names(extraction: ExtractionResult) -> Iterator[str | None]:
    """Every name the extraction gives a source: speakers, their aliases, cited works."""
    for found in extraction.sources:
        yield found.name
        yield from found.aliases
    for claim in extraction.claims:
        yield claim.speaker
    for cited in extraction.citations:
        yield cited.publisher
        yield cited.author


def _speakers(book: SourceBook, extraction: ExtractionResult) -> dict[str, Source]:
    """Every speaker name (and alias) of the extraction, mapped to its Source."""
    found_by: dict[str, Source] = {}
    for found in extraction.sources:
        source = book.source(
            found.name, kind=_source_kind(found.kind), role=found.role, aliases=found.aliases
        )
        if source is None:  # no letter in it: not a name (the claim keeps no speaker)
            continue
        for name in (found.name, *found.aliases):
            found_by[name] = source
    for claim in extraction.claims:
        if claim.speaker and claim.speaker not in found_by:
            source = book.source(
                claim.speaker, kind=_source_kind(claim.speaker_kind), role=claim.speaker_role
            )
            if source is not None:
                found_by[claim.speaker] = source
    return found_by


def _citations(
    book: SourceBook, article: Article, extraction: ExtractionResult
) -> dict[str, Citation]:
    """Citations of works the article summarises, by the work's author (and publisher) name."""
    by_author: dict[str, Citation] = {}
    made: list[Citation] = []
    for found in extraction.citations:
        citation = Citation(
            article_id=article.id,
            source=book.source(found.publisher, kind=SourceKind.PUBLICATION),
            author=book.source(found.author, kind=SourceKind.PERSON),
            title=found.title,
            url=found.url,
            mention=found.cue_quote,
        )
        made.append(citation)
        for name in (found.author, found.publisher):
            if name:
                by_author[name] = citation
    number_new_rows(book.session, made)
    book.session.add_all(made)
    return by_author


def _source_kind(kind: str | None) -> SourceKind | None:
    try:
        return SourceKind(kind) if kind else None
    except ValueError:
        return None


def _existing_spans(session: Session, article: Article) -> list[tuple[int, int]]:
    from sqlalchemy import select

    rows = session.execute(select(Claim.start, Claim.end).where(Claim.article_id == article.id))
    return [(start, end) for start, end in rows]


def _overlaps_existing(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """The same claim already stored (e.g. re-anchored from an older version)."""
    for other_start, other_end in spans:
        shared = min(end, other_end) - max(start, other_start)
        if shared > 0 and shared >= 0.5 * min(end - start, other_end - other_start):
            return True
    return False


def _claim_row(
    article: Article,
    extracted: ExtractedClaim,
    speaker: Source | None,
    citation: Citation | None,
    origin_detail: str,
) -> dict:
    """The claims row of an extracted claim: every column an ORM Claim would be given."""
    anchor = anchor_at(article.text, extracted.start, extracted.end)
    return {
        "article_id": article.id,
        **claim_fields(anchor),
        "sentence_start": extracted.sentence_start,
        "sentence_end": extracted.sentence_end,
        "claim_text": extracted.claim_text or anchor.quote,
        "speaker_id": speaker.id if speaker else None,
        "citation_id": citation.id if citation else None,
        "attribution": Attribution(extracted.attribution),
        "cue": extracted.cue,
        "cue_start": extracted.cue_start,
        "cue_end": extracted.cue_end,
        "speaker_start": extracted.speaker_start,
        "speaker_end": extracted.speaker_end,
        "direct_quote": extracted.direct_quote,
        "certainty": Certainty(extracted.certainty),
        "checkworthiness": extracted.checkworthiness,
        "claim_type": ClaimType(extracted.claim_type),
        "status": Status.UNVERIFIED,
        "stale": False,
        "dismissed": False,
        "orphaned": False,
        "origin": Origin.EXTRACTED,
        "origin_detail": origin_detail,
    }
