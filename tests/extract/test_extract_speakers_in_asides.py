"""Who speaks when the parse hides the subject: asides, inversions, loose coordination.

Each construction was found in misses on an annotated news corpus (PolNeAR's train split);
the sentences here are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def _speaker_of(extract, text, cue):
    res = extract(text)
    (claim,) = [c for c in res.claims if c.cue == cue]
    mention = (
        text[claim.speaker_start : claim.speaker_end] if claim.speaker_start is not None else None
    )
    return claim.speaker, mention


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        (
            "Mr. Ferris, whose newest firm, Datawell, sells software to hospitals, said Mr. Lang"
            " had never paid him.",
            "said",
            "Ferris",
        ),
        (
            "Ms. Tully, meanwhile, who has no such endorsements, said that fact shows how weak"
            " the field is.",
            "said",
            "Tully",
        ),
        ("Olsen paused, then revealed why the report had moved her so much.", "revealed", "Olsen"),
        (
            "Mr. Gage, after first saying he would not run ads in the state, changed course.",
            "saying",
            "Gage",
        ),
    ],
)
def test_the_subject_before_an_aside_speaks(extract, text, cue, speaker):
    assert _speaker_of(extract, text, cue)[0] == speaker


def test_an_inverted_frame_names_who_follows_the_verb(extract):
    text = (
        "Any honest reading of the minister's actions, said Paula Brandt, an expert on trade"
        " at the Lisbon Institute, would find them reckless."
    )
    speaker, mention = _speaker_of(extract, text, "said")
    assert speaker == "Paula Brandt"
    assert mention.startswith("Paula Brandt")


def test_who_is_told_is_not_who_speaks(extract):
    text = (
        '"Yes, I back Ms. Ruiz," Tom Hadley III, founder of the Civic Watch Center,'
        " tells the Gazette."
    )
    assert _speaker_of(extract, text, "tells")[0] == "Tom Hadley III"
    text = '"I am telling you, this party is united," Senator Joan Pell, a close adviser, told AFP.'
    assert _speaker_of(extract, text, "told")[0] == "Joan Pell"


def test_a_party_and_state_tag_keeps_its_closing_bracket(extract):
    text = "Sen. Ann Hale (D-Ohio) said the plan would fail."
    assert _speaker_of(extract, text, "said") == ("Ann Hale", "Sen. Ann Hale (D-Ohio)")
