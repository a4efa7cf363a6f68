"""The Extractor: one spaCy parse per article, then linear rule passes over its tokens."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from factcheck.extract.clauses import Segment, sentence_segments
from factcheck.extract.frames import is_passive, misparsed_main, viewer
from factcheck.extract.interview import QandA
from factcheck.extract.lexicon import (
    ALLEGE_VERBS,
    CLAIM_VERBS,
    DENY_VERBS,
    ESTIMATE_VERBS,
    HEARSAY_VERBS,
    SAID_VERBS,
)
from factcheck.extract.links import denial_links
from factcheck.extract.propagation import (
    QUOTE_OPENERS,
    colon_frames,
    drop_records,
    propagate_quotes,
)
from factcheck.extract.registry import SourceRegistry
from factcheck.extract.scoring import certainty, checkworthiness, claim_type
from factcheck.extract.speakers import (
    ORG_NOUNS,
    Mention,
    juxtaposed_name,
    split_name_role,
)
from factcheck.extract.text_units import (
    CREDIT,
    PROMO,
    PROMO_ANY,
    SOCIAL,
    Layout,
    build_layout,
)
from factcheck.extract.types import ExtractedCitation, ExtractedClaim, ExtractionResult
from factcheck.extract.works import find_citation

# present-simple verbs of state or habit that news prose uses for facts, not scenes
STATIVE_VERBS = {"be", "have", "remain", "employ", "own", "contain", "include", "cost",
                 "need", "mean", "seem", "appear", "represent", "account", "belong", "depend",
                 "exist", "lack", "face", "operate", "serve", "cover", "carry", "make",
                 "produce", "supply", "provide", "allow", "require", "expect", "plan", "know",
                 "want", "believe", "think", "hope", "fear", "run", "control", "hold", "use",
                 "receive", "earn", "pay", "consist", "total", "reach", "exceed",
                 "keep", "get", "take", "go", "come", "do", "say"}
STATIVE_VERBS |= {"suspect", "recommend", "doubt", "agree", "disagree", "support", "oppose",
                  "favour", "favor", "prefer", "like", "love", "worry", "consider", "see",
                  "regard", "expect", "predict", "tend", "continue", "face", "struggle"}
CUE_LEMMAS = (SAID_VERBS | CLAIM_VERBS | ALLEGE_VERBS | DENY_VERBS | ESTIMATE_VERBS
              | HEARSAY_VERBS)
SCENE_PREPS = {"on", "in", "at", "near", "outside", "inside", "along", "during", "behind",
               "across", "through", "past", "into", "under", "beside", "to", "toward",
               "towards", "over", "around", "from", "by"}
PEOPLE_WORKS = {"researcher", "researchers", "author", "authors", "writer", "scientist"}
NAMED_ATTRS = {"said", "according_to", "claimed", "denied", "alleged", "estimated"}
TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?\s*[—–-]\s+")
QUESTION_END = re.compile(r"\?[\"”’'\)\]]*\s*$")
# '“Why would we stop?” she asked.': a question with its frame
QUOTED_QUESTION = re.compile(r"\?[\"”’]\s*,?\s*(?:[\w’'.-]+\s+){0,5}[\w’'.-]+\.?\s*$")
CLOSING_MARKS = {'"', "”", "’", ")", "]"}
SPEECH_LEMMAS = {"say", "ask", "add", "tell", "reply", "write", "note", "explain", "insist"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


@dataclass
class _Rec:
    """A claim under construction with the bookkeeping later passes need."""

    claim: ExtractedClaim
    seg: Segment
    unit: int
    para: int
    regions: list[int]
    quoted: float
    lemmas: set[str] = field(default_factory=set)
    source: Any = None
    parent: int | None = None  # index into records of the clause a parenthetical denies
    obj_lemma: str | None = None
    anaphoric: bool = False  # "rejected the claims": denies something said before
    colon_frame: bool = False  # "the firm said:" introducing the next paragraph's quotation


class Extractor:
    """Text in, claims out. Create once, reuse: the spaCy model is the expensive part."""

    def __init__(self, nlp: Any = None) -> None:
        if nlp is None:
            from factcheck.extract import load_nlp

            nlp = load_nlp()
        self.nlp = nlp

    def extract(self, text: str, name: str = "text", meta: dict | None = None
                ) -> ExtractionResult:
        return next(self.extract_many([(name, text, meta)], batch_size=1))

    def extract_many(self, items: Iterable[tuple[str, str, dict | None]],
                     batch_size: int = 16) -> Iterator[ExtractionResult]:
        """Yield one result per (name, text, meta), in order, through nlp.pipe; a text over
        one parse's length is parsed in pieces cut at paragraphs (factcheck.extract.chunks)."""
        from factcheck.extract.chunks import extract_chunked

        yield from extract_chunked(self.nlp, self._process, items, batch_size)

    # -- one document ---------------------------------------------------------------------
    def _process(self, doc: Any, name: str, meta: dict | None) -> ExtractionResult:
        meta = meta or {}
        authors = meta.get("authors") or ([meta["author"]] if meta.get("author") else [])
        layout = build_layout(doc.text, list(authors), meta.get("title"))
        reg = SourceRegistry()
        recs: list[_Rec] = []
        citations: list[ExtractedCitation] = []
        ents = list(doc.ents)
        reg.learn_genders(ents)
        ents.reverse()
        qa = QandA()
        for u, (a, b) in enumerate(_units(doc)):
            start = doc[a].idx
            line = layout.line_of(start)
            qa.see_unit(doc, a, b, layout, reg)
            if (line in layout.skip_lines and not (line in layout.maybe_body
                                                   and _finite_clause(doc, a, b))) \
                    or _not_claim(doc, a, b) or _lone_caption(doc, a, b, layout):
                while ents and ents[-1].start < b:  # a caption's names are no antecedents
                    ents.pop()
                continue
            cit = find_citation(doc, a, b)
            if cit is not None:
                citations.append(cit)
                reg.last_author = cit.author
                reg.last_publisher = cit.publisher
            sent_end = doc[b - 1].idx + len(doc[b - 1].text)
            base = len(recs)
            for seg in sentence_segments(doc, a, b, layout):
                rec = self._claim(doc, seg, layout, reg, u, start, sent_end)
                if rec is None:
                    continue
                if seg.parent is not None:
                    rec.parent = base + seg.parent
                recs.append(rec)
            while ents and ents[-1].start < b:
                reg.note_entity(ents.pop())
        frames = colon_frames(doc, recs, lambda head: _resolve(head, reg))
        propagate_quotes(recs)
        recs = drop_records(recs, frames)
        qa.attribute(recs)
        claims = [r.claim for r in recs]
        for r in recs:
            if r.source is not None:
                r.claim.speaker = r.source.name
        links = denial_links(recs)
        return ExtractionResult(name, claims, links, reg.sources, citations)

    def _claim(self, doc: Any, seg: Segment, layout: Layout, reg: SourceRegistry, unit: int,
               sent_start: int, sent_end: int) -> _Rec | None:
        cue = seg.cue
        attribution = cue.attribution if cue else "asserted"
        end_tok = seg.end
        source, role, kind, obj_lemma, anaphoric = None, None, None, None, False
        if cue is not None:
            head = _source_head(cue)
            if head is None and attribution in ("alleged", "estimated"):
                # "X is alleged to ..., according to prosecutors": the source is elsewhere
                head = next((h for h in map(_source_head, cue.others) if h is not None), None)
            if head is not None and attribution in NAMED_ATTRS:
                source, role, kind = _resolve(head, reg)
                end_tok = _inverted_end(doc, cue, head, seg)
            if attribution == "denied":
                obj = next((c for c in cue.anchor.children if c.dep_ in ("dobj", "ccomp")), None)
                obj_lemma = obj.lemma_.lower() if obj is not None else None
                anaphoric = obj is not None and _anaphoric(obj)
        start = doc[seg.start].idx
        stamp = TIMESTAMP.match(layout.text, start)
        if stamp:  # a live blog's "14:05 — Police say ...": the time is no part of the claim
            start = stamp.end()
        last = doc[end_tok - 1]
        end = last.idx + len(last.text)
        text = layout.text
        if end <= start or not text[start:end].strip():
            return None
        tokens = list(doc[seg.start:end_tok])
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return None
        visible = sum(1 for ch in text[start:end] if not ch.isspace()) or 1
        quoted = layout.quoted_chars(start, end) / visible
        # '"They walked out," the minister told reporters': the content is the quotation
        opens_quoted = text[start] in QUOTE_OPENERS and layout.quoted_chars(start, start + 1) > 0
        direct = attribution != "asserted" and (quoted >= 0.3 or opens_quoted)
        ctype = claim_type(tokens, quoted > 0.5)
        cue_text = None
        if cue is not None:
            cs, ce = cue.text_span
            cue_text = text[cs:ce]
        claim = ExtractedClaim(
            quote=text[start:end], start=start, end=end,
            sentence_start=sent_start, sentence_end=sent_end,
            attribution=attribution, cue=cue_text,
            speaker=source.name if source is not None else None,
            speaker_role=role, speaker_kind=kind, direct_quote=direct,
            certainty=certainty(attribution, tokens),
            checkworthiness=checkworthiness(tokens, ctype, attribution),
            claim_type=ctype, claim_text=_claim_text(text, start, end, layout, cue),
        )
        lemmas = {t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop}
        return _Rec(claim, seg, unit, layout.para_of(start), layout.region_ids(start, end),
                    quoted, lemmas, source, None, obj_lemma, anaphoric)


