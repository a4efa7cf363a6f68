"""Attribution cues on the dependency parse: which word frames a clause, and how."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.extract.frames import (
    as_frame,
    is_passive,
    misparsed_main,
    speech_ok,
    trailing_evidence,
    verb_like,
    viewer,
)
from factcheck.extract.lexicon import (
    ADVERB_CUES,
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
    UNNAMED_SOURCES,
    VIEW_NOUNS,
)
from factcheck.extract.predicates import (
    LEMMA_FIXES,
    PREDICATE_ATTRIBUTION,
    attitude_adjective,
    predicate_cue,
    support_noun,
)

ATTITUDES = {"believed", "promised"}
NEVER_CUES = {"DET", "PUNCT", "CCONJ", "SCONJ", "NUM", "PART", "SPACE", "SYM"}
BLOCK_DEPS = {"relcl", "acl", "appos"}
# "..., after the government confirmed that": a cue in an adverbial clause frames only it
SUBORDINATORS = {"after", "before", "when", "since", "because", "as", "while", "until",
                 "once", "if", "unless", "whereas", "although", "though"}
# Lower rank wins when two cues sit equally high in the tree.
RANK = {"denied": 0, "said": 1, "claimed": 2, "according_to": 3, "alleged": 4,
        "estimated": 5, "rumored": 6, "reportedly": 7, "promised": 8, "believed": 9}
@dataclass
class Cue:
    """The word(s) framing a clause and the token whose subject/object names the source."""

    attribution: str
    tokens: list[Any]  # cue tokens in text order
    anchor: Any  # token the source hangs from (verb, 'to' of according to, ...)
    depth: int
    source_hint: str = "subject"  # subject | pobj | agent | none
    others: list[Cue] = field(default_factory=list)  # lower-ranked cues of the same clause

    @property
    def text_span(self) -> tuple[int, int]:
        first, last = self.tokens[0], self.tokens[-1]
        return first.idx, last.idx + len(last.text)


def has_quote(tokens: list[Any]) -> bool:
    return any(t.text in ('"', "“", "”", "‘", "’", "''", "``")
               or t.text.startswith(("“", '"', "‘"))
               for t in tokens)


def _verb_cue(tok: Any, quoted: bool) -> tuple[str, str] | None:
    lem = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not verb_like(tok):
        return None
    if lem == "report":
        if is_passive(tok):
            # "is reported to have", "it is reported that" hedge; "no deaths were reported"
            # and "queues were reported" state a fact about what was reported
            hedge = any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or any(
                c.lower_ == "it" for c in tok.children if c.dep_ in ("nsubjpass", "expl"))
            return ("reportedly", "none") if hedge else None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("media", "press", "reports") \
                and not _named_source(subj):
            return ("reportedly", "none") if speech_ok(tok, quoted) else None
        if speech_ok(tok, quoted):
            return "said", "subject"
        attitude = predicate_cue(tok)  # "the company reported a profit of $1.78 a share"
        return (attitude, "subject") if attitude is not None else None
    if lem in ("rumor", "rumour"):
        return "rumored", "none"  # "is rumored to be negotiating"
    if lem in HEARSAY_VERBS and is_passive(tok) and (
            any(c.dep_ == "xcomp" for c in tok.children)
            or any(c.lower_ == "it" for c in tok.children if c.dep_ in ("nsubjpass", "expl"))):
        return "reportedly", "none"  # "is believed to have", "it is understood that"
    if lem in ESTIMATE_VERBS:
        return "estimated", "subject"
    if lem in ("rumor", "rumour"):
        return "rumored", "none"
    if lem == "charge" and is_passive(tok) and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return "alleged", "agent"  # "was charged with fraud": an accusation, not a finding
    if lem in ALLEGE_VERBS:
        deps = {c.dep_ for c in tok.children}
        if lem == "accuse" and not (is_passive(tok) or deps & {"dobj", "xcomp", "ccomp",
                                                                 "dative"}):
            return None
        if lem == "blame" and (tok.head.lemma_ == "be" or not deps & {
                "dobj", "xcomp", "ccomp", "nsubjpass", "prep"} or not deps & {
                "nsubj", "nsubjpass"}):
            return None  # "X blamed Y for Z", "was blamed on"; not "is to blame", "blaming"
        return "alleged", "subject"
    if lem in DENY_VERBS:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "nsubjpass")]
        if any(o.lower_ in NOT_DENIAL_OBJ or o.lemma_ in NOT_DENIAL_OBJ
               or o.ent_type_ == "PERSON" for o in objs):
            return None
        if lem != "deny" and not any(o.dep_ == "ccomp" or _deniable(o) for o in objs):
            return None
        return "denied", "subject"
    if lem in CALL_VERBS and _calls_false(tok):
        return "denied", "subject"
    if lem in ("show", "reveal", "find") and _evidence_noun_subject(tok) and any(
            c.dep_ in ("dobj", "ccomp", "oprd") for c in tok.children):
        return "said", "subject"  # "a poll shows Sanders leading", "records showed she was fit"
    if lem in ("show", "reveal") and not _evidence_subject(tok) and not (
            lem == "reveal" and any(c.dep_ == "ccomp" for c in tok.children)):
        return None  # "showed the crowd a chart"; but "Kiedis revealed that he ..." says it
    if lem in CLAIM_VERBS:
        if not (speech_ok(tok, quoted) or (lem == "claim" and not _claims_a_prize(tok))):
            return None
        return _unnamed_subject(tok) or ("claimed", "subject")
    if lem in SAID_VERBS and speech_ok(tok, quoted):
        return _unnamed_subject(tok) or ("said", "subject")
    attitude = predicate_cue(tok)
    return (attitude, "subject") if attitude is not None else None


PLACE_ENTS = ("GPE", "LOC", "NORP")


def _unnamed_subject(tok: Any) -> tuple[str, str] | None:
    """'Reports say', 'unverified reports claimed': hedged, source unnamed; 'rumours suggest'."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or _named_source(subj):
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
        c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in obj.children)


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
    return subj.lemma_.lower() in EVIDENCE_NOUNS or subj.lower_ in EVIDENCE_NOUNS or \
        subj.lower_ in ("it", "they", "this")


