"""Sentence units of an article and the ones that hold no claim (questions, captions, credits)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import CUE_LEMMAS, SCENE_PREPS, SPEECH_LEMMAS, STATIVE_VERBS
from factcheck.extract.text_units import CREDIT, PROMO, PROMO_ANY, SOCIAL, Layout

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUESTION_END = re.compile(r"\?[\"”’'\)\]]*\s*$")
# '“Why would we stop?” she asked.': a question with its frame
QUOTED_QUESTION = re.compile(r"\?[\"”’]\s*,?\s*(?:[\w’'.-]+\s+){0,5}[\w’'.-]+\.?\s*$")
CLOSING_MARKS = {'"', "”", "’", ")", "]", "''"}


def sentence_units(doc: Doc) -> Iterator[tuple[int, int]]:
    """Sentences, cut again at line breaks, without surrounding whitespace tokens; a closing
    quotation mark the parser left at the start of the next sentence goes back to its own."""
    starts = set()
    for sent in doc.sents:
        starts.add(sent.start)
        for i in range(sent.start, sent.end):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                starts.add(i + 1)
    n = len(doc)
    fixed = []
    for k in sorted(starts):
        while (
            0 < k < n
            and doc[k].text in CLOSING_MARKS
            and not doc[k - 1].whitespace_
            and (doc[k].whitespace_ or k + 1 == n or doc[k + 1].is_punct or doc[k + 1].is_space)
        ):
            k += 1
        fixed.append(k)
    bounds = sorted(set(fixed) | {n})
    # "HALVORSEN: We will ..." parsed as two sentences: a colon that does not end its line
    # keeps the label with what follows
    bounds = [
        k
        for k in bounds
        if not (0 < k < n and doc[k - 1].text == ":" and "\n" not in doc[k - 1].whitespace_)
    ]
    for a, b in pairwise(bounds):
        yield from _strip_space(doc, a, b)


def _strip_space(doc: Doc, a: int, b: int) -> Iterator[tuple[int, int]]:
    while a < b and doc[a].is_space:
        a += 1
    while b > a and doc[b - 1].is_space:
        b -= 1
    if b > a:
        yield a, b


def not_a_claim(doc: Doc, a: int, b: int) -> bool:
    """Questions, credits, promos, fragments without a verb."""
    span = doc[a:b]
    text = span.text
    if (QUESTION_END.search(text) or QUOTED_QUESTION.search(text)) and not _reports_a_question(
        text
    ):
        return True
    if CREDIT.match(text) or PROMO.match(text) or PROMO_ANY.search(text) or SOCIAL.search(text):
        return True
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 2 or (len(words) == 2 and not _short_sentence(words)):
        return True  # "Nobody came." is a sentence; "Photo credit", "she asked." are not
    return not any(t.pos_ in ("VERB", "AUX") for t in span)


QUOTE_OPENERS = ("“", '"', "''", "``", "‘")


def _reports_a_question(text: str) -> bool:
    """'She said she sent 50 men the same text: “Do you feel the bern?”': a statement that
    ends on a quoted question; not '“Why now?” she asked' or 'Graham said, “How ...?”'."""
    opened = max(text.rfind(mark, 0, len(text) - 2) for mark in QUOTE_OPENERS)
    if opened <= 0:
        return False
    before = text[:opened].rstrip()
    words = re.findall(r"[A-Za-z’']+", before)
    return len(words) >= 8 and (before.endswith(":") or " that " in before)


def lone_caption(doc: Doc, a: int, b: int, layout: Layout) -> bool:
    """A photo caption without its credit line: a short paragraph of its own, between body
    paragraphs, that describes a scene in the present simple ('Sailors stand on the deck
    during a port visit'); news prose tells events in the past and states facts with
    stative verbs ('The firm employs 2,100 people')."""
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    p = layout.para_of(start)
    starts = layout.para_starts
    if p < 2 or p + 1 >= len(starts) or starts[p] != start:
        return False
    if layout.text[end : starts[p + 1]].strip() or layout.quoted_chars(start, end):
        return False
    words = [t for t in doc[a:b] if not (t.is_punct or t.is_space)]
    root = next((t for t in doc[a:b] if t.dep_ == "ROOT"), None)
    if len(words) > 25 or root is None or root.tag_ not in ("VBZ", "VBP"):
        return False
    if root.lemma_.lower() in STATIVE_VERBS | CUE_LEMMAS or any(
        c.dep_ in ("aux", "neg", "ccomp", "mark") for c in root.children
    ):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # a bare or indefinite common noun ("Sailors", "A man"); "the company" or "she"
    # continues the story
    if subj is None or subj.pos_ != "NOUN":
        return False
    dets = [c.lower_ for c in subj.children if c.dep_ in ("det", "poss")]
    if not (dets in (["a"], ["an"]) or (not dets and subj.tag_ == "NNS")):
        return False
    return any(t.dep_ == "prep" and t.lower_ in SCENE_PREPS for t in root.subtree)


def finite_clause(doc: Doc, a: int, b: int) -> bool:
    """A sentence that only lacks its full stop: a finite verb with its own subject."""
    for t in doc[a:b]:
        if (
            t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.tag_ in ("VBD", "VBZ", "VBP", "MD")
        ) or (
            t.dep_ in ("nsubj", "nsubjpass")
            and any(
                c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                for c in t.head.children
                if c.dep_ in ("aux", "auxpass")
            )
        ):
            return True
    return False


def _short_sentence(words: list[Token]) -> bool:
    return (
        words[0].text[:1].isupper()
        and any(t.dep_ == "nsubj" for t in words)
        and not any(t.lemma_ in SPEECH_LEMMAS for t in words)
    )
