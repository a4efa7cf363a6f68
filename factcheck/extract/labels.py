"""Speaker labels: 'SANDERS: We will win.', 'Kerry: "By law, ..."', 'Caddell: Voters Worried'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extract.cues import Cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


MAX_LABEL_WORDS = 5
# Words that open a label-like line without naming a speaker ("Update: ...", "Note: ...")
NOT_SPEAKERS = {
    "update",
    "note",
    "editor",
    "correction",
    "related",
    "photo",
    "image",
    "watch",
    "read",
    "video",
    "source",
    "sources",
    "credit",
    "question",
    "answer",
    "q",
    "a",
    "warning",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "live",
    "summary",
    "background",
    "context",
    "fact",
    "check",
    "transcript",
    "full",
    "here",
    "why",
    "what",
    "how",
    "who",
    "when",
    "where",
    "the",
    "this",
    "that",
    "it",
    "there",
    "but",
    "and",
    "so",
    "now",
    "first",
    "second",
    "third",
    "finally",
    "also",
    "for",
    "in",
    "on",
    "at",
    "by",
    "to",
}


def speaker_label(doc: Doc, a: int, b: int) -> tuple[Cue, int] | None:
    """A unit [a, b) that opens with a speaker's name and a colon: the cue (the colon, with
    the name as its source) and the first token of what the speaker says."""
    colon = next((t for t in doc[a : min(b, a + MAX_LABEL_WORDS + 2)] if t.text == ":"), None)
    if colon is None or colon.i == a or colon.i + 1 >= b:
        return None
    name = [t for t in doc[a : colon.i] if not t.is_space]
    while name and name[0].is_quote:  # '"MORALES: Minister, ...' in a quoted transcript
        name = name[1:]
    if not name or len(name) > MAX_LABEL_WORDS or not _is_name(doc, name):
        return None
    rest = [t for t in doc[colon.i + 1 : b] if not (t.is_space or t.is_punct)]
    if len(rest) < 3:
        return None
    head = max(name, key=lambda t: sum(1 for x in t.subtree if x.i < colon.i))
    if head.i >= colon.i or any(x.i >= colon.i for x in head.subtree):
        head = name[-1]
    start = colon.i + 1
    while start < b and doc[start].is_space:
        start += 1
    return Cue("said", [colon], head, 0, "label"), start


def _is_name(doc: Doc, tokens: list[Token]) -> bool:
    """Capitalised words naming someone: 'SANDERS', 'Sen. Lindsey Graham', 'Kerry'; a
    headline's 'Hale: Voters Will ...' too when the article names Hale elsewhere (the
    tagger often reads a lone capitalised word before a colon as a noun or adjective)."""
    words = [t for t in tokens if not t.is_punct]
    if not words or words[0].lower_ in NOT_SPEAKERS or words[0].pos_ == "ADP":
        return False  # 'Of Carson: “...”' is about Carson, not by him
    if any(t.like_num or t.pos_ == "VERB" for t in words):
        return False
    capitalised = all(
        t.text[:1].isupper() or t.lower_ in ("of", "de", "van", "von", "al") for t in words
    )
    named = any(
        t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.pos_ == "PROPN" or t.text.isupper()
        for t in words
    )
    return capitalised and (named or _named_elsewhere(doc, words))


def _named_elsewhere(doc: Doc, words: list[Token]) -> bool:
    surname = words[-1].text
    return any(
        ent.label_ in ("PERSON", "ORG") and ent[-1].text == surname and ent.start != words[-1].i
        for ent in doc.ents
    )
