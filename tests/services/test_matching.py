"""Cross-article matching: precision on hand-made article pairs, polarity, numbers, blocking."""

import json
from pathlib import Path

from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.links import add_link
from factcheck.services.matching import DEFAULT_MIN_SCORE, accept_suggestions, suggest_matches
from factcheck.services.matching_text import stem, text_features
from factcheck.vocab import Origin, Relation

PAIRS = Path(__file__).resolve().parents[1] / "data" / "pairs"


def load_pair(session, name: str) -> dict[frozenset[int], str]:
    """Store both articles of a pair with their claims; return the gold links by claim ids."""
    folder = PAIRS / name
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    ids = {}
    for side in ("a", "b"):
        text = (folder / f"{side}.txt").read_text(encoding="utf-8")
        article, _ = store_article(session, ArticleInput(text=text, filename=f"{name}-{side}.txt"))
        ids[side] = [
            add_claim(session, article_id=article.id, data=NewClaim(quote), actor="t").id
            for quote in gold[side]
        ]
    return {frozenset((ids["a"][i], ids["b"][j])): rel for i, j, rel in gold["links"]}


def pair_of(suggestion) -> frozenset[int]:
    return frozenset((suggestion.from_claim["id"], suggestion.to_claim["id"]))


def test_precision_and_recall_on_hand_made_pairs(session):
    gold = {}
    for folder in sorted(PAIRS.iterdir()):
        gold |= load_pair(session, folder.name)
    suggestions = suggest_matches(session)
    correct = [s for s in suggestions if gold.get(pair_of(s)) == s.relation]
    assert len(correct) / len(suggestions) >= 0.85
    assert len(correct) / len(gold) >= 0.7
    contradictions = [s for s in suggestions if s.relation == "contradicts"]
    assert contradictions and all(gold.get(pair_of(s)) == "contradicts" for s in contradictions)


def test_unrelated_articles_sharing_a_country_name_get_no_suggestion(session):
    load_pair(session, "veldoria")
    assert suggest_matches(session, min_score=0.5) == []
    assert suggest_matches(session) == []


def test_same_event_reported_twice_is_same_as_with_its_evidence(session):
    gold = load_pair(session, "dam")
    top = suggest_matches(session)[0]
    assert top.relation == "same_as" and gold[pair_of(top)] == "same_as"
    assert "Orlava Dam" in top.evidence["shared_entities"]
    assert "shared names: " in top.note and "Orlava Dam" in top.note


def test_different_numbers_for_the_same_quantity_contradict(session):
    load_pair(session, "steel")
    found = [s for s in suggest_matches(session) if "jobs" in s.from_claim["quote"]]
    (jobs,) = found
    assert jobs.relation == "contradicts"
    assert jobs.evidence["conflicting_numbers"] == ["300 vs 800 (job)"]


def test_a_negated_and_a_plain_version_contradict(session):
    load_pair(session, "ferry")
    top = suggest_matches(session)[0]
    assert top.relation == "contradicts" and top.evidence["negation_mismatch"]
    assert "resume in April" in top.from_claim["quote"]


def test_quantifier_negation_agrees_with_not():
    none_of = text_features(
        "None of the unions have backed the strike", claim_id=1, article_id=1, slug="a"
    )
    neither = text_features(
        "Neither the dockers nor any other union has openly backed the strike",
        claim_id=2,
        article_id=2,
        slug="b",
    )
    plain = text_features(
        "All the unions have backed the strike", claim_id=3, article_id=3, slug="c"
    )
    assert none_of.negated and neither.negated and not plain.negated


def test_light_stemming_joins_forms_of_a_word():
    assert stem("supported") == stem("support") == stem("supports")
    assert stem("Asian") == stem("Asia’s") == stem("Asia")
    assert stem("countries") == stem("country")


def test_linked_pairs_and_same_article_are_not_suggested_again(session):
    load_pair(session, "ferry")
    first = suggest_matches(session)[0]
    add_link(
        session,
        from_id=first.to_claim["id"],
        to_id=first.from_claim["id"],
        relation=Relation.SUPPORTS,
        created_by="t",
    )
    again = suggest_matches(session)
    assert pair_of(first) not in {pair_of(s) for s in again}
    assert all(s.from_claim["article_id"] != s.to_claim["article_id"] for s in again)


def test_accepting_records_matched_links_with_score_and_note(session):
    load_pair(session, "dam")
    suggestions = suggest_matches(session)
    (link,) = accept_suggestions(session, suggestions, ranks=[1], created_by="ann")
    assert link.origin == Origin.MATCHED and link.created_by == "ann"
    assert link.score == suggestions[0].score and "Orlava Dam" in link.note
    assert link.relation == Relation.SAME_AS
    all_links = accept_suggestions(session, suggest_matches(session), ranks=None, created_by="ann")
    assert len(all_links) == len(suggestions) - 1
    assert suggest_matches(session) == []


def test_article_filter_keeps_pairs_touching_that_article(session):
    load_pair(session, "dam")
    load_pair(session, "ferry")
    only_ferry = suggest_matches(session, article_id=3)
    assert only_ferry and all(
        3 in (s.from_claim["article_id"], s.to_claim["article_id"]) for s in only_ferry
    )


def test_min_score_is_respected(session):
    load_pair(session, "dam")
    assert all(s.score >= 0.6 for s in suggest_matches(session, min_score=0.6))
    assert len(suggest_matches(session, min_score=0.0)) > len(suggest_matches(session))
    assert DEFAULT_MIN_SCORE < 0.5
