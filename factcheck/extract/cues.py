"""Attribution cues on the dependency parse: which word frames a clause, and how."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SAID_VERBS = {
    "say", "tell", "note", "state", "announce", "add", "write", "explain", "comment",
    "remark", "tweet", "declare", "confirm", "warn", "acknowledge", "admit", "reiterate",
    "stress", "emphasize", "emphasise", "observe", "testify", "respond", "reply", "recall",
    "conclude", "caution", "point", "report", "describe", "predict", "suggest", "indicate",
    "disclose", "concede", "urge", "post", "find", "show", "reveal",
}
CLAIM_VERBS = {"claim", "insist", "argue", "maintain", "contend", "assert", "purport"}
ALLEGE_VERBS = {"allege", "accuse", "blame"}
DENY_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "disavow", "dispute", "contest"}
ESTIMATE_VERBS = {"estimate"}
RUMOR_WORDS = {"rumor", "rumour", "speculation", "rumored", "rumoured", "gossip"}
REPORT_NOUNS = {"report", "reports"}
ALLEGE_NOUNS = {"allegation", "accusation"}
ESTIMATE_NOUNS = {"estimate"}
# Objects that make "reject/dismiss" a denial of a statement rather than of a bill or offer.
DENIABLE = {
    "claim", "allegation", "accusation", "report", "speculation", "rumor", "rumour",
    "suggestion", "charge", "assertion", "idea", "notion", "criticism", "this", "that", "it",
    "story", "account", "statement", "characterization", "claims", "reports", "them",
    "assessment", "figure", "figures", "finding", "findings", "version", "interpretation",
    "argument", "conclusion", "estimate", "number", "numbers", "analysis", "theory", "view",
    "suggestions", "allegations", "accusations", "charges", "rumours", "rumors", "assertions",
    "description", "portrayal", "premise", "reporting", "wrongdoing", "responsibility",
    "involvement", "knowledge", "link", "links", "role", "existence", "accuracy", "these",
    "those",
}
# "called the claims baseless", "described the report as false": a denial by characterisation
CALL_VERBS = {"call", "describe", "label", "brand", "characterize", "characterise", "term"}
FALSE_WORDS = {
    "false", "untrue", "baseless", "groundless", "fabricated", "fabrication", "fabrications",
    "unfounded", "nonsense", "lie", "lies", "absurd", "fake", "ridiculous", "speculation",
    "slander", "misleading", "inaccurate", "wrong", "propaganda", "fiction", "smear",
}
# Subjects that "show"/"reveal" a finding (data and documents, not people showing things)
EVIDENCE_NOUNS = {
    "figure", "figures", "data", "statistics", "record", "records", "study", "survey", "poll",
    "report", "document", "documents", "research", "analysis", "result", "results", "number",
    "numbers", "evidence", "review", "filing", "filings", "audit", "census", "footage", "test",
    "tests", "trial", "paper", "investigation", "estimate", "estimates", "model", "modelling",
}
VIEW_NOUNS = {"view", "opinion", "words", "assessment", "estimation", "judgment",
              "judgement", "analysis", "reading", "account"}
WH_WORDS = {"how", "whether", "if", "why", "when", "where", "what", "who", "which"}
NOT_DENIAL_OBJ = {
    "access", "entry", "visa", "bail", "permission", "request", "application", "service",
    "care", "right", "rights", "opportunity", "appeal", "motion", "bill", "offer",
    # rejecting a proposal or dismissing a person or a case is no denial of a statement
    "proposal", "plan", "deal", "agreement", "amendment", "nomination", "resolution", "budget",
    "demand", "call", "invitation", "bid", "treaty", "law", "measure", "candidate",
    "petition", "ultimatum", "ceasefire", "terms", "condition", "package", "case", "lawsuit",
    "suit", "complaint", "minister", "official", "officer", "general", "chief", "head",
    "director", "employee", "staff", "worker", "coach", "manager", "judge", "team", "player",
}
ADVERB_CUES = {
    "reportedly": "reportedly", "allegedly": "alleged", "purportedly": "alleged",
    "reputedly": "reportedly", "supposedly": "alleged",
}
CHANNELS = {"statement", "interview", "letter", "post", "tweet", "speech", "message", "email",
            "briefing", "release", "conference", "video", "note", "address", "op-ed", "filing",
            "report", "call", "broadcast", "podcast", "television", "radio"}
HEARSAY_VERBS = {"believe", "think", "understand", "say", "rumor", "rumour", "know"}
INTENT_VERBS = {"want", "try", "seek", "need", "hope", "plan", "aim", "wish", "attempt"}
BLOCK_DEPS = {"relcl", "acl", "appos"}
# "..., after the government confirmed that": a cue in an adverbial clause frames only it
SUBORDINATORS = {"after", "before", "when", "since", "because", "as", "while", "until",
                 "once", "if", "unless", "whereas", "although", "though"}
# Lower rank wins when two cues sit equally high in the tree.
RANK = {"denied": 0, "said": 1, "claimed": 2, "according_to": 3, "alleged": 4,
        "estimated": 5, "rumored": 6, "reportedly": 7}
UNNAMED_SOURCES = {"report", "reports", "media", "source", "sources", "estimate", "estimates",
                   "rumor", "rumors", "reporting"}


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


def _children(tok: Any, dep: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ == dep]


def _has_quote(tokens: list[Any]) -> bool:
    return any(t.text in ('"', "“", "”", "‘", "’") or t.text.startswith(("“", '"', "‘"))
               for t in tokens)


def _is_passive(tok: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _wh_question(tok: Any) -> bool:
    """'did not say how it obtained', 'declined to say whether': an open question, no claim."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return False
    first = comp.left_edge
    negated = any(c.dep_ == "neg" for c in tok.children) or (
        tok.dep_ == "xcomp" and tok.head.lemma_ in ("decline", "refuse"))
    return negated and (first.lower_ in WH_WORDS or any(
        c.dep_ in ("mark", "advmod") and c.lower_ in WH_WORDS for c in comp.children))


