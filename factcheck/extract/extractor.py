"""The Extractor: one spaCy parse per article, then named rule passes over its tokens.

The passes, in order (each a method or a module of its own):
  1. units        sentences cut at line breaks; questions, captions, credits, promos dropped
  2. clauses      each sentence split where parts are attributed differently (clauses.py),
                  each part framed by its highest cue (cues.py, predicates.py) or a speaker
                  label ('NAME: ...', labels.py); a denial tail ('..., a charge ministers
                  reject') split off as a denial of the clause (rebuttals.py); each part
                  made a claim record (claim_builder.py)
  3. embedded     reports inside a clause of another voice: relative clauses, participles,
                  coordinated and adverbial reports, nominal frames (embedded.py)
  4. sources      each cue's source phrase resolved to a Source, pronouns included (sourcing.py)
  5. colon frames 'X said:' gives the next paragraph its speaker (propagation.py)
  6. quotations   sentences inside a quotation take its speaker (propagation.py)
  7. interviews   answers after questions go to the interviewee (interview.py)
  8. denials      'denies' links from each denial to what it denies (links.py)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.extract.claim_builder import claim_record
from factcheck.extract.clauses import Segment, sentence_segments
from factcheck.extract.cues import Cue
from factcheck.extract.embedded import embedded_cues, noun_frames
from factcheck.extract.frames import between_commas
from factcheck.extract.gender import untagged_people
from factcheck.extract.interview import QandA
from factcheck.extract.inversions import ADDRESSED_VERBS
from factcheck.extract.labels import speaker_label
from factcheck.extract.lexicon import (
    QUOTE_FRAME_VERBS,
)
from factcheck.extract.links import denial_links
from factcheck.extract.predicates import can_speak
from factcheck.extract.propagation import (
    colon_frames,
    drop_records,
    propagate_quotes,
    said_by_frame,
)
from factcheck.extract.rebuttals import rebuttal_segment, rebuttal_tail
from factcheck.extract.record import ClaimRecord
from factcheck.extract.registry import SourceRegistry
from factcheck.extract.sourcing import resolve_source, source_head
from factcheck.extract.text_units import Layout, build_layout
from factcheck.extract.types import (
    ExtractedCitation,
    ExtractionResult,
)
from factcheck.extract.units import finite_clause, lone_caption, not_a_claim, sentence_units
from factcheck.extract.works import find_citation

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


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
            rec = claim_record(doc, seg, layout, state.registry, unit, *bounds)
            if rec is None or (headline and seg.cue is None):
                continue  # a headline's own voice is no claim, its attributions are
            stored[k] = len(state.records)
            state.records.append(rec)
        for k, at in stored.items():  # the clause a parenthetical denies may come after it
            parent = segments[k].parent
            state.records[at].parent = stored.get(parent) if parent is not None else None
        for seg in _chained_segments([segments[k] for k in stored]):
            rec = claim_record(doc, seg, layout, state.registry, unit, *bounds)
            if rec is not None and rec.source is not None:
                state.records.append(rec)
        for seg in _embedded_segments(doc, a, b, layout, segments):
            rec = claim_record(doc, seg, layout, state.registry, unit, *bounds)
            if rec is not None:
                state.records.append(rec)
        while state.pending_entities and state.pending_entities[-1].start < b:
            state.registry.note_entity(state.pending_entities.pop())
        for person in untagged_people(doc, a, b):
            state.registry.note_entity(person)

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
            segments.append(rebuttal_segment(tail, len(segments) - 1))
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
        addressed = root.lemma_.lower() in ADDRESSED_VERBS  # '“…!” he told the crowd.'
        if subject is None or any(
            c.dep_ in ("ccomp", "xcomp", "parataxis", "neg") or (c.dep_ == "dobj" and not addressed)
            for c in root.children
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
