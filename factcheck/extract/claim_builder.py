"""One claim record from one segment: its span, source, mention, cue and scores.

The extractor (extractor.py) decides which segments a sentence has; this module turns each
into the ExtractedClaim users see, with the working record the later passes read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extract.frames import ANSWERS
from factcheck.extract.inversions import ADDRESSED_VERBS, inverted_end
from factcheck.extract.lexicon import CONTENT_POS, NAMED_ATTRIBUTIONS, RELATIVE_PRONOUNS
from factcheck.extract.propagation import opens_quotation
from factcheck.extract.record import ClaimRecord
from factcheck.extract.scoring import certainty, checkworthiness, claim_type
from factcheck.extract.sourcing import (
    DATELINE,
    resolve_source,
    source_head,
    source_named_by_words,
)
from factcheck.extract.speakers import mention_span
from factcheck.extract.types import ExtractedClaim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.extract.clauses import Segment
    from factcheck.extract.cues import Cue
    from factcheck.extract.registry import SourceRegistry
    from factcheck.extract.text_units import Layout

TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?\s*[—–-]\s+")


def claim_record(
    doc: Doc,
    seg: Segment,
    layout: Layout,
    reg: SourceRegistry,
    unit: int,
    sent_start: int,
    sent_end: int,
) -> ClaimRecord | None:
    """The claim of segment `seg` of the sentence [sent_start, sent_end) (characters), or
    None when the segment holds no claim (no words, no verb)."""
    cue = seg.cue
    attribution = cue.attribution if cue else "asserted"
    end_tok = seg.end
    source, role, kind, obj_lemma, anaphoric = None, None, None, None, False
    mention: tuple[int, int] | None = None
    if seg.speaker is not None:
        source, role, kind, mention = source_named_by_words(doc, seg.speaker, reg)
    elif cue is not None:
        head = source_head(cue)
        if head is None and attribution in ("alleged", "estimated"):
            # "X is alleged to ..., according to prosecutors": the source is elsewhere
            head = next((h for h in map(source_head, cue.others) if h is not None), None)
        if head is not None and attribution in NAMED_ATTRIBUTIONS:
            source, role, kind = resolve_source(head, reg)
            if source is not None:
                mention = _mention_in_clause(cue, head)
            end_tok = inverted_end(doc, cue, head, seg)
        if attribution == "denied":
            obj = next((c for c in cue.anchor.children if c.dep_ in ("dobj", "ccomp")), None)
            obj_lemma = obj.lemma_.lower() if obj is not None else None
            anaphoric = obj is not None and _anaphoric(obj)
    start = doc[seg.start].idx
    stamp = TIMESTAMP.match(layout.text, start) or DATELINE.match(layout.text, start)
    if stamp:  # a live blog's "14:05 — Police say ...": the time is no part of the claim
        start = stamp.end()
    last = doc[end_tok - 1]
    end = last.idx + len(last.text)
    text = layout.text
    if end <= start or not text[start:end].strip():
        return None
    tokens = list(doc[seg.start : end_tok])
    if seg.speaker is None and not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None  # (a denial tail's verb may be tagged a noun: 'a figure X disputes')
    if cue is not None and _frame_only(cue, tokens):
        return None  # '…didn't he?'' Mrs. Clinton said.': its quotation was no claim
    visible = sum(1 for ch in text[start:end] if not ch.isspace()) or 1
    quoted = layout.quoted_chars(start, end) / visible
    # '"They walked out," the minister told reporters': the content is the quotation
    opens_quoted = (
        opens_quotation(text[start : start + 2]) and layout.quoted_chars(start, start + 1) > 0
    )
    direct = attribution != "asserted" and (quoted >= 0.3 or opens_quoted)
    ctype = claim_type(tokens, quoted > 0.5)
    cue_text, cs, ce = None, None, None
    if cue is not None:
        cs, ce = cue.text_span
        cue_text = text[cs:ce]
    claim = ExtractedClaim(
        quote=text[start:end],
        start=start,
        end=end,
        sentence_start=sent_start,
        sentence_end=sent_end,
        attribution=attribution,
        cue=cue_text,
        speaker=source.name if source is not None else None,
        speaker_role=role,
        speaker_kind=kind,
        direct_quote=direct,
        certainty="negated" if _negated_cue(cue) else certainty(attribution, tokens),
        checkworthiness=checkworthiness(text[start:end], attribution, kind, direct),
        claim_type=ctype,
        claim_text=_claim_text(text, start, end, layout, cue),
        cue_start=cs,
        cue_end=ce,
        speaker_start=mention[0] if mention else None,
        speaker_end=mention[1] if mention else None,
    )
    lemmas = {t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop}
    return ClaimRecord(
        claim,
        seg,
        unit,
        layout.para_of(start),
        layout.region_ids(start, end),
        quoted,
        lemmas,
        source,
        None,
        obj_lemma,
        anaphoric,
    )


def _mention_in_clause(cue: Cue, head: Token) -> tuple[int, int]:
    """Where the clause names its source: the phrase, or in 'Pike, who says ...' the
    relative pronoun that stands for it there."""
    verb = cue.anchor
    if verb.dep_ == "relcl" and verb.head.i == head.i:
        rel = next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS), None
        )
        if rel is not None:
            return rel.idx, rel.idx + len(rel.text)
    return mention_span(head)


# What a verb says: a clause, a quotation, an object ('said so'); not who heard it
_CONTENT_DEPS = {"ccomp", "xcomp", "parataxis", "dobj", "attr", "oprd", "acomp", "advcl", "conj"}


def _frame_only(cue: Cue, tokens: list[Token]) -> bool:
    """A quotation's frame left with nothing to frame: '” he told the cheering crowd.',
    "Mrs. Clinton said. ''" once its quotation (a question, an exclamation) made no claim.
    Only a frame right next to a quotation mark, with no content of its own."""
    verb = cue.anchor
    if verb is None or verb.dep_ != "ROOT" or cue.source_hint == "label" or not tokens:
        return False
    doc = verb.doc
    before = tokens[0].i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    words = [t for t in tokens if not t.is_space]
    if not ((before >= verb.sent.start and doc[before].is_quote) or words[-1].is_quote):
        return False
    if any(t.is_alpha and _in_quote_marks(t, tokens) for t in tokens):
        return False
    if any(c.lower_ in ANSWERS for c in verb.children):
        return False  # '55 percent said so', 'said yes'
    addressed = verb.lemma_.lower() in ADDRESSED_VERBS
    own = {t.i for t in tokens}
    return not any(
        c.dep_ in _CONTENT_DEPS and not (addressed and c.dep_ == "dobj")
        for c in verb.children
        if c.i in own
    )


def _in_quote_marks(tok: Token, tokens: list[Token]) -> bool:
    """A word between an opening and a closing quotation mark of the claim's own tokens."""
    opened = False
    for t in tokens:
        if t.i == tok.i:
            return opened
        if t.is_quote:
            opened = not opened
    return False


