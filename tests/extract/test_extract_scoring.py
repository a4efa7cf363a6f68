"""Certainty, claim type and checkworthiness rules."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "certainty", "ctype"),
    [
        ("Ferry traffic rose by 14 percent in May.", "certain", "quantity"),
        ("The ferry line will open a second route next spring.", "certain", "prediction"),
        ("The council banned night fishing under a new law.", "certain", "rule"),
        ("The bridge closed because the cables had corroded.", "certain", "causation"),
        ("The harbor fees should be scrapped.", "certain", "opinion"),
        ("The storm might delay the regatta.", "possible", "other"),
        ("The regatta is likely to be moved inland.", "probable", "other"),
        ("The mayor attended the opening of the museum.", "certain", "other"),
    ],
)
def test_certainty_and_type(extract, text, certainty, ctype):
    (c,) = extract(text).claims
    assert (c.certainty, c.claim_type) == (certainty, ctype)
    assert 0.0 <= c.checkworthiness <= 1.0


def test_numbers_and_names_raise_checkworthiness(extract):
    low, high = extract(
        "Things got worse over time. Port Arlen paid $3.4 million to Kestrel Shipping in 2023."
    ).claims
    assert high.checkworthiness > low.checkworthiness


def test_attributed_claims_are_uncommitted_denials_negated(extract):
    res = extract("Reports say the mill will close. The owner, Ana Kross, denied the reports.")
    assert [c.certainty for c in res.claims] == ["uncommitted", "negated"]
    assert (res.claims[0].attribution, res.claims[0].cue) == ("reportedly", "Reports say")
    assert [lk.to_json() for lk in res.links] == [{"from": 1, "to": 0, "relation": "denies"}]


def test_number_words_alone_do_not_make_a_quantity(extract):
    (c,) = extract("One of the two ferries left the harbor early.").claims
    assert c.claim_type != "quantity"
    (c,) = extract("The port lost half a million tonnes of cargo.").claims
    assert c.claim_type == "quantity"


def test_the_stored_score_is_the_models_score_of_the_quote(extract):
    """`claims show` recomputes the score from the quote without spaCy: it must agree."""
    from factcheck.triage.model import shipped_model

    text = (
        "“We lost 3,000 jobs in a year,” the union said. The mayor, Lea Dorn, denied it. "
        "Officials reportedly expect the yard to close. I think it is a shame."
    )
    res = extract(text)
    assert len(res.claims) >= 3
    for c in res.claims:
        again = shipped_model().score(c.quote, c.attribution, c.speaker_kind, c.direct_quote)
        assert again == c.checkworthiness, c.quote


def test_a_debate_ranks_claims_above_moderation_and_opinion(extract):
    """One sentence a paragraph, as the debate benchmark feeds transcripts."""
    lines = [
        "Good evening and welcome to the debate.",
        "Governor Lisle, you have two minutes.",
        "I believe our best days are ahead of us.",
        "My opponent cut school funding by 14 percent in 2021.",
        "We need leaders who listen.",
        "Let's move on to the economy.",
    ]
    res = extract("\n\n".join(lines))
    best = max(res.claims, key=lambda c: c.checkworthiness)
    assert "14 percent" in best.quote
