"""A denial appended to the report it denies: '..., a charge ministers reject.'"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def _claims_and_links(extract, text):
    res = extract(text)
    return res.claims, {(link.from_index, link.to_index) for link in res.links}


@pytest.mark.parametrize(
    "text, reported, denial, speaker",
    [
        (
            "Labour accused the government of “abandoning” commuters, a charge ministers reject.",
            "Labour accused the government of “abandoning” commuters",
            "a charge ministers reject",
            "ministers",
        ),
        (
            "The union says the cuts will close six clinics, a claim the hospital denies.",
            "The union says the cuts will close six clinics",
            "a claim the hospital denies",
            "hospital",
        ),
        (  # the parser reads "disputes" as a noun here
            "Industry groups say the rule will cost $2 billion a year, a figure the agency"
            " disputes.",
            "Industry groups say the rule will cost $2 billion a year",
            "a figure the agency disputes",
            "agency",
        ),
    ],
)
def test_the_tail_denies_the_report_before_it(extract, text, reported, denial, speaker):
    claims, links = _claims_and_links(extract, text)
    quotes = [c.quote for c in claims]
    assert quotes == [reported, denial]
    assert claims[1].attribution == "denied" and claims[1].speaker == speaker
    assert claims[0].attribution != "asserted"  # the report keeps its own frame
    assert links == {(1, 0)}


def test_a_pronoun_in_the_tail_is_the_one_accused(extract):
    claims, links = _claims_and_links(
        extract, "Ruiz says Hale took a bribe, an allegation he denies."
    )
    assert [c.speaker for c in claims] == ["Ruiz", "Hale"]
    assert links == {(1, 0)}


def test_a_summary_noun_without_a_denial_is_no_tail(extract):
    claims, _ = _claims_and_links(
        extract, "The union says the cuts will close six clinics, a claim the hospital made too."
    )
    assert all(c.attribution != "denied" for c in claims)


def test_every_denial_verb_has_its_written_forms():
    """A verb added to the lexicon's DENY_VERBS needs its forms here too, or a tail whose
    verb the tagger reads as a noun is missed."""
    from factcheck.extract.lexicon import DENY_VERBS
    from factcheck.extract.rebuttals import DENY_FORMS

    assert DENY_VERBS <= DENY_FORMS
    assert {"denies", "denied", "disputes", "rejected"} <= DENY_FORMS
