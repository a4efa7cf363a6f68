"""Finding a quote in an article: forgiving on whitespace and quote marks, exact in offsets."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from factcheck.errors import BadInput

CONTEXT_CHARS = 32

# Characters that people type interchangeably; each class matches any of its members.
_EQUIVALENT = {
    "'": "'‘’‛′`",
    '"': '"“”„‟″«»',
    "-": "-‐‑‒–—―",
}
_CLASS_OF = {ch: members for members in _EQUIVALENT.values() for ch in members}


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def claim_fields(anchor: Anchor) -> dict[str, int | str]:
    """The Claim columns an anchor fills: quote, start, end, prefix, suffix."""
    return {
        "quote": anchor.quote,
        "start": anchor.start,
        "end": anchor.end,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
    }


def anchor_at(text: str, start: int, end: int) -> Anchor:
    """The TextQuoteSelector for text[start:end]: the quote plus 32 characters each side."""
    return Anchor(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def quote_pattern(quote: str) -> re.Pattern[str]:
    """A regex that matches the quote with any whitespace run and any quote-mark variant."""
    parts: list[str] = []
    for token in re.split(r"(\s+)", quote.strip()):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
            continue
        parts.append(
            "".join(
                f"[{re.escape(_CLASS_OF[ch])}]" if ch in _CLASS_OF else re.escape(ch)
                for ch in token
            )
        )
    return re.compile("".join(parts))


def find_occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every span matching the quote, overlapping ones included ("ha ha" twice in "ha ha ha").

    Unicode forms do not matter: "Café" typed composed (NFC) finds it written decomposed
    (NFD) and the reverse; the offsets always index `text` as stored.
    """
    if not quote.strip():
        return []
    spans = _find_exact(text, quote)
    if spans:
        return spans
    composed = unicodedata.normalize("NFC", quote)
    if unicodedata.is_normalized("NFC", text):
        return _find_exact(text, composed) if composed != quote else []
    folded = NfcView(text)
    return [folded.original_span(s, e) for s, e in _find_exact(folded.text, composed)]


class NfcView:
    """`text` in NFC, with the way back from its offsets to the stored text's."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []  # per segment: offset in the NFC text
        self.origins: list[int] = []  # per segment: offset in the stored text
        pieces: list[str] = []
        length = 0
        for start, end in _segments(text):
            piece = unicodedata.normalize("NFC", text[start:end])
            self.starts.append(length)
            self.origins.append(start)
            pieces.append(piece)
            length += len(piece)
        self.starts.append(length)
        self.origins.append(len(text))
        self.text = "".join(pieces)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The stored span covering NFC text[start:end] (whole characters with their marks)."""
        first = bisect.bisect_right(self.starts, start) - 1
        last = bisect.bisect_left(self.starts, end)
        return self.origins[first], self.origins[last]


def _segments(text: str):
    """Spans of a base character with the combining marks (and Hangul jamo) that follow:
    NFC never composes across them, so each can be normalised on its own."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not _continues(text[i]):
            yield start, i
            start = i


def _continues(ch: str) -> bool:
    return (
        unicodedata.combining(ch) != 0
        or "\u1160" <= ch <= "\u11ff"
        or (unicodedata.category(ch) == "Mn")
    )


def _find_exact(text: str, quote: str) -> list[tuple[int, int]]:
    pattern = quote_pattern(quote)
    spans: list[tuple[int, int]] = []
    # finditer would skip a match starting inside the previous one; search from the next
    # character instead. The pattern starts with a literal, so each start has one match.
    position = 0
    while match := pattern.search(text, position):
        spans.append((match.start(), match.end()))
        position = match.start() + 1
    return spans


def locate_quote(text: str, quote: str, occurrence: int | None = None) -> Anchor:
    """Exact offsets of `quote` in `text`, or a one-line error saying why not."""
    if not quote.strip():
        raise BadInput("the quote is empty")
    spans = find_occurrences(text, quote)
    if not spans:
        passage = closest_passage(text, quote)
        hint = f"; closest passage: {passage!r}" if passage else ""
        raise BadInput(f"quote not found in the article{hint}")
    if occurrence is None:
        if len(spans) > 1:
            raise BadInput(
                f"the quote occurs {len(spans)} times; choose occurrence 1..{len(spans)}",
                fields=("occurrence",),
            )
        occurrence = 1
    if not 1 <= occurrence <= len(spans):
        raise BadInput(f"occurrence must be between 1 and {len(spans)}", fields=("occurrence",))
    start, end = spans[occurrence - 1]
    return anchor_at(text, start, end)


def closest_passage(text: str, quote: str) -> str | None:
    """The passage of the article most like the quote, to show when it was not found."""
    from rapidfuzz import fuzz

    if not text:
        return None
    alignment = fuzz.partial_ratio_alignment(quote, text, score_cutoff=40)
    if alignment is None:
        return None
    return text[alignment.dest_start : alignment.dest_end]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span, by punctuation: used for manual claims (no parser needed)."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n"))
    sentence_start = 0 if left < 0 else left + 1
    while sentence_start < start and text[sentence_start].isspace():
        sentence_start += 1
    match = re.compile(r"[.?!](?=\s|$)|\n").search(text, end)
    sentence_end = len(text) if match is None else match.end()
    if sentence_end > 0 and text[sentence_end - 1] == "\n":
        sentence_end -= 1
    return sentence_start, max(sentence_end, end)
