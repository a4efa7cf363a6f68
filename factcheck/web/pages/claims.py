"""A claim (`/claims/{id}`): the quote in context with cue and speaker marked, history,
evidence, links, disputes; and the forms that review it, add evidence and links, dismiss."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from factcheck.serialize import iso
from factcheck.services.claim_record import STATUS_LABELS
from factcheck.services.highlight import highlight, with_frames
from factcheck.vocab import Relation, Stance, Status
from factcheck.web.common import reading, signed_in
from factcheck.web.render import json_response, page, wants_json

CONTEXT = 240


@dataclass
class _Span:
    """The claim as the highlighter wants it, its offsets moved into the shown window."""

    id: int
    start: int
    end: int
    cue_start: int | None
    cue_end: int | None
    speaker_start: int | None
    speaker_end: int | None
    status: str
    summary: str
    role: str = "claim"


def _shift(value: int | None, by: int) -> int | None:
    return None if value is None else value - by


def context_pieces(text: str, claim) -> list:
    """The quote with some text either side, the cue and the speaker mention marked in it."""
    anchors = [claim.start, claim.end] + [
        v
        for v in (claim.cue_start, claim.cue_end, claim.speaker_start, claim.speaker_end)
        if v is not None and 0 <= v <= len(text)
    ]
    lo, hi = _word_bounds(
        text,
        max(0, min(anchors) - CONTEXT),
        min(len(text), max(anchors) + CONTEXT),
        min(anchors),
        max(anchors),
    )
    status = claim.status.value
    span = _Span(
        claim.id,
        claim.start - lo,
        claim.end - lo,
        _shift(claim.cue_start, lo),
        _shift(claim.cue_end, lo),
        _shift(claim.speaker_start, lo),
        _shift(claim.speaker_end, lo),
        status,
        f"Claim {claim.id} · {STATUS_LABELS[status]}",
    )
    return {
        "cut_before": lo > 0,
        "cut_after": hi < len(text),
        "pieces": list(highlight(text[lo:hi], with_frames([span]))),
    }


def _word_bounds(text: str, lo: int, hi: int, first: int, last: int) -> tuple[int, int]:
    """The window moved in to the nearest space at either end: no word cut in half."""
    if lo > 0 and not text[lo - 1].isspace():
        space = text.find(" ", lo, first)
        lo = space + 1 if space != -1 else lo
    if hi < len(text) and not text[hi].isspace():
        space = text.rfind(" ", last, hi)
        hi = space if space != -1 else hi
    return lo, hi


def claim_json(db, detail) -> dict[str, Any]:
    """As `factcheck claims show --format json` prints it, with the claim's history (as
    `factcheck history`) and why it is disputed."""
    from factcheck.cli.render import claim_detail_dict
    from factcheck.services.claim_views import score_explanation
    from factcheck.services.disputes import dispute_reasons
    from factcheck.services.reviews import claim_history
    from factcheck.services.suggestions import suggested_verdicts

    data = claim_detail_dict(
        detail, suggested_verdicts(db, detail.claim.id), score_explanation(db, detail)
    )
    data["history"] = [
        {"at": iso(e.at), "kind": e.kind, "by": e.actor, "summary": e.summary}
        for e in claim_history(db, detail.claim.id)
    ]
    reasons = dispute_reasons(db, detail.claim.id) if _may_be_disputed(detail) else []
    data["disputes"] = [r.as_dict() for r in reasons]
    return data


def _may_be_disputed(detail) -> bool:
    """Whether the claim has what any reason of a dispute needs (a denying or contradicting
    link to it, two pieces of evidence, two reviews, or the status disputed). Most claims
    have none, and then the service's ledger-wide query of disputed claims is not run."""
    from factcheck.services.claims import CHALLENGES

    challenged = any(link.relation in CHALLENGES for link, _other in detail.links_in)
    return (
        challenged
        or len(detail.evidence) >= 2
        or len(detail.reviews) >= 2
        or detail.claim.status == Status.DISPUTED
    )


def claim_context(db, claim_id: int) -> dict[str, Any]:
    """Everything the claim page shows."""
    from factcheck.services.claims import claim_detail
    from factcheck.services.reviews import latest_verdicts_by_reviewer

    detail = claim_detail(db, claim_id)
    data = claim_json(db, detail)
    return {
        "c": data,
        "context": context_pieces(detail.article.text, detail.claim),
        "latest": [
            {
                "by": r.reviewer,
                "status": r.status.value,
                "at": iso(r.created_at),
                "note": r.rationale,
            }
            for r in latest_verdicts_by_reviewer(db, claim_id).values()
        ],
        "statuses": [s.value for s in Status],
        "stances": [s.value for s in Stance],
        "relations": [r.value for r in Relation],
        "errors": {},
        "values": {},
        "override": None,
    }


def render_claim(request, db, session, claim_id: int, *, status: int = 200, **form_state):
    context = claim_context(db, claim_id)
    context.update(form_state)
    return page(request, "claim.html", context, session=session, status=status)


async def claim_page(request: Request) -> Response:
    session = signed_in(request)
    claim_id = _claim_id(request)
    as_json = wants_json(request)

    def work(db):
        if as_json:
            from factcheck.services.claims import claim_detail

            return json_response(claim_json(db, claim_detail(db, claim_id)))
        return render_claim(request, db, session, claim_id)

    return await reading(session, work)


def _claim_id(request: Request) -> int:
    from factcheck.errors import NotFound

    raw = request.path_params["claim_id"]
    if not (raw.isascii() and raw.isdigit()) or not 0 < int(raw) < 2**31:
        raise NotFound(f"no claim with id {raw}")
    return int(raw)


def _routes():
    from factcheck.web.pages import claim_forms

    return [
        Route("/claims/{claim_id}", claim_page, methods=["GET"]),
        *claim_forms.routes,
    ]


routes = _routes()
