"""The Extractor: one spaCy parse per article, then named rule passes over its tokens.

The passes, in order (each a method or a module of its own):
  1. units        sentences cut at line breaks; questions, captions, credits, promos dropped
  2. clauses      each sentence split where parts are attributed differently (clauses.py),
                  each part framed by its highest cue (cues.py, predicates.py) or a speaker
                  label ('NAME: ...', labels.py)
  3. embedded     reports inside a clause of another voice: relative clauses, participles,
                  coordinated and adverbial reports, nominal frames (embedded.py)
  4. sources      each cue's source phrase resolved to a Source, pronouns included (sourcing.py)
  5. colon frames 'X said:' gives the next paragraph its speaker (propagation.py)
  6. quotations   sentences inside a quotation take its speaker (propagation.py)
  7. interviews   answers after questions go to the interviewee (interview.py)
  8. denials      'denies' links from each denial to what it denies (links.py)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.extract.clauses import Segment, sentence_segments
from factcheck.extract.cues import Cue
from factcheck.extract.embedded import embedded_cues, noun_frames
from factcheck.extract.frames import between_commas
from factcheck.extract.gender import PRONOUN_GENDER
from factcheck.extract.interview import QandA
from factcheck.extract.labels import speaker_label
from factcheck.extract.lexicon import (
    CONTENT_POS,
    NAMED_ATTRIBUTIONS,
    QUOTE_FRAME_VERBS,
    RELATIVE_PRONOUNS,
)
from factcheck.extract.links import denial_links
from factcheck.extract.predicates import can_speak
from factcheck.extract.propagation import (
    colon_frames,
    drop_records,
    opens_quotation,
    propagate_quotes,
    said_by_frame,
)
from factcheck.extract.rebuttals import Rebuttal, rebuttal_tail
from factcheck.extract.record import ClaimRecord
from factcheck.extract.registry import SourceRegistry
from factcheck.extract.scoring import certainty, checkworthiness, claim_type
from factcheck.extract.sourcing import DATELINE, inverted_end, resolve_source, source_head
from factcheck.extract.speakers import ORG_NOUNS, Mention, mention_span, words_kind
from factcheck.extract.text_units import Layout, build_layout
from factcheck.extract.types import (
    ExtractedCitation,
    ExtractedClaim,
    ExtractedSource,
    ExtractionResult,
)
from factcheck.extract.units import finite_clause, lone_caption, not_a_claim, sentence_units
from factcheck.extract.works import find_citation

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?\s*[—–-]\s+")


@dataclass
class _Document:
    """What the passes share while they walk one article."""

    doc: Doc
    layout: Layout
    registry: SourceRegistry = field(default_factory=SourceRegistry)
    interview: QandA = field(default_factory=QandA)
    records: list[ClaimRecord] = field(default_factory=list)
    citations: list[ExtractedCitation] = field(default_factory=list)
    pending_entities: list[Span] = field(default_factory=list)  # names not yet seen, last first


class Extractor:
    """Text in, claims out. Create once, reuse: the spaCy model is the expensive part."""

    def __init__(self, nlp: Language | None = None) -> None:
        if nlp is None:
            from factcheck.extract import load_nlp

            nlp = load_nlp()
        self.nlp = nlp

    def extract(self, text: str, name: str = "text", meta: dict | None = None) -> ExtractionResult:
        return next(self.extract_many([(name, text, meta)], batch_size=1))

    def extract_many(
        self, items: Iterable[tuple[str, str, dict | None]], batch_size: int = 16
    ) -> Iterator[ExtractionResult]:
        """Yield one result per (name, text, meta), in order, through nlp.pipe; a text over
        one parse's length is parsed in pieces cut at paragraphs (factcheck.extract.chunks)."""
        from factcheck.extract.chunks import extract_chunked

        yield from extract_chunked(self.nlp, self._process, items, batch_size)

    # -- one document ---------------------------------------------------------------------
    def _process(self, doc: Doc, name: str, meta: dict | None) -> ExtractionResult:
        state = self._begin(doc, meta or {})
        for unit, (a, b) in enumerate(sentence_units(doc)):
            self._read_unit(state, unit, a, b)
        records = state.records
        frames = colon_frames(doc, records, lambda head: resolve_source(head, state.registry))
        propagate_quotes(records)
        records = drop_records(records, frames)
        state.interview.attribute(records)
        for r in records:
            if r.source is not None:
                r.claim.speaker = r.source.name
        return ExtractionResult(
            name,
            [r.claim for r in records],
            denial_links(records),
            state.registry.sources,
            state.citations,
        )

    def _begin(self, doc: Doc, meta: dict) -> _Document:
        authors = meta.get("authors") or ([meta["author"]] if meta.get("author") else [])
        state = _Document(doc, build_layout(doc.text, list(authors), meta.get("title")))
        ents = list(doc.ents)
        state.registry.learn_genders(ents)
        state.pending_entities = ents[::-1]
        return state

    def _read_unit(self, state: _Document, unit: int, a: int, b: int) -> None:
        """Passes 1-4 on one sentence unit: its claims, framed and sourced."""
        doc, layout = state.doc, state.layout
        line = layout.line_of(doc[a].idx)
        state.interview.see_unit(doc, a, b, layout, state.registry)
        headline = line in layout.headlines
        if self._trailing_frame(state, a, b):
            return
        if _skipped(doc, a, b, layout, line, headline):
            self._forget_entities(state, b)  # a caption's names are no antecedents
            return
        citation = find_citation(doc, a, b)
        if citation is not None:
            state.citations.append(citation)
            state.registry.last_author = citation.author
            state.registry.last_publisher = citation.publisher
        bounds = (doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        segments = self._framed_segments(doc, a, b, layout)
        stored: dict[int, int] = {}  # segment index -> record index (some make no claim)
        for k, seg in enumerate(segments):
            rec = self._claim(doc, seg, layout, state.registry, unit, *bounds)
            if rec is None or (headline and seg.cue is None):
                continue  # a headline's own voice is no claim, its attributions are
            stored[k] = len(state.records)
            state.records.append(rec)
        for k, at in stored.items():  # the clause a parenthetical denies may come after it
            parent = segments[k].parent
            state.records[at].parent = stored.get(parent) if parent is not None else None
        for seg in _chained_segments([segments[k] for k in stored]):
            rec = self._claim(doc, seg, layout, state.registry, unit, *bounds)
            if rec is not None and rec.source is not None:
                state.records.append(rec)
        for seg in _embedded_segments(doc, a, b, layout, segments):
            rec = self._claim(doc, seg, layout, state.registry, unit, *bounds)
            if rec is not None:
                state.records.append(rec)
        while state.pending_entities and state.pending_entities[-1].start < b:
            state.registry.note_entity(state.pending_entities.pop())

    @staticmethod
    def _framed_segments(doc: Doc, a: int, b: int, layout: Layout) -> list[Segment]:
        """The sentence's clauses, a speaker label ('NAME: ...') framing those without a cue,
        a denial tail ('..., a charge ministers reject') denying the clause before it."""
        label = speaker_label(doc, a, b)
        tail = rebuttal_tail(doc, a, b)
        segments = sentence_segments(
            doc, label[1] if label else a, tail.comma if tail else b, layout
        )
        if tail is not None and segments:
            segments.append(_rebuttal_segment(tail, len(segments) - 1))
        if label is not None:
            for seg in segments:
                if seg.cue is not None:
                    seg.cue.others.append(label[0])  # the label frames the clause's own report
                seg.cue = seg.cue or label[0]
        return segments

    @staticmethod
    def _trailing_frame(state: _Document, a: int, b: int) -> bool:
        """'“It's unusual,” / Trump said.' split into two sentences: the frame gives the
        quotation before it its speaker, and is no claim of its own."""
        doc, records = state.doc, state.records
        root = next((t for t in doc[a:b] if t.dep_ == "ROOT"), None)
        if (
            root is None
            or b - a > 16
            or root.lemma_.lower() not in QUOTE_FRAME_VERBS
            or not records
        ):
            return False
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or any(
            c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "neg") for c in root.children
        ):  # 'Officials did not respond.' frames nothing
            return False
        last = records[-1]
        text = state.layout.text  # doc.text is rebuilt on every access
        between = text[last.claim.end : doc[a].idx] if last.claim.end <= doc[a].idx else "x"
        if last.claim.attribution != "asserted" or last.quoted < 0.5 or between.strip(" \n\t\"”’'"):
            return False
        if not can_speak(subject):
            return False  # "The strike continued for a week." frames no quotation
        resolved = resolve_source(subject, state.registry)
        if resolved[0] is None:
            return False
        said_by_frame(last, root, subject, resolved)
        return True

    @staticmethod
    def _forget_entities(state: _Document, b: int) -> None:
        while state.pending_entities and state.pending_entities[-1].start < b:
            state.pending_entities.pop()

    def _claim(
        self,
        doc: Doc,
        seg: Segment,
        layout: Layout,
        reg: SourceRegistry,
        unit: int,
        sent_start: int,
        sent_end: int,
    ) -> ClaimRecord | None:
        cue = seg.cue
        attribution = cue.attribution if cue else "asserted"
        end_tok = seg.end
        source, role, kind, obj_lemma, anaphoric = None, None, None, None, False
        mention: tuple[int, int] | None = None
        if seg.speaker is not None:
            source, role, kind, mention = _named_by_words(doc, seg.speaker, reg)
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
            certainty=certainty(attribution, tokens),
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


