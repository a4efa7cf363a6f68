"""Publishing: a verdict is a reviewer's until an editor publishes it."""

import pytest

from factcheck.errors import BadInput
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim, get_claim
from factcheck.services.publishing import publish_claims
from factcheck.services.reviews import add_review, claim_history
from factcheck.vocab import Status

TEXT = "The port handled 30 ships on Monday. The mayor said the strike is over."


@pytest.fixture
def claims(session):
    article, _ = store_article(session, ArticleInput(text=TEXT, filename="port.txt"))
    ships = add_claim(
        session, article_id=article.id, data=NewClaim("The port handled 30 ships"), actor="t"
    )
    strike = add_claim(
        session, article_id=article.id, data=NewClaim("the strike is over"), actor="t"
    )
    add_review(session, claim_id=ships.id, status=Status.FALSE, rationale="3 ships", reviewer="ana")
    return ships.id, strike.id


def test_publishing_records_the_verdict_time_and_editor(session, claims):
    ships, _ = claims
    (result,) = publish_claims(session, claim_ids=[ships], editor="ed", note="desk ok")
    claim = get_claim(session, ships)
    assert result.changed and claim.published_status == Status.FALSE
    assert claim.published_by == "ed" and claim.published_at is not None
    entry = [e for e in claim_history(session, ships) if e.kind == "publish"]
    assert len(entry) == 1 and entry[0].actor == "ed" and "desk ok" in entry[0].summary
    (again,) = publish_claims(session, claim_ids=[ships], editor="ed")
    assert not again.changed  # nothing new to publish: no second event
    assert len([e for e in claim_history(session, ships) if e.kind == "publish"]) == 1


def test_a_re_review_leaves_the_published_verdict_until_published_again(session, claims):
    ships, _ = claims
    publish_claims(session, claim_ids=[ships], editor="ed")
    add_review(session, claim_id=ships, status=Status.MIXED, rationale="new log", reviewer="ben",
               override=True)  # fmt: skip
    claim = get_claim(session, ships)
    assert claim.status == Status.MIXED and claim.published_status == Status.FALSE
    publish_claims(session, claim_ids=[ships], editor="ed")
    assert get_claim(session, ships).published_status == Status.MIXED


def test_a_claim_without_a_verdict_publishes_nothing_of_the_batch(session, claims):
    ships, strike = claims
    add_review(session, claim_id=strike, status=Status.IN_REVIEW, rationale="asking",
               reviewer="ana")  # fmt: skip
    with pytest.raises(BadInput, match=f"claim {strike} has no verdict"):
        publish_claims(session, claim_ids=[ships, strike], editor="ed")
    assert get_claim(session, ships).published_status is None