def _units(doc: Any) -> Iterator[tuple[int, int]]:
    """Sentences, cut again at line breaks, without surrounding whitespace tokens; a closing
    quotation mark the parser left at the start of the next sentence goes back to its own."""
    starts = set()
    for sent in doc.sents:
        starts.add(sent.start)
        for i in range(sent.start, sent.end):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                starts.add(i + 1)
    n = len(doc)
    fixed = []
    for k in sorted(starts):
        while (0 < k < n and doc[k].text in CLOSING_MARKS and not doc[k - 1].whitespace_
               and (doc[k].whitespace_ or k + 1 == n or doc[k + 1].is_punct
                    or doc[k + 1].is_space)):
            k += 1
        fixed.append(k)
    bounds = sorted(set(fixed) | {n})
    for a, b in pairwise(bounds):
        yield from _strip_space(doc, a, b)


def _strip_space(doc: Any, a: int, b: int) -> Iterator[tuple[int, int]]:
    while a < b and doc[a].is_space:
        a += 1
    while b > a and doc[b - 1].is_space:
        b -= 1
    if b > a:
        yield a, b


def _not_claim(doc: Any, a: int, b: int) -> bool:
    """Questions, credits, promos, fragments without a verb."""
    span = doc[a:b]
    text = span.text
    if QUESTION_END.search(text) or QUOTED_QUESTION.search(text):
        return True
    if CREDIT.match(text) or PROMO.match(text) or PROMO_ANY.search(text) or SOCIAL.search(text):
        return True
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 2 or (len(words) == 2 and not _short_sentence(words)):
        return True  # "Nobody came." is a sentence; "Photo credit", "she asked." are not
    return not any(t.pos_ in ("VERB", "AUX") for t in span)


