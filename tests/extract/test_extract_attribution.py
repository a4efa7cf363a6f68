"""Attribution kinds, cues, speakers and clause splits on short fictional sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def test_plain_assertion(extract):
    res = extract("The Marrow Valley dam holds 40 million cubic metres of water.")
    (c,) = res.claims
    assert c.attribution == "asserted" and c.cue is None and c.speaker is None
    assert c.certainty == "certain" and c.claim_type == "quantity"
    assert c.quote.endswith("water.")


def test_said_with_title_goes_to_role(extract):
    res = extract(
        "On Monday, Harbor Minister Elena Voskuijlen said that the port would "
        "reopen within two weeks."
    )
    (c,) = res.claims
    assert (c.attribution, c.cue) == ("said", "said")
    assert c.speaker == "Elena Voskuijlen"
    assert c.speaker_role == "Harbor Minister"
    assert c.certainty == "uncommitted"


def test_inverted_quote_frame_without_space(extract):
    text = "“The cranes will stay idle until the contract is signed,”said Tomas Brevik."
    (c,) = extract(text).claims
    assert (c.attribution, c.speaker, c.direct_quote) == ("said", "Tomas Brevik", True)
    assert c.start == 0 and c.quote.endswith("Brevik.")


def test_inverted_frame_stops_at_the_speaker(extract):
    text = (
        "The council, for its part, claims that it “has never blocked the shipments,” "
        "said Deputy Mayor Ilse Varga during a press briefing on Friday."
    )
    outer, inner = extract(text).claims
    assert outer.attribution in ("said", "claimed")
    assert outer.speaker == "Ilse Varga"
    assert outer.quote.endswith("Ilse Varga")
    # the council's claim, nested in what Varga said, is a claim of its own
    assert (inner.attribution, inner.speaker) == ("claimed", "council")
    assert inner.quote == "it “has never blocked the shipments,”"


def test_according_to(extract):
    text = "Fuel prices rose by 12 percent in March, according to the Kestrel Institute."
    (c,) = extract(text).claims
    assert (c.attribution, c.cue) == ("according_to", "according to")
    assert c.speaker == "Kestrel Institute"


def test_reportedly_conjunct_is_split_at_the_cue(extract):
    text = (
        "Norland has already sold two patrol boats to Vesmar – a close ally – and "
        "reportedly plans to deliver helicopters to neighbouring Ostia."
    )
    res = extract(text)
    assert len(res.claims) == 2
    first, second = res.claims
    assert first.attribution == "asserted" and first.quote.endswith("a close ally")
    assert second.attribution == "reportedly" and second.quote.startswith("reportedly plans")
    assert second.speaker is None and second.cue == "reportedly"


def test_semicolon_estimate_is_split(extract):
    text = (
        "Tourism drives the island economy; it is estimated that around 30,000 "
        "seasonal workers arrive every summer."
    )
    first, second = extract(text).claims
    assert first.attribution == "asserted" and first.quote == "Tourism drives the island economy"
    assert second.attribution == "estimated" and second.speaker is None
    assert second.quote.startswith("it is estimated")
    assert second.cue == "it is estimated"


def test_parenthetical_denial_links_to_accusation(extract):
    text = (
        "Vesmar has been accused of supplying rebels with rifles bought abroad "
        "(though the Vesmar government denies this)."
    )
    res = extract(text)
    acc, den = res.claims
    assert acc.attribution == "alleged" and acc.cue == "accused" and acc.speaker is None
    assert acc.quote.endswith("bought abroad")
    assert den.attribution == "denied" and den.cue == "denies"
    assert "Vesmar government" in den.speaker
    assert den.certainty == "negated"
    assert [lk.to_json() for lk in res.links] == [{"from": 1, "to": 0, "relation": "denies"}]


def test_although_denial_links_back_to_rumour(extract):
    text = (
        "After the summit, rumors began circulating that Ostia may quit the customs "
        "union. Although Ostia denied the speculation it intends to quit the union, "
        "trade officials remain nervous."
    )
    res = extract(text)
    rum = next(c for c in res.claims if c.attribution == "rumored")
    assert rum.cue == "rumors" and rum.speaker is None
    den = next(c for c in res.claims if c.attribution == "denied")
    assert den.quote.startswith("Ostia denied") and den.speaker == "Ostia"
    assert not den.quote.startswith("Although")
    assert {"from": res.claims.index(den), "to": res.claims.index(rum), "relation": "denies"} in [
        lk.to_json() for lk in res.links
    ]


def test_there_are_reports(extract):
    text = "There are reports that the mill is laying off 200 workers."
    (c,) = extract(text).claims
    assert (c.attribution, c.cue, c.speaker) == ("reportedly", "There are reports", None)


def test_while_clause_with_own_cue_is_split(extract):
    text = (
        "Exports of timber to Vesmar have doubled, while the rise in fuel imports is "
        "reportedly due to new mining contracts."
    )
    first, second = extract(text).claims
    assert first.attribution == "asserted" and first.quote.endswith("doubled")
    assert second.attribution == "reportedly" and second.quote.startswith("the rise")


def test_allegedly_and_claims(extract):
    res = extract(
        "The mayor allegedly took bribes from a builder. "
        "Opposition leader Karin Holt claims that the audit was rigged."
    )
    a, b = res.claims
    assert (a.attribution, a.cue, a.speaker) == ("alleged", "allegedly", None)
    assert (b.attribution, b.cue, b.speaker) == ("claimed", "claims", "Karin Holt")


def test_spokeswoman_for_org(extract):
    text = "A spokeswoman for the Ministry of Transport said the bridge was safe."
    (c,) = extract(text).claims
    assert c.speaker == "Ministry of Transport"
    assert "spokeswoman" in c.speaker_role


def test_relative_clause_is_stripped_from_speaker(extract):
    text = "Ruth Okafor, who chairs the port committee, told reporters that talks had collapsed."
    (c,) = extract(text).claims
    assert (c.attribution, c.cue, c.speaker) == ("said", "told", "Ruth Okafor")


def test_officials_unnamed_plural(extract):
    (c,) = extract("Local officials said the road would reopen on Friday.").claims
    assert c.attribution == "said" and c.speaker == "Local officials"
    assert c.speaker_kind == "unknown"


def test_estimated_adjective(extract):
    (c,) = extract("An estimated 5,000 people attended the rally in Portmere.").claims
    assert c.attribution == "estimated" and c.cue == "estimated" and c.speaker is None


def test_modal_certainty(extract):
    res = extract(
        "The new terminal may cost more than planned. "
        "The strike is likely to spread to the rail yards."
    )
    assert [c.certainty for c in res.claims] == ["possible", "probable"]


def test_said_in_a_statement_that(extract):
    text = (
        "The opposition Harvest Party said in a statement that the levy would hurt "
        "farmers, and it called for a vote."
    )
    first, second = extract(text).claims
    assert (first.attribution, first.speaker) == ("said", "Harvest Party")
    assert first.speaker_kind == "organization"
    assert second.attribution == "asserted" and second.quote.startswith("it called")


def test_age_apposition_is_not_a_role(extract):
    res = extract("Dara Quist, 61, said the mine would close. Quist said talks had failed.")
    a, b = res.claims
    assert a.speaker == b.speaker == "Dara Quist"
    assert a.speaker_role is None


def test_alleged_takes_source_from_according_to(extract):
    text = "Two clerks are alleged to have sold permits to builders, according to prosecutors."
    (c,) = extract(text).claims
    assert (c.attribution, c.cue, c.speaker) == ("alleged", "alleged", "prosecutors")


def test_closing_quote_stays_with_its_sentence(extract):
    text = '"We cannot pay," Ivo Marn said. "The budget is simply not there."\n\nNext year.'
    res = extract(text)
    second = next(c for c in res.claims if "budget" in c.quote)
    assert second.quote == '"The budget is simply not there."'
    assert (second.attribution, second.speaker, second.direct_quote) == ("said", "Ivo Marn", True)


def test_rejected_claims_without_earlier_claim_has_no_link(extract):
    res = extract(
        "Police said two men were held. The palace has rejected claims that "
        "the king ordered the raid."
    )
    den = next(c for c in res.claims if c.attribution == "denied")
    assert den.cue == "rejected" and den.speaker == "palace"
    assert res.links == []


def test_reject_a_bill_is_not_a_denial(extract):
    (c,) = extract("Parliament rejected the budget bill by 120 votes to 80.").claims
    assert c.attribution == "asserted"


def test_the_spokesman_resolves_to_named_spokesman(extract):
    res = extract(
        "“We lost the east wing,” said Lev Antal, a spokesman for the fire service. "
        "The spokesman said no one had been injured."
    )
    assert [c.speaker for c in res.claims] == ["Lev Antal", "Lev Antal"]
    assert "spokesman" in res.claims[0].speaker_role


def test_is_believed_to_is_unnamed_hearsay(extract):
    (c,) = extract("The council is believed to have postponed the inspection twice.").claims
    assert (c.attribution, c.cue, c.speaker) == ("reportedly", "believed", None)


def test_quoted_sentence_after_indirect_speech_keeps_speaker(extract):
    res = extract(
        "Olga Brin said the council ignored the warnings. “They knew about the wiring for years.”"
    )
    second = res.claims[1]
    assert (second.attribution, second.speaker, second.direct_quote) == ("said", "Olga Brin", True)


def test_colon_introduced_quote(extract):
    res = extract(
        "Union head Mara Vell said: “Most of these people had no insurance. "
        "They have lost everything.”"
    )
    assert [(c.attribution, c.speaker) for c in res.claims] == [
        ("said", "Mara Vell"),
        ("said", "Mara Vell"),
    ]


def test_according_to_data_from_names_the_publisher(extract):
    text = (
        "Unemployment fell to 4.1 percent in March, according to data from the Arlen "
        "Statistics Office."
    )
    (c,) = extract(text).claims
    assert (c.attribution, c.speaker) == ("according_to", "Arlen Statistics Office")


def test_unnamed_media_is_reportedly(extract):
    res = extract(
        "Local media reported that the mayor had resigned. "
        "According to media reports, the talks collapsed late on Friday."
    )
    assert [(c.attribution, c.speaker) for c in res.claims] == [
        ("reportedly", None),
        ("reportedly", None),
    ]


def test_claim_text_drops_the_frame(extract):
    res = extract(
        "Harbor Minister Elena Voss said that the port would reopen within two "
        "weeks. Fuel prices rose by 12 percent, according to the Kestrel Institute."
    )
    assert res.claims[0].claim_text == "the port would reopen within two weeks"
    assert res.claims[1].claim_text == "Fuel prices rose by 12 percent"


@pytest.mark.parametrize("verb", ["reported", "revealed"])
def test_an_as_clause_sources_the_sentence_and_keeps_its_as(extract, verb):
    text = f"As the Ledger {verb}, the council let the mayor use the party's voter file."
    (c,) = [c for c in extract(text).claims if c.cue == verb]
    assert (c.attribution, c.speaker) == ("said", "Ledger")
    assert c.quote == text


def test_showing_something_to_someone_is_no_report(extract):
    (c,) = extract("The mayor showed the crowd a chart of the harbor.").claims
    assert c.attribution == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Hale did not say the port was broke.",
        "Hale spoke for an hour, never saying the port was broke.",
    ],
)
def test_what_a_source_did_not_say_is_negated(extract, text):
    (c,) = [c for c in extract(text).claims if c.cue]
    assert (c.speaker, c.certainty) == ("Hale", "negated")


def test_a_quotation_continued_after_a_frame_and_a_participle_keeps_the_frames_cue(extract):
    text = (
        "“Hale cannot lead them by going for $12,” Jealous said, suggesting that a bolder"
        " platform could win. “We have a rival who runs to the left of Hale on trade.”"
    )
    last = extract(text).claims[-1]
    assert last.quote.startswith("“We have a rival")
    assert (last.cue, last.speaker) == ("said", "Jealous")


def test_a_colon_after_went_on_to_say_frames_the_quotation(extract):
    text = (
        "Mayor Sarah Johnson spoke for an hour on Tuesday. She went on to say: “None of them"
        " will come out and back Hale.”"
    )
    (c,) = [c for c in extract(text).claims if c.cue]
    assert (c.cue, c.speaker) == ("say", "Sarah Johnson")


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Hale may want to check his numbers.",  # the writer's advice, not Hale's wish
        "Ruiz has bristled at the idea that Hale could overcome her lead in pledged delegates.",
    ],
)
def test_idioms_that_look_like_attitudes_are_the_articles_own_voice(extract, text):
    assert [c.attribution for c in extract(text).claims] == ["asserted"]


def test_a_frame_left_over_after_a_quoted_question_is_no_claim(extract):
    text = (
        "Mayor Ruiz spoke for an hour. ''Mr. Khan made the ultimate sacrifice, didn't he?''"
        " Mrs. Ruiz said. ''And what has he heard from Hale? Nothing but insults.''"
    )
    quotes = [c.quote for c in extract(text).claims]
    assert not any(q.startswith("Mrs. Ruiz said") for q in quotes), quotes


def test_an_exclamation_told_to_a_crowd_is_the_speakers(extract):
    text = "“The port is broke!” Mayor Hale told the crowd."
    (c,) = extract(text).claims
    assert (c.attribution, c.speaker, c.quote) == ("said", "Hale", "“The port is broke!”")


@pytest.mark.parametrize(
    "text",
    [
        "The figures show that inflation fell to 4%.",
        "Inflation fell to 4%, Hale said.",
        "Hale said inflation fell to 4% and wages rose 2%.",
    ],
)
def test_a_claim_that_ends_on_a_percentage_keeps_its_percent_sign(extract, text):
    (c,) = extract(text).claims
    assert c.quote == text
    assert c.attribution != "asserted"


def test_what_an_anonymous_source_was_not_authorized_to_discuss_is_no_report(extract):
    text = (
        "The official, who spoke on condition of anonymity because he was not authorized"
        " to discuss the matter, said the talks had stalled."
    )
    claims = extract(text).claims
    assert [(c.cue, c.speaker) for c in claims] == [("said", "official")]


def test_a_no_10_spokesperson_keeps_the_no(extract):
    (c,) = extract("A No 10 spokesperson said the prime minister had full confidence.").claims
    assert c.speaker == "No 10 spokesperson"


def test_a_second_report_by_its_own_source_is_a_claim_of_its_own(extract):
    text = (
        "Traders said the market was nervous ahead of the report, and some predicted that"
        " prices would fall further."
    )
    claims = [(c.cue, c.speaker, c.quote) for c in extract(text).claims]
    assert claims == [
        ("said", "Traders", "Traders said the market was nervous ahead of the report"),
        ("predicted", "some", "some predicted that prices would fall further."),
    ]


def test_crimes_committed_by_someone_are_no_commitment(extract):
    text = "Most of the thefts were committed by people the owners knew."
    assert [c.attribution for c in extract(text).claims] == ["asserted"]
