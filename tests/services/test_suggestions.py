"""Verdicts suggested across same_as links: direct, transitive, batched; never applied."""

from factcheck.models import Claim
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.links import add_link
from factcheck.services.reviews import add_review
from factcheck.services.suggestions import suggested_verdicts, suggested_verdicts_for
from factcheck.vocab import Relation, Status

TEXTS = [
    "The Lindqvist bridge will reopen on 3 June after repairs, the city said.",
    "City officials expect the Lindqvist bridge to reopen on 3 June.",
    "Repairs mean the Lindqvist bridge reopens on 3 June, according to the city.",
    "The tram depot will move to the harbour district next year.",
]


def _claims(session):
    claims = []
    for index, text in enumerate(TEXTS):
        article, _ = store_article(session, ArticleInput(text=text, filename=f"s{index}.txt"))
        claims.append(add_claim(session, article_id=article.id, data=NewClaim(text), actor="t"))
    return [c.id for c in claims]


def _same_as(session, left, right):
    add_link(session, from_id=left, to_id=right, relation=Relation.SAME_AS, created_by="t")


def test_direct_and_transitive_same_as_suggest_the_reviewed_verdict(session):
    first, second, third, unrelated = _claims(session)
    _same_as(session, second, first)
    _same_as(session, third, second)
    assert suggested_verdicts(session, third) == []  # nothing reviewed yet
    add_review(
        session, claim_id=first, status=Status.MOSTLY_TRUE, rationale="notice", reviewer="ann"
    )

    (direct,) = suggested_verdicts(session, second)
    assert direct["claim_id"] == first and direct["status"] == "mostly_true"
    assert direct["by"] == "ann" and direct["hops"] == 1 and direct["reviewed_at"]
    (chained,) = suggested_verdicts(session, third)
    assert chained["claim_id"] == first and chained["hops"] == 2
    assert len(chained["via_links"]) == 2
    assert suggested_verdicts(session, unrelated) == []
    assert session.get(Claim, third).status == Status.UNVERIFIED


def test_in_review_is_no_verdict_to_suggest_and_many_claims_at_once(session):
    first, second, third, _ = _claims(session)
    _same_as(session, first, second)
    add_review(
        session, claim_id=first, status=Status.IN_REVIEW, rationale="calling", reviewer="ann"
    )
    assert suggested_verdicts(session, second) == []
    add_review(session, claim_id=third, status=Status.FALSE, rationale="log", reviewer="bob")
    _same_as(session, third, second)
    many = suggested_verdicts_for(session, [first, second, third])
    assert [s["status"] for s in many[first]] == ["false"]  # through second, two hops
    assert [s["claim_id"] for s in many[second]] == [third]
    assert many[third] == []