def _clause_object(tok: Any) -> bool:
    """'said the depot supplied army vehicles': a reported clause misparsed as an object."""
    if tok.lemma_ not in ("say", "add", "insist", "claim", "argue", "warn"):
        return False
    for obj in tok.children:
        if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        for t in obj.subtree:
            if t.i > obj.i and t.dep_ in ("acl", "relcl", "amod") and t.tag_ in (
                    "VBD", "VBZ", "VBP", "VBN") and t.head.i == obj.i:
                return True
            if t.i < obj.i and t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and \
                    t.head.i == obj.i and any(x.pos_ in ("NOUN", "PROPN")
                                              for x in obj.doc[obj.left_edge.i:t.i]):
                return True  # "said the depot supplied army vehicles"
    return False


def _speech_ok(tok: Any, quoted: bool) -> bool:
    """A speech verb frames content: a clause, a quotation, or an inverted 'X, he said'."""
    deps = {c.dep_ for c in tok.children}
    if _wh_question(tok):
        return False
    if deps & {"ccomp", "parataxis"}:
        return True
    if _clause_object(tok):
        return True
    for c in tok.children:  # "said in a statement that ...": content hangs off the noun
        if c.dep_ == "prep":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in CHANNELS and any(
                    g.dep_ in ("acl", "relcl", "ccomp") for g in obj.children):
                return True
    if tok.dep_ in ("ccomp", "parataxis") and tok.i > tok.head.i:
        return True
    if tok.dep_ in ("ccomp", "parataxis") and _between_commas(tok):
        return True  # "Tashkent, one diplomat told me, fears that ..."
    if tok.dep_ == "xcomp" and tok.head.lemma_ in INTENT_VERBS:
        return False  # "wants to show that": an aim, not a report
    if tok.lemma_ == "point" and not any(c.lower_ == "out" for c in tok.children):
        return False
    if _trailing_frame(tok):
        return True
    if tok.lemma_ in ("suggest", "indicate", "predict", "describe", "urge", "report", "find",
                      "show", "reveal"):
        return bool(deps & {"ccomp"})
    return quoted and tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis", "advcl")


def _between_commas(tok: Any) -> bool:
    """A parenthetical frame inside its clause: ', one Uzbek diplomat told me,'."""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    lo, hi = (subj or tok).left_edge.i, tok.right_edge.i
    if tok.i > tok.head.i or hi + 1 >= len(doc) or doc[hi + 1].text != ",":
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
    if left < 4 or doc[left - 1].text not in (",", "”", '"', "’"):
        return False
    after = [t for t in doc[tok.i + 1:tok.sent.end] if not (t.is_punct or t.is_space)]
    before = doc[tok.sent.start:left - 1]
    return len(after) <= 3 and any(t.pos_ in ("VERB", "AUX") for t in before)


def _verb_like(tok: Any) -> bool:
    """A mis-tagged verb: 'Analysts estimate that ...' parsed with a NOUN root."""
    deps = {c.dep_ for c in tok.children}
    return tok.dep_ in ("ROOT", "conj", "advcl", "ccomp") and "nsubj" in deps and "ccomp" in deps


