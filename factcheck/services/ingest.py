"""Ingest: store an article with its extracted claims, sources, citations and denial links."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from factcheck.anchoring import anchor_at, claim_fields
from factcheck.models import Article, Citation, Claim, Link, Source
from factcheck.services import trail
from factcheck.services.articles import AddOutcome, ArticleInput, store_article
from factcheck.services.common import number_new_rows
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
    """The extracted claims, their sources, citations and links, in a few flushes: rows go
    in by the batch, and nothing just written is read back."""
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
    stored: dict[int, Claim] = {}
    for index, extracted in enumerate(extraction.claims):
        if article.text[extracted.start : extracted.end] != extracted.quote:
            continue  # not anchored where it says: a claim is stored only at its quote
        if _overlaps_existing(extracted.start, extracted.end, existing):
            continue  # the last version's claim, re-anchored here, stands for it
        speaker = speakers.get(extracted.speaker) if extracted.speaker else None
        claim = _claim_from(article, extracted, speaker.id if speaker else None, origin_detail)
        citation = citations.get(extracted.speaker) if extracted.speaker else None
        if citation is not None:
            claim.citation = citation  # its id once the flush below inserts it
        if ledger is not None:
            claim.checkworthiness = ledger.score(
                extracted.quote,
                extracted.attribution,
                extracted.speaker_kind,
                extracted.direct_quote,
            )
        stored[index] = claim
    number_new_rows(session, list(stored.values()))
    session.add_all(stored.values())
    session.flush()
    for claim in stored.values():
        trail.claim_created(session, claim, actor)
    report.claims_added = len(stored)
    _store_links(session, extraction, stored, origin_detail, report, actor)


def _store_links(session, extraction, stored: dict[int, Claim], origin_detail, report, actor):
    links: list[Link] = []
    for link in extraction.links:
        source, target = stored.get(link.from_index), stored.get(link.to_index)
        if source is None or target is None:
            continue
        links.append(
            Link(
                from_claim_id=source.id,
                to_claim_id=target.id,
                relation=Relation(link.relation),
                origin=Origin.EXTRACTED,
                created_by=origin_detail,
            )
        )
    if not links:
        return
    number_new_rows(session, links)
    session.add_all(links)
    session.flush()
    for row in links:
        trail.link_added(session, row, actor)
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


def _claim_from(
    article: Article, extracted: ExtractedClaim, speaker_id: int | None, origin_detail: str
) -> Claim:
    anchor = anchor_at(article.text, extracted.start, extracted.end)
    return Claim(
        article_id=article.id,
        **claim_fields(anchor),
        sentence_start=extracted.sentence_start,
        sentence_end=extracted.sentence_end,
        claim_text=extracted.claim_text or anchor.quote,
        speaker_id=speaker_id,
        attribution=Attribution(extracted.attribution),
        cue=extracted.cue,
        cue_start=extracted.cue_start,
        cue_end=extracted.cue_end,
        speaker_start=extracted.speaker_start,
        speaker_end=extracted.speaker_end,
        direct_quote=extracted.direct_quote,
        certainty=Certainty(extracted.certainty),
        checkworthiness=extracted.checkworthiness,
        claim_type=ClaimType(extracted.claim_type),
        status=Status.UNVERIFIED,
        # Given, not left to their server defaults: a row with nothing to read back after
        # its INSERT goes in one executemany with the others.
        stale=False,
        dismissed=False,
        origin=Origin.EXTRACTED,
        origin_detail=origin_detail,
    )
