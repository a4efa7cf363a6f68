"""Attribution cues on the dependency parse: which word frames a clause, and how."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.extract.cue_words import named_source, noun_cue, verb_cue
from factcheck.extract.frames import (
    as_frame,
    is_passive,
    misparsed_main,
    trailing_evidence,
    viewer,
)
from factcheck.extract.lexicon import (
    ADVERB_CUES,
    ALLEGE_VERBS,
    CLAIM_VERBS,
    DENY_VERBS,
    ESTIMATE_VERBS,
    SAID_VERBS,
    UNNAMED_SOURCES,
    VIEW_NOUNS,
)
from factcheck.extract.lexicon.passes import (
    SUBORDINATORS,
)
from factcheck.extract.misparses import appositive_frame
from factcheck.extract.predicates import (
    LEMMA_FIXES,
    PREDICATE_ATTRIBUTION,
    attitude_adjective,
    support_noun,
)

ATTITUDES = {"believed", "promised"}
NEVER_CUES = {"DET", "PUNCT", "CCONJ", "SCONJ", "NUM", "PART", "SPACE", "SYM"}
BLOCK_DEPS = {"relcl", "acl", "appos"}
# Lower rank wins when two cues sit equally high in the tree.
RANK = {
    "denied": 0,
    "said": 1,
    "claimed": 2,
    "according_to": 3,
    "alleged": 4,
    "estimated": 5,
    "rumored": 6,
    "reportedly": 7,
    "promised": 8,
    "believed": 9,
}


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


def is_mark(tok: Any) -> bool:
    """Punctuation a claim may shed at its edges; not the '%' that ends '4%' (spaCy
    counts it as punctuation)."""
    return tok.is_punct and tok.text != "%"


def has_quote(tokens: list[Any]) -> bool:
    return any(
        t.text in ('"', "“", "”", "‘", "’", "''", "``") or t.text.startswith(("“", '"', "‘"))
        for t in tokens
    )


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
        if blocked and (as_frame(cue.anchor) or appositive_frame(cue.anchor)):
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
    found.sort(
        key=lambda c: (
            c.attribution in ATTITUDES or _passive_hedge(c),
            c.depth,
            RANK[c.attribution],
        )
    )
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
        if (
            other.source_hint == "none"
            and other.tokens[0].lower_ in ADVERB_CUES
            and other.anchor.head.i == cue.anchor.i
        ):
            return other
    return cue


def _first_word(tokens: list[Any]) -> int:
    return next(
        (t.i for t in tokens if not (t.is_punct or t.is_space or t.dep_ == "cc")),
        tokens[0].i if tokens else 0,
    )


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
        definite = (
            pobj is not None
            and pobj.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in pobj.children)
        )
        if (
            pobj is not None
            and pobj.lemma_.lower() in UNNAMED_SOURCES
            and not named_source(pobj)
            and not definite
        ):  # "reports", "sources"; but "the report" is the cited one
            attr = "estimated" if pobj.lemma_.lower() == "estimate" else "reportedly"
        return Cue(attr, [tok, to], to, 0, "pobj")
    if low == "in" and tok.dep_ == "prep":
        view = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if view is not None and view.lower_ in VIEW_NOUNS and viewer(view) is not None:
            return Cue("according_to", [tok, *tok.doc[tok.i + 1 : view.i + 1]], view, 0, "poss")
    if low in ADVERB_CUES and tok.pos_ in ("ADV", "ADJ"):
        return Cue(ADVERB_CUES[low], [tok], tok, 0, "none")
    if low == "there" and tok.dep_ == "expl":
        head = tok.head
        attr = next((c for c in head.children if c.dep_ == "attr"), None)
        if attr is not None and attr.lower_ in (
            "reports",
            "rumors",
            "rumours",
            "allegations",
            "claims",
            "suggestions",
            "estimates",
        ):
            kind = {
                "reports": "reportedly",
                "rumors": "rumored",
                "rumours": "rumored",
                "allegations": "alleged",
                "claims": "reportedly",
                "suggestions": "reportedly",
                "estimates": "estimated",
            }[attr.lower_]
            return Cue(kind, _span_tokens(tok, attr), head, 0, "none")
    verb = verb_cue(tok, quoted)
    if verb is not None:
        attr, hint = verb
        toks = [tok]
        # "it is estimated/reported that": the cue includes the expletive frame
        subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj", "expl")]
        if any(s.lower_ == "it" for s in subj) and is_passive(tok):
            hint = "none"
            if attr == "reportedly" or attr == "estimated":
                first = min(s.i for s in subj if s.lower_ == "it")
                toks = list(tok.doc[first : tok.i + 1])
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
    noun = noun_cue(tok)
    if noun is not None:
        return Cue(noun, [tok], tok, 0, "none")
    return None


def _span_tokens(a: Any, b: Any) -> list[Any]:
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return list(a.doc[lo : hi + 1])


def _depth(tok: Any, root: Any, allowed: set[int]) -> tuple[int, bool]:
    """Hops from tok up to root; blocked when the path crosses a relative clause/apposition."""
    depth, blocked = 0, False
    cur = tok
    while cur.i != root.i and cur.head.i != cur.i and cur.i in allowed:
        if (cur.dep_ in BLOCK_DEPS and not misparsed_main(cur)) or (
            cur.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in cur.children)
        ):
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
    for words, attribution in (
        (DENY_VERBS, "denied"),
        (ALLEGE_VERBS, "alleged"),
        (CLAIM_VERBS, "claimed"),
        (ESTIMATE_VERBS, "estimated"),
        (SAID_VERBS, "said"),
    ):
        if lemma in words:
            return attribution
    if lemma == "accord":
        return "according_to"
    return PREDICATE_ATTRIBUTION.get(LEMMA_FIXES.get(lemma, lemma))
