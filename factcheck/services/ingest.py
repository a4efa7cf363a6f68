"""Ingest: store an article with its extracted claims, sources, citations and denial links."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from factcheck.anchoring import anchor_at, claim_fields
from factcheck.models import Article, Citation, Claim, Link
from factcheck.services import trail
from factcheck.services.articles import AddOutcome, ArticleInput, store_article
from factcheck.services.sources import maybe_source
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
    article: Article
    outcome: AddOutcome
    claims_added: int = 0
    links_added: int = 0
    sources_seen: int = 0
    reanchor: ReanchorReport | None = None
    skipped_existing: int = 0
    notes: list[str] = field(default_factory=list)


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
    origin_detail = pipeline_version or "extract"
    article.extracted_with = origin_detail
    speakers = _store_sources(session, extraction)
    citations = _store_citations(session, article, extraction)
    existing = _existing_spans(session, article)
    # A `triage fit` of this ledger replaces the shipped weights the extractor scored with.
    ledger = ledger_model(session)
    stored: dict[int, Claim] = {}
    for index, extracted in enumerate(extraction.claims):
        if article.text[extracted.start : extracted.end] != extracted.quote:
            report.notes.append(f"skipped a claim whose quote is not at its offsets: {index}")
            continue
        if _overlaps_existing(extracted.start, extracted.end, existing):
            report.skipped_existing += 1
            continue
        speaker = speakers.get(extracted.speaker) if extracted.speaker else None
        claim = _claim_from(article, extracted, speaker, origin_detail)
        claim.citation_id = citations.get(extracted.speaker) if extracted.speaker else None
        if ledger is not None:
            claim.checkworthiness = ledger.score(
                extracted.quote,
                extracted.attribution,
                extracted.speaker_kind,
                extracted.direct_quote,
            )
        stored[index] = claim
    session.add_all(stored.values())
    session.flush()
    for claim in stored.values():
        trail.claim_created(session, claim, actor)
    report.claims_added = len(stored)
    report.sources_seen = len(speakers)
    links: list[Link] = []
    for link in extraction.links:
        source, target = stored.get(link.from_index), stored.get(link.to_index)
        if source is None or target is None:
            continue
        row = Link(
            from_claim_id=source.id,
            to_claim_id=target.id,
            relation=Relation(link.relation),
            origin=Origin.EXTRACTED,
            created_by=origin_detail,
        )
        session.add(row)
        links.append(row)
        report.links_added += 1
    session.flush()
    for row in links:
        trail.link_added(session, row, actor)


def _store_sources(session: Session, extraction: ExtractionResult) -> dict[str, int]:
    """Every speaker name (and alias) of the extraction, mapped to its Source id."""
    ids: dict[str, int] = {}
    for found in extraction.sources:
        source = maybe_source(
            session,
            found.name,
            kind=_source_kind(found.kind),
            role=found.role,
            aliases=found.aliases,
        )
        if source is None:  # no letter in it: not a name (the claim keeps no speaker)
            continue
        for name in (found.name, *found.aliases):
            ids[name] = source.id
    for claim in extraction.claims:
        if claim.speaker and claim.speaker not in ids:
            source = maybe_source(
                session,
                claim.speaker,
                kind=_source_kind(claim.speaker_kind),
                role=claim.speaker_role,
            )
            if source is not None:
                ids[claim.speaker] = source.id
    return ids


def _store_citations(
    session: Session, article: Article, extraction: ExtractionResult
) -> dict[str, int]:
    """Citations of works the article summarises; maps the work's author name to the citation."""
    by_author: dict[str, int] = {}
    for found in extraction.citations:
        work = maybe_source(session, found.publisher, kind=SourceKind.PUBLICATION)
        author = maybe_source(session, found.author, kind=SourceKind.PERSON)
        citation = Citation(
            article_id=article.id,
            source_id=work.id if work else None,
            author_id=author.id if author else None,
            title=found.title,
            url=found.url,
            mention=found.cue_quote,
        )
        session.add(citation)
        session.flush()
        for name in (found.author, found.publisher):
            if name:
                by_author[name] = citation.id
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
        origin=Origin.EXTRACTED,
        origin_detail=origin_detail,
    )
