"""ClaimReview says what the reviewer found, and validates against Google's properties."""

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claimreview import Publisher, claimreview_document
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.links import add_link
from factcheck.services.publishing import publish_claims
from factcheck.services.reviews import add_review
from factcheck.vocab import Attribution, Relation, Status

SHAPES = Path(__file__).parents[1] / "data" / "claimreview_shapes.ttl"
PUBLISHER = Publisher("Aver Check", "https://check.example", "https://check.example/fc")

FIRST = (
    "Rain fell all night in Lorne. The water company denied that any floodgates had been "
    "opened before Saturday, and the mayor said 40 homes were flooded."
)
SECOND = "In Lorne. The water company denied that any floodgates had been opened before Saturday."


def _article(session, text, url, published, outlet):
    article, _ = store_article(
        session,
        ArticleInput(text=text, url=url, title=f"Floods ({outlet})", outlet=outlet,
                     published=published, authors=["Mara Tell"]),
    )  # fmt: skip
    return article


def _denial(session, article):
    return add_claim(
        session,
        article_id=article.id,
        data=NewClaim(
            "The water company denied that any floodgates had been opened before Saturday",
            speaker="water company",
            attribution=Attribution.DENIED,
            cue="denied",
            claim_text="any floodgates had been opened before Saturday",
        ),
        actor="t",
    )


@pytest.fixture
def floods(session):
    early = _article(session, FIRST, "https://lorne.example/a", date(2024, 3, 2), "Lorne Post")
    late = _article(session, SECOND, "https://wire.example/b", date(2024, 3, 4), "Northwire")
    denial, echo = _denial(session, late), _denial(session, early)
    add_link(session, from_id=denial.id, to_id=echo.id, relation=Relation.SAME_AS, created_by="t")
    homes = add_claim(
        session,
        article_id=early.id,
        data=NewClaim("40 homes were flooded", speaker="Ana Ruiz", attribution=Attribution.SAID),
        actor="t",
    )
    add_review(session, claim_id=denial.id, status=Status.FALSE, rationale="Gate logs show "
               "gate 3 opened on Friday", reviewer="ana")  # fmt: skip
    add_review(session, claim_id=homes.id, status=Status.VERIFIED, rationale="ok", reviewer="ben")
    publish_claims(session, claim_ids=[denial.id], editor="ed")
    session.flush()
    return {"denial": denial.id, "echo": echo.id, "homes": homes.id}


def _document(session, publisher=PUBLISHER):
    return json.loads("".join(claimreview_document(session, publisher=publisher)))


def _reviews(document):
    return [node for node in document["@graph"] if node["@type"] == "ClaimReview"]


def test_a_denial_rated_false_is_exported_as_the_denial(session, floods):
    (review,) = _reviews(_document(session))
    assert review["claimReviewed"] == (
        "Water company denies that any floodgates had been opened before Saturday"
    )
    assert len(review["claimReviewed"]) <= 75
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewRating"]["ratingValue"] == 1
    assert review["reviewRating"]["ratingExplanation"] == "Gate logs show gate 3 opened on Friday"
    assert review["url"] == f"https://check.example/fc/claims/{floods['denial']}"
    assert review["author"] == review["publisher"] == {
        "@type": "Organization", "name": "Aver Check", "url": "https://check.example"
    }  # fmt: skip
    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "water company"}
    assert item["text"].startswith("The water company denied that")


def test_one_review_for_a_same_as_cluster_with_every_appearance_earliest_first(session, floods):
    (review,) = _reviews(_document(session))
    item = review["itemReviewed"]
    assert [a["url"] for a in item["appearance"]] == [
        "https://lorne.example/a",
        "https://wire.example/b",
    ]
    assert item["firstAppearance"]["url"] == "https://lorne.example/a"
    assert item["firstAppearance"]["datePublished"] == item["datePublished"] == "2024-03-02"


def test_only_published_verdicts_are_exported_and_a_re_review_waits(session, floods):
    add_review(session, claim_id=floods["denial"], status=Status.MIXED, rationale="new log",
               reviewer="ana")  # fmt: skip
    (review,) = _reviews(_document(session))
    assert review["reviewRating"]["alternateName"] == "False"  # the published one
    publish_claims(session, claim_ids=[floods["denial"]], editor="ed")
    (review,) = _reviews(_document(session))
    assert review["reviewRating"]["alternateName"] == "Mixed"
    assert "ratingValue" in review["reviewRating"]


def test_the_scale_is_documented_in_a_typed_node(session, floods):
    document = _document(session)
    assert set(document) == {"@context", "@graph"}
    scale = document["@graph"][0]
    assert scale["@type"] == "DefinedTermSet" and "5 = True" in scale["description"]


def _to_graph(document):
    """Expand with pyld (schema.org context served locally: no network) into rdflib."""
    pyld = pytest.importorskip("pyld")
    rdflib = pytest.importorskip("rdflib")

    def loader(url, options=None):
        context = {"@context": {"@vocab": "http://schema.org/"}}
        return {"contextUrl": None, "documentUrl": url, "document": context}

    quads = pyld.jsonld.to_rdf(
        document, {"format": "application/n-quads", "documentLoader": loader}
    )
    graph = rdflib.Graph()
    graph.parse(data=quads, format="nt")  # no named graph: N-Quads are N-Triples
    return graph


def test_the_export_validates_against_the_shapes_with_no_violation(session, floods):
    pyshacl = pytest.importorskip("pyshacl")
    graph = _to_graph(_document(session))
    conforms, _, text = pyshacl.validate(graph, shacl_graph=str(SHAPES), advanced=True)
    assert conforms, text


def test_the_shapes_catch_what_the_old_export_got_wrong(session, floods):
    """The shapes can fail: a long claimReviewed, a urn url, a Person author are violations."""
    pyshacl = pytest.importorskip("pyshacl")
    document = _document(session)
    review = _reviews(document)[0]
    review["claimReviewed"] = "x" * 80
    review["url"] = "urn:factcheck:claim:1"
    review["author"] = {"@type": "Person", "name": "ana"}
    del review["itemReviewed"]["firstAppearance"]
    conforms, _, text = pyshacl.validate(_to_graph(document), shacl_graph=str(SHAPES))
    assert not conforms
    # the missing firstAppearance is reported on the itemReviewed it belongs to
    for path in ("claimReviewed", "url", "author", "itemReviewed"):
        assert f"Result Path: schema:{path}" in text