def _rebuttal_segment(tail: Rebuttal, parent: int) -> Segment:
    verb = tail.verb
    cue = Cue("denied", [verb], verb, 0, "none")
    allowed = set(range(tail.start, tail.end))
    speaker = (tail.speaker_start, tail.speaker_end)
    return Segment(tail.start, tail.end, verb, allowed, "paren", parent, cue, speaker)


def _named_by_words(
    doc: Doc, span: tuple[int, int], reg: SourceRegistry
) -> tuple[ExtractedSource | None, str | None, str | None, tuple[int, int]]:
    """The source a run of words names, read from the words when the parse cannot be
    trusted: a pronoun resolved, 'the hospital' as the organisation named before, else the
    words themselves ('ministers', 'the Kremlin')."""
    tokens = list(doc[span[0] : span[1]])
    mention = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    last = tokens[-1]
    if len(tokens) == 1 and last.pos_ == "PRON":
        named = _person_before(last, reg)
        if named is not None:  # "Ruiz says Hale took a bribe, an allegation he denies"
            return named, named.role, named.kind, mention
        source, role, kind = resolve_source(last, reg)
        return source, role, kind, mention
    words = [t for t in tokens if t.lower_ not in ("the", "a", "an")]
    if len(words) == 1 and last.lemma_.lower() in ORG_NOUNS:
        org = reg.resolve_org_noun(last.lemma_.lower())
        if org is not None:
            return org, org.role, org.kind, mention
    source = reg.add(Mention(" ".join(t.text for t in words), None, words_kind(words)))
    return source, None, source.kind if source is not None else None, mention


