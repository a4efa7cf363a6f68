"""Which word begins a cue, and of what kind: verbs of saying, denying, estimating; nouns."""

from __future__ import annotations

from typing import Any

from factcheck.extract.frames import (
    as_frame,
    is_passive,
    speech_ok,
    verb_like,
)
from factcheck.extract.lexicon import (
    ALLEGE_NOUNS,
    ALLEGE_VERBS,
    CALL_VERBS,
    CLAIM_VERBS,
    DENIABLE,
    DENY_VERBS,
    ESTIMATE_NOUNS,
    ESTIMATE_VERBS,
    EVIDENCE_NOUNS,
    FALSE_WORDS,
    HEARSAY_VERBS,
    NOT_DENIAL_OBJ,
    RUMOR_WORDS,
    SAID_VERBS,
)
from factcheck.extract.lexicon.passes import (
    PRIZES,
)
from factcheck.extract.misparses import asks_anonymity
from factcheck.extract.predicates import (
    predicate_cue,
)


def verb_cue(tok: Any, quoted: bool) -> tuple[str, str] | None:
    lem = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not verb_like(tok):
        return None
    if asks_anonymity(tok) or (tok.dep_ in ("xcomp", "advcl") and asks_anonymity(tok.head)):
        return None  # "who asked not to be named", "requested anonymity to discuss the talks"
    if tok.dep_ == "xcomp" and _not_permitted(tok.head):
        return None  # "because he was not authorized to discuss the matter": no report
    if lem == "report":
        if is_passive(tok):
            # "is reported to have", "it is reported that" hedge; "no deaths were reported"
            # and "queues were reported" state a fact about what was reported
            hedge = any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or any(
                c.lower_ == "it" for c in tok.children if c.dep_ in ("nsubjpass", "expl")
            )
            return ("reportedly", "none") if hedge else None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and subj.lower_ in ("media", "press", "reports")
            and not named_source(subj)
        ):
            return ("reportedly", "none") if speech_ok(tok, quoted) else None
        if speech_ok(tok, quoted):
            return "said", "subject"
        attitude = predicate_cue(tok)  # "the company reported a profit of $1.78 a share"
        return (attitude, "subject") if attitude is not None else None
    if lem in ("rumor", "rumour"):
        return "rumored", "none"  # "is rumored to be negotiating"
    if (
        lem in HEARSAY_VERBS
        and is_passive(tok)
        and (
            any(c.dep_ == "xcomp" for c in tok.children)
            or any(c.lower_ == "it" for c in tok.children if c.dep_ in ("nsubjpass", "expl"))
        )
    ):
        return "reportedly", "none"  # "is believed to have", "it is understood that"
    if lem in ESTIMATE_VERBS:
        return "estimated", "subject"
    if lem in ("rumor", "rumour"):
        return "rumored", "none"
    if (
        lem == "charge"
        and is_passive(tok)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    ):
        return "alleged", "agent"  # "was charged with fraud": an accusation, not a finding
    if lem in ALLEGE_VERBS:
        deps = {c.dep_ for c in tok.children}
        if lem == "accuse" and not (is_passive(tok) or deps & {"dobj", "xcomp", "ccomp", "dative"}):
            return None
        if lem == "blame" and (
            tok.head.lemma_ == "be"
            or not deps & {"dobj", "xcomp", "ccomp", "nsubjpass", "prep"}
            or not deps & {"nsubj", "nsubjpass"}
        ):
            return None  # "X blamed Y for Z", "was blamed on"; not "is to blame", "blaming"
        return "alleged", "subject"
    if lem in DENY_VERBS:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "nsubjpass")]
        if any(
            o.lower_ in NOT_DENIAL_OBJ or o.lemma_ in NOT_DENIAL_OBJ or o.ent_type_ == "PERSON"
            for o in objs
        ):
            return None
        if lem != "deny" and not any(o.dep_ == "ccomp" or _deniable(o) for o in objs):
            return None
        return "denied", "subject"
    if lem in CALL_VERBS and _calls_false(tok):
        return "denied", "subject"
    if (
        lem in ("show", "reveal", "find")
        and _evidence_noun_subject(tok)
        and any(c.dep_ in ("dobj", "ccomp", "oprd") for c in tok.children)
    ):
        return "said", "subject"  # "a poll shows Sanders leading", "records showed she was fit"
    if (
        lem in ("show", "reveal")
        and not _evidence_subject(tok)
        and not (lem == "reveal" and any(c.dep_ == "ccomp" for c in tok.children))
        and not as_frame(tok)
    ):
        return None  # "showed the crowd a chart"; but "Kiedis revealed that he ...", "As the
        # Ledger revealed, ..." say it
    if lem in CLAIM_VERBS:
        if not (speech_ok(tok, quoted) or (lem == "claim" and not _claims_a_prize(tok))):
            return None
        return _unnamed_subject(tok) or ("claimed", "subject")
    if lem in SAID_VERBS and speech_ok(tok, quoted):
        return _unnamed_subject(tok) or ("said", "subject")
    if lem == "post" and _claims_a_prize(tok):
        return None  # "posted a victory", "posted a 17 percent gain": a result, not a post
    attitude = predicate_cue(tok)
    return (attitude, "subject") if attitude is not None else None


