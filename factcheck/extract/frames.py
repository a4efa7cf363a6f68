"""Parse shapes of speech frames, including repairs for common misparses of news copy."""

from __future__ import annotations

from typing import Any

from factcheck.extract.lexicon import (
    CHANNELS,
    EVIDENCE_NOUNS,
    INTENT_VERBS,
    WH_WORDS,
)
from factcheck.extract.misparses import (
    appositive_frame,
    comma_framed,
    complement_on_head,
    coordinated_frame,
    gerund_subject_clause,
    split_subject_frame,
)


def is_passive(tok: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _wh_question(tok: Any) -> bool:
    """'did not say how it obtained', 'declined to say whether': an open question, no claim."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return False
    first = comp.left_edge
    negated = any(c.dep_ == "neg" for c in tok.children) or (
        tok.dep_ == "xcomp" and tok.head.lemma_ in ("decline", "refuse")
    )
    return negated and (
        first.lower_ in WH_WORDS
        or any(c.dep_ in ("mark", "advmod") and c.lower_ in WH_WORDS for c in comp.children)
    )


def _clause_object(tok: Any) -> bool:
    """'said the depot supplied army vehicles': a reported clause misparsed as an object."""
    if tok.lemma_ not in ("say", "add", "insist", "claim", "argue", "warn"):
        return False
    for obj in tok.children:
        if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        for t in obj.subtree:
            if (
                t.i > obj.i
                and t.dep_ in ("acl", "relcl", "amod")
                and t.tag_ in ("VBD", "VBZ", "VBP", "VBN")
                and t.head.i == obj.i
            ):
                return True
            if (
                t.i < obj.i
                and t.dep_ == "amod"
                and t.tag_ in ("VBD", "VBN")
                and t.head.i == obj.i
                and any(x.pos_ in ("NOUN", "PROPN") for x in obj.doc[obj.left_edge.i : t.i])
            ):
                return True  # "said the depot supplied army vehicles"
    return False


ANSWERS = {"yes", "no", "so", "same", "otherwise"}


def as_frame(verb: Any) -> bool:
    """'As BuzzFeed News first reported, Mr. Trump ...': a report in an as-clause with no
    content of its own sources the clause it hangs from."""
    return (
        verb.dep_ == "advcl"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
    )


def misparsed_report(tok: Any) -> Any:
    """'said after the convention he would not accept': the reported clause parsed as an
    adverbial clause (no subordinator of its own, a subject, after the verb)."""
    for c in tok.children:
        if (
            c.dep_ == "advcl"
            and c.i > tok.i
            and not any(g.dep_ == "mark" and g.lower_ != "that" for g in c.children)
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and c.tag_ != "VBG"
        ):
            return c
    return None


def loose_subject(verb: Any) -> Any:
    """A verb without a subject whose subject the parser put elsewhere: 'Pike wants ...' with
    the name tagged an interjection, or a name right before the verb hung as an apposition
    on an earlier noun."""
    prev = _before_brackets(verb.doc, verb.i - 1) if verb.i > 0 else None
    if prev is None or not (prev.text[:1].isupper() and prev.is_alpha):
        return None
    if prev.head.i == verb.i and prev.dep_ in ("intj", "npadvmod", "dep"):
        return prev
    # "..., former president Bill Clinton said ..." with the name hung on an earlier noun
    if prev.dep_ == "appos" and prev.ent_type_ in ("PERSON", "ORG"):
        return prev
    return None


def _before_brackets(doc: Any, k: int) -> Any:
    """The token at k, or before the bracket it closes: 'Sen. Ann Hart (D-MA) said'."""
    if doc[k].text != ")":
        return doc[k]
    for j in range(k - 1, max(k - 8, -1), -1):
        if doc[j].text == "(":
            return doc[j - 1] if j > 0 else None
    return doc[k]


def speech_ok(tok: Any, quoted: bool) -> bool:
    """A speech verb frames content: a clause, a quotation, or an inverted 'X, he said'."""
    deps = {c.dep_ for c in tok.children}
    if _wh_question(tok):
        return False
    gerund = gerund_subject_clause(tok.head) if tok.dep_ == "xcomp" else None
    if gerund is not None and gerund.i == tok.i:
        return False  # "said adding lanes never works": the gerund is the clause's subject
    if any(
        frame(tok)
        for frame in (
            coordinated_frame,
            split_subject_frame,
            appositive_frame,
            comma_framed,
            complement_on_head,
        )
    ):
        return True  # frames the parser attached elsewhere (each says which)
    if tok.lemma_ == "continue" and deps & {"xcomp", "dobj", "prep", "acomp", "advcl"}:
        return False  # "influence continues to pervade": only 'She continued: “…”' speaks
    if deps & {"ccomp", "parataxis"} or stray_that_clause(tok) or misparsed_report(tok):
        return True
    if gerund_subject_clause(tok) is not None:
        return True
    if tok.lemma_ in ("post", "tweet") and not quoted and not _trailing_frame(tok):
        return False  # "posted a photo", "posted a victory": only a clause or quotation is said
    if as_frame(tok):
        return True
    if tok.lemma_ == "say" and any(
        c.dep_ in ("dobj", "nsubj") and c.i > tok.i and c.lower_ in ANSWERS for c in tok.children
    ):
        return True  # a poll's "46 percent said yes", "26 percent said the same"
    if _clause_object(tok):
        return True
    for c in tok.children:  # "said in a statement that ...": content hangs off the noun
        if c.dep_ == "prep":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if (
                obj is not None
                and obj.lemma_.lower() in CHANNELS
                and any(g.dep_ in ("acl", "relcl", "ccomp") for g in obj.children)
            ):
                return True
    if tok.dep_ in ("ccomp", "parataxis") and tok.i > tok.head.i:
        return True
    if tok.dep_ in ("ccomp", "parataxis") and between_commas(tok):
        return True  # "Tashkent, one diplomat told me, fears that ..."
    if tok.dep_ == "xcomp" and tok.head.lemma_ in INTENT_VERBS:
        return False  # "wants to show that": an aim, not a report
    if tok.lemma_ == "point" and not any(c.lower_ == "out" for c in tok.children):
        return False
    if _trailing_frame(tok):
        return True
    if tok.lemma_ in (
        "suggest",
        "indicate",
        "predict",
        "describe",
        "urge",
        "report",
        "find",
        "show",
        "reveal",
    ):
        return bool(deps & {"ccomp"})
    return quoted and tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis", "advcl")


def between_commas(tok: Any) -> bool:
    """A parenthetical frame inside its clause: ', one Uzbek diplomat told me,'."""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    lo, hi = (subj or tok).left_edge.i, tok.right_edge.i
    if doc[hi].text in (",", "—", "–") and hi > tok.i:
        hi -= 1  # the closing comma hangs from the frame verb itself
    if tok.i > tok.head.i or hi + 1 >= len(doc) or doc[hi + 1].text not in (",", "—", "–"):
        return False
    return lo > 0 and doc[lo - 1].text in (",", "—", "–") and hi - lo <= 8


def _trailing_frame(tok: Any) -> bool:
    """'Teenagers ... sleep an hour less, a new study suggests.': the frame closes the
    sentence after a comma even when the parser did not attach the clause to it."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or tok.dep_ != "ROOT":
        return False
    left = subj.left_edge.i
    doc = tok.doc
    if left < 4 or doc[left - 1].text not in (",", "”", '"', "’", "''"):
        return False
    after = [t for t in doc[tok.i + 1 : tok.sent.end] if not (t.is_punct or t.is_space)]
    before = doc[tok.sent.start : left - 1]
    return len(after) <= 3 and any(t.pos_ in ("VERB", "AUX") for t in before)


def verb_like(tok: Any) -> bool:
    """A mis-tagged verb: 'Analysts estimate that ...' parsed with a NOUN root."""
    deps = {c.dep_ for c in tok.children}
    return tok.dep_ in ("ROOT", "conj", "advcl", "ccomp") and "nsubj" in deps and "ccomp" in deps


def viewer(view: Any) -> Any:
    """'in her view', 'in the opinion of the court': whose view it is."""
    for c in view.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def misparsed_main(tok: Any) -> bool:
    """'The Fiscal Council, an independent watchdog, estimated in March that ...' parsed
    with the noun as root and the verb as its acl: the verb is the main clause."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if tok.tag_ == "VBN" and any(c.dep_ in ("agent", "auxpass") for c in tok.children):
        return False  # a real participle: "the figures published by the agency"
    head = tok.head
    if split_subject_frame(tok) or appositive_frame(tok):
        return True
    return (
        head.dep_ == "ROOT"
        and head.pos_ in ("PROPN", "NOUN")
        and (any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or stray_that_clause(tok))
        and any(c.dep_ == "punct" and c.text == "," and c.i < tok.i for c in head.children)
    )


def stray_that_clause(tok: Any) -> bool:
    """'Petr Hanak, who ..., posted on Facebook that the blockade would continue': the parser
    hung the verb and its that-clause on the noun separately; the clause starts right after
    the verb's own words."""
    if tok.dep_ != "acl":
        return False
    nxt = tok.right_edge.i + 1
    for sib in tok.head.children:
        if sib.i > tok.i and sib.dep_ in ("acl", "relcl", "ccomp") and sib.left_edge.i == nxt:
            return any(c.dep_ == "mark" and c.lower_ == "that" and c.i == nxt for c in sib.children)
    return False


def trailing_evidence(tok: Any) -> Any:
    """'..., figures from the council show.' with 'show' tagged a noun: the evidence noun."""
    if tok.lower_ not in (
        "show",
        "shows",
        "suggest",
        "suggests",
        "indicate",
        "indicates",
    ) or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.is_space):
        return None
    cur = tok
    for _ in range(4):
        cur = cur.head
        if cur.lemma_.lower() in EVIDENCE_NOUNS or cur.lower_ in EVIDENCE_NOUNS:
            j = cur.i - 1
            while (
                j > 0
                and tok.doc[j].dep_ in ("det", "amod", "compound", "nummod")
                and tok.doc[j].head.i == cur.i
            ):
                j -= 1
            return cur if j >= 0 and tok.doc[j].text in (",", "—", "–") else None
        if cur.head.i == cur.i:
            break
    return None
