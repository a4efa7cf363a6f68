"""Unicode forms and odd names: NFC and NFD are the same text, a name needs a letter."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.anchoring import find_occurrences, locate_quote
from factcheck.errors import BadInput
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.source_book import SourceBook
from factcheck.services.sources import add_alias, get_or_create_source


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


TEXT = "Café owners in Zürich said the naïve résumé of the crisis was wrong."


@pytest.mark.parametrize(
    ("stored", "typed"), [(nfd, nfc), (nfc, nfd)], ids=["nfd-text", "nfc-text"]
)
def test_a_quote_is_found_in_either_form_with_offsets_into_the_stored_text(session, stored, typed):
    text = stored(TEXT)
    article, _ = store_article(session, ArticleInput(text=text, filename="cafe.txt"))
    claim = add_claim(
        session,
        article_id=article.id,
        data=NewClaim(typed("naïve résumé of the crisis"), cue=typed("said")),
        actor="t",
    )
    assert text[claim.start : claim.end] == claim.quote  # the stored characters
    assert nfc(claim.quote) == "naïve résumé of the crisis"
    assert claim.prefix == text[max(0, claim.start - 32) : claim.start]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ae éèñüøÅ\u0301\u0308 .xyzQ", min_size=1, max_size=40),
    st.data(),
)
def test_any_substring_typed_in_nfc_is_found_in_nfd_text(text, data):
    stored = nfd(text)
    composed = nfc(text)
    if not composed.strip():
        return
    start = data.draw(st.integers(0, len(composed) - 1))
    end = data.draw(st.integers(start + 1, len(composed)))
    quote = composed[start:end]
    if not quote.strip():
        return
    spans = find_occurrences(stored, quote)
    assert spans, (stored, quote)
    for s, e in spans:
        assert 0 <= s < e <= len(stored)
        # the stored span, composed, holds the quote (whitespace runs match any run)
        assert " ".join(quote.split()) in " ".join(nfc(stored[s:e]).split())


def test_a_missing_quote_is_still_refused():
    with pytest.raises(BadInput, match="not found"):
        locate_quote(nfd(TEXT), "Café owners in Geneva")


def test_one_source_whatever_the_unicode_form_or_invisible_joiners(session):
    first = get_or_create_source(session, nfc("Café owners"))
    assert get_or_create_source(session, nfd("Café owners")).id == first.id
    assert get_or_create_source(session, "Café\u200d owners").id == first.id
    assert get_or_create_source(session, "  CAFÉ   OWNERS ").id == first.id
    assert first.name == nfc("Café owners")


@pytest.mark.parametrize("name", ["\u200d", "😀", "🇫🇷", "123", "—", "\u0301", "%_"])
def test_a_speaker_without_a_letter_is_refused(session, name):
    with pytest.raises(BadInput, match="needs a letter"):
        get_or_create_source(session, name)
    assert SourceBook(session, [name]).source(name) is None  # what ingest does with it
    get_or_create_source(session, "Harbour Council")
    with pytest.raises(BadInput, match=r"needs a letter|is empty"):
        add_alias(session, source_ref="Harbour Council", alias=name)


def test_names_in_any_script_are_names(session):
    for name in ("Дума", "中华人民共和国外交部", "وزارة الخارجية", "ה׳ כהן"):
        assert get_or_create_source(session, name).name == name


@pytest.mark.parametrize(
    ("stored", "typed"), [(nfd, nfc), (nfc, nfd)], ids=["nfd-text", "nfc-text"]
)
def test_quote_search_finds_either_form(session, stored, typed):
    from factcheck.services.claims import ClaimFilters, list_claims

    article, _ = store_article(session, ArticleInput(text=stored(TEXT), filename="cafe.txt"))
    add_claim(session, article_id=article.id, data=NewClaim(typed("naïve résumé")), actor="t")
    session.flush()
    found = list_claims(session, ClaimFilters(search=typed("résumé")))
    assert len(found) == 1
    assert list_claims(session, ClaimFilters(search="résumé of the crisis")) == []