PLACE_ENTS = ("GPE", "LOC", "NORP")
_PERMISSIONS = {"authorize", "authorise", "allow", "permit", "clear", "able", "free"}


def _not_permitted(head: Any) -> bool:
    return head.lemma_.lower() in _PERMISSIONS and any(c.dep_ == "neg" for c in head.children)


def _unnamed_subject(tok: Any) -> tuple[str, str] | None:
    """'Reports say', 'unverified reports claimed': hedged, source unnamed; 'rumours suggest'."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or named_source(subj):
        return None
    if subj.lower_ in ("reports", "reporting", "media", "press"):
        return "reportedly", "none"
    if subj.lemma_.lower() in ("rumor", "rumour", "speculation"):
        return "rumored", "none"
    return None


def _deniable(obj: Any) -> bool:
    """The object of reject/dismiss/dispute is a statement: 'the claims', 'that assessment'."""
    if obj.lemma_.lower() in DENIABLE or obj.lower_ in DENIABLE:
        return True
    return obj.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in obj.children
    )


def _calls_false(tok: Any) -> bool:
    """'called the allegations “baseless fabrications”', 'described the report as false'."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or not _deniable(obj):
        return False
    for c in tok.children:
        if c.i == obj.i or c.dep_ not in ("oprd", "xcomp", "ccomp", "prep", "attr", "advcl"):
            continue
        if any(t.lemma_.lower() in FALSE_WORDS or t.lower_ in FALSE_WORDS for t in c.subtree):
            return True
    return any(t.lower_ in FALSE_WORDS for t in obj.subtree if t.i > obj.i)


def _evidence_subject(tok: Any) -> bool:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:  # "..., figures from the council show": inverted, subject may be lost
        return tok.dep_ in ("ccomp", "parataxis") and tok.i > tok.head.i
    return (
        subj.lemma_.lower() in EVIDENCE_NOUNS
        or subj.lower_ in EVIDENCE_NOUNS
        or subj.lower_ in ("it", "they", "this")
    )


def _claims_a_prize(tok: Any) -> bool:
    """'claiming 41 percent of the vote', 'claimed victory', 'claimed three lives': to claim
    a prize or a toll is to take it, not to assert something."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and (
        obj.lemma_.lower() in PRIZES
        or obj.lower_ in PRIZES
        or any(c.dep_ == "nummod" or c.lower_ in PRIZES for c in obj.children)
    )


def _evidence_noun_subject(tok: Any) -> bool:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and tok.dep_ == "relcl" and subj.lower_ in ("which", "that"):
        subj = tok.head  # "her medical records, which showed she was fit": the antecedent
    return subj is not None and (
        subj.lemma_.lower() in EVIDENCE_NOUNS or subj.lower_ in EVIDENCE_NOUNS
    )


def _framing_noun(tok: Any) -> bool:
    """'accusations that it hired', 'allegations have surfaced', 'amid allegations of';
    not 'called the allegations troubling' (the allegations are only talked about)."""
    if tok.dep_ in ("nsubj", "nsubjpass", "attr"):
        return True
    if any(c.dep_ in ("acl", "ccomp", "relcl") for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in (
        "amid",
        "despite",
        "after",
        "following",
        "over",
        "of",
    )


def noun_cue(tok: Any) -> str | None:
    lem = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
        return None
    if lem in ("rumor", "rumour", "speculation", "gossip") or low in RUMOR_WORDS:
        return "rumored"
    if lem in ALLEGE_NOUNS and _framing_noun(tok):
        return "alleged"
    if low in ("alleged",) and tok.dep_ in ("amod", "acl"):
        return "alleged"
    if low == "estimated" and tok.dep_ in ("amod", "acl", "advmod", "nummod", "quantmod"):
        return "estimated"
    if lem in ESTIMATE_NOUNS and tok.dep_ in ("nsubj", "pobj", "nsubjpass"):
        return "estimated"
    if low == "reports" and tok.pos_ == "NOUN":
        head = tok.head
        if tok.dep_ == "attr" or head.lemma_ in ("say", "suggest", "indicate", "claim", "be"):
            return "reportedly"
        if tok.dep_ == "pobj" and head.lower_ in ("amid", "despite", "after", "following"):
            return "reportedly"
        if tok.dep_ == "nsubj":
            return "reportedly"
    return None


def named_source(tok: Any) -> bool:
    """'Reports in Spain', 'Spanish media' name only a place: still no source; 'Reuters
    reports', 'reports by El Diario' name one."""
    return any(
        (t.pos_ == "PROPN" or t.ent_type_) and t.ent_type_ not in PLACE_ENTS for t in tok.subtree
    )
