"""One hash chain for the whole ledger: every change is an event, in order, linked."""

from __future__ import annotations

import itertools
import uuid

import pytest
from sqlalchemy import select, text

from factcheck import db as database
from factcheck.errors import BadInput
from factcheck.models import LedgerEvent
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim, edit_claim
from factcheck.services.evidence import add_evidence
from factcheck.services.ledger_events import GENESIS_HASH, activity, hash_of_event
from factcheck.services.links import add_link
from factcheck.services.publishing import publish_claims
from factcheck.services.replay import check_trail
from factcheck.services.reviews import add_review
from factcheck.services.undo import dismiss_claim, remove_link, restore_claim, retract_evidence
from factcheck.vocab import Attribution, Relation, Stance, Status
from tests.conftest import PG_URL

TEXT = (
    "The Ministry of Ports said 30 ships docked at Grey Harbor last week. "
    "The mayor claimed the strike cost the city 4 million crowns. "
    "Port records show only 3 vessels arrived."
)


def _everything(session) -> list[str]:
    """One of each ledger change; returns the kinds the trail should hold, in order."""
    article, _ = store_article(session, ArticleInput(text=TEXT, filename="harbor.txt"))
    ships = add_claim(session, article_id=article.id, data=NewClaim("30 ships docked"), actor="ann")
    cost = add_claim(session, article_id=article.id, data=NewClaim("4 million crowns"), actor="ann")
    edit_claim(session, claim_id=ships.id, changes={"attribution": Attribution.SAID}, actor="ann")
    add_review(session, claim_id=ships.id, status=Status.FALSE, rationale="3 ships", reviewer="bo")
    publish_claims(session, claim_ids=[ships.id], editor="ed")
    item = add_evidence(
        session, claim_id=ships.id, stance=Stance.REFUTES, added_by="bo", url="https://p.org"
    )
    retract_evidence(session, evidence_id=item.id, reason="wrong port", actor="bo")
    link, _ = add_link(session, from_id=cost.id, to_id=ships.id, relation=Relation.SUPPORTS,
                       created_by="bo")  # fmt: skip
    remove_link(session, link_id=link.id, reason="unrelated", actor="bo")
    dismiss_claim(session, claim_id=cost.id, reason="opinion", actor="bo")
    restore_claim(session, claim_id=cost.id, actor="bo")
    return [
        "article_version", "claim_created", "claim_created", "claim_edited", "review",
        "publish", "evidence_added", "evidence_retracted", "link_added", "link_removed",
        "claim_dismissed", "claim_restored",
    ]  # fmt: skip


def test_every_change_is_one_event_of_one_chain(session):
    kinds = _everything(session)
    session.commit()

    events = session.scalars(select(LedgerEvent).order_by(LedgerEvent.seq)).all()
    assert [e.kind for e in events] == kinds
    assert [e.seq for e in events] == list(range(1, len(kinds) + 1))
    assert events[0].prev_hash == GENESIS_HASH
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
    assert all(hash_of_event(e) == e.hash for e in events)
    assert [e.actor for e in events[3:6]] == ["ann", "bo", "ed"]
    check = check_trail(session)
    assert check.ok, (check.chain_break, check.errors)
    assert (check.events_checked, check.head_hash) == (len(kinds), events[-1].hash)


def test_the_feed_reads_newest_first_and_filters(session):
    _everything(session)
    session.commit()
    feed = activity(session, actor="ann")
    assert [a.kind for a in feed] == ["claim_edited", "claim_created", "claim_created"]
    assert "attribution: 'asserted' -> 'said'" in feed[0].summary
    assert [a.kind for a in activity(session, claim_id=1, limit=2)] == [
        "evidence_retracted",
        "evidence_added",
    ]


