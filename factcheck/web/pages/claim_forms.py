"""The claim page's forms: review (with evidence), evidence, link, dismiss and restore.

Each post is one transaction; a user error (or a refusal of the database's grants) shows
the claim page again with the message next to the form and what was typed kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from factcheck.errors import BadInput, FactcheckError
from factcheck.serialize import evidence_dict, link_dict, review_dict
from factcheck.services.claim_record import claim_json
from factcheck.vocab import Relation, Stance, Status, parse_enum
from factcheck.web import database, ledger
from factcheck.web.common import local_path, posted_form, reading, signed_in, writing
from factcheck.web.pages.claims import _claim_id, render_claim
from factcheck.web.render import json_response, wants_json

Action = Callable[[Session, int, dict[str, str], str], tuple[str, Any]]


def _text(form: dict[str, str], name: str) -> str | None:
    value = form.get(name, "").strip()
    return value or None


def _evidence(db: Session, claim_id: int, form: dict[str, str], actor: str):
    from factcheck.services.evidence import add_evidence

    accessed = _text(form, "accessed")
    try:
        accessed_on = date.fromisoformat(accessed) if accessed else None
    except ValueError:
        raise BadInput(f"accessed must be a date as YYYY-MM-DD (got {accessed!r})") from None
    return add_evidence(
        db,
        claim_id=claim_id,
        stance=parse_enum(Stance, form.get("stance", ""), "stance"),
        added_by=actor,
        url=_text(form, "url"),
        reference=_text(form, "reference"),
        publisher=_text(form, "publisher"),
        excerpt=_text(form, "excerpt"),
        accessed=accessed_on,
    )


def review(db: Session, claim_id: int, form: dict[str, str], actor: str):
    """A verdict, and the evidence it rests on when the form gives some: both or neither."""
    status = parse_enum(Status, form.get("status", ""), "status")
    item = None
    if _text(form, "url") or _text(form, "reference"):
        item = _evidence(db, claim_id, form, actor)
    row = ledger.add_review(
        db,
        claim_id=claim_id,
        status=status,
        rationale=form.get("note", ""),
        reviewer=actor,
        override=form.get("override") == "1",
    )
    extra = f" with evidence {item.id}" if item else ""
    data = {"review": review_dict(row), "evidence": evidence_dict(item) if item else None}
    return f"Review {row.seq} recorded: claim {claim_id} is {status.value}{extra}.", data


def evidence(db: Session, claim_id: int, form: dict[str, str], actor: str):
    item = _evidence(db, claim_id, form, actor)
    return f"Evidence {item.id} ({item.stance.value}) added.", evidence_dict(item)


def link(db: Session, claim_id: int, form: dict[str, str], actor: str):
    from factcheck.services.links import add_link

    other = (form.get("other") or "").strip()
    if not (other.isascii() and other.isdigit()):
        raise BadInput(f"give the other claim's id (got {other!r})")
    relation = parse_enum(Relation, form.get("relation", ""), "relation")
    ends = (claim_id, int(other))
    if form.get("direction", "out") == "in":
        ends = (int(other), claim_id)
    row, created = add_link(
        db,
        from_id=ends[0],
        to_id=ends[1],
        relation=relation,
        created_by=actor,
        note=_text(form, "note"),
    )
    said = "added" if created else "already there"
    return f"Link claim {ends[0]} {relation.value} claim {ends[1]} {said}.", link_dict(row)


def dismiss(db: Session, claim_id: int, form: dict[str, str], actor: str):
    from factcheck.services.undo import dismiss_claim

    claim = dismiss_claim(db, claim_id=claim_id, reason=form.get("reason", ""), actor=actor)
    return f"Claim {claim_id} dismissed.", claim_json(claim)


def restore(db: Session, claim_id: int, form: dict[str, str], actor: str):
    from factcheck.services.undo import restore_claim

    claim = restore_claim(db, claim_id=claim_id, actor=actor, note=_text(form, "note"))
    return f"Claim {claim_id} restored.", claim_json(claim)


def _handler(name: str, action: Action):
    async def post(request: Request) -> Response:
        session = signed_in(request)
        claim_id = _claim_id(request)
        form = await posted_form(request, session)

        def work(db: Session):
            return action(db, claim_id, form, ledger.actor(db, session.user))

        try:
            message, data = await writing(session, work)
        except FactcheckError as exc:
            return await _refused(request, session, claim_id, name, form, exc, str(exc))
        except DBAPIError as exc:
            said = database.refusal(exc)
            if said is None:
                raise
            return await _refused(request, session, claim_id, name, form, exc, said, 403)
        if wants_json(request):
            return json_response(data, 201)
        session.flash.append(message)
        back = local_path(form.get("next"), f"/claims/{claim_id}")
        return RedirectResponse(back, status_code=303)

    return post


async def _refused(request, session, claim_id, name, form, exc, message, status=400):
    """The claim page again: the message by the form, the form as it was typed."""
    override = isinstance(exc, FactcheckError) and ledger.needs_override(exc)
    status = 409 if override else status
    if wants_json(request):
        return json_response({"error": message, "status": status, "override": override}, status)
    kept = {k: v for k, v in form.items() if k not in ("csrf", "password")}

    def work(db):
        return render_claim(
            request,
            db,
            session,
            claim_id,
            status=status,
            errors={name: message},
            values={name: kept},
            override=name if override else None,
        )

    return await reading(session, work)


ACTIONS = {
    "review": review,
    "evidence": evidence,
    "link": link,
    "dismiss": dismiss,
    "restore": restore,
}
routes = [
    Route(f"/claims/{{claim_id}}/{name}", _handler(name, action), methods=["POST"])
    for name, action in ACTIONS.items()
]
