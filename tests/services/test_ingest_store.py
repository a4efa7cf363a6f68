"""Storing an extraction: each name finds the source it always found, in a fixed number of
statements however many names the article gives, and a lost race costs one retry, not data."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from factcheck import db as database
from factcheck.extract import (
    ExtractedCitation,
    ExtractedClaim,
    ExtractedSource,
    ExtractionResult,
)
from factcheck.models import Citation, Claim, Source, SourceAlias
from factcheck.services.articles import ArticleInput
from factcheck.services.ingest import ingest_article
from factcheck.services.ingest_pipeline import store
from factcheck.services.sources import find_source, get_or_create_source
from factcheck.vocab import SourceKind


def _article(speakers: list[str], *, cited: str | None = None) -> tuple[str, ExtractionResult]:
    """One sentence a speaker; each speaker also known by their last name."""
    sentences = [f"{name} said the bridge will reopen in May." for name in speakers]
    text = " ".join(sentences)
    claims, offset = [], 0
    for name, sentence in zip(speakers, sentences, strict=True):
        quote = "the bridge will reopen in May"
        start = offset + sentence.index(quote)
        claims.append(
            ExtractedClaim(
                quote=quote,
                start=start,
                end=start + len(quote),
                sentence_start=offset,
                sentence_end=offset + len(sentence),
                attribution="said",
                cue="said",
                speaker=name,
                speaker_kind="person",
            )
        )
        offset += len(sentence) + 1
    sources = [ExtractedSource(n, "person", None, [n.split()[-1]]) for n in speakers]
    citations = []
    if cited:
        citations = [ExtractedCitation("A report", cited, "Harbour Gazette", None, "said", 0, 4)]
    return text, ExtractionResult(text, claims, [], sources, citations)


def _ingest(session, name: str, speakers: list[str], **kw):
    text, extraction = _article(speakers, **kw)
    data = ArticleInput(text=text, filename=f"{name}.txt")
    report = ingest_article(session, data=data, extraction=extraction)
    session.commit()
    return report


def test_each_name_finds_the_source_it_names_already(session):
    ruiz = get_or_create_source(session, "Ana Ruiz", aliases=["Ruiz"])
    hall = Source(name="City Hall")  # stored before aliases existed: found by its name
    session.add(hall)
    session.commit()
    report = _ingest(session, "a", ["Ruiz", "city hall", "Ivo Marr"], cited="Ivo Marr")
    assert report.claims_added == 3
    speakers = [c.speaker_id for c in session.scalars(select(Claim).order_by(Claim.start))]
    marr = find_source(session, "Marr")  # new, with its alias; the cited author is the same
    assert speakers == [ruiz.id, hall.id, marr.id]
    assert marr.name == "Ivo Marr" and marr.kind == SourceKind.PERSON
    citation = session.scalars(select(Citation)).one()
    assert citation.author_id == marr.id
    assert find_source(session, "Harbour Gazette").kind == SourceKind.PUBLICATION
    assert session.get(Source, ruiz.id).kind == SourceKind.PERSON  # was unknown: now known
    # Carla Ruiz, found by her name, does not take the alias "Ruiz" from Ana Ruiz
    carla = get_or_create_source(session, "Carla Ruiz")
    session.commit()
    _ingest(session, "b", ["Carla Ruiz"])
    last = session.scalars(select(Claim).order_by(Claim.id.desc()).limit(1)).one()
    assert last.speaker_id == carla.id and find_source(session, "Ruiz").id == ruiz.id


def _speaker_names(session) -> list[str]:
    claims = select(Claim).order_by(Claim.article_id, Claim.start)
    return [session.get(Source, c.speaker_id).name for c in session.scalars(claims)]


def test_a_new_full_name_with_a_known_surname_is_a_new_source(session):
    """'Ruiz' names Ana Ruiz, but Carla Ruiz (also called 'Ruiz' in her article) is not her."""
    _ingest(session, "a", ["Ana Ruiz"])
    _ingest(session, "b", ["Carla Ruiz"])
    _ingest(session, "c", ["Ruiz"])
    assert _speaker_names(session) == ["Ana Ruiz", "Carla Ruiz", "Ana Ruiz"]
    assert get_or_create_source(session, "Carla Ruiz", aliases=["Ruiz"]).name == "Carla Ruiz"
    assert get_or_create_source(session, "Ana Ruiz", aliases=["Ruiz"]).name == "Ana Ruiz"


def test_two_people_of_one_surname_in_one_article_are_two_sources(session):
    _ingest(session, "a", ["Ana Ruiz", "Carla Ruiz"])
    assert _speaker_names(session) == ["Ana Ruiz", "Carla Ruiz"]


@pytest.mark.parametrize("later", ["Dr. Ana Ruiz", "ana ruiz"])
def test_a_longer_or_differently_cased_name_of_a_known_person_is_that_person(session, later):
    ana = get_or_create_source(session, "Ana Ruiz", aliases=["Ruiz"])
    assert get_or_create_source(session, later, aliases=["Ruiz"]).id == ana.id
    _ingest(session, "a", [later])
    assert _speaker_names(session) == ["Ana Ruiz"]


def test_a_new_source_created_directly_takes_no_contradicting_surname(session):
    """`claims add --speaker` and the desk go through get_or_create_source."""
    ana = get_or_create_source(session, "Ana Ruiz", aliases=["Ruiz"])
    carla = get_or_create_source(session, "Carla Ruiz", aliases=["Ruiz"])
    session.commit()
    assert carla.id != ana.id and find_source(session, "Ruiz").id == ana.id


def test_an_article_naming_thirty_people_costs_the_statements_of_one_naming_two(db_url):
    engine = database.get_engine(db_url)
    counts: list[int] = []

    def count(*_args):
        counts[-1] += 1

    event.listen(engine, "before_cursor_execute", count)
    try:
        for name, size in (("warm", 2), ("few", 2), ("many", 30)):
            counts.append(0)
            people = [f"Person{name.title()}{i} Surname{name}{i}" for i in range(size)]
            text, extraction = _article(people, cited=people[0])
            result = store(
                Path(f"{name}.txt"), ArticleInput(text, f"{name}.txt"), extraction, "t", db_url
            )
            assert (result.outcome, result.claims) == ("added", size)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert counts[2] == counts[1]  # sources, aliases, claims and events go in by the batch


def test_a_source_inserted_by_another_writer_meanwhile_costs_a_retry(db_url, monkeypatch):
    """The first attempt does not see the source a concurrent writer just stored, inserts it
    too and loses on the unique name; the article is stored again, whole, with theirs."""
    from factcheck.services import source_book

    with database.session_scope(db_url) as session:
        theirs = get_or_create_source(session, "Ivo Marr").id
    real_init, attempts = source_book.SourceBook.__init__, []

    def first_blind(self, session, names):
        attempts.append(1)
        real_init(self, session, [] if len(attempts) == 1 else names)

    monkeypatch.setattr(source_book.SourceBook, "__init__", first_blind)
    text, extraction = _article(["Ivo Marr", "Ana Ruiz"])
    result = store(Path("a.txt"), ArticleInput(text, "a.txt"), extraction, "t", db_url)
    assert (result.outcome, result.claims, len(attempts)) == ("added", 2, 2)
    with database.session_scope(db_url, read_only=True) as session:
        speakers = set(session.scalars(select(Claim.speaker_id)))
        assert theirs in speakers and len(speakers) == 2
        names = session.scalar(select(func.count()).select_from(Source))
        aliases = session.scalar(select(func.count()).select_from(SourceAlias))
        assert (names, aliases) == (2, 4)  # nothing of the failed attempt is left


@pytest.mark.parametrize("name", ["😀", "123"])
def test_a_speaker_without_a_letter_is_no_source(session, name):
    report = _ingest(session, "a", [name])
    claim = session.scalars(select(Claim)).one()
    assert report.claims_added == 1 and claim.speaker_id is None
