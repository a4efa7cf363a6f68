"""Reviews are append-only and hash-chained; audit catches any alteration."""

import pytest
from sqlalchemy import text

from factcheck.errors import BadInput
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.audit import verify_ledger
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.reviews import GENESIS_HASH, add_review, claim_history
from factcheck.vocab import Status


@pytest.fixture
def claim(session, sample_text):
    article, _ = store_article(session, ArticleInput(text=sample_text, filename="port.txt"))
    made = add_claim(session, article_id=article.id, data=NewClaim("There are reports"), actor="t")
    session.commit()
    return made


def test_reviews_chain_and_set_the_claim_status(session, claim):
    first = add_review(
        session, claim_id=claim.id, status=Status.IN_REVIEW, rationale="a", reviewer="x"
    )
    second = add_review(
        session, claim_id=claim.id, status=Status.FALSE, rationale="b", reviewer="y"
    )
    session.commit()
    assert first.prev_hash == GENESIS_HASH
    assert second.prev_hash == first.hash and second.seq == first.seq + 1
    assert claim.status == Status.FALSE
    assert verify_ledger(session).ok


def test_review_needs_a_rationale(session, claim):
    with pytest.raises(BadInput, match="note"):
        add_review(session, claim_id=claim.id, status=Status.VERIFIED, rationale=" ", reviewer="x")


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE reviews SET rationale = 'nothing to see' WHERE seq = 1",
        "UPDATE reviews SET status = 'verified' WHERE seq = 2",
        "DELETE FROM reviews WHERE seq = 2",
    ],
)
def test_audit_finds_the_first_altered_review(session, claim, tamper):
    for status in (Status.IN_REVIEW, Status.FALSE, Status.MIXED):
        add_review(session, claim_id=claim.id, status=status, rationale="r", reviewer="x")
    session.commit()
    session.execute(text(tamper))
    session.commit()
    result = verify_ledger(session)
    assert not result.ok
    assert (
        "seq 1" in result.chain_break
        or "seq 2" in result.chain_break
        or "gap" in result.chain_break
    )


def test_audit_finds_a_moved_anchor(session, claim):
    session.execute(text("UPDATE claims SET start = start + 1"))
    session.commit()
    result = verify_ledger(session)
    assert result.anchor_errors and f"claim {claim.id}" in result.anchor_errors[0]


def test_history_lists_creation_reviews_in_order(session, claim):
    add_review(
        session, claim_id=claim.id, status=Status.IN_REVIEW, rationale="looking", reviewer="x"
    )
    session.commit()
    kinds = [entry.kind for entry in claim_history(session, claim.id)]
    assert kinds == ["created", "review"]
