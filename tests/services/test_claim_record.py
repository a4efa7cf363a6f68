"""One shape of a claim: the same record from the ORM, from a Core row, and in CSV."""

from __future__ import annotations

from factcheck.models import Claim, Source
from factcheck.services import reports
from factcheck.services.claim_filters import ClaimFilters, list_claim_rows
from factcheck.services.claim_record import claim_record, claim_records

TEXT = "The harbour board said 30 ships docked on Monday. Fees rose 4 percent in May."


def test_a_claim_read_by_the_orm_and_by_the_reports_query_is_the_same_record(ledger, session):
    article = ledger.article(TEXT, title="Harbour")
    said = ledger.claim(
        article, "30 ships docked on Monday", speaker="Harbour board", attribution="said"
    )
    fees = ledger.claim(article, "Fees rose 4 percent in May")
    ledger.review(said, "false", note="the port log shows 3 ships", by="ana")
    ledger.publish(said, by="ed")
    ledger.review(said, "mostly_true", note="two more ships, late", by="ana")
    loaded = {r.id: r for r in reports.claim_rows(session, reports.Scope(article_id=article))}
    for claim_id in (said, fees):
        claim = session.get(Claim, claim_id)
        speaker = session.get(Source, claim.speaker_id) if claim.speaker_id else None
        plain = claim_record(claim, speaker).as_json()
        with_context = loaded[claim_id].as_json()
        assert {key: with_context[key] for key in plain} == plain
    shown = loaded[said]
    assert (shown.speaker, shown.attribution, shown.status) == (
        "Harbour board",
        "said",
        "mostly_true",
    )
    assert (shown.published.status, shown.published.by) == ("false", "ed")
    assert (shown.last_review.by, shown.last_review.note) == ("ana", "two more ships, late")
    assert loaded[fees].published is None and loaded[fees].last_review is None


def test_a_record_without_context_has_no_context_keys_and_csv_keeps_its_columns(ledger, session):
    article = ledger.article(TEXT)
    fees = ledger.claim(article, "Fees rose 4 percent in May")
    record = claim_record(session.get(Claim, fees))
    assert "last_review" not in record.as_json() and "article_title" not in record.as_json()
    row = record.as_row()
    assert "published" not in row and row["published_status"] is None
    assert "last_review_by" not in row  # no context loaded: no empty review columns either
    (loaded,) = reports.claim_rows(session, reports.Scope(article_id=article))
    assert loaded.as_row()["last_review_by"] is None and loaded.as_row()["evidence_count"] == 0


def test_the_listing_reads_by_position_the_records_it_would_read_by_name(ledger, session):
    article = ledger.article(TEXT, title="Harbour")
    said = ledger.claim(
        article, "30 ships docked on Monday", speaker="Harbour board", attribution="said"
    )
    ledger.claim(article, "Fees rose 4 percent in May")
    ledger.review(said, "false", note="the port log shows 3 ships", by="ana")
    ledger.publish(said, by="ed")
    rows = list_claim_rows(session, ClaimFilters())
    by_name = [claim_record(row, row.speaker_name) for row in rows]
    assert claim_records(rows, "speaker_name") == by_name
    assert [r.speaker for r in by_name] == ["Harbour board", None]
    assert by_name[0].published.status == "false"
    assert claim_records([], "speaker_name") == []
