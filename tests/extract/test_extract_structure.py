"""Non-claims (captions, credits, questions, bylines, promos), quotations across
paragraphs, pronouns, surname aliases and cited works, on articles written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.spacy

ARTICLE = """Ferry fares to rise as fuel costs bite

By Jonah Pell

Passengers queue at the Gullhaven ferry terminal. Photo: Jonah Pell / Island Post
Stormy weather delays crossings | Island Post

The Gullhaven ferry company will raise fares by 9 percent in June, its board said on Monday.

Will islanders accept the increase? Many already pay more than mainland commuters.

“We held prices for three years,” said Ines Carvalho, the company’s finance director. \
“Fuel now costs twice what it did.

“Without a rise we would have to cut the winter timetable.”

Carvalho said the company had cut its own salaries first. \
She added that the board would review fares again in December.

Sign up for our Island Post morning newsletter.

Follow Jonah Pell on Twitter at @jpell_news

Jonah Pell is a reporter at the Island Post. He covers transport and the coast.
"""


@pytest.fixture(scope="module")
def article(extractor):
    res = extractor.extract(ARTICLE, name="ferry.txt")
    for c in res.claims:
        assert ARTICLE[c.start : c.end] == c.quote
    return res


def test_captions_credits_headline_byline_are_skipped(article):
    quotes = " ".join(c.quote for c in article.claims)
    for gone in (
        "Photo:",
        "Passengers queue",
        "Stormy weather",
        "By Jonah",
        "Ferry fares to",
        "Sign up",
        "Follow Jonah",
        "is a reporter",
        "He covers",
    ):
        assert gone not in quotes


def test_question_is_not_a_claim(article):
    assert not any("?" in c.quote for c in article.claims)
    assert any(c.quote.startswith("Many already pay") for c in article.claims)


def test_quotation_across_paragraphs_keeps_its_speaker(article, claim_with):
    for frag in ("We held prices", "Fuel now costs twice", "Without a rise"):
        c = claim_with(article, frag)
        assert c.attribution == "said" and c.speaker == "Ines Carvalho", frag
        assert c.direct_quote is True
    first = claim_with(article, "We held prices")
    assert first.quote.endswith("said Ines Carvalho")
    assert first.speaker_role and "finance director" in first.speaker_role


def test_surname_and_pronoun_resolve_to_full_name(article, claim_with):
    assert claim_with(article, "Carvalho said the company").speaker == "Ines Carvalho"
    added = claim_with(article, "She added")
    assert (added.attribution, added.cue, added.speaker) == ("said", "added", "Ines Carvalho")
    src = next(s for s in article.sources if s.name == "Ines Carvalho")
    assert "Carvalho" in src.aliases and src.kind == "person"


def test_inverted_org_speaker(article, claim_with):
    c = claim_with(article, "raise fares by 9 percent")
    assert c.attribution == "said" and c.claim_type == "quantity"
    assert c.checkworthiness >= 0.6


def test_author_bio_kept_when_author_unknown(extractor):
    text = "Mira Solberg is a journalist based in Tromvik. She writes about fisheries."
    res = extractor.extract(text, name="bio.txt")
    assert res.claims  # not the article's byline author: treat as ordinary prose
    res = extractor.extract(text, name="bio.txt", meta={"author": "Mira Solberg"})
    assert not res.claims


SUMMARY = (
    "A report by Anders Kvist published on the Nordlys Policy Forum’s website argues that "
    "the northern rail link is overdue. The author notes that freight volumes doubled "
    "between 2015 and 2023.\n\n"
    "Costs have risen sharply, according to the report. The study also says that the "
    "tunnel could open by 2031."
)


def test_citation_and_the_author(extractor, claim_with):
    res = extractor.extract(SUMMARY, name="summary.txt")
    (cit,) = res.citations
    assert cit.author == "Anders Kvist"
    assert cit.publisher == "Nordlys Policy Forum"
    assert SUMMARY[cit.start : cit.end] == cit.cue_quote
    for frag, attr in (
        ("A report by", "claimed"),
        ("The author notes", "said"),
        ("Costs have risen", "according_to"),
        ("The study also", "said"),
    ):
        c = claim_with(res, frag)
        assert (c.attribution, c.speaker) == (attr, "Anders Kvist"), frag


WORDS = st.sampled_from(
    [
        "The mayor said",
        "“We will stay,” she said.",
        "Prices rose 5 percent.",
        "(though",
        "reportedly",
        "denies this)",
        "\n\n",
        "\n",
        "Photo: X / Y",
        "according to the union,",
        "Why?",
        " ",
        ";",
        "it is estimated that",
        "Kira Lund told reporters",
        "”",
        "“",
        '"',
        "the port",
        "closed",
        ".",
        ",",
        "and",
        "Image:",
        "–",
    ]
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=30))
def test_anchoring_invariant_on_arbitrary_text(extractor, parts):
    text = " ".join(parts)
    res = extractor.extract(text, name="fuzz.txt")
    for c in res.claims:
        assert text[c.start : c.end] == c.quote
        assert 0 <= c.sentence_start <= c.start < c.end <= c.sentence_end <= len(text)
    for lk in res.links:
        assert 0 <= lk.from_index < len(res.claims) and 0 <= lk.to_index < len(res.claims)


def test_a_denial_whose_clause_makes_no_claim_links_to_nothing(extractor):
    # found by the property above: a parenthetical denial after a clause that yields no claim
    text = (
        '" Prices rose 5 percent. \n\n (though denies this) the port The mayor said Why? '
        "reportedly “"
    )
    res = extractor.extract(text, name="fuzz.txt")
    for lk in res.links:
        assert 0 <= lk.from_index < len(res.claims) and 0 <= lk.to_index < len(res.claims)
        assert lk.from_index != lk.to_index


def test_promos_credits_and_quoted_questions(extractor):
    text = (
        "For more than a decade, the harbor has lost money.\n\n"
        "“Why would we stop now?” she asked.\n\n"
        "Downloads of the ferry app rose 40 percent in May.\n\n"
        "- The city will spend 3 million on new berths next year\n\n"
        "The Coast Wire contributed to this report.\n\n"
        "Additional reporting by Sam Lee\n\n"
        "Read more: Ferry fares to rise\n\n"
        "Contact the newsroom at news@coastledger.example.\n"
    )
    res = extractor.extract(text, name="promo.txt")
    assert [c.quote for c in res.claims] == [
        "For more than a decade, the harbor has lost money.",
        "Downloads of the ferry app rose 40 percent in May.",
        "The city will spend 3 million on new berths next year",
    ]


def test_crlf_text_keeps_offsets(extractor):
    text = (
        "Port fees rose 5 percent.\r\n\r\nPhoto: Jo Lin / Coast Wire\r\n\r\nShips waited for hours."
    )
    res = extractor.extract(text, name="crlf.txt")
    assert [c.quote for c in res.claims] == ["Port fees rose 5 percent.", "Ships waited for hours."]


def test_title_line_from_meta_is_skipped(extractor):
    text = "Port of Arlen reopens after the storm.\n\nThe port of Arlen reopened on Monday."
    res = extractor.extract(
        text, name="t.txt", meta={"title": "Port of Arlen reopens after the storm"}
    )
    assert [c.quote for c in res.claims] == ["The port of Arlen reopened on Monday."]


def test_punctuated_caption_above_a_bare_credit_line(extractor):
    text = (
        "Firefighters inspect the burned stalls on Sunday.\n"
        "Photo: Ana Lis / Coast Wire\n\n"
        "The fire destroyed more than 200 stalls overnight."
    )
    res = extractor.extract(text, name="cap.txt")
    assert [c.quote for c in res.claims] == ["The fire destroyed more than 200 stalls overnight."]
