"""Interview Q&A: answers under an interviewer's question belong to the interviewee."""

from __future__ import annotations

import re
from typing import Any

from factcheck.extract.registry import SourceRegistry
from factcheck.extract.speakers import Mention
from factcheck.extract.text_units import Layout
from factcheck.vocab import Attribution, Certainty

QUESTION = re.compile(r"\?\s*$")
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
FIRST_PERSON = {"i", "we"}
MEET_LEMMAS = {"speak", "talk", "interview", "sit"}


class QandA:
    """Collects, in one pass over the units, who is interviewed and which paragraphs are the
    interviewer's questions; then marks the answers."""

    def __init__(self) -> None:
        self.guest: Any = None
        self.questions: dict[int, Any] = {}  # paragraph -> the guest at that point
        self.addressed = False  # a question says "you": an interview, not explainer subheads

    def see_unit(self, doc: Any, a: int, b: int, layout: Layout, reg: SourceRegistry) -> None:
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        text = layout.text[start:end]
        p = layout.para_of(start)
        if (
            QUESTION.search(text)
            and not layout.quoted_chars(start, end)
            and _whole_para(layout, p, start, end)
        ):
            if self.guest is not None:
                self.questions[p] = self.guest
                self.addressed = self.addressed or bool(SECOND_PERSON.search(text))
            return
        name = _interviewee(doc, a, b)
        if name:
            self.guest = reg.add(Mention(name, None, "person"))

    def attribute(self, recs: list[Any]) -> None:
        """Asserted, unquoted claims in the paragraph right after a question: the guest's
        answer (needs two questions, one of them put to 'you')."""
        if len(self.questions) < 2 or not self.addressed:
            return
        for r in recs:
            guest = self.questions.get(r.para - 1)
            c = r.claim
            if guest is None or c.attribution != "asserted" or r.quoted >= 0.3:
                continue
            c.attribution, c.cue, c.speaker = Attribution.SAID, None, guest.name
            c.speaker_role, c.speaker_kind = guest.role, guest.kind
            c.direct_quote, c.certainty = True, Certainty.UNCOMMITTED
            r.source = guest


def _whole_para(layout: Layout, p: int, start: int, end: int) -> bool:
    starts = layout.para_starts
    nxt = starts[p + 1] if p + 1 < len(starts) else len(layout.text)
    return not layout.text[starts[p] : start].strip() and not layout.text[end:nxt].strip()


def _interviewee(doc: Any, a: int, b: int) -> str | None:
    """'We spoke to the fire chief, Grace Adebayo', 'In an interview with Ana Ruiz': the
    person the interviewer met. A third party's conversation ('the minister spoke to Lev
    Marr') names no guest."""
    for t in doc[a:b]:
        lem = t.lemma_.lower()
        if lem not in MEET_LEMMAS:
            continue
        if t.pos_ == "VERB":
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if lem != "interview" and (subj is None or subj.lower_ not in FIRST_PERSON):
                continue
            if lem == "interview" and subj is not None and subj.dep_ == "nsubjpass":
                return _person_in(doc, subj)
        elif not (t.pos_ == "NOUN" and lem == "interview"):
            continue
        found = _person_in(doc, t, skip_subject=True)
        if found:
            return found
    return None


def _person_in(doc: Any, head: Any, skip_subject: bool = False) -> str | None:
    skip = set()
    if skip_subject:
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                skip.update(x.i for x in c.subtree)
    inside = {x.i for x in head.subtree} - skip
    # "Daley's chief fire officer, Grace Adebayo": a possessor is not the guest
    names = [
        ent.text.strip(" ,.’'")
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent.root.i in inside and ent.root.dep_ != "poss"
    ]
    return max(names, key=lambda n: len(n.split()), default=None)
