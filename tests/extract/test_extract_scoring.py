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
    low, high = extract("Things got worse over time. "
                        "Port Arlen paid $3.4 million to Kestrel Shipping in 2023.").claims
    assert high.checkworthiness > low.checkworthiness


def test_attributed_claims_are_uncommitted_denials_negated(extract):
    res = extract("Reports say the mill will close. The owner, Ana Kross, denied the reports.")
    assert [c.certainty for c in res.claims] == ["uncommitted", "negated"]
    assert (res.claims[0].attribution, res.claims[0].cue) == ("reportedly", "Reports say")
    assert [lk.to_json() for lk in res.links] == [{"from": 1, "to": 0, "relation": "denies"}]
