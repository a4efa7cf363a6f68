"""The queue (`/queue`, also `/`): assigned to me, then the most check-worthy claims."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from factcheck.serialize import iso
from factcheck.services.assignments import QueueEntry
from factcheck.web import ledger
from factcheck.web.common import int_param, reading, signed_in
from factcheck.web.pages.views import (
    article_titles,
    claim_filters_of,
    claim_row,
    entry_json,
    filter_values,
)
from factcheck.web.render import json_response, page, wants_json

DEFAULT_LIMIT = 50


def _rows(session, entries: list[QueueEntry]) -> list[dict]:
    titles = article_titles(session, {e.claim.article_id for e in entries})
    return [
        claim_row(e.claim, titles, assignee=e.assignee, due=iso(e.due), queue_score=e.score)
        for e in entries
    ]


async def queue_page(request: Request) -> Response:
    session = signed_in(request)
    values = filter_values(request)
    limit = int_param(request, "limit", DEFAULT_LIMIT, maximum=500)
    as_json = wants_json(request)

    def work(db):
        me = ledger.actor(db, session.user)
        mine = ledger.queue(db, claim_filters_of(db, values), assignee=me, limit=limit)
        rest = ledger.queue(db, claim_filters_of(db, values), limit=limit)
        data = {"assigned": _rows(db, mine), "queue": _rows(db, rest)}
        if as_json:
            return json_response({k: [entry_json(r) for r in v] for k, v in data.items()})
        context = {**data, "me": me, "filters": values, "limit": limit}
        return page(request, "queue.html", context, session=session)

    return await reading(session, work)


routes = [Route("/", queue_page), Route("/queue", queue_page)]
