"""A frame ending in a colon introduces the quotation of the next paragraph (fictional text)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def test_said_colon_gives_the_next_paragraphs_quotation_its_speaker(extract, claim_with):
    res = extract(
        "The ferry service resumed on Friday after a week of storms.\n\n"
        "In a statement, the operator Blue Sound Ferries said:\n\n"
        "“We regret the disruption. Every passenger will be refunded in full.”\n\n"
        "The harbour master said the channel was safe again."
    )
    assert not any(c.quote.startswith("In a statement") for c in res.claims)
    for words in ("regret the disruption", "refunded in full"):
        claim = claim_with(res, words)
        assert (claim.attribution, claim.speaker, claim.direct_quote) == (
            "said",
            "Blue Sound Ferries",
            True,
        )
    assert claim_with(res, "channel was safe").attribution == "said"


def test_a_colon_after_a_list_frame_is_left_alone_but_a_speech_frame_speaks(extract, claim_with):
    res = extract(
        "The council listed three reasons for the closure:\n\n"
        "Costs rose by 40 percent in two years.\n\n"
        "Mayor Ida Brandt said:\n\n"
        "The budget will be published next week. It will show the cuts.\n\n"
        "The council meets again in May."
    )
    assert claim_with(res, "Costs rose").attribution == "asserted"
    assert claim_with(res, "listed three reasons").attribution == "asserted"
    # a block quotation that lost its marks: every sentence of the paragraph is hers
    for fragment in ("budget will be published", "show the cuts"):
        claim = claim_with(res, fragment)
        assert (claim.attribution, claim.speaker) == ("said", "Ida Brandt")
    assert claim_with(res, "meets again in May").attribution == "asserted"


def test_speaker_labels_attribute_the_line(extract, claim_with):
    res = extract(
        "The debate opened with the economy.\n\n"
        "MODERATOR: Senator, what is your plan?\n\n"
        "HALVORSEN: We will raise the minimum wage to fifteen dollars.\n\n"
        "Update: The vote was delayed until Friday."
    )
    claim = claim_with(res, "raise the minimum wage")
    assert (claim.attribution, claim.speaker, claim.cue) == ("said", "HALVORSEN", ":")
    assert claim.quote.startswith("We will")  # the label is the frame, not the content
    assert claim_with(res, "vote was delayed").attribution == "asserted"


def test_an_organisation_keeps_its_possessor_and_a_leading_quotation_is_direct(extract, claim_with):
    res = extract(
        "“They walked out,” Northland's trade minister, Erik Sand, told reporters.\n\n"
        "Calvia's foreign ministry said in a statement that the talks had failed."
    )
    walked = claim_with(res, "walked out")
    assert (walked.speaker, walked.direct_quote) == ("Erik Sand", True)
    assert claim_with(res, "talks had failed").speaker == "Calvia's foreign ministry"


@pytest.mark.parametrize(
    "frame",
    [
        "Mayor Diaz spoke at length about the budget. She went on to say:",
        "Mayor Diaz spoke at length about the budget. She had this to say:",
    ],
)
def test_a_frame_reached_through_an_infinitive_gives_the_quotation_its_speaker(
    extract, claim_with, frame
):
    res = extract(
        f"{frame}\n\n“Nobody on this council wants higher rates, and we will not raise them.”"
    )
    claim = claim_with(res, "Nobody on this council")
    assert (claim.attribution, claim.speaker) == ("said", "Diaz")
    assert not any(c.quote.rstrip(":").endswith("say") for c in res.claims)


def test_a_negated_verb_after_a_quotation_frames_nothing(extract, claim_with):
    res = extract(
        "The Harbor Gazette printed the letter on Monday.\n\n"
        "“The barges left the port two days before the inspection.”\n\n"
        "Officials did not respond."
    )
    assert claim_with(res, "barges left the port").speaker != "Officials"


def test_a_speaker_label_inside_quotation_marks_names_the_speaker(extract, claim_with):
    text = (
        "Partial transcript as follows:\n\n"
        "“MORALES: Minister, on the night of the flood, you sent a message to your staff.”"
    )
    claim = claim_with(extract(text), "on the night of the flood")
    assert (claim.attribution, claim.speaker, claim.cue) == ("said", "MORALES", ":")


def test_a_headline_label_names_someone_the_article_names(extract, claim_with):
    text = (
        "Hale: Voters Will Reject the Dam Plan\n\n"
        "Governor Ann Hale spoke on Monday in the capital about the dam."
    )
    claim = claim_with(extract(text), "Voters Will Reject")
    assert (claim.attribution, claim.speaker, claim.cue) == ("said", "Hale", ":")
