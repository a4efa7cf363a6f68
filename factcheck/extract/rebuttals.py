"""A denial appended to the claim it denies: '..., a charge ministers reject.'

News copy often closes a report with a noun that sums it up and who rejects it: "Labour
accused the government of abandoning commuters, a charge ministers reject", "..., a claim
the hospital denies", "..., a figure the agency disputes". The small parser reads these
tails in many ways (the denial verb as the sentence's root, the speaker as a compound of
the summary noun, "disputes" as a noun), so they are found on the words themselves, and
the tail becomes a denial of the clause before it with its own speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extract.clauses import Segment
from factcheck.extract.cues import Cue
from factcheck.extract.lexicon import DENY_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns that stand for what was just reported.
SUMMARY_NOUNS = {
    "claim",
    "charge",
    "allegation",
    "accusation",
    "assertion",
    "contention",
    "characterization",
    "characterisation",
    "description",
    "account",
    "version",
    "suggestion",
    "figure",
    "estimate",
    "number",
    "finding",
    "conclusion",
    "view",
    "notion",
    "idea",
}
DETERMINERS = {"a", "an", "the", "one"}
RELATIVES = {"that", "which"}
# Words between the speaker and the verb: "a claim the ministry has repeatedly denied".
BETWEEN = {"has", "have", "had", "also", "strongly", "flatly", "vehemently", "repeatedly"}
SPEAKER_MAX = 6


@dataclass
class Rebuttal:
    """Tokens of a denial tail: [start, end) the tail, its verb, [speaker_start, speaker_end)."""

    comma: int
    start: int
    end: int
    verb: Token
    speaker_start: int
    speaker_end: int


def rebuttal_tail(doc: Doc, a: int, b: int) -> Rebuttal | None:
    """The denial closing sentence [a, b), if it has one."""
    end = b
    while end > a and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1  # the sentence's stop and closing marks are no part of the tail
    if end - a < 6 or not (doc[end - 1].lemma_.lower() in DENY_VERBS or _deny_form(doc[end - 1])):
        return None
    verb = doc[end - 1]
    k = verb.i - 1
    while k > a and doc[k].lower_ in BETWEEN:
        k -= 1
    speaker_end = k + 1
    for comma in range(k - 1, max(a, verb.i - SPEAKER_MAX - 5), -1):
        if doc[comma].text not in (",", "—", "–"):
            continue
        i = comma + 1
        if doc[i].lower_ in DETERMINERS:
            i += 1
        if i >= speaker_end or doc[i].lemma_.lower() not in SUMMARY_NOUNS:
            return None
        i += 1
        if i < speaker_end and doc[i].lower_ in RELATIVES:
            i += 1
        speaker = doc[i:speaker_end]
        if not 0 < len(speaker) <= SPEAKER_MAX or any(_not_a_name_word(t) for t in speaker):
            return None
        return Rebuttal(comma, comma + 1, end, verb, i, speaker_end)
    return None


def _deny_form(tok: Token) -> bool:
    """'disputes' tagged a noun: the surface forms of the denial verbs."""
    return tok.lower_ in DENY_FORMS


def _not_a_name_word(tok: Token) -> bool:
    return tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ")


# The denial verbs (lexicon DENY_VERBS) as they are written, for when the tagger calls the
# word a noun ("a figure the agency disputes").
DENY_FORMS = {
    *("deny", "denies", "denied"),
    *("reject", "rejects", "rejected"),
    *("dismiss", "dismisses", "dismissed"),
    *("refute", "refutes", "refuted"),
    *("rebut", "rebuts", "rebutted"),
    *("disavow", "disavows", "disavowed"),
    *("dispute", "disputes", "disputed"),
    *("contest", "contests", "contested"),
}


def rebuttal_segment(tail: Rebuttal, parent: int) -> Segment:
    verb = tail.verb
    cue = Cue("denied", [verb], verb, 0, "none")
    allowed = set(range(tail.start, tail.end))
    speaker = (tail.speaker_start, tail.speaker_end)
    return Segment(tail.start, tail.end, verb, allowed, "paren", parent, cue, speaker)