def _lone_caption(doc: Any, a: int, b: int, layout: Layout) -> bool:
    """A photo caption without its credit line: a short paragraph of its own, between body
    paragraphs, that describes a scene in the present simple ('Sailors stand on the deck
    during a port visit'); news prose tells events in the past and states facts with
    stative verbs ('The firm employs 2,100 people')."""
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    p = layout.para_of(start)
    starts = layout.para_starts
    if p < 2 or p + 1 >= len(starts) or starts[p] != start:
        return False
    if layout.text[end:starts[p + 1]].strip() or layout.quoted_chars(start, end):
        return False
    words = [t for t in doc[a:b] if not (t.is_punct or t.is_space)]
    root = next((t for t in doc[a:b] if t.dep_ == "ROOT"), None)
    if len(words) > 25 or root is None or root.tag_ not in ("VBZ", "VBP"):
        return False
    if root.lemma_.lower() in STATIVE_VERBS | CUE_LEMMAS or any(
            c.dep_ in ("aux", "neg", "ccomp", "mark") for c in root.children):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # a bare or indefinite common noun ("Sailors", "A man"); "the company" or "she"
    # continues the story
    if subj is None or subj.pos_ != "NOUN":
        return False
    dets = [c.lower_ for c in subj.children if c.dep_ in ("det", "poss")]
    if not (dets in (["a"], ["an"]) or (not dets and subj.tag_ == "NNS")):
        return False
    return any(t.dep_ == "prep" and t.lower_ in SCENE_PREPS for t in root.subtree)


def _anaphoric(obj: Any) -> bool:
    """'the claims', 'that assessment', 'this': points back; 'claims that X' carries X."""
    if obj.dep_ != "dobj" or any(c.dep_ in ("acl", "ccomp", "relcl") for c in obj.children):
        return False
    return obj.lower_ in ("this", "that", "it", "them") or any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "that", "this", "these", "those", "such")
        for c in obj.children)


def _finite_clause(doc: Any, a: int, b: int) -> bool:
    """A sentence that only lacks its full stop: a finite verb with its own subject."""
    for t in doc[a:b]:
        if (t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.tag_ in (
                "VBD", "VBZ", "VBP", "MD")) or (t.dep_ in ("nsubj", "nsubjpass") and any(
                c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in t.head.children
                if c.dep_ in ("aux", "auxpass"))):
            return True
    return False


