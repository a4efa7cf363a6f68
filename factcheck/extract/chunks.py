"""Texts longer than one spaCy call allows: cut at paragraph breaks, offsets kept exact."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import groupby
from typing import Any

from factcheck.extract.types import (
    OFFSET_FIELDS,
    ExtractedCitation,
    ExtractedClaim,
    ExtractedLink,
    ExtractedSource,
    ExtractionResult,
)

# One parse holds this many characters at most: far above a news article (they stay one
# parse, as before), small enough that a 5 MB file parses piece by piece in flat memory.
CHUNK_CHARS = 100_000
# Where to cut, best first: a blank line (paragraph), a line break, a sentence end, a space.
_BREAKS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?…][\"”’)\]]*\s+"),
    re.compile(r"\s+"),
)


def chunk_limit(nlp: Any) -> int:
    """The longest piece one call may take: CHUNK_CHARS, or less if the model says so."""
    max_length = getattr(nlp, "max_length", None) or CHUNK_CHARS
    return max(1, min(CHUNK_CHARS, max_length))


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering `text` exactly: text[offset:offset+len(piece)] == piece.

    Each piece is at most `limit` characters and ends just after the best break found in
    its second half (paragraph, then line, sentence, space), so no paragraph is cut unless
    it alone is longer than the limit.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = _best_cut(text, start, start + limit)
        pieces.append((start, text[start:cut]))
        start = cut
    if start < len(text) or not pieces:
        pieces.append((start, text[start:]))
    return pieces


def _best_cut(text: str, start: int, stop: int) -> int:
    """The end of the last break of the best kind in text[start:stop], past its middle."""
    floor = start + (stop - start) // 2
    for pattern in _BREAKS:
        last = None
        for match in pattern.finditer(text, floor, stop):
            last = match
        if last is not None and last.end() > start:
            return min(last.end(), stop)
    return stop  # one unbroken run of characters: cut it where it must be cut


def shift_result(result: ExtractionResult, offset: int) -> ExtractionResult:
    """The same result with every offset moved by `offset` (a piece back into its text)."""
    if offset == 0:
        return result
    claims = [_shift_claim(c, offset) for c in result.claims]
    citations = [replace(c, start=c.start + offset, end=c.end + offset) for c in result.citations]
    return ExtractionResult(
        result.article, claims, list(result.links), list(result.sources), citations
    )


def _shift_claim(claim: ExtractedClaim, offset: int) -> ExtractedClaim:
    moved = {
        name: getattr(claim, name) + offset
        for name in OFFSET_FIELDS
        if getattr(claim, name) is not None
    }
    return replace(claim, **moved)


@dataclass
class _Merged:
    """The results of one text's pieces, joined in order."""

    name: str
    claims: list[ExtractedClaim] = field(default_factory=list)
    links: list[ExtractedLink] = field(default_factory=list)
    sources: dict[str, ExtractedSource] = field(default_factory=dict)
    citations: list[ExtractedCitation] = field(default_factory=list)

    def add(self, part: ExtractionResult) -> None:
        base = len(self.claims)
        self.claims.extend(part.claims)
        self.links.extend(
            replace(lk, from_index=lk.from_index + base, to_index=lk.to_index + base)
            for lk in part.links
        )
        for source in part.sources:
            known = self.sources.get(source.name)
            if known is None:
                self.sources[source.name] = replace(source, aliases=list(source.aliases))
            else:
                known.aliases.extend(a for a in source.aliases if a not in known.aliases)
        self.citations.extend(part.citations)

    def result(self) -> ExtractionResult:
        return ExtractionResult(
            self.name, self.claims, self.links, list(self.sources.values()), self.citations
        )


# spaCy's tokenizer strips affixes from a whitespace-free run one at a time, rescanning it:
# 5,000 "=" or emoji in a row take seconds, 50,000 most of an hour. No word of prose is
# this long, so such a run is parsed as a run of "x" (same length: offsets hold) and the
# claims get their characters back from the text itself.
LONG_RUN = 200
_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


def mask_long_runs(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each whitespace-free run of LONG_RUN+ characters made "x"s, and the runs."""
    runs = [m.span() for m in _RUN.finditer(text)]
    if not runs:
        return text, runs
    parts, last = [], 0
    for start, end in runs:
        parts += [text[last:start], "x" * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts), runs


def unmask(result: ExtractionResult, text: str, runs: list[tuple[int, int]]) -> ExtractionResult:
    """Quotes, cues and mentions as the real text has them, not as the masked one."""
    if not runs:
        return result
    for claim in result.claims:
        claim.quote = text[claim.start : claim.end]
        if claim.cue_start is not None and claim.cue_end is not None:
            claim.cue = text[claim.cue_start : claim.cue_end]
        if any(a < claim.end and claim.start < b for a, b in runs):
            claim.claim_text = claim.quote  # derived from masked words: use the quote
    for citation in result.citations:
        citation.cue_quote = text[citation.start : citation.end]
    return result


Process = Callable[[Any, str, "dict | None"], ExtractionResult]


def extract_chunked(
    nlp: Any, process: Process, items: Iterable[tuple[str, str, dict | None]], batch_size: int
) -> Iterator[ExtractionResult]:
    """One result per (name, text, meta), in order; long texts are parsed piece by piece.

    Texts that fit one parse go through nlp.pipe in batches, as before. A longer text is
    parsed one piece at a time: batching its pieces would hold batch_size pieces' parses
    at once, so memory stays that of one piece whatever the length of the text.
    """
    limit = chunk_limit(nlp)
    masked = ((name, text, meta, *mask_long_runs(text)) for name, text, meta in items)
    for long, run in groupby(masked, key=lambda item: len(item[1]) > limit):
        if not long:
            stream = ((parsed, (name, text, meta, runs)) for name, text, meta, parsed, runs in run)
            for doc, (name, text, meta, runs) in nlp.pipe(
                stream, as_tuples=True, batch_size=batch_size
            ):
                yield unmask(process(doc, name, meta), text, runs)
            continue
        for name, text, meta, parsed, runs in run:
            merged = _Merged(name)
            for offset, piece in split_text(parsed, limit):
                merged.add(shift_result(process(nlp(piece), name, meta), offset))
            yield unmask(merged.result(), text, runs)
