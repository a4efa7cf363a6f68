"""Assignments: who checks what by when, the queue they make, and reviews that override."""

from __future__ import annotations

import datetime

import pytest

from factcheck.errors import BadInput, NotFound, OverrideRequired
from factcheck.models import Review
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.assignments import assign_claims, queue
from factcheck.services.claims import NewClaim, add_claim, get_claim
from factcheck.services.replay import check_trail
from factcheck.services.reviews import add_review
from factcheck.services.undo import dismiss_claim
from factcheck.vocab import Status

TEXT = (
    "The Ministry of Ports said 30 ships docked at Grey Harbor last week. "
    "The mayor claimed the strike cost the city 4 million crowns. "
    "Port records show only 3 vessels arrived."
)
TODAY = datetime.date(2026, 12, 2)


@pytest.fixture
def ids(session) -> list[int]:
    article, _ = store_article(session, ArticleInput(text=TEXT, filename="harbor.txt"))
    quotes = ("30 ships docked", "4 million crowns", "only 3 vessels arrived")
    claims = [add_claim(session, article_id=article.id, data=NewClaim(q), actor="ed")
              for q in quotes]  # fmt: skip
    for claim, score in zip(claims, (0.2, 0.9, 0.5), strict=True):
        claim.checkworthiness = score
    session.commit()
    return [c.id for c in claims]


def test_the_queue_is_by_due_date_then_check_worthiness(session, ids):
    ships, crowns, vessels = ids
    assign_claims(session, [ships], assignee="alice", due=TODAY, actor="ed")
    assign_claims(session, [crowns, vessels], assignee="alice", due=None, actor="ed")
    entries = queue(session, assignee="alice", today=TODAY)
    # the dated one first; the undated ones by score (0.9 before 0.5)
    assert [e.claim.id for e in entries] == [ships, crowns, vessels]
    assert (entries[0].due, entries[0].assignee, entries[1].score) == (TODAY, "alice", 0.9)
    assert queue(session, assignee="bob", today=TODAY) == []


def test_overdue_and_done_claims(session, ids):
    ships, crowns, vessels = ids
    assign_claims(session, [ships], assignee="alice", due=TODAY - datetime.timedelta(days=1),
                  actor="ed")  # fmt: skip
    assign_claims(session, [crowns], assignee="bob", due=TODAY, actor="ed")
    assign_claims(session, [vessels], assignee="bob", due=None, actor="ed")
    late = queue(session, overdue=True, today=TODAY)
    assert [(e.claim.id, e.overdue) for e in late] == [(ships, True)]
    add_review(session, claim_id=vessels, status=Status.FALSE, rationale="log", reviewer="bob")
    # a verdict takes the claim out of the queue; in_review keeps it there
    add_review(session, claim_id=crowns, status=Status.IN_REVIEW, rationale="on it",
               reviewer="bob")  # fmt: skip
    assert [e.claim.id for e in queue(session, assignee="bob", today=TODAY)] == [crowns]


def test_assigning_is_all_or_nothing_and_on_the_trail(session, ids):
    ships, crowns, _ = ids
    dismiss_claim(session, claim_id=crowns, reason="opinion", actor="ed")
    with pytest.raises(BadInput, match="claim 2 is dismissed"):
        assign_claims(session, [ships, crowns], assignee="alice", due=None, actor="ed")
    with pytest.raises(NotFound):
        assign_claims(session, [ships, 99], assignee="alice", due=None, actor="ed")
    session.rollback()
    assign_claims(session, [ships], assignee="alice", due=TODAY, actor="ed")
    session.commit()
    assert get_claim(session, ships).assignee == "alice"
    check = check_trail(session)
    assert check.ok, check.errors


def test_reviewing_someone_elses_claim_asks_for_override(session, ids):
    ships = ids[0]
    assign_claims(session, [ships], assignee="alice", due=None, actor="ed")
    with pytest.raises(OverrideRequired, match=r"claim 1: it is assigned to alice; .*--override"):
        add_review(session, claim_id=ships, status=Status.FALSE, rationale="x", reviewer="bob")
    add_review(session, claim_id=ships, status=Status.FALSE, rationale="x", reviewer="alice")
    review = add_review(session, claim_id=ships, status=Status.FALSE, rationale="agree",
                        reviewer="bob", override=True)  # fmt: skip
    assert isinstance(review, Review) and review.reviewer == "bob"


def test_replacing_a_recent_verdict_of_another_reviewer_asks_for_override(session, ids):
    ships = ids[0]
    add_review(session, claim_id=ships, status=Status.FALSE, rationale="3 ships", reviewer="alice")
    with pytest.raises(OverrideRequired, match="replace alice's verdict false of 1 min ago"):
        add_review(session, claim_id=ships, status=Status.VERIFIED, rationale="x", reviewer="bob")
    # the same verdict replaces nothing, and alice may change her own
    add_review(session, claim_id=ships, status=Status.FALSE, rationale="agreed", reviewer="bob")
    add_review(session, claim_id=ships, status=Status.MIXED, rationale="hm", reviewer="bob")
    assert get_claim(session, ships).status == Status.MIXED


def test_a_verdict_older_than_a_day_is_replaced_without_override(session, ids):
    ships = ids[0]
    old = add_review(session, claim_id=ships, status=Status.FALSE, rationale="x", reviewer="alice")
    old.created_at = old.created_at - datetime.timedelta(hours=25)
    session.flush()
    add_review(session, claim_id=ships, status=Status.VERIFIED, rationale="new", reviewer="bob")