def test_a_failed_write_leaves_no_event_and_the_next_one_links_to_the_head(session):
    article, _ = store_article(session, ArticleInput(text=TEXT, filename="harbor.txt"))
    session.commit()
    with pytest.raises(BadInput):
        add_claim(session, article_id=article.id, data=NewClaim("no such words"), actor="a")
    session.rollback()
    add_claim(session, article_id=article.id, data=NewClaim("30 ships docked"), actor="a")
    session.commit()
    assert check_trail(session).ok
    assert session.scalar(select(LedgerEvent.seq).order_by(LedgerEvent.seq.desc())) == 2


def test_the_migration_turns_an_existing_ledger_into_events(db_url, session):
    """A ledger from before the trail (0005) gets one event per row and verifies intact."""
    _everything(session)
    session.commit()
    session.close()
    database.get_engine(db_url).dispose()
    database.downgrade(db_url, "0005")
    database.upgrade(db_url)
    database.get_engine(db_url).dispose()

    from sqlalchemy.orm import sessionmaker

    with sessionmaker(database.get_engine(db_url))() as fresh:
        kinds = [e.kind for e in fresh.scalars(select(LedgerEvent).order_by(LedgerEvent.seq))]
        # a snapshot of each row (1 article, 2 claims, 1 review, 1 evidence, 1 link), then
        # the per-claim history as it was recorded before
        assert kinds[:6] == [
            "article_version", "claim_created", "claim_created", "review", "evidence_added",
            "link_added",
        ]  # fmt: skip
        assert set(kinds[6:]) == {"legacy"} and len(kinds) > 6
        check = check_trail(fresh)
        assert check.ok, (check.chain_break, check.errors)
        # and new events continue the migrated chain
        add_review(fresh, claim_id=2, status=Status.MIXED, rationale="again", reviewer="bo")
        fresh.commit()
        assert check_trail(fresh).ok


@pytest.mark.skipif(not PG_URL, reason="the append-only trigger is PostgreSQL's")
def test_postgres_refuses_to_update_or_delete_events_for_any_role_but_the_owner(session):
    _everything(session)
    session.commit()
    role = f"fc_test_{uuid.uuid4().hex[:10]}"
    schema = session.scalar(text("SELECT current_schema()"))
    session.execute(text(f'CREATE ROLE "{role}"'))
    session.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"'))
    session.execute(text(f'GRANT SELECT, UPDATE, DELETE ON ledger_events TO "{role}"'))
    session.commit()
    try:
        for statement in (
            "UPDATE ledger_events SET actor = 'nobody' WHERE seq = 5",
            "DELETE FROM ledger_events WHERE seq = 5",
        ):
            session.execute(text(f'SET SESSION AUTHORIZATION "{role}"'))
            with pytest.raises(Exception, match="append-only"):
                session.execute(text(statement))
            session.rollback()
        session.execute(text("RESET SESSION AUTHORIZATION"))
        assert session.scalar(text("SELECT actor FROM ledger_events WHERE seq = 5")) == "bo"
        # an event a role writes carries that role, whatever the client claims (the hash it
        # computed over another role then fails: verify names the event)
        session.execute(text(f'GRANT INSERT ON ledger_events TO "{role}"'))
        session.execute(text(f'SET SESSION AUTHORIZATION "{role}"'))
        session.execute(
            text(
                "INSERT INTO ledger_events (seq, kind, actor, db_role, payload, created_at, "
                "prev_hash, hash) VALUES (13, 'legacy', 'bo', 'postgres', '{}', now(), "
                "(SELECT hash FROM ledger_events WHERE seq = 12), repeat('a', 64))"
            )
        )
        session.commit()
        session.execute(text("RESET SESSION AUTHORIZATION"))
        assert session.scalar(text("SELECT db_role FROM ledger_events WHERE seq = 13")) == role
    finally:
        session.rollback()
        session.execute(text("RESET SESSION AUTHORIZATION"))
        session.execute(text(f'DROP OWNED BY "{role}"'))
        session.execute(text(f'DROP ROLE "{role}"'))
        session.commit()