def _short_sentence(words: list[Any]) -> bool:
    return (words[0].text[:1].isupper() and any(t.dep_ == "nsubj" for t in words)
            and not any(t.lemma_ in SPEECH_LEMMAS for t in words))


def _source_head(cue: Any) -> Any:
    anchor = cue.anchor
    if cue.source_hint == "none":
        return None
    if cue.source_hint == "self":  # the anchor itself names the source
        return anchor
    if anchor.dep_ == "acl" and misparsed_main(anchor):
        return anchor.head
    if cue.source_hint == "poss":  # "in her view"
        return viewer(anchor)
    if cue.source_hint == "pobj":
        return next((c for c in anchor.children if c.dep_ == "pobj"), None)
    if cue.source_hint == "agent":
        for c in anchor.children:
            if c.dep_ == "agent":
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        return None
    verb = anchor
    for _ in range(3):
        if _quoted_as(verb):  # "X was quoted as saying": X is the speaker
            verb = verb.head.head
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        subjs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj = next((s for s in subjs if not _inside_quote(s, verb)), subjs[0] if subjs else None)
        if subj is not None:
            if subj.lower_ == "it" and any(c.dep_ == "auxpass" for c in verb.children):
                return None
            if subj.dep_ == "nsubjpass":
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                if agent is None:
                    return None
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
            return subj
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    return None


def _quoted_as(verb: Any) -> bool:
    """'saying' in 'was quoted as saying'."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.lemma_ == "quote"
            and is_passive(prep.head))


def _inside_quote(subj: Any, verb: Any) -> bool:
    """'“Nobody cares,” said Jana Kolar': the quotation's subject sits before its closing mark,
    the speaker after the verb."""
    if subj.i > verb.i:
        return False
    return any(t.text in ("”", '"') for t in subj.doc[subj.i + 1:verb.i])


def _resolve(head: Any, reg: SourceRegistry) -> tuple[Any, str | None, str | None]:
    m = split_name_role(head)
    if m.pronoun:
        if m.pronoun in ("i", "you", "we") :
            return None, None, None
        src = reg.resolve_pronoun(m.pronoun)
        return src, (src.role if src else None), (src.kind if src else None)
    if m.work:
        # "the author", "the article": the cited work's author; an uncited "study" or
        # "documents" speaks for itself
        cited = reg.last_author
        if cited is None and head.lemma_.lower() not in PEOPLE_WORKS:
            cited = reg.last_publisher  # "the article" of a publisher without a named author
        if cited:
            src = reg.add(Mention(cited, None, "person" if reg.last_author else "organization"))
            return src, m.role, src.kind if src else m.kind
        src = reg.add(Mention(m.role, None, m.kind)) if m.role else None
        return src, m.role, m.kind
    named_appos = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children) or (
        juxtaposed_name(head) is not None)
    if _definite_role(head) and not named_appos:
        earlier = reg.by_role(head.lemma_.lower())
        if earlier is not None:  # "the spokesman said" after "Lev Antal, a spokesman for ..."
            return earlier, earlier.role, earlier.kind
        if head.lemma_.lower() in ORG_NOUNS and _bare(head):
            org = reg.resolve_org_noun(head.lemma_.lower())
            if org is not None:  # "the company denied", "the bank reported"
                return org, org.role, org.kind
    src = reg.add(m)
    return src, m.role, (src.kind if src is not None else m.kind)


def _bare(head: Any) -> bool:
    """'the company', not 'the national gas operator' (a description of its own)."""
    return all(c.dep_ in ("det", "punct") or c.is_space for c in head.children
               if c.i < head.i or c.dep_ in ("prep", "compound", "amod"))


def _definite_role(head: Any) -> bool:
    return head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def _inverted_end(doc: Any, cue: Any, head: Any, seg: Segment) -> int:
    """'“…,” said X during a visit' ends at X (plus a sentence-final stop)."""
    verb = cue.anchor
    if not (head.i > verb.i and verb.i > seg.start and seg.start <= head.i < seg.end):
        return seg.end
    before = doc[seg.start:verb.i].text
    if not any(q in before for q in ("”", '"')):
        return seg.end
    end = head.i + 1
    if end < seg.end and doc[end].text in (".", "!", "…"):
        end += 1
    return end


def _claim_text(text: str, start: int, end: int, layout: Layout, cue: Any) -> str:
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
