"""The article text cut into text/open/close pieces so overlapping claims nest validly."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

TEXT, OPEN, CLOSE = "text", "open", "close"


@dataclass(slots=True)
class Piece:
    """One step of the highlighted text; templates turn opens and closes into markup.

    `first` marks the opening of a claim's first segment (it carries the anchor id);
    `last` marks the closing of its final segment (it carries the link to the table).
    An overlap that is not a nesting is split: the inner mark closes at the outer one's
    end and reopens right after it as a continuation.
    """

    kind: str
    text: str = ""
    claim: Any = None
    first: bool = False
    last: bool = False


@dataclass(slots=True)
class FrameSpan:
    """The cue or the source mention of a claim, marked inside the text like the claim."""

    start: int
    end: int
    role: str  # "cue" | "speaker"
    claim: Any


def with_frames(claims: Iterable[Any]) -> list[Any]:
    """Claims plus the spans of their cues and speakers, in highlight order."""
    spans: list[Any] = []
    for claim in claims:
        spans.append(claim)
        for role, start, end in (
            ("cue", claim.cue_start, claim.cue_end),
            ("speaker", claim.speaker_start, claim.speaker_end),
        ):
            if start is not None and end is not None and start < end:
                spans.append(FrameSpan(start, end, role, claim))
    spans.sort(key=lambda s: (s.start, -s.end, s.role != "claim"))
    return spans


def highlight(text: str, claims: Iterable[Any]) -> Iterator[Piece]:
    """Walk the text once; `claims` must come sorted by (start, end descending).

    Each claim needs `.start` and `.end`; spans outside the text or empty are skipped.
    """
    stack: list[Any] = []  # open claims, outermost first
    pos = 0
    upcoming = _valid_spans(text, claims)
    nxt = next(upcoming, None)
    while nxt is not None or stack:
        next_end = min(c.end for c in stack) if stack else None
        if next_end is not None and (nxt is None or next_end <= nxt.start):
            if next_end > pos:
                yield Piece(TEXT, text[pos:next_end])
                pos = next_end
            yield from _close_ending(stack, next_end)
        else:
            if nxt.start > pos:
                yield Piece(TEXT, text[pos : nxt.start])
                pos = nxt.start
            stack.append(nxt)
            yield Piece(OPEN, claim=nxt, first=True)
            nxt = next(upcoming, None)
    if pos < len(text):
        yield Piece(TEXT, text[pos:])


def _valid_spans(text: str, claims: Iterable[Any]) -> Iterator[Any]:
    for claim in claims:
        if 0 <= claim.start < claim.end <= len(text):
            yield claim


def _close_ending(stack: list[Any], at: int) -> Iterator[Piece]:
    """Close every claim ending at `at`, reopening those above it that go on further."""
    lowest = next(i for i, c in enumerate(stack) if c.end == at)
    above = stack[lowest:]
    del stack[lowest:]
    for claim in reversed(above):
        yield Piece(CLOSE, claim=claim, last=claim.end == at)
    for claim in above:
        if claim.end > at:
            stack.append(claim)
            yield Piece(OPEN, claim=claim, first=False)
