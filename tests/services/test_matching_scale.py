"""Matching at scale: syndicated copies count once, top-k per claim, capped candidates."""

from factcheck.services import matching_blocks
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.matching import suggest_matches
from factcheck.services.matching_blocks import candidate_pairs, idf_of, same_stories
from factcheck.services.matching_text import Features, content_stems

WIRE = [
    "Brantor Foods will close its Quellsby bakery and cut 140 jobs in March.",
    "The Quellsby council offered Brantor Foods a rent cut of 30 percent to stay.",
    "Union leaders in Quellsby called the closure of the bakery a betrayal.",
]
REWORDED = [
    "Brantor Foods is shutting the Quellsby bakery, with 140 jobs lost in March.",
    "Union officials in Quellsby described the bakery closure as a betrayal.",
]


def _article(session, name, quotes, intro="") -> int:
    text = intro + " ".join(quotes)
    article, _ = store_article(session, ArticleInput(text=text, filename=f"{name}.txt"))
    for quote in quotes:
        add_claim(session, article_id=article.id, data=NewClaim(quote), actor="t")
    return article.id


def test_syndicated_copies_are_one_story_and_named_on_its_suggestions(session):
    wire = _article(session, "wire", WIRE)
    copy = _article(session, "copy", WIRE, intro="First published by the Ridge Herald. ")
    other = _article(session, "reworded", REWORDED)
    found = suggest_matches(session)
    articles = [{s.from_claim["article_id"], s.to_claim["article_id"]} for s in found]
    assert found and all(pair == {wire, other} for pair in articles)  # no copy-to-copy, once
    for suggestion in found:
        side = (
            suggestion.from_claim
            if suggestion.from_claim["article_id"] == wire
            else suggestion.to_claim
        )
        assert side["copies"] == [copy]
    assert {s.relation for s in found} == {"same_as"}
    # the copy asked for on its own is matched through its story
    assert [s.key for s in suggest_matches(session, article_id=copy)] == [s.key for s in found]


def test_each_claim_keeps_only_its_best_suggestions(session):
    base = "Harbour pilots in Ostwick said the {n} tugboats had been grounded since Tuesday."
    for n in range(8):
        _article(session, f"pilots{n}", [base.format(n=n + 2)])
    everything = suggest_matches(session, limit=None)
    top_two = {s.key for s in suggest_matches(session, limit=2)}
    best_of: dict[int, set[str]] = {}
    ordered = sorted(everything, key=lambda s: (-s.score, s.from_claim["id"], s.to_claim["id"]))
    for s in ordered:
        for claim in (s.from_claim["id"], s.to_claim["id"]):
            if len(best_of.setdefault(claim, set())) < 2:
                best_of[claim].add(s.key)
    assert len(everything) == 28 and len(top_two) < 28  # 8 claims: every pair is alike
    assert top_two == set().union(*best_of.values())


def test_candidates_per_claim_are_capped(monkeypatch):
    monkeypatch.setattr(matching_blocks, "CANDIDATES_PER_CLAIM", 3)
    items = [
        Features(
            claim_id=i,
            article_id=i,
            slug=f"a{i}",
            stems=content_stems(f"Glasswick ferry operator Torvane cut {i} sailings"),
        )
        for i in range(1, 21)
    ]
    stories = same_stories(items)
    pairs = list(candidate_pairs(items, idf_of(items), stories))
    assert len(pairs) == len({frozenset((a.claim_id, b.claim_id)) for a, b in pairs})
    assert len(pairs) <= 3 * len(items)
    seen = []
    list(candidate_pairs(items, idf_of(items), stories, progress=lambda d, t: seen.append((d, t))))
    assert seen[-1] == (20, 20)