def _negated_cue(cue: Cue | None) -> bool:
    """'Hale did not say the port was broke', '..., never saying it': nobody asserts it."""
    return (
        cue is not None
        and cue.anchor is not None
        and any(c.dep_ == "neg" for c in cue.anchor.children)
    )


def _anaphoric(obj: Token) -> bool:
    """'the claims', 'that assessment', 'this': points back; 'claims that X' carries X."""
    if obj.dep_ != "dobj" or any(c.dep_ in ("acl", "ccomp", "relcl") for c in obj.children):
        return False
    return obj.lower_ in ("this", "that", "it", "them") or any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "that", "this", "these", "those", "such")
        for c in obj.children
    )


def _claim_text(text: str, start: int, end: int, layout: Layout, cue: Cue | None) -> str:
    """The content without its attribution frame: the quotation, or the reported clause."""
    if cue is None:
        return text[start:end]
    inner = [(max(qs, start), min(qe, end)) for qs, qe in layout.quotes if qs < end and qe > start]
    if inner:
        qs, qe = max(inner, key=lambda r: r[1] - r[0])
        body = text[qs:qe].strip("“”\"'‘’ ,")
        if len(body) > 20:
            return body
    if cue.attribution == "according_to" or cue.tokens[0].lower_ == "according":
        acc = cue.tokens[0]
        ls, le = acc.left_edge.idx, acc.right_edge.idx + len(acc.right_edge.text)
        if ls <= start + 1:
            return text[le:end].strip(" ,;:—–-")
        if text[le:end].strip(" .") == "":
            return text[start:ls].strip(" ,;:—–-")
    comp = next((c for c in cue.anchor.children if c.dep_ == "ccomp"), None)
    if comp is not None and start <= comp.left_edge.idx < end:
        toks = [t for t in comp.subtree if t.dep_ != "mark" or t.head.i != comp.i]
        cs = toks[0].idx
        ce = min(end, toks[-1].idx + len(toks[-1].text))
        if ce - cs > 10:
            return text[cs:ce]
    return text[start:end]
