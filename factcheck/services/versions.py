"""New versions of an article: move its claims to the new text, or flag them orphaned."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck.anchoring import (
    CONTEXT_CHARS,
    anchor_at,
    claim_fields,
    find_occurrences,
    sentence_bounds,
)
from factcheck.models import Article, Claim, ClaimEvent
from factcheck.services import trail
from factcheck.vocab import VERDICT_STATUSES

# How alike (0-100) a passage of the new text must be to the old quote to take its place.
FUZZY_QUOTE_CUTOFF = 88.0


@dataclass
class ReanchorReport:
    moved: int = 0
    changed_wording: int = 0
    orphaned: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)  # reworded claims whose verdict waits


def previous_version(session: Session, article: Article) -> Article | None:
    return session.scalars(
        select(Article).where(Article.slug == article.slug, Article.version == article.version - 1)
    ).first()


def reanchor_claims(session: Session, *, new: Article, actor: str) -> ReanchorReport:
    """Find each claim of the previous version in the new text by quote, prefix and suffix.

    A claim found exactly or nearly (fuzzy) moves to the new version with an event recording
    the old and new offsets; one that cannot be found stays on the old version, flagged
    orphaned: never deleted, never silently moved.
    """
    report = ReanchorReport()
    old = previous_version(session, new)
    if old is None:
        return report
    claims = session.scalars(
        select(Claim).where(Claim.article_id == old.id, Claim.orphaned.is_(False))
    )
    for claim in claims:
        span = locate_in_new_text(new.text, claim)
        if span is None:
            claim.orphaned = True
            report.orphaned.append(claim.id)
            session.add(_event(claim, actor, "orphaned", f"v{old.version}", None))
            trail.claim_orphaned(session, claim, actor)
            continue
        old_position = f"v{old.version} {claim.start}-{claim.end}"
        old_quote = claim.quote
        _move_cue_and_speaker(claim, old.text, new.text, span[0] - claim.start)
        anchor = anchor_at(new.text, *span)
        claim.article_id = new.id
        for column, value in claim_fields(anchor).items():
            setattr(claim, column, value)
        claim.sentence_start, claim.sentence_end = sentence_bounds(new.text, *span)
        report.moved += 1
        new_position = f"v{new.version} {anchor.start}-{anchor.end}"
        session.add(_event(claim, actor, "reanchored", old_position, new_position))
        if anchor.quote != old_quote:
            report.changed_wording += 1
            session.add(_event(claim, actor, "reworded", old_quote, anchor.quote, field="quote"))
            _follow_wording(session, claim, old_quote, anchor.quote, actor, report)
        trail.claim_reanchored(session, claim, actor, old.id)
    session.flush()
    return report


def _follow_wording(
    session: Session, claim: Claim, old_quote: str, new_quote: str, actor: str, report
) -> None:
    """The claim's text follows its new wording ("42 dead" -> "38 dead"); a verdict given
    on the old wording stays visible but the claim is flagged stale until reviewed again."""
    old_text = claim.claim_text
    claim.claim_text = reworded_text(old_text, old_quote, new_quote)
    if claim.claim_text != old_text:
        session.add(_event(claim, actor, "reworded", old_text, claim.claim_text, "claim_text"))
    if claim.status in VERDICT_STATUSES and not claim.stale:
        claim.stale = True
        report.stale.append(claim.id)
        session.add(
            _event(
                claim,
                actor,
                "stale",
                None,
                None,
                note=f"verdict {claim.status.value} was given on the old wording: review again",
            )
        )


def reworded_text(claim_text: str, old_quote: str, new_quote: str) -> str:
    """The part of the new quote that stands where claim_text stood in the old one."""
    at = old_quote.find(claim_text) if claim_text else -1
    if at == -1:
        return _closest_passage(claim_text, new_quote)
    head, tail = old_quote[:at], old_quote[at + len(claim_text) :]
    if new_quote.startswith(head) and new_quote.endswith(tail):
        middle = new_quote[len(head) : len(new_quote) - len(tail)]
        if middle.strip():
            return middle
    return _closest_passage(claim_text, new_quote)


def _closest_passage(claim_text: str, new_quote: str) -> str:
    """The passage of the new quote most like the old claim text, widened to whole words."""
    from rapidfuzz import fuzz

    alignment = fuzz.partial_ratio_alignment(claim_text, new_quote, score_cutoff=60)
    if alignment is None:
        return new_quote
    start, end = alignment.dest_start, alignment.dest_end
    while start > 0 and not new_quote[start - 1].isspace():
        start -= 1
    while end < len(new_quote) and not new_quote[end].isspace():
        end += 1
    return new_quote[start:end].strip() or new_quote


def _move_cue_and_speaker(claim: Claim, old_text: str, new_text: str, shift: int) -> None:
    """Carry the cue and speaker anchors along with the quote; a span whose words are not
    where the shift puts them is searched near there, else dropped (null, never wrong)."""
    for first, last in (("cue_start", "cue_end"), ("speaker_start", "speaker_end")):
        start, end = getattr(claim, first), getattr(claim, last)
        if start is None or end is None:
            continue
        moved = _moved_span(old_text[start:end], new_text, start + shift)
        setattr(claim, first, moved[0] if moved else None)
        setattr(claim, last, moved[1] if moved else None)


def _moved_span(words: str, new_text: str, guess: int) -> tuple[int, int] | None:
    if not words:
        return None
    if new_text[guess : guess + len(words)] == words:
        return guess, guess + len(words)
    window_start = max(0, guess - 400)
    hits = _all_indexes(new_text, words, window_start, guess + 400 + len(words))
    if not hits:
        return None
    best = min(hits, key=lambda at: abs(at - guess))
    return best, best + len(words)


def _all_indexes(text: str, words: str, lo: int, hi: int) -> list[int]:
    found, at = [], text.find(words, lo, hi)
    while at != -1:
        found.append(at)
        at = text.find(words, at + 1, hi)
    return found


def _event(claim: Claim, actor: str, action: str, old, new, field: str | None = None, note=None):
    return ClaimEvent(
        claim_id=claim.id,
        actor=actor,
        action=action,
        field=field,
        old_value=old,
        new_value=new,
        note=note,
    )


def locate_in_new_text(text: str, claim: Claim) -> tuple[int, int] | None:
    """Exact quote (best context wins when repeated), else the closest passage above cutoff."""
    spans = find_occurrences(text, claim.quote)
    if spans:
        return max(spans, key=lambda span: _context_score(text, span, claim))
    return _fuzzy_span(text, claim)


def _context_score(text: str, span: tuple[int, int], claim: Claim) -> float:
    from rapidfuzz import fuzz

    start, end = span
    prefix = text[max(0, start - CONTEXT_CHARS) : start]
    suffix = text[end : end + CONTEXT_CHARS]
    return fuzz.ratio(prefix, claim.prefix) + fuzz.ratio(suffix, claim.suffix)


def _fuzzy_span(text: str, claim: Claim) -> tuple[int, int] | None:
    from rapidfuzz import fuzz

    alignment = fuzz.partial_ratio_alignment(claim.quote, text, score_cutoff=FUZZY_QUOTE_CUTOFF)
    if alignment is None:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    # A passage that matches but sits in different surroundings is a different claim.
    if claim.prefix and claim.suffix and _context_score(text, (start, end), claim) < 60:
        return None
    return start, end