def _person_before(pronoun: Token, reg: SourceRegistry) -> ExtractedSource | None:
    """The last person named in the pronoun's own sentence before it, if the pronoun can
    stand for them (the registry has not seen this sentence's names yet)."""
    want = PRONOUN_GENDER.get(pronoun.lower_)
    if want is None:
        return None
    sent = pronoun.sent
    people = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
    for ent in reversed(people):
        if reg.gender_of(ent.text) in (None, want):
            return reg.add(Mention(ent.text, None, "person"))
    return None


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


def _skipped(doc: Doc, a: int, b: int, layout: Layout, line: int, headline: bool) -> bool:
    """Lines the layout set aside (unless a body line lacking its stop, or a headline) and
    units that hold no claim."""
    if (
        line in layout.skip_lines
        and not headline
        and not (line in layout.maybe_body and finite_clause(doc, a, b))
    ):
        return True
    return not_a_claim(doc, a, b) or lone_caption(doc, a, b, layout)


def _embedded_segments(
    doc: Doc, a: int, b: int, layout: Layout, segments: list[Segment]
) -> list[Segment]:
    """Pass 3: the reports embedded in the sentence, as segments of their own content."""
    found = embedded_cues(doc, a, b, layout, _framing_tokens(segments))
    return [
        Segment(e.start, e.end, e.cue.anchor, set(range(e.start, e.end)), "embedded", None, e.cue)
        for e in found + noun_frames(doc, a, b, layout)
    ]


def _chained_segments(segments: list[Segment]) -> list[Segment]:
    """Pass 3b: a report of a report. '“…,” Sanders said, according to CNN': Sanders said
    it, and CNN is the source of that; the outer claim, CNN's, frames the same clause."""
    out = []
    for seg in segments:
        cue = seg.cue
        if cue is None or cue.attribution in ("according_to", "reportedly", "asserted"):
            continue
        outer = next((c for c in cue.others if _outer_frame(c)), None)
        # 'X is alleged to ..., according to prosecutors': the only source, not an outer one
        if outer is not None and source_head(cue) is not None:
            out.append(Segment(seg.start, seg.end, seg.root, seg.allowed, "chained", None, outer))
    return out


def _outer_frame(cue: Cue) -> bool:
    """A cue that frames a clause already framed by another: 'according to Y', a label
    ('Ortiz: Voters Will Say No'), a parenthetical ('The Ledger, Ruiz said, called it ...')."""
    if cue.attribution == "according_to" or cue.source_hint == "label":
        return True
    return cue.anchor.dep_ == "parataxis" and between_commas(cue.anchor)


def _framing_tokens(segments: list[Segment]) -> set[int]:
    """Token indexes of the cues the segments frame their clauses with (a lower-ranked cue
    of the same clause, 'defended the plan, saying ...', may still frame its own content)."""
    out: set[int] = set()
    for seg in segments:
        if seg.cue is not None:
            out.add(seg.cue.anchor.i)
            out.update(t.i for t in seg.cue.tokens)
            if seg.cue.anchor.pos_ == "ADV":  # "Moscow reportedly reminds": one frame
                out.add(seg.cue.anchor.head.i)
    return out


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
