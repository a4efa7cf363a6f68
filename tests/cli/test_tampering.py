"""Tampering directly in SQL, one case at a time: `audit verify` fails and names what is wrong."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from factcheck.models import LedgerEvent, Review
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.evidence import add_evidence
from factcheck.services.ledger_events import GENESIS_HASH, hash_of_event
from factcheck.services.links import add_link
from factcheck.services.reviews import add_review, hash_of
from factcheck.vocab import Relation, Stance, Status

TEXT = (
    "The Ministry of Ports said 30 ships docked at Grey Harbor last week. "
    "The mayor claimed the strike cost the city 4 million crowns. "
    "Port records show only 3 vessels arrived."
)


@pytest.fixture
def ledger(session):
    """Claim 1 (two reviews, one evidence), claim 2, link 1 from 2 to 1: verifies clean."""
    article, _ = store_article(session, ArticleInput(text=TEXT, filename="harbor.txt"))
    ships = add_claim(session, article_id=article.id, data=NewClaim("30 ships docked"), actor="a")
    cost = add_claim(session, article_id=article.id, data=NewClaim("4 million crowns"), actor="a")
    add_review(session, claim_id=ships.id, status=Status.IN_REVIEW, rationale="look", reviewer="b")
    add_review(session, claim_id=ships.id, status=Status.FALSE, rationale="3 ships", reviewer="b")
    add_evidence(session, claim_id=ships.id, stance=Stance.REFUTES, added_by="b",
                 url="https://port.example/log")  # fmt: skip
    add_link(session, from_id=cost.id, to_id=ships.id, relation=Relation.CONTRADICTS,
             created_by="b")  # fmt: skip
    session.commit()
    return session


def _tamper(session, *statements: str) -> None:
    for statement in statements:
        session.execute(text(statement))
    session.commit()


def _verify(cli) -> str:
    result = cli("audit", "verify")
    assert result.exit_code == 1, result.output
    return result.output


def test_an_untouched_ledger_verifies(cli, ledger):
    result = cli("audit", "verify")
    assert result.exit_code == 0, result.output
    assert "chain intact (7 events" in result.output and "explained by the trail" in result.output


def test_an_edited_review(cli, ledger):
    _tamper(ledger, "UPDATE reviews SET rationale = 'it checks out' WHERE seq = 2")
    out = _verify(cli)
    assert "review 2: rationale is 'it checks out', the trail says '3 ships'" in out


def test_an_edited_evidence_row(cli, ledger):
    _tamper(ledger, "UPDATE evidence SET stance = 'supports' WHERE id = 1")
    assert "evidence 1: stance is 'supports', the trail says 'refutes'" in _verify(cli)


def test_an_edited_link(cli, ledger):
    _tamper(ledger, "UPDATE links SET relation = 'supports' WHERE id = 1")
    assert "link 1: relation is 'supports', the trail says 'contradicts'" in _verify(cli)


def test_an_edited_claim_quote(cli, ledger):
    _tamper(ledger, "UPDATE claims SET quote = '3 ships docked' WHERE id = 1")
    out = _verify(cli)
    assert "claim 1: quote is '3 ships docked', the trail says '30 ships docked'" in out


def test_an_edited_claim_status(cli, ledger):
    _tamper(ledger, "UPDATE claims SET status = 'verified' WHERE id = 1")
    assert "claim 1: status is 'verified', the trail says 'false'" in _verify(cli)


def test_a_deleted_review(cli, ledger):
    _tamper(ledger, "DELETE FROM reviews WHERE seq = 2")
    assert "review 2: deleted (the trail has it, last at event 5)" in _verify(cli)


def test_a_deleted_evidence_row(cli, ledger):
    _tamper(ledger, "DELETE FROM evidence WHERE id = 1")
    assert "evidence 1: deleted (the trail has it, last at event 6)" in _verify(cli)


def test_a_deleted_link(cli, ledger):
    _tamper(ledger, "DELETE FROM links WHERE id = 1")
    assert "link 1: deleted (the trail has it, last at event 7)" in _verify(cli)


def test_a_row_inserted_outside_factcheck(cli, ledger):
    _tamper(
        ledger,
        "INSERT INTO evidence (id, claim_id, url, stance, added_by, created_at) "
        "VALUES (9, 1, 'https://fake.example', 'supports', 'b', CURRENT_TIMESTAMP)",
    )
    assert "evidence 9: no event records it (inserted outside factcheck)" in _verify(cli)


def test_a_forged_event_with_a_made_up_hash(cli, ledger):
    head = ledger.scalar(select(LedgerEvent.hash).where(LedgerEvent.seq == 7))
    ledger.execute(
        LedgerEvent.__table__.insert().values(
            seq=8, kind="review", claim_id=1, actor="b", payload={"review_id": 3},
            created_at=ledger.scalar(select(LedgerEvent.created_at).where(LedgerEvent.seq == 7)),
            prev_hash=head, hash="f" * 64,
        )
    )  # fmt: skip
    ledger.commit()
    out = _verify(cli)
    assert "event 8 (review): its content does not match its hash" in out
    assert "review 3: deleted" in out  # the forged verdict has no review row either


def test_a_forged_event_with_a_correct_hash_is_still_unexplained(cli, ledger):
    """Whoever knows the algorithm can hash a forged event right; the rows still disagree."""
    last = ledger.scalars(select(LedgerEvent).where(LedgerEvent.seq == 7)).one()
    forged = LedgerEvent(
        seq=8, kind="claim_dismissed", claim_id=1, actor="b", db_role=last.db_role,
        payload={"reason": "not a claim"}, created_at=last.created_at, prev_hash=last.hash,
    )  # fmt: skip
    forged.hash = hash_of_event(forged)
    ledger.add(forged)
    ledger.commit()
    out = _verify(cli)
    assert "chain intact" in out
    assert "claim 1: dismissed is False, the trail says True (last event 8)" in out


def _rewrite_everything(session) -> None:
    """What an attacker with the database does after an edit: recompute every hash of the
    review chain and of the trail so that both verify intact (the algorithm is public)."""
    session.expire_all()
    prev, review_hashes = GENESIS_HASH, {}
    for review in session.scalars(select(Review).order_by(Review.seq)).all():
        review.prev_hash = prev
        review.hash = prev = hash_of(review)
        review_hashes[review.id] = (review.hash, review.rationale)
        session.flush()
    prev = GENESIS_HASH
    for event in session.scalars(select(LedgerEvent).order_by(LedgerEvent.seq)).all():
        payload = dict(event.payload)
        if event.kind == "review":
            payload["hash"], payload["rationale"] = review_hashes[payload["review_id"]]
        event.payload, event.prev_hash = payload, prev
        event.hash = prev = hash_of_event(event)
        session.flush()
    session.commit()


def test_a_chain_recomputed_after_an_edit_verifies_without_a_checkpoint(cli, ledger):
    """Without a checkpoint the rewrite is invisible: this is why checkpoints exist."""
    _tamper(ledger, "UPDATE reviews SET rationale = 'it checks out' WHERE seq = 2")
    _rewrite_everything(ledger)
    result = cli("audit", "verify", "--format", "json")
    report = json.loads(result.output)
    assert result.exit_code == 0 and report["ok"] and report["trail_errors"] == []
