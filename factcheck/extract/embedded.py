"""Attributions embedded in a clause of another voice: 'Cruz endorsed Trump, who says ...'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extract.cues import Cue, cue_at, has_quote, is_mark
from factcheck.extract.frames import misparsed_report
from factcheck.extract.lexicon import NOUN_FRAMES
from factcheck.extract.predicates import CONTENT_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.extract.text_units import Layout


CLAUSAL_CONTENT = {"ccomp", "xcomp", "parataxis"}
NOMINAL_CONTENT = {"dobj", "attr", "oprd", "dative"}


@dataclass
class Embedded:
    """A cue inside a sentence and the tokens [start, end) of what it frames."""

    cue: Cue
    start: int
    end: int


def embedded_cues(doc: Doc, a: int, b: int, layout: Layout, framed: set[int]) -> list[Embedded]:
    """Verb cues of sentence [a, b) that no clause took as its frame (`framed`: token
    indexes of the cues the sentence's segments use), outside quotation marks, each with
    its own content: relative clauses, participles, adverbial and coordinated reports, and
    reports nested in another's ("Varga said the council claims that ..."), each with its
    own source."""
    tokens = list(doc[a:b])
    quoted = has_quote(tokens)
    found: list[Cue] = []
    for tok in tokens:
        if tok.i in framed or tok.pos_ != "VERB" or layout.in_quote(tok.idx):
            continue
        cue = cue_at(tok, quoted)
        # a hedge ("is expected to", "it is reported") qualifies its own clause; it has no
        # speaker whose words could stand apart
        if cue is not None and cue.anchor.i == tok.i and cue.source_hint != "none":
            found.append(cue)
    out = []
    for cue in found:
        if _open_question(cue.anchor, a, b):
            continue
        named = naming_relative(cue.anchor, a)
        if named is not None:
            last = _relative_last(cue.anchor, b)
            out.append(Embedded(cue, named, _close_quotation(doc, named, last, b) + 1))
            continue
        if _gapped_relative(cue.anchor):
            continue
        span = content_span(cue.anchor, a, b)
        if span is not None:
            out.append(Embedded(cue, *span))
    return out


def noun_frames(doc: Doc, a: int, b: int, layout: Layout) -> list[Embedded]:
    """'the senator's claim that the bridge was unsafe', 'his promise to cut fares': a
    framing noun with its holder (a possessor, or 'by'/'from' someone) and a clause."""
    out = []
    for tok in doc[a:b]:
        attribution = NOUN_FRAMES.get(tok.lemma_.lower())
        if attribution is None or tok.pos_ != "NOUN" or layout.in_quote(tok.idx):
            continue
        holder = _noun_holder(tok)
        clause = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i and _content_clause(c)
            ),
            None,
        )
        if holder is None or clause is None:
            continue
        first, last = clause.left_edge.i, min(clause.right_edge.i, b - 1)
        while first < last and (doc[first].dep_ == "mark" or doc[first].is_punct):
            first += 1
        if last > first:
            out.append(Embedded(Cue(attribution, [tok], holder, 0, "self"), first, last + 1))
    return out


def _noun_holder(noun: Token) -> Token | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None


def _content_clause(clause: Token) -> bool:
    """'that the bridge was unsafe' or 'to cut fares', not a relative 'that he made'."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return clause.dep_ == "acl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def _open_question(tok: Token, a: int, b: int) -> bool:
    """'it remains unclear if the Kremlin intends to ...': nobody asserts what an
    if/whether clause holds."""
    cur = tok
    while a <= cur.i < b:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# Verbs that give the noun a relative clause hangs on a name or a description: 'the pier,
# which the mayor described as a hazard', 'Ruiz, whom he dubbed “the little mayor”'
NAMING_VERBS = {"call", "dub", "describe", "label", "brand", "term", "nickname", "characterize"}
NOUN_MODIFIERS = ("det", "amod", "compound", "poss", "nummod")
RELATIVE_OBJECTS = {"which", "whom", "who", "that"}


def naming_relative(verb: Token, a: int) -> int | None:
    """The first token of 'the pier, which the mayor described as a hazard' when verb is a
    naming verb in an object relative clause with its own subject and a description
    ('as a hazard', an object predicate): the noun is part of what the speaker said of it."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in NAMING_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("who", "that", "which"):
        return None
    named_object = any(
        c.dep_ == "dobj" and c.lower_ not in RELATIVE_OBJECTS for c in verb.children
    )  # "December, when Ruiz called the plan 'a scam'": the clause names its own object
    described = any(c.dep_ == "oprd" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" for p in c.children)
        for c in verb.children
    )
    if not described:
        return None
    if named_object:
        return max(a, subj.left_edge.i)
    noun = verb.head
    modifiers = [c.left_edge.i for c in noun.children if c.i < noun.i and c.dep_ in NOUN_MODIFIERS]
    return max(a, min([noun.i, *modifiers]))


def _relative_last(verb: Token, b: int) -> int:
    """The relative clause's last word."""
    doc = verb.doc
    last = min(verb.right_edge.i, b - 1)
    while last > verb.i and (is_mark(doc[last]) and doc[last].text not in ("”", '"', "’")):
        last -= 1
    return last


def _gapped_relative(verb: Token) -> bool:
    """'the territory that Russia claims to have annexed': a restrictive relative clause
    whose content lacks its object (the noun it describes) identifies that noun; it frames
    a claim only with a full clause of its own ('the place officials say the United States
    might take a stand')."""
    if verb.dep_ != "relcl":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("who", "that", "which"):
        return False
    return not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def content_span(verb: Token, a: int, b: int) -> tuple[int, int] | None:
    """Tokens of what `verb` frames: its clause ('says [he is honored]'), or the verb with
    its object when the content is a noun phrase ('[criticized Clinton's email use]': the
    object alone would not read as a claim)."""
    clausal = [c for c in verb.children if c.dep_ in CLAUSAL_CONTENT and c.i > verb.i]
    report = misparsed_report(verb)
    if report is not None:
        clausal.append(report)
    nominal = [
        c
        for c in verb.children
        if c.i > verb.i
        and (c.dep_ in NOMINAL_CONTENT or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS))
    ]
    if clausal:
        first = min(c.left_edge.i for c in clausal)
        last = max(_clause_end(c) for c in clausal + nominal)
        while first < last and (verb.doc[first].dep_ == "mark" or verb.doc[first].is_punct):
            first += 1
    elif nominal:
        first, last = verb.i, max(c.right_edge.i for c in nominal)
    else:
        return None
    first, last = max(first, a), min(last, b - 1)
    doc = verb.doc
    while last > first and (
        (is_mark(doc[last]) and doc[last].text not in ("”", '"', "’")) or doc[last].is_space
    ):
        last -= 1
    if last - first < 1:
        return None
    return first, _close_quotation(doc, first, last, b) + 1


def _clause_end(head: Token) -> int:
    """The last token of head's clause. A verb coordinated after a comma with no 'and'/'but'
    ('which officials said will take effect in May, do not cover ferries') is the main
    clause resuming, misparsed as part of the report: the clause ends before it."""
    doc = head.doc
    for c in head.children:
        if (
            c.dep_ == "conj"
            and c.i > head.i
            and c.pos_ in ("VERB", "AUX")
            and not any(x.dep_ == "cc" and head.i < x.i < c.i for x in head.children)
            and doc[c.left_edge.i - 1].text == ","
        ):
            return c.left_edge.i - 2
    return head.right_edge.i


def _close_quotation(doc: Doc, first: int, last: int, b: int) -> int:
    """Keep the closing mark of a quotation the content opens: 'it “has never blocked the
    shipments,”' rather than a dangling '“'."""
    opened = sum(1 for t in doc[first : last + 1] if t.text in ("“", "‘"))
    closed = sum(1 for t in doc[first : last + 1] if t.text in ("”", "’"))
    end = last
    while opened > closed and end + 1 < b and doc[end + 1].is_punct:
        end += 1
        if doc[end].text in ("”", "’"):
            return end
    return last
