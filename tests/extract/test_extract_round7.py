"""Rules from blind round 7: interview answers, reports named only by a place, reader
call-outs."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy

INTERVIEW = (
    "The ferry company said on Monday that the new route would open in June.\n\n"
    "We spoke to the harbour master, Oskar Lindqvist, about the plans.\n\n"
    "How busy will your port be?\n\n"
    "We expect about 40 sailings a week in the summer.\n\n"
    "Is the pier ready?\n\n"
    "The new pier was finished in March.\n\n"
    "Lindqvist said the town council had paid for the dredging."
)


def test_answers_after_questions_belong_to_the_interviewee(extract, claim_with):
    res = extract(INTERVIEW)
    for fragment in ("40 sailings", "finished in March"):
        c = claim_with(res, fragment)
        assert (c.attribution, c.speaker) == ("said", "Oskar Lindqvist")
    assert not any(c.quote.endswith("?") for c in res.claims)


def test_explainer_subheads_are_not_an_interview(extract, claim_with):
    text = (
        "The city will close the old bridge next month for repairs.\n\n"
        "What is changing?\n\n"
        "Buses will use the ring road for six weeks.\n\n"
        "How long will it last?\n\n"
        "The works are due to finish before the summer holidays."
    )
    res = extract(text)
    assert claim_with(res, "ring road").attribution == "asserted"
    assert claim_with(res, "due to finish").attribution == "asserted"


def test_a_third_partys_conversation_names_no_interviewee(extract, claim_with):
    text = (
        "The prime minister spoke to Lev Marr by phone on Sunday.\n\n"
        "Will you sign the treaty?\n\n"
        "The treaty was signed in 2019 by both countries.\n\n"
        "What did your government promise?\n\n"
        "Both governments promised to cut tariffs by half."
    )
    c = claim_with(extract(text), "signed in 2019")
    assert (c.attribution, c.speaker) == ("asserted", None)


def test_according_to_reports_in_a_country_names_no_source(extract, claim_with):
    text = (
        "Redvale are close to signing the striker for 40 million euros, according to "
        "reports in Italy."
    )
    c = claim_with(extract(text), "close to signing")
    assert (c.attribution, c.speaker) == ("reportedly", None)


def test_a_reader_call_out_is_not_a_claim(extract):
    text = (
        "The storm brought down power lines across the county on Friday night.\n\n"
        "Have you been affected by the storm? Get in touch."
    )
    assert not any("touch" in c.quote for c in extract(text).claims)


def test_a_live_blog_timestamp_is_no_part_of_the_claim(extract, claim_with):
    text = (
        "Storm updates\n\n"
        "09:30 BST — Rail services are suspended across the north of the county.\n\n"
        "10:15 — The coastguard says three people were rescued from a yacht overnight."
    )
    res = extract(text)
    assert claim_with(res, "Rail services").quote.startswith("Rail services")
    c = claim_with(res, "three people")
    assert (c.quote[:14], c.attribution, c.speaker) == ("The coastguard", "said", "coastguard")