PRIZES = {"victory", "win", "seat", "title", "percent", "share", "crown", "prize",
          "nomination", "delegate", "vote", "state", "spot", "place", "lead", "life", "lives",
          "medal", "majority", "seats", "votes", "delegates", "states"}


def _claims_a_prize(tok: Any) -> bool:
    """'claiming 41 percent of the vote', 'claimed victory', 'claimed three lives': to claim
    a prize or a toll is to take it, not to assert something."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lemma_.lower() in PRIZES or obj.lower_ in PRIZES
                                or any(c.dep_ == "nummod" for c in obj.children))


def _evidence_noun_subject(tok: Any) -> bool:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in EVIDENCE_NOUNS
                                 or subj.lower_ in EVIDENCE_NOUNS)


def _framing_noun(tok: Any) -> bool:
    """'accusations that it hired', 'allegations have surfaced', 'amid allegations of';
    not 'called the allegations troubling' (the allegations are only talked about)."""
    if tok.dep_ in ("nsubj", "nsubjpass", "attr"):
        return True
    if any(c.dep_ in ("acl", "ccomp", "relcl") for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("amid", "despite", "after", "following",
                                                       "over", "of")


def _noun_cue(tok: Any) -> str | None:
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


def find_cue(tokens: list[Any], root: Any, allowed: set[int], layout: Any) -> Cue | None:
    """The framing cue of the clause made of `tokens` (indexes in `allowed`) rooted at root.
    Cue words inside quotation marks are the quoted speaker's words, not the article's frame
    ('“If he wants cuts, he should say so”')."""
    quoted = has_quote(tokens)
    found: list[Cue] = []
    for tok in tokens:
        if tok.i not in allowed:
            continue
        cue = cue_at(tok, quoted)
        if cue is None or (quoted and layout.in_quote(cue.tokens[0].idx)):
            continue
        depth, blocked = _depth(cue.anchor if cue.anchor is not None else tok, root, allowed)
        if blocked and as_frame(cue.anchor):
            blocked, depth = False, -1  # "As Politico reported, ...": the whole clause
        if blocked and cue.attribution not in ("estimated", "alleged", "rumored"):
            continue
        cue.depth = depth
        if tok.lower_ in ("according", "in") and tok.i <= _first_word(tokens):
            cue.depth = -1  # "According to court documents, ...": frames the whole sentence
        found.append(cue)
    if not found:
        return None
    # An attitude ("plans", "wants") frames its clause only when nothing else does:
    # "reportedly plans to" is hedged hearsay, "said he wants" a report of what was said.
    found.sort(key=lambda c: (c.attribution in ATTITUDES or _passive_hedge(c), c.depth,
                              RANK[c.attribution]))
    best = _hedged(found[0], found[1:])
    best.others = [c for c in found if c is not best]
    return best


def _passive_hedge(cue: Cue) -> bool:
    """'are expected to benefit, according to the department': a named source outranks an
    agentless 'is expected/believed to'."""
    return cue.attribution == "reportedly" and cue.anchor.pos_ == "VERB" and is_passive(cue.anchor)


def _hedged(cue: Cue, others: list[Cue]) -> Cue:
    """'Moscow reportedly reminds ...', 'X allegedly told Y': a hedge on the cue's own verb
    makes the report itself hearsay."""
    for other in others:
        if other.source_hint == "none" and other.tokens[0].lower_ in ADVERB_CUES \
                and other.anchor.head.i == cue.anchor.i:
            return other
    return cue


def _first_word(tokens: list[Any]) -> int:
    return next((t.i for t in tokens if not (t.is_punct or t.is_space or t.dep_ == "cc")),
                tokens[0].i if tokens else 0)


def cue_at(tok: Any, quoted: bool) -> Cue | None:
    """The cue that `tok` begins or anchors, if any (a clause is quoted: `quoted`)."""
    if tok.pos_ in NEVER_CUES:
        return None  # most tokens of a sentence: no cue begins with them
    low = tok.lower_
    if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        to = tok.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        attr = "according_to"
        definite = pobj is not None and pobj.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in pobj.children)
        if pobj is not None and pobj.lemma_.lower() in UNNAMED_SOURCES \
                and not _named_source(pobj) \
                and not definite:  # "reports", "sources"; but "the report" is the cited one
            attr = "estimated" if pobj.lemma_.lower() == "estimate" else "reportedly"
        return Cue(attr, [tok, to], to, 0, "pobj")
    if low == "in" and tok.dep_ == "prep":
        view = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if view is not None and view.lower_ in VIEW_NOUNS and viewer(view) is not None:
            return Cue("according_to", [tok, *tok.doc[tok.i + 1:view.i + 1]], view, 0, "poss")
    if low in ADVERB_CUES and tok.pos_ in ("ADV", "ADJ"):
        return Cue(ADVERB_CUES[low], [tok], tok, 0, "none")
    if low == "there" and tok.dep_ == "expl":
        head = tok.head
        attr = next((c for c in head.children if c.dep_ == "attr"), None)
        if attr is not None and attr.lower_ in ("reports", "rumors", "rumours", "allegations",
                                                "claims", "suggestions", "estimates"):
            kind = {"reports": "reportedly", "rumors": "rumored", "rumours": "rumored",
                    "allegations": "alleged", "claims": "reportedly",
                    "suggestions": "reportedly", "estimates": "estimated"}[attr.lower_]
            return Cue(kind, _span_tokens(tok, attr), head, 0, "none")
    verb = _verb_cue(tok, quoted)
    if verb is not None:
        attr, hint = verb
        toks = [tok]
        # "it is estimated/reported that": the cue includes the expletive frame
        subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj", "expl")]
        if any(s.lower_ == "it" for s in subj) and is_passive(tok):
            hint = "none"
            if attr == "reportedly" or attr == "estimated":
                first = min(s.i for s in subj if s.lower_ == "it")
                toks = list(tok.doc[first:tok.i + 1])
        nsubj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if attr in ("reportedly", "rumored") and nsubj is not None and nsubj.i < tok.i:
            toks = _span_tokens(nsubj, tok)  # "Reports say", "Rumors suggest"
        if tok.lemma_ == "accuse" and is_passive(tok):
            hint = "agent"
        adjective = attitude_adjective(tok)
        if adjective is not None:
            toks = _span_tokens(tok, adjective)  # "was critical", not "was"
        act = support_noun(tok)
        if act is not None and act.i > tok.i:
            toks = _span_tokens(tok, act)  # "raised concerns", "offered her condolences"
        if attr == "denied" or attr == "rumored":
            pass
        return Cue(attr, toks, tok, 0, hint)
    evidence = trailing_evidence(tok)
    if evidence is not None:
        return Cue("said", [tok], evidence, 0, "self")
    noun = _noun_cue(tok)
    if noun is not None:
        return Cue(noun, [tok], tok, 0, "none")
    return None


def _span_tokens(a: Any, b: Any) -> list[Any]:
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return list(a.doc[lo:hi + 1])


def _named_source(tok: Any) -> bool:
    """'Reports in Spain', 'Spanish media' name only a place: still no source; 'Reuters
    reports', 'reports by El Diario' name one."""
    return any((t.pos_ == "PROPN" or t.ent_type_) and t.ent_type_ not in PLACE_ENTS
               for t in tok.subtree)


def _depth(tok: Any, root: Any, allowed: set[int]) -> tuple[int, bool]:
    """Hops from tok up to root; blocked when the path crosses a relative clause/apposition."""
    depth, blocked = 0, False
    cur = tok
    while cur.i != root.i and cur.head.i != cur.i and cur.i in allowed:
        if (cur.dep_ in BLOCK_DEPS and not misparsed_main(cur)) or (
                cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS
                                            for c in cur.children)):
            blocked = True
        cur = cur.head
        depth += 1
        if depth > 40:
            break
    if cur.i != root.i:
        blocked = True
    return depth, blocked


def cue_class(lemma: str) -> str | None:
    """The attribution a verb lemma gives as a cue, when its frame fits (None: no cue)."""
    for words, attribution in ((DENY_VERBS, "denied"), (ALLEGE_VERBS, "alleged"),
                               (CLAIM_VERBS, "claimed"), (ESTIMATE_VERBS, "estimated"),
                               (SAID_VERBS, "said")):
        if lemma in words:
            return attribution
    if lemma == "accord":
        return "according_to"
    return PREDICATE_ATTRIBUTION.get(LEMMA_FIXES.get(lemma, lemma))
