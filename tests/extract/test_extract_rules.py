"""Rules added for unseen news: gendered pronouns, 'the company', British single quotes,
unpunctuated body lines, charges, reported facts and evidence frames (fictional text)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def test_she_skips_a_man_mentioned_later(extract, claim_with):
    text = (
        "Finance Minister Ruth Okonjo said her party would not accept pension cuts.\n\n"
        "Deputy Prime Minister Aldo Brenner told reporters the plan was unaffordable.\n\n"
        "“The numbers Mr. Brenner is using are two years old,” she said."
    )
    res = extract(text)
    assert claim_with(res, "two years old").speaker == "Ruth Okonjo"


def test_he_goes_to_the_man_named_in_a_plain_sentence(extract, claim_with):
    text = (
        "Fire chief Rosa Villar said crews had arrived. She said the night would be long.\n\n"
        "Governor Mark Tilden declared an emergency on Sunday. He told reporters the state "
        "would ask for federal help."
    )
    res = extract(text)
    assert claim_with(res, "federal help").speaker == "Mark Tilden"
    assert claim_with(res, "night would be long").speaker == "Rosa Villar"


def test_the_company_is_the_organisation_last_named(extract, claim_with):
    text = (
        "A utility, Orland Grid Power, said it had cut power to 8,000 homes. Residents have "
        "blamed its lines for earlier fires; the company has denied any responsibility."
    )
    res = extract(text)
    den = claim_with(res, "has denied")
    assert den.attribution == "denied" and den.speaker == "Orland Grid Power"
    acc = claim_with(res, "blamed its lines")
    assert acc.attribution == "alleged"
    assert any(lk.relation == "denies" and res.claims[lk.to_index] is acc for lk in res.links)


def test_single_quotation_marks_carry_the_speaker(extract, claim_with):
    text = (
        "Harbour master Fiona Gair said the pier was unsafe.\n\n"
        "‘We can’t let the islands’ ferries dock there. The timbers are rotten.’\n\n"
        "‘We will rebuild it,’ she added, ‘but not this year.’"
    )
    res = extract(text)
    for frag in ("timbers are rotten", "We will rebuild"):
        c = claim_with(res, frag)
        assert c.speaker == "Fiona Gair" and c.attribution == "said", frag


def test_body_line_missing_its_full_stop_is_a_claim(extract, claim_with):
    text = (
        "Market Stalls Face Higher Fees\n\n"
        "The council will raise pitch fees from September, officials said on Monday.\n\n"
        "Manager Sally Oduya said the closure of the car park had hurt trade\n\n"
        "Oduya said she had asked the council to reopen it at weekends."
    )
    res = extract(text)
    c = claim_with(res, "hurt trade")
    assert c.attribution == "said" and c.speaker == "Sally Oduya"
    assert not any("Higher Fees" in c.quote for c in res.claims)


def test_charged_with_is_an_accusation_and_no_deaths_reported_is_a_fact(extract, claim_with):
    res = extract(
        "A former clerk was charged on Monday with stealing $40,000 from the parish. "
        "No injuries were reported, but two houses burned down."
    )
    assert claim_with(res, "charged on Monday").attribution == "alleged"
    assert claim_with(res, "No injuries").attribution == "asserted"


def test_figures_show_and_study_found(extract, claim_with):
    res = extract(
        "Stall numbers have fallen from 84 to 51 since 2015, figures from the council "
        "show. A 2021 review by the Pell Institute found that the effect was small."
    )
    figures = claim_with(res, "Stall numbers")
    assert figures.attribution in ("said", "according_to") and "council" in figures.speaker
    review = claim_with(res, "effect was small")
    assert review.attribution == "said" and review.speaker == "Pell Institute"


def test_speech_verbs_inside_a_quotation_are_not_the_frame(extract, claim_with):
    text = (
        "Councillor Ines Darrow said the budget was sound. “If he wants cuts, he should "
        "say so openly.”"
    )
    res = extract(text)
    assert claim_with(res, "say so openly").speaker == "Ines Darrow"


def test_negated_say_with_an_open_question_is_no_attribution(extract, claim_with):
    res = extract("The newspaper did not say how it obtained the document.")
    assert claim_with(res, "did not say").attribution == "asserted"


def test_in_her_view_is_according_to_her(extract, claim_with):
    res = extract(
        "Analyst Irma Vale says Moscow is losing ground. In her view, the region's "
        "leaders are hedging rather than choosing sides."
    )
    c = claim_with(res, "In her view")
    assert c.attribution == "according_to" and c.speaker == "Irma Vale"


def test_parenthetical_frame_mid_sentence(extract, claim_with):
    res = extract(
        "But in private, one Norvish diplomat told me, Talvik fears that the dam "
        "could cut harvests by a quarter."
    )
    c = claim_with(res, "harvests")
    assert c.attribution == "said" and "diplomat" in c.speaker


def test_contrast_clause_with_its_own_cue_splits_off(extract, claim_with):
    res = extract(
        "Officials in Vasko insist that exports can double by 2027, although analysts "
        "at Merrow Energy estimate that the investment would exceed $10 billion."
    )
    assert claim_with(res, "insist").attribution == "claimed"
    est = claim_with(res, "analysts at Merrow")
    assert est.attribution == "estimated" and "Merrow Energy" in est.speaker


def test_unnamed_reports_claimed_is_hedged(extract, claim_with):
    res = extract(
        "Unverified reports on social media claimed that a second device had been "
        "found near the station."
    )
    c = claim_with(res, "Unverified reports")
    assert c.attribution == "reportedly" and c.speaker is None


def test_denial_of_them_links_to_the_nearest_rumour(extract):
    res = extract(
        "Officials in Vasko insist that the country can double energy exports. "
        "Rumours that Vasko buys gas abroad have circulated for months. The energy "
        "ministry has denied them."
    )
    (link,) = res.links
    assert res.claims[link.to_index].attribution == "rumored"


def test_rejecting_proposals_or_dismissing_people_is_no_denial(extract):
    res = extract(
        "The parliament rejected this proposal on Friday. The president dismissed the "
        "defence minister in March. The judge dismissed the case against the mayor. "
        "Prices fell after the bank confirmed that rates would stay high."
    )
    # the cue inside the adverbial clause frames only that clause: the bank's words are a
    # claim of their own, the sentence stays the article's
    attributed = [
        (c.quote, c.attribution, c.speaker) for c in res.claims if c.attribution != "asserted"
    ]
    assert attributed == [("rates would stay high", "said", "bank")]
    assert len(res.claims) == 5


def test_a_report_published_by_x_is_credited_to_x_not_to_the_last_work(extract, claim_with):
    res = extract(
        "The council cut its flood budget by 30 percent, according to a report by the "
        "Harwick Gazette.\n\nThe mayor misled voters about the budget, according to a report "
        "published by the Ombudsman on Tuesday."
    )
    misled = claim_with(res, "misled voters")
    assert (misled.attribution, misled.speaker) == ("according_to", "Ombudsman")
    assert claim_with(res, "flood budget").speaker == "Harwick Gazette"
