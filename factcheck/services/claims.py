"""Claims: adding them by quote, listing with filters, showing, and recorded edits."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from factcheck.anchoring import claim_fields, locate_quote, sentence_bounds
from factcheck.errors import BadInput, ConflictError
from factcheck.models import Claim, ClaimEvent, Source
from factcheck.services import trail
from factcheck.services.articles import get_article
from factcheck.services.claim_filters import (  # noqa: F401  (imported from here too)
    CHALLENGES,
    ClaimFilters,
    claim_conditions,
    claims_query,
    disputed_condition,
    list_claims,
    live_challenge,
)
from factcheck.services.claim_views import ClaimDetail, claim_detail  # noqa: F401
from factcheck.services.common import get_or_fail
from factcheck.services.ledger_events import lock_ledger
from factcheck.services.sources import get_or_create_source
from factcheck.vocab import (
    Attribution,
    Certainty,
    Origin,
    Status,
)

# Attributions whose wording already tells how far the article commits to the claim.
_CERTAINTY_OF = {
    Attribution.ASSERTED: Certainty.CERTAIN,
    Attribution.DENIED: Certainty.NEGATED,
}


@dataclass
class NewClaim:
    quote: str
    speaker: str | None = None
    attribution: Attribution = Attribution.ASSERTED
    cue: str | None = None
    occurrence: int | None = None
    claim_text: str | None = None


def add_claim(session: Session, *, article_id: int, data: NewClaim, actor: str) -> Claim:
    """Record a claim by hand: the quote must be in the article; offsets are exact."""
    lock_ledger(session)
    article = get_article(session, article_id)
    anchor = locate_quote(article.text, data.quote, data.occurrence)
    if data.cue and _nfc(data.cue.strip().lower()) not in _nfc(article.text.lower()):
        raise BadInput(f"cue {data.cue!r} does not occur in the article")
    speaker = get_or_create_source(session, data.speaker) if data.speaker else None
    sentence_start, sentence_end = sentence_bounds(article.text, anchor.start, anchor.end)
    cue_span = nearest_mention(article.text, data.cue, anchor.start, anchor.end)
    speaker_span = _speaker_mention(article.text, data.speaker, anchor.start, anchor.end)
    direct = _inside_quotation_marks(article.text, anchor.start, anchor.end)
    from factcheck.services.triage import active_model  # the scorer: adding claims only

    score = active_model(session).score(
        anchor.quote, data.attribution.value, speaker.kind.value if speaker else None, direct
    )
    claim = Claim(
        article_id=article.id,
        **claim_fields(anchor),
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        claim_text=(data.claim_text or anchor.quote).strip(),
        speaker_id=speaker.id if speaker else None,
        attribution=data.attribution,
        cue=data.cue,
        cue_start=cue_span[0] if cue_span else None,
        cue_end=cue_span[1] if cue_span else None,
        speaker_start=speaker_span[0] if speaker_span else None,
        speaker_end=speaker_span[1] if speaker_span else None,
        direct_quote=direct,
        certainty=_CERTAINTY_OF.get(data.attribution, Certainty.UNCOMMITTED),
        checkworthiness=score,
        status=Status.UNVERIFIED,
        origin=Origin.MANUAL,
        origin_detail=actor,
    )
    session.add(claim)
    session.flush()
    trail.claim_created(session, claim, actor)
    return claim


# How far from the quote a manual claim's cue or speaker mention is looked for: the same
# sentence or the one around it ("..., the minister said." / "She said: ...").
MENTION_WINDOW = 300


def nearest_mention(text: str, words: str | None, start: int, end: int) -> tuple[int, int] | None:
    """The occurrence of `words` (case-insensitive) nearest the quote [start, end), within
    MENTION_WINDOW characters of it: where a typed cue or speaker stands in the text."""
    if not words or not words.strip():
        return None
    needle = words.strip().lower()
    lowered = text.lower()
    lo, hi = max(0, start - MENTION_WINDOW), min(len(text), end + MENTION_WINDOW)
    best, at = None, lowered.find(needle, lo, hi)
    while at != -1:
        distance = 0 if start <= at < end else min(abs(at - start), abs(at - end))
        if best is None or distance < best[0]:
            best = (distance, at)
        at = lowered.find(needle, at + 1, hi)
    return (best[1], best[1] + len(needle)) if best else None


def _speaker_mention(text: str, name: str | None, start: int, end: int) -> tuple[int, int] | None:
    """The speaker as named near the quote: the full name, else its last word ("Kessel")."""
    if not name:
        return None
    return nearest_mention(text, name, start, end) or nearest_mention(
        text, name.split()[-1], start, end
    )


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _inside_quotation_marks(text: str, start: int, end: int) -> bool:
    opening = text.rfind("“", 0, start + 1) > text.rfind("”", 0, start + 1)
    return opening or (start < len(text) and text[start] in '“"')


def get_claim(session: Session, claim_id: int) -> Claim:
    return get_or_fail(session, Claim, claim_id, "claim")


EDITABLE_FIELDS = ("claim_text", "speaker", "attribution", "cue")


def edit_claim(
    session: Session,
    *,
    claim_id: int,
    changes: dict[str, str | Attribution | None],
    actor: str,
    expected_version: int | None = None,
) -> tuple[Claim, list[ClaimEvent]]:
    """Apply field changes, recording one event per changed field; refuse stale edits."""
    lock_ledger(session)
    claim = get_claim(session, claim_id)
    if expected_version is not None and claim.lock_version != expected_version:
        raise ConflictError(
            f"claim {claim_id} is at version {claim.lock_version}, not {expected_version}: "
            "someone changed it; look again with `factcheck claims show` and retry"
        )
    events = []
    for field, value in changes.items():
        if field not in EDITABLE_FIELDS:
            raise BadInput(f"{field} cannot be edited; editable: {', '.join(EDITABLE_FIELDS)}")
        old, new = _apply_change(session, claim, field, value)
        if old != new:
            trail.claim_edited(session, claim, actor, field, old, new)
            events.append(
                ClaimEvent(
                    claim_id=claim.id,
                    actor=actor,
                    action="edit",
                    field=field,
                    old_value=old,
                    new_value=new,
                )
            )
    if not events:
        raise BadInput(
            "nothing to change: give a new text, speaker, attribution or cue",
            fields=("text", "speaker", "attribution", "cue"),
        )
    session.add_all(events)
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(
            f"claim {claim_id} was changed by someone else meanwhile; retry"
        ) from None
    return claim, events


def _apply_change(
    session: Session, claim: Claim, field: str, value
) -> tuple[str | None, str | None]:
    if field == "speaker":
        old = session.get(Source, claim.speaker_id).name if claim.speaker_id else None
        speaker = get_or_create_source(session, value) if value else None
        claim.speaker_id = speaker.id if speaker else None
        return old, speaker.name if speaker else None
    if field == "attribution":
        old = claim.attribution.value
        claim.attribution = value
        return old, claim.attribution.value
    if field == "claim_text":
        old = claim.claim_text
        claim.claim_text = (value or "").strip() or claim.quote
        return old, claim.claim_text
    old = claim.cue
    claim.cue = value or None
    return old, claim.cue
