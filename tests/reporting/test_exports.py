"""Exports: ClaimReview JSON-LD on the DESIGN.md scale, the claims CSV, the JSONL backup."""

import csv
import io
import json
from datetime import date, datetime

from sqlalchemy import Date, DateTime, func, insert, select, text

from factcheck.models import Review
from factcheck.services.audit import verify_ledger
from factcheck.services.claimreview import Publisher, claimreview_document
from factcheck.services.exports import DUMP_ORDER, csv_document, jsonl_document
from factcheck.services.publishing import publish_claims

SCALE = {
    "verified": (5, "True"),
    "mostly_true": (4, "Mostly true"),
    "mixed": (3, "Mixed"),
    "misleading": (2, "Misleading"),
    "false": (1, "False"),
    "unverifiable": (None, "Unverifiable"),
    "disputed": (None, "Disputed"),
}


PUBLISHER = Publisher("Aver Check", None, "https://check.example")


def claimreviews(session, publish=True):
    """The export after an editor published every reviewed claim."""
    if publish:
        reviewed = session.scalars(select(Review.claim_id).distinct()).all()
        publish_claims(session, claim_ids=sorted(reviewed), editor="ed")
    document = json.loads("".join(claimreview_document(session, publisher=PUBLISHER)))
    return [node for node in document["@graph"] if node["@type"] == "ClaimReview"]


def test_every_published_claim_has_the_required_fields_and_the_scale(mill, session):
    reviews = {int(r["url"].rsplit("/", 1)[1]): r for r in claimreviews(session)}
    verdicts = {i: s for i, s in mill.statuses.items() if s in SCALE}
    assert set(reviews) == set(verdicts)  # unverified claims are not exported
    for claim_id, review in reviews.items():
        assert review["@type"] == "ClaimReview" and 0 < len(review["claimReviewed"]) <= 75
        assert review["url"] == f"https://check.example/claims/{claim_id}"
        rating = review["reviewRating"]
        value, name = SCALE[verdicts[claim_id]]
        assert rating["@type"] == "Rating" and rating["alternateName"] == rating["name"] == name
        if value is None:
            assert "ratingValue" not in rating
        else:
            assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (
                value,
                5,
                1,
            )
        assert review["author"] == {"@type": "Organization", "name": "Aver Check"}
        assert review["datePublished"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        (appearance,) = item["appearance"]
        assert appearance["url"] == "https://news.example/dunmore-mill"
        assert appearance["headline"] == "Dunmore mill strike"
        assert item["firstAppearance"] == appearance


def test_nothing_is_exported_before_it_is_published(mill, session):
    assert claimreviews(session, publish=False) == []


def test_claim_authors_are_the_speaker_or_the_article_when_it_asserts(mill, session):
    reviews = {int(r["url"].rsplit("/", 1)[1]): r for r in claimreviews(session)}
    output = reviews[mill.claims["output"]]["itemReviewed"]
    assert output["author"] == {"@type": "Organization", "name": "Dunmore Paper Ltd"}
    assert reviews[mill.claims["output"]]["reviewRating"]["ratingExplanation"] == (
        "Output rose 12 percent"
    )
    asserted = reviews[mill.claims["walkout"]]["itemReviewed"]
    assert asserted["author"] == {"@type": "Person", "name": "Ines Carrow"}
    river = reviews[mill.claims["river"]]  # re-reviewed: the latest verdict was published
    assert river["reviewRating"]["alternateName"] == "True"
    assert river["reviewRating"]["ratingExplanation"] == "Water board report"
    # "the owners deny this": the denial, naming what it denies
    deny = reviews[mill.claims["deny"]]["claimReviewed"]
    assert deny.startswith("The owners deny that the mill has reportedly dumped dye")


def test_an_article_without_a_web_url_appears_without_one(xss, session):
    (review,) = claimreviews(session)
    assert review["url"] == f"https://check.example/claims/{xss.claims['script']}"
    assert "url" not in review["itemReviewed"]["appearance"][0]


def test_csv_has_one_row_per_claim_with_last_review(mill, session):
    rows = list(csv.DictReader(io.StringIO("".join(csv_document(session)))))
    assert len(rows) == len(mill.statuses)
    by_id = {int(r["claim_id"]): r for r in rows}
    river = by_id[mill.claims["river"]]
    assert river["status"] == "verified" and river["last_review_by"] == "ana"
    assert river["article"] == "Dunmore mill strike"
    assert by_id[mill.claims["output"]]["speaker"] == "Dunmore Paper Ltd"
    assert by_id[mill.claims["close"]]["last_review_by"] == ""
    assert river["last_review_at"].startswith("20") and river["last_review_note"]


def _restore(session, lines):
    """What an importer has to do: insert each line into its table, parsing times."""
    tables = {kind: model.__table__ for kind, model in DUMP_ORDER}
    for line in lines:
        record = json.loads(line)
        table = tables[record.pop("type")]
        for column in table.columns:
            value = record.get(column.name)
            if value is not None and isinstance(column.type, DateTime):
                record[column.name] = datetime.fromisoformat(value)
            elif value is not None and isinstance(column.type, Date):
                record[column.name] = date.fromisoformat(value)
        session.execute(insert(table).values(**record))


def test_jsonl_backup_restores_every_row_and_the_chain_still_verifies(mill, xss, session):
    dump = "".join(jsonl_document(session))
    lines = dump.splitlines()
    kinds = [json.loads(line)["type"] for line in lines]
    order = [kind for kind, _ in DUMP_ORDER]
    assert kinds == sorted(kinds, key=order.index), "parents come before children"
    assert set(kinds) == set(order) - {"claim_event", "citation", "triage_weights"}
    first_review = next(json.loads(line) for line in lines if '"type":"review"' in line)
    assert "." in first_review["created_at"], "microseconds are kept for the hash"

    for _, model in reversed(DUMP_ORDER):
        session.execute(model.__table__.delete())
    session.commit()
    assert session.scalar(select(func.count()).select_from(Review)) == 0
    _restore(session, lines)
    session.commit()
    session.expire_all()
    result = verify_ledger(session)
    assert result.ok and result.reviews_checked == 7
    assert "".join(jsonl_document(session)) == dump


def test_a_tampered_backup_fails_the_audit_after_restore(mill, session):
    lines = "".join(jsonl_document(session)).splitlines()
    tampered = [
        line.replace('"status":"false"', '"status":"verified"')
        if '"type":"review"' in line
        else line
        for line in lines
    ]
    session.execute(text("DELETE FROM ledger_events"))
    session.execute(text("DELETE FROM links"))
    session.execute(text("DELETE FROM evidence"))
    session.execute(text("DELETE FROM reviews"))
    session.execute(text("DELETE FROM claims"))
    session.execute(text("DELETE FROM source_aliases"))
    session.execute(text("DELETE FROM sources"))
    session.execute(text("DELETE FROM articles"))
    _restore(session, tampered)
    session.commit()
    assert "content does not match its hash" in verify_ledger(session).chain_break
