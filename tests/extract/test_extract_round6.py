"""Rules from blind round 6: 'quoted as saying', a quotation's own subject, a that-clause the
parser hung on the noun, 'the company' is no regulator, captions without a credit line."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy

BODY = "The council met on Monday to discuss next year's budget, and the mayor spoke first."


def test_quoted_as_saying_names_the_subject(extract, claim_with):
    text = (
        "Koslovia's trade minister, Irena Dusek, was quoted as saying that the tariffs "
        "broke the treaty."
    )
    c = claim_with(extract(text), "tariffs")
    assert (c.attribution, c.speaker) == ("said", "Irena Dusek")


def test_speaker_after_the_quote_not_the_quotes_subject(extract, claim_with):
    text = (
        "The ministry said on Monday that prices would fall.\n\n"
        "“Wages lag behind prices. Nobody in the capital listens,” said Marta Lind, 44, "
        "who runs a bakery in Tarn."
    )
    res = extract(text)
    assert claim_with(res, "Nobody in the capital").speaker == "Marta Lind"
    assert claim_with(res, "Wages lag").speaker == "Marta Lind"


def test_posted_on_facebook_that_is_said(extract, claim_with):
    text = (
        "Jan Ostrak, who leads the drivers' union, posted on Facebook that the strike would "
        "continue “until the ministry stops stalling.”"
    )
    c = claim_with(extract(text), "strike would continue")
    assert (c.attribution, c.speaker) == ("said", "Jan Ostrak")


def test_the_company_skips_a_regulator_named_in_between(extract, claim_with):
    text = (
        "Brightwell, the Oslo-based payments firm, said hackers had stolen customer data.\n\n"
        "Norway's data protection authority said it was assessing the breach.\n\n"
        "The company later said it had fixed the flaw."
    )
    assert claim_with(extract(text), "fixed the flaw").speaker == "Brightwell"


def test_lone_present_tense_scene_line_is_a_caption(extract):
    text = (
        f"{BODY}\n\n{BODY}\n\n"
        "Firefighters battle a blaze at a warehouse in Bren on Monday.\n\n"
        f"{BODY}\n"
    )
    assert not any("Firefighters" in c.quote for c in extract(text).claims)


@pytest.mark.parametrize(
    "line",
    [
        "The company employs 2,100 people at its plant in Bren.",
        "Firefighters battled a blaze at a warehouse in Bren on Monday.",
        "Officials warn of more floods in the south.",
        "Unemployment stands at 4.2% in the region.",
        "She walks to work along the river every day.",
    ],
)
def test_lone_fact_or_event_line_stays_a_claim(extract, line):
    text = f"{BODY}\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert any(line[:15] in c.quote for c in extract(text).claims)


def test_lower_case_body_keeps_its_whole_name(extract, claim_with):
    text = "Exports rose by 12% last year, according to the national statistics office."
    c = claim_with(extract(text), "Exports rose")
    assert (c.attribution, c.speaker) == ("according_to", "national statistics office")
