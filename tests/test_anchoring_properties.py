"""Property-based tests of quote anchoring: found offsets are exact, every occurrence counts."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from factcheck.anchoring import (
    CONTEXT_CHARS,
    find_occurrences,
    locate_quote,
    sentence_bounds,
)
from factcheck.errors import BadInput

SINGLE_QUOTES = "'‘’‛′`"
DOUBLE_QUOTES = '"“”„‟″«»'
DASHES = "-‐‑‒–—―"
CLASSES = [SINGLE_QUOTES, DOUBLE_QUOTES, DASHES]
CLASS_OF = {ch: members for members in CLASSES for ch in members}
WHITESPACE = [" ", "  ", "\n", "\n\n", "\t", "\r\n", "\xa0", "\u2009", " \n "]
ABSENT = "§"  # never generated in texts: a quote containing it cannot be in the text

# Newsroom text: ASCII words, accents, Cyrillic, CJK, astral code points (emoji, math
# letters), every quote mark and dash, and whitespace of many kinds.
LETTERS = "abcdefghij ABC 0123 .,;:!? éßøñ ДжЯ 中文 😀𝔘🇫🇷"
ALPHABET = sorted(set(LETTERS + SINGLE_QUOTES + DOUBLE_QUOTES + DASHES + " \n\t\xa0\u2009"))
texts = st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=200)
small_texts = st.text(alphabet=st.sampled_from("ab ’'-—\n"), min_size=1, max_size=40)

# FACTCHECK_HYPOTHESIS_EXAMPLES=5000 for a long hunt; the default keeps the suite fast.
PROPERTY_SETTINGS = settings(
    max_examples=int(os.environ.get("FACTCHECK_HYPOTHESIS_EXAMPLES", "150")), deadline=None
)


def canonical(ch: str) -> str:
    """The equivalence class a character belongs to, for the independent reference matcher."""
    return CLASS_OF.get(ch, ch)


def reference_occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every span of text equal to the quote up to whitespace runs and quote-mark/dash variants,
    found by brute force, without regular expressions."""
    tokens = [t for t in re.split(r"(\s+)", quote.strip()) if t]
    spans = []
    for start in range(len(text)):
        end = _match_at(text, start, tokens)
        if end is not None:
            spans.append((start, end))
    return spans


def _match_at(text: str, i: int, tokens: list[str]) -> int | None:
    for token in tokens:
        if token.isspace():
            if i >= len(text) or not text[i].isspace():
                return None
            while i < len(text) and text[i].isspace():
                i += 1
            continue
        for ch in token:
            if i >= len(text) or canonical(text[i]) != canonical(ch):
                return None
            i += 1
    return i


@st.composite
def text_and_passage(draw, text_strategy=texts):
    """A text and a passage of it: a substring with no whitespace at either end."""
    text = draw(text_strategy)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    assume(start < end)
    return text, start, end


@st.composite
def perturbed(draw, passage: str) -> str:
    """The passage as a person might paste it: other whitespace, other quote marks and
    dashes, stray whitespace around it."""
    out = []
    for token in re.split(r"(\s+)", passage):
        if not token:
            continue
        if token.isspace():
            out.append(draw(st.sampled_from(WHITESPACE)))
            continue
        for ch in token:
            out.append(draw(st.sampled_from(CLASS_OF[ch])) if ch in CLASS_OF else ch)
    lead = draw(st.sampled_from(["", " ", "\n", "\t "]))
    trail = draw(st.sampled_from(["", " ", "\n", " \r\n"]))
    return lead + "".join(out) + trail


@PROPERTY_SETTINGS
@given(data=st.data(), case=text_and_passage())
@example(data=None, case=("aaa", 1, 3))  # overlaps the occurrence at 0
@example(data=None, case=("ha ha ha", 3, 8))
def test_a_perturbed_passage_is_found_at_its_exact_offsets(data, case):
    text, start, end = case
    quote = text[start:end] if data is None else data.draw(perturbed(text[start:end]))
    spans = find_occurrences(text, quote)
    assert (start, end) in spans

    anchor = locate_quote(text, quote, spans.index((start, end)) + 1)
    assert (anchor.start, anchor.end) == (start, end)
    assert anchor.quote == text[start:end]
    assert anchor.prefix == text[max(0, start - CONTEXT_CHARS) : start]
    assert anchor.suffix == text[end : end + CONTEXT_CHARS]
    assert len(anchor.prefix) == min(start, CONTEXT_CHARS)
    assert len(anchor.suffix) == min(len(text) - end, CONTEXT_CHARS)


@PROPERTY_SETTINGS
@given(data=st.data(), case=text_and_passage(small_texts))
def test_every_occurrence_is_found_and_nothing_else(data, case):
    """Small alphabets make repeats (and overlapping repeats) common."""
    text, start, end = case
    quote = data.draw(perturbed(text[start:end]))
    expected = reference_occurrences(text, quote)
    assert find_occurrences(text, quote) == expected
    for start_, end_ in expected:
        # Each span really is the passage: same characters up to the allowed variants.
        assert _match_at(text, start_, [t for t in re.split(r"(\s+)", quote.strip()) if t])
        assert end_ > start_


@PROPERTY_SETTINGS
@given(
    passage=small_texts.map(str.strip).filter(bool),
    fillers=st.lists(st.text(alphabet=st.sampled_from("ab \n"), max_size=5), min_size=3),
)
def test_a_repeated_quote_needs_an_occurrence_number(passage, fillers):
    text = passage.join(fillers)
    quote = passage
    count = len(find_occurrences(text, quote))
    assert count >= len(fillers) - 1
    with pytest.raises(BadInput, match=f"occurs {count} times"):
        locate_quote(text, quote)
    with pytest.raises(BadInput, match="occurrence"):
        locate_quote(text, quote, count + 1)
    spans = [(a.start, a.end) for a in (locate_quote(text, quote, n) for n in range(1, count + 1))]
    assert spans == find_occurrences(text, quote)


@PROPERTY_SETTINGS
@given(data=st.data(), case=text_and_passage())
def test_a_quote_that_is_not_in_the_text_is_refused_in_one_line(data, case):
    text, start, end = case
    passage = text[start:end]
    cut = data.draw(st.integers(0, len(passage)))
    quote = passage[:cut] + ABSENT + passage[cut:]
    assert find_occurrences(text, quote) == []
    with pytest.raises(BadInput, match="not found") as refused:
        locate_quote(text, quote)
    assert "\n" not in str(refused.value)


@given(text=texts, blank=st.sampled_from(["", " ", "\n\t", "\xa0 "]))
def test_an_empty_quote_is_refused(text, blank):
    assert find_occurrences(text, blank) == []
    with pytest.raises(BadInput, match="empty"):
        locate_quote(text, blank)


@PROPERTY_SETTINGS
@given(case=text_and_passage())
def test_the_sentence_around_a_passage_contains_it(case):
    text, start, end = case
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    assert 0 <= sentence_start <= start
    assert end <= sentence_end <= len(text)
