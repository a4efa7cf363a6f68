"""Speech frames the small parser attaches to the wrong place, and what is no frame at all.

Each function recognises one parse shape of news copy that hides a frame (a frame
coordinated with the clause it frames, a report hung on its subject as a participle, a
closing frame read as an apposition, a gerund subject read as a complement) and answers
yes or no on the tokens; frames.speech_ok and the sourcing pass ask them.
"""

from __future__ import annotations

from typing import Any

FINITE_TAGS = ("VBZ", "VBD", "VBP", "MD")
UNNAMED_VERBS = {"name", "identify", "quote", "cite"}
FRAME_DEPS = {"ccomp", "xcomp", "parataxis", "neg", "advcl"}
SPEAKER_DEPS = ("nsubj", "nsubjpass")


def asks_anonymity(tok: Any) -> bool:
    """'who asked not to be named', 'requested anonymity': a condition of speaking, no report."""
    if tok.lemma_ not in ("ask", "request", "demand"):
        return False
    for c in tok.children:
        if (
            c.dep_ == "xcomp"
            and c.lemma_ in UNNAMED_VERBS
            and any(g.dep_ == "auxpass" for g in c.children)
        ):
            return True  # "asked not to be named", "asked not to be identified by name"
        if c.dep_ in ("dobj", "pobj", "prep") and any(t.lemma_ == "anonymity" for t in c.subtree):
            return True  # "requested anonymity", "asked for anonymity"
    return False


def gerund_subject_clause(tok: Any) -> Any:
    """'Economists say taxing sales encourages saving': a reported clause whose subject is a
    gerund, parsed as the gerund's xcomp with the clause's verb hung under it."""
    gerund = next(
        (c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == tok.i + 1),
        None,
    )
    if gerund is None:
        return None
    finite = any(
        c.dep_ in ("ccomp", "conj") and c.i > gerund.i and _finite(c) for c in gerund.children
    )
    return gerund if finite else None


def _finite(verb: Any) -> bool:
    """'encourages', or 'could put' / 'has grown': a verb with a tense of its own."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def comma_framed(verb: Any) -> bool:
    """'... and, he argued, to keep the plant open': a frame set off by commas before the
    content it introduces, parsed as a verb of the sentence with the content its complement."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.right_edge.i != verb.i - 1 or verb.i + 2 >= len(doc):
        return False
    before = subj.left_edge.i - 1
    return (
        before > 0
        and doc[before].text == ","
        and doc[verb.i + 1].text == ","
        and verb.i - before <= 5
        and any(c.dep_ in ("xcomp", "ccomp") and c.i > verb.i + 1 for c in verb.children)
    )


def coordinated_frame(verb: Any) -> bool:
    """'The county built it in 2019, a spokesman, Dan Ebert, said on Friday, and ...' and
    '..., its manager, Ted Dwyer, told the Ledger.': the parser coordinated the frame with
    the clause it frames. A speech verb after a comma, with no 'and' of its own, no content
    of its own and a subject of a few words, is that clause's frame."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in FRAME_DEPS for c in verb.children):
        return False
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return False  # "Ruiz built it and said so": two acts of one subject
    subj = next((c for c in verb.children if c.dep_ in SPEAKER_DEPS and c.i < verb.i), None)
    subj = subj if subj is not None else appositive_subject(verb)
    if subj is None:
        return False
    first = subj.left_edge.i
    own = [t for t in verb.subtree if t.i > verb.i and not (t.is_punct or t.is_space)]
    own = [t for t in own if not _in_conj_after(t, verb)]
    return (
        first > head.i
        and verb.doc[first - 1].text in (",", "—", "–")
        and verb.i - first <= 10
        and len(own) <= 6
    )


def _in_conj_after(tok: Any, verb: Any) -> bool:
    """tok belongs to a clause coordinated after verb ('..., said on Friday, and it has')."""
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ == "conj" and cur.head.i == verb.i:
            return True
        cur = cur.head
    return False


def appositive_subject(verb: Any) -> Any:
    """'..., its top manager, Ted Dwyer, said.': a subjectless speech verb right after a
    comma (its own adverbs and auxiliaries aside: '..., Paul Dunn, bluntly suggested',
    '..., Ana Ruiz and Carl Boyd, have said'), with the noun phrase before that comma hung
    as an apposition on an earlier noun. Returns that noun phrase's head (the first of the
    chain). With no comma, the apposition must end right before the verb: 'In an
    interview with hosts Joe Dunn and Mia Bell, the candidate stated ...'."""
    doc = verb.doc
    if not _finite(verb) or any(c.dep_ in SPEAKER_DEPS for c in verb.children):
        return None  # "..., the front-runner, saying ...": a participle has the clause's subject
    before = _before_own_modifiers(verb)
    if before < 2:
        return None
    comma = doc[before].text == ","
    last = before - 1 if comma else before
    best = None
    for k in range(last, max(verb.i - 14, 0), -1):
        tok = doc[k]
        if (
            tok.dep_ == "appos"
            and tok.pos_ in ("NOUN", "PROPN")
            and (tok.right_edge.i >= last if comma else tok.right_edge.i == last)
            and tok.left_edge.i > 0
            and doc[tok.left_edge.i - 1].text in (",", "—", "–")
            and tok.head.i < tok.left_edge.i
        ):
            best = tok  # keep climbing: the outermost apposition starts the phrase
    return best


