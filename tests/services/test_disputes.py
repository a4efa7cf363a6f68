"""Disputes are derived from the ledger: each reason on its own, both sides, filters, order."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from factcheck.models import Claim, Link, Review
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import ClaimFilters, NewClaim, add_claim, list_claims
from factcheck.services.disputes import derive_disputes, dispute_page, dispute_reasons
from factcheck.services.evidence import add_evidence
from factcheck.services.links import add_link
from factcheck.services.reviews import add_review
from factcheck.vocab import Attribution, Relation, Stance, Status

MILL_TEXT = (
    "The Verrano textile mill will close in March, the regional council said on Friday. "
    "Workers were told that 400 jobs would go. The owners were accused of moving the "
    "looms abroad (though the company denies this). Mayor Ilse Brandt said the town "
    "had not been consulted."
)
OTHER_TEXT = (
    "A spokesman for Verrano Holdings said the mill would stay open until the summer "
    "and that no more than 150 jobs were at risk."
)


@pytest.fixture
def ledger(session):
    mill, _ = store_article(session, ArticleInput(text=MILL_TEXT, filename="mill.txt"))
    other, _ = store_article(session, ArticleInput(text=OTHER_TEXT, filename="holdings.txt"))

    def claim(article, quote, speaker=None, attribution=Attribution.ASSERTED, cue=None):
        data = NewClaim(quote, speaker, attribution, cue)
        return add_claim(session, article_id=article.id, data=data, actor="t")

    claims = {
        "closure": claim(mill, "The Verrano textile mill will close in March", "regional council"),
        "jobs": claim(mill, "400 jobs would go"),
        "looms": claim(
            mill, "The owners were accused of moving the looms abroad", None, Attribution.ALLEGED
        ),
        "denial": claim(
            mill, "though the company denies this", "Verrano Holdings", Attribution.DENIED, "denies"
        ),
        "consulted": claim(mill, "the town had not been consulted", "Ilse Brandt"),
        "summer": claim(other, "the mill would stay open until the summer", "Verrano Holdings"),
        "at_risk": claim(other, "no more than 150 jobs were at risk", "Verrano Holdings"),
    }
    session.flush()
    return {"mill": mill, "other": other, **claims}


def _link(session, from_id, to_id, relation):
    return add_link(session, from_id=from_id, to_id=to_id, relation=relation, created_by="t")


def _review(session, claim_id, status, reviewer, rationale="checked"):
    return add_review(
        session,
        claim_id=claim_id,
        status=status,
        rationale=rationale,
        reviewer=reviewer,
        override=True,  # reviewers who disagree at once are what these tests are about
    )


def _ids(disputes):
    return [d.claim["id"] for d in disputes]


def test_nothing_is_disputed_in_a_fresh_ledger(session, ledger):
    assert derive_disputes(session) == []


def test_a_denial_puts_its_target_in_dispute_not_itself(session, ledger):
    _link(session, ledger["denial"].id, ledger["looms"].id, Relation.DENIES)
    # The denial happened (verified), one reviewer rates the accusation: no disagreement.
    _review(session, ledger["denial"].id, Status.VERIFIED, "ann", "on record")
    _review(session, ledger["looms"].id, Status.UNVERIFIABLE, "ann", "no docs")

    disputes = derive_disputes(session)

    assert _ids(disputes) == [ledger["looms"].id]
    dispute = disputes[0]
    assert [r["kind"] for r in dispute.reasons] == ["denied"]
    assert "Verrano Holdings" in dispute.reasons[0]["detail"]
    assert dispute.reasons[0]["claim_id"] == ledger["denial"].id
    (challenger,) = dispute.challengers
    assert challenger["relation"] == "denies"
    assert challenger["speaker"] == "Verrano Holdings"
    assert challenger["article"]["filename"] == "mill.txt"
    assert dispute.claim["status"] == "unverifiable"
    assert dispute.latest_reviews == [
        {
            "by": "ann",
            "status": "unverifiable",
            "note": "no docs",
            "at": dispute.latest_reviews[0]["at"],
        }
    ]
    assert dispute_reasons(session, ledger["denial"].id) == []


def test_a_contradiction_from_another_article_names_its_speaker_and_article(session, ledger):
    _link(session, ledger["at_risk"].id, ledger["jobs"].id, Relation.CONTRADICTS)
    (reason,) = dispute_reasons(session, ledger["jobs"].id)
    assert reason.kind == "contradicted"
    assert reason.article_id == ledger["other"].id
    assert "holdings.txt" in reason.detail and "150 jobs" in reason.detail


def test_supports_and_same_as_links_are_not_disputes(session, ledger):
    for relation in (Relation.SUPPORTS, Relation.SAME_AS):
        _link(session, ledger["summer"].id, ledger["closure"].id, relation)
    assert derive_disputes(session) == []


def test_evidence_on_both_sides_is_a_dispute_one_side_is_not(session, ledger):
    claim_id = ledger["closure"].id
    add_evidence(
        session,
        claim_id=claim_id,
        stance=Stance.SUPPORTS,
        added_by="t",
        url="https://example.org/a",
    )
    add_evidence(
        session, claim_id=claim_id, stance=Stance.CONTEXT, added_by="t", url="https://example.org/c"
    )
    assert derive_disputes(session) == []
    add_evidence(
        session, claim_id=claim_id, stance=Stance.REFUTES, added_by="t", url="https://example.org/b"
    )
    (dispute,) = derive_disputes(session)
    assert [r["kind"] for r in dispute.reasons] == ["evidence_conflict"]
    assert [len(dispute.evidence[s]) for s in ("supports", "refutes", "context")] == [1, 1, 1]


def test_reviewers_disagree_only_on_their_latest_verdicts(session, ledger):
    claim_id = ledger["consulted"].id
    add_review(session, claim_id=claim_id, status=Status.FALSE, rationale="minutes", reviewer="ann")
    add_review(
        session,
        claim_id=claim_id,
        status=Status.VERIFIED,
        rationale="mayor",
        reviewer="bob",
        override=True,
    )
    assert [r.kind for r in dispute_reasons(session, claim_id)] == ["reviewers_disagree"]
    # ann changes her mind: both now say verified, the dispute is gone.
    add_review(
        session,
        claim_id=claim_id,
        status=Status.VERIFIED,
        rationale="re-read",
        reviewer="ann",
        override=True,
    )
    assert dispute_reasons(session, claim_id) == []
    # An in_review from a third reviewer is no verdict and does not disagree.
    add_review(
        session,
        claim_id=claim_id,
        status=Status.IN_REVIEW,
        rationale="checking",
        reviewer="cy",
        override=True,
    )
    assert dispute_reasons(session, claim_id) == []


def test_status_disputed_is_a_reason_of_its_own(session, ledger):
    claim_id = ledger["summer"].id
    _review(session, claim_id, Status.DISPUTED, "ann", "sources split")
    (reason,) = dispute_reasons(session, claim_id)
    assert reason.kind == "status_disputed" and "ann" in reason.detail


def test_every_claim_the_sql_condition_calls_disputed_is_listed(session, ledger):
    _link(session, ledger["denial"].id, ledger["looms"].id, Relation.DENIES)
    add_review(
        session, claim_id=ledger["summer"].id, status=Status.DISPUTED, rationale="x", reviewer="ann"
    )
    sql_disputed = {c.id for c in list_claims(session, ClaimFilters(disputed=True))}
    assert sql_disputed == set(_ids(derive_disputes(session)))


def _backdate(session, claim_ids, when):
    session.execute(
        update(Claim).where(Claim.id.in_(claim_ids)).values(updated_at=when, created_at=when)
    )
    session.execute(update(Link).values(created_at=when))
    session.execute(update(Review).where(Review.claim_id.in_(claim_ids)).values(created_at=when))


def test_filters_and_newest_activity_first(session, ledger):
    _link(session, ledger["denial"].id, ledger["looms"].id, Relation.DENIES)
    _link(session, ledger["at_risk"].id, ledger["jobs"].id, Relation.CONTRADICTS)
    add_review(
        session, claim_id=ledger["summer"].id, status=Status.DISPUTED, rationale="x", reviewer="ann"
    )
    old = datetime(2020, 1, 1, tzinfo=UTC)
    _backdate(session, [c.id for c in session.scalars(select(Claim))], old)
    session.execute(
        update(Claim)
        .where(Claim.id == ledger["jobs"].id)
        .values(updated_at=old + timedelta(days=3))
    )
    session.execute(
        update(Review)
        .where(Review.claim_id == ledger["summer"].id)
        .values(created_at=old + timedelta(days=9))
    )

    assert _ids(derive_disputes(session)) == [
        ledger["summer"].id,
        ledger["jobs"].id,
        ledger["looms"].id,
    ]
    page, total = dispute_page(session, limit=2)
    assert _ids(page) == [ledger["summer"].id, ledger["jobs"].id] and total == 3
    assert _ids(derive_disputes(session, since=date(2020, 1, 2))) == [
        ledger["summer"].id,
        ledger["jobs"].id,
    ]
    assert _ids(derive_disputes(session, article_id=ledger["mill"].id)) == [
        ledger["jobs"].id,
        ledger["looms"].id,
    ]
    # A source on either side: it asserts the claim, or it denies / contradicts it.
    assert set(_ids(derive_disputes(session, source="verrano holdings"))) == {
        ledger["summer"].id,
        ledger["jobs"].id,
        ledger["looms"].id,
    }
    assert _ids(derive_disputes(session, source="Brandt")) == []
    assert _ids(derive_disputes(session, claim_ids=[ledger["looms"].id])) == [ledger["looms"].id]


def test_dispute_is_plain_data(session, ledger):
    import json

    _link(session, ledger["denial"].id, ledger["looms"].id, Relation.DENIES)
    (dispute,) = derive_disputes(session)
    data = json.loads(json.dumps(dispute.as_dict()))
    assert data["claim"]["quote"].startswith("The owners were accused")
    assert data["article"]["title"] == "mill.txt"
    age = datetime.now(UTC) - datetime.fromisoformat(data["last_activity"])
    assert timedelta(0) <= age < timedelta(minutes=5)
