"""Ingest stores extraction results whole; new versions re-anchor or orphan old claims."""

from sqlalchemy import select

from factcheck.extract import ExtractedClaim, ExtractedLink, ExtractedSource, ExtractionResult
from factcheck.models import Claim, ClaimEvent, Link
from factcheck.services.articles import AddOutcome, ArticleInput
from factcheck.services.ingest import ingest_article
from factcheck.services.sources import find_source
from factcheck.vocab import Attribution, Origin, Relation

TEXT = (
    "The mayor has been accused of steering the harbor contract to a friend "
    "(though City Hall denies this). Budget chief Ana Ruiz said the deficit is $4 million."
)


def _claim(text, quote, **kw):
    start = text.index(quote)
    return ExtractedClaim(
        quote=quote,
        start=start,
        end=start + len(quote),
        sentence_start=0,
        sentence_end=len(text),
        **kw,
    )


def _extraction(text):
    return ExtractionResult(
        article="t.txt",
        claims=[
            _claim(
                text,
                "The mayor has been accused of steering the harbor contract to a friend",
                attribution="alleged",
                cue="accused",
                certainty="uncommitted",
            ),
            _claim(
                text,
                "though City Hall denies this",
                attribution="denied",
                cue="denies",
                speaker="City Hall",
                speaker_kind="government",
                certainty="negated",
            ),
            _claim(
                text,
                "Budget chief Ana Ruiz said the deficit is $4 million",
                attribution="said",
                cue="said",
                speaker="Ana Ruiz",
                speaker_role="Budget chief",
                claim_type="quantity",
                checkworthiness=0.9,
            ),
        ],
        links=[ExtractedLink(1, 0, "denies")],
        sources=[ExtractedSource("Ana Ruiz", "person", "Budget chief", ["Ruiz"])],
    )


def test_ingest_stores_claims_sources_and_denial_links(session):
    report = ingest_article(
        session,
        data=ArticleInput(text=TEXT, filename="t.txt"),
        extraction=_extraction(TEXT),
        pipeline_version="extract-test",
    )
    session.commit()
    assert report.outcome == AddOutcome.ADDED
    assert (report.claims_added, report.links_added) == (3, 1)
    claims = session.scalars(select(Claim).order_by(Claim.start)).all()
    assert all(TEXT[c.start : c.end] == c.quote for c in claims)
    assert {c.origin for c in claims} == {Origin.EXTRACTED}
    assert claims[1].attribution == Attribution.DENIED
    link = session.scalars(select(Link)).one()
    assert (link.from_claim_id, link.to_claim_id, link.relation) == (
        claims[1].id,
        claims[0].id,
        Relation.DENIES,
    )
    ruiz = find_source(session, "Ruiz")
    assert ruiz is not None and ruiz.name == "Ana Ruiz" and ruiz.role == "Budget chief"


def test_same_text_again_writes_nothing(session):
    data = ArticleInput(text=TEXT, filename="t.txt")
    ingest_article(session, data=data, extraction=_extraction(TEXT))
    session.commit()
    again = ingest_article(
        session, data=ArticleInput(text=TEXT, filename="t.txt"), extraction=_extraction(TEXT)
    )
    assert again.outcome == AddOutcome.UNCHANGED and again.claims_added == 0
    assert len(session.scalars(select(Claim)).all()) == 3


def test_new_version_moves_claims_it_finds_and_orphans_the_rest(session):
    ingest_article(
        session, data=ArticleInput(text=TEXT, filename="t.txt"), extraction=_extraction(TEXT)
    )
    session.commit()
    revised = (
        "Correction appended. The mayor has been accused of steering the harbour contract to a "
        "friend (though City Hall denies this). The budget figure has been withdrawn."
    )
    report = ingest_article(
        session, data=ArticleInput(text=revised, filename="t.txt"), extraction=None
    )
    session.commit()
    assert report.outcome == AddOutcome.NEW_VERSION
    assert report.reanchor.moved == 2 and report.reanchor.changed_wording == 1
    assert len(report.reanchor.orphaned) == 1
    claims = session.scalars(select(Claim).order_by(Claim.id)).all()
    moved = [c for c in claims if c.article_id == report.article.id]
    assert all(revised[c.start : c.end] == c.quote for c in moved)
    assert "harbour" in moved[0].quote
    orphan = next(c for c in claims if c.orphaned)
    assert orphan.article_id != report.article.id  # still anchored in the old text
    actions = {e.action for e in session.scalars(select(ClaimEvent))}
    assert {"reanchored", "reworded", "orphaned"} <= actions