def _before_own_modifiers(verb: Any) -> int:
    """Index of the token before the verb and its own adverbs, auxiliaries and negation."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].head.i == verb.i and verb.doc[k].dep_ in ("advmod", "aux", "neg"):
        k -= 1
    return k


def appositive_frame(tok: Any) -> bool:
    """'The ferry was late, the transit authority posted on Facebook.' parsed as an
    apposition of 'ferry' with 'posted' its participle: a verb closing the sentence on a
    noun set off by a comma is the sentence's frame."""
    head = tok.head
    if not _active_participle_of(tok, "appos"):
        return False
    doc = tok.doc
    first = head.left_edge.i
    after = [t for t in doc[tok.i + 1 : tok.sent.end] if not (t.is_punct or t.is_space)]
    return (
        first > tok.sent.start
        and doc[first - 1].text == ","
        and tok.i - first <= 6
        and len(after) <= 3
    )


def split_subject_frame(tok: Any) -> bool:
    """'Several outlets reported on Tuesday the agency had ...' parsed as 'outlets [who
    were] reported' and two subjects of 'had': a verb hung on the first subject, before a
    second subject of the same clause, is the frame of that clause."""
    if not _active_participle_of(tok, "nsubj"):
        return False
    clause = tok.head.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > tok.right_edge.i
        for c in clause.children
    )


def _active_participle_of(tok: Any, head_dep: str) -> bool:
    """tok hangs on a noun of role head_dep as a past form with no agent, passive or
    object of its own: the shape a misplaced frame verb takes ('outlets reported')."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBD", "VBN")
        and tok.head.dep_ == head_dep
        and not any(c.dep_ in ("agent", "auxpass", "dobj") for c in tok.children)
    )


ASKED_ASIDES = {"ask", "press", "question", "quiz", "confront", "challenge"}


def asked_aside(verb: Any) -> bool:
    """'Mr. Hale, asked about the budget, said ...': the participle set off by commas after
    its noun, parsed as a finite verb with the noun as subject. The noun was asked; who
    asked is not said, and the verb after the second comma is the noun's own."""
    doc = verb.doc
    if verb.lemma_.lower() not in ASKED_ASIDES or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # 'Hale, who was asked ...' / 'had asked'
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    comma = verb.right_edge.i
    comma += doc[comma].text != ","  # the closing comma hangs on the aside or after it
    return (
        subj is not None
        and subj.i == verb.i - 2
        and comma + 1 < len(doc)
        and doc[comma].text == ","
        and doc[comma + 1].pos_ in ("VERB", "AUX")
    )


def subject_of_asked_aside(verb: Any) -> Any:
    """'... after Mr. Hale, asked about it, had said ...': the verb, parsed as coordinated
    with the clause before, is the asked noun's own."""
    for sib in verb.head.children:
        if (
            verb.head.i < sib.i < verb.i
            and sib.right_edge.i + 3 >= verb.left_edge.i
            and asked_aside(sib)
        ):
            return next(c for c in sib.children if c.dep_ == "nsubj")
    return None


def complement_on_head(verb: Any) -> bool:
    """'She went on to say: "..."': the quotation after the colon parsed as the complement
    of 'went', not of 'say'; the speech verb still frames it."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    doc = verb.doc
    for c in verb.head.children:
        if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i:
            between = doc[verb.right_edge.i + 1 : c.left_edge.i + 1]
            return any(t.text == ":" for t in between)
    return False