def _verb_cue(tok: Any, quoted: bool) -> tuple[str, str] | None:
    lem = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not _verb_like(tok):
        return None
    if lem == "report":
        if _is_passive(tok):
            # "is reported to have", "it is reported that" hedge; "no deaths were reported"
            # and "queues were reported" state a fact about what was reported
            hedge = any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or any(
                c.lower_ == "it" for c in tok.children if c.dep_ in ("nsubjpass", "expl"))
            return ("reportedly", "none") if hedge else None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("media", "press", "reports") and not _named(subj):
            return ("reportedly", "none") if _speech_ok(tok, quoted) else None
        if _speech_ok(tok, quoted):
            return "said", "subject"
        return None
    if lem in ("rumor", "rumour"):
        return "rumored", "none"  # "is rumored to be negotiating"
    if lem in HEARSAY_VERBS and _is_passive(tok) and (
            any(c.dep_ == "xcomp" for c in tok.children)
            or any(c.lower_ == "it" for c in tok.children if c.dep_ in ("nsubjpass", "expl"))):
        return "reportedly", "none"  # "is believed to have", "it is understood that"
    if lem in ESTIMATE_VERBS:
        return "estimated", "subject"
    if lem in ("rumor", "rumour"):
        return "rumored", "none"
    if lem == "charge" and _is_passive(tok) and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return "alleged", "agent"  # "was charged with fraud": an accusation, not a finding
    if lem in ALLEGE_VERBS:
        deps = {c.dep_ for c in tok.children}
        if lem == "accuse" and not (_is_passive(tok) or deps & {"dobj", "xcomp", "ccomp",
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
    if lem in ("show", "reveal") and not _evidence_subject(tok):
        return None
    if lem in CLAIM_VERBS:
        if not (_speech_ok(tok, quoted) or lem == "claim"):
            return None
        return _unnamed_subject(tok) or ("claimed", "subject")
    if lem in SAID_VERBS:
        if not _speech_ok(tok, quoted):
            return None
        return _unnamed_subject(tok) or ("said", "subject")
    return None


def _unnamed_subject(tok: Any) -> tuple[str, str] | None:
    """'Reports say', 'unverified reports claimed': hedged, source unnamed; 'rumours suggest'."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or _named(subj):
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
    quoted = _has_quote(tokens)
    found: list[Cue] = []
    for tok in tokens:
        if tok.i not in allowed:
            continue
        cue = _cue_at(tok, quoted, tokens)
        if cue is None or (quoted and layout.in_quote(cue.tokens[0].idx)):
            continue
        depth, blocked = _depth(cue.anchor if cue.anchor is not None else tok, root, allowed)
        if blocked and cue.attribution not in ("estimated", "alleged", "rumored"):
            continue
        cue.depth = depth
        if tok.lower_ in ("according", "in") and tok.i <= _first_word(tokens):
            cue.depth = -1  # "According to court documents, ...": frames the whole sentence
        found.append(cue)
    if not found:
        return None
    found.sort(key=lambda c: (c.depth, RANK[c.attribution]))
    found[0].others = found[1:]
    return found[0]


def viewer(view: Any) -> Any:
    """'in her view', 'in the opinion of the court': whose view it is."""
    for c in view.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _first_word(tokens: list[Any]) -> int:
    return next((t.i for t in tokens if not (t.is_punct or t.is_space or t.dep_ == "cc")),
                tokens[0].i if tokens else 0)


def _cue_at(tok: Any, quoted: bool, tokens: list[Any]) -> Cue | None:
    low = tok.lower_
    if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        to = tok.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        attr = "according_to"
        definite = pobj is not None and pobj.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in pobj.children)
        if pobj is not None and pobj.lemma_.lower() in UNNAMED_SOURCES and not _named(pobj) \
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
        if any(s.lower_ == "it" for s in subj) and _is_passive(tok):
            hint = "none"
            if attr == "reportedly" or attr == "estimated":
                first = min(s.i for s in subj if s.lower_ == "it")
                toks = list(tok.doc[first:tok.i + 1])
        nsubj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if attr in ("reportedly", "rumored") and nsubj is not None and nsubj.i < tok.i:
            toks = _span_tokens(nsubj, tok)  # "Reports say", "Rumors suggest"
        if tok.lemma_ == "accuse" and _is_passive(tok):
            hint = "agent"
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


def misparsed_main(tok: Any) -> bool:
    """'The Fiscal Council, an independent watchdog, estimated in March that ...' parsed
    with the noun as root and the verb as its acl: the verb is the main clause."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if tok.tag_ == "VBN" and any(c.dep_ in ("agent", "auxpass") for c in tok.children):
        return False  # a real participle: "the figures published by the agency"
    head = tok.head
    return (head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN")
            and any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
            and any(c.dep_ == "punct" and c.text == "," and c.i < tok.i for c in head.children))


def trailing_evidence(tok: Any) -> Any:
    """'..., figures from the council show.' with 'show' tagged a noun: the evidence noun."""
    if tok.lower_ not in ("show", "shows", "suggest", "suggests", "indicate", "indicates") \
            or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.is_space):
        return None
    cur = tok
    for _ in range(4):
        cur = cur.head
        if cur.lemma_.lower() in EVIDENCE_NOUNS or cur.lower_ in EVIDENCE_NOUNS:
            j = cur.i - 1
            while j > 0 and tok.doc[j].dep_ in ("det", "amod", "compound", "nummod") \
                    and tok.doc[j].head.i == cur.i:
                j -= 1
            return cur if j >= 0 and tok.doc[j].text in (",", "—", "–") else None
        if cur.head.i == cur.i:
            break
    return None


def _span_tokens(a: Any, b: Any) -> list[Any]:
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return list(a.doc[lo:hi + 1])


def _named(tok: Any) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ for t in tok.subtree)


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
