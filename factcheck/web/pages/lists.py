"""Disputes, search, the activity log and the corpus overview."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from factcheck.errors import BadInput
from factcheck.web import ledger
from factcheck.web.common import int_param, reading, signed_in
from factcheck.web.pages.views import claim_filters_of, claim_rows, entry_json, filter_values
from factcheck.web.render import json_response, page, wants_json

STATES = ("open", "resolved", "all")


def _view(request: Request, template: str, build, as_json_of):
    """A read-only page: build(db) gives the data; JSON or the template renders it."""
    session = signed_in(request)
    as_json = wants_json(request)

    def work(db):
        data = build(db)
        if as_json:
            return json_response(as_json_of(data))
        return page(request, template, data, session=session)

    return reading(session, work)


async def disputes_page(request: Request) -> Response:
    """As `factcheck disputes --format json`: open ones (or ?state=resolved|all), of one
    article with ?article=ID."""
    state = request.query_params.get("state", "open")
    if state not in STATES:
        raise BadInput(f"state must be one of {', '.join(STATES)}")
    limit = int_param(request, "limit", 100, maximum=1000)
    article = request.query_params.get("article", "").strip()

    def build(db):
        from factcheck.services.articles import resolve_article
        from factcheck.services.disputes import dispute_page

        article_id = resolve_article(db, article).id if article else None
        found, total = dispute_page(db, article_id=article_id, limit=limit, state=state)
        return {
            "disputes": [d.as_dict() for d in found],
            "total": total,
            "state": state,
            "article": article,
        }

    return await _view(request, "disputes.html", build, lambda data: data["disputes"])


async def search_page(request: Request) -> Response:
    """Claims whose quote holds the words, with the claims-list filters (as `claims list
    --search ... --format json`)."""
    values = filter_values(request)
    limit = int_param(request, "limit", 100, maximum=1000)

    def build(db):
        from factcheck.services.claim_filters import list_claims

        searched = any(values[name] for name in values)
        found = list_claims(db, claim_filters_of(db, values, limit)) if searched else []
        return {"results": claim_rows(db, found), "filters": values, "searched": searched}

    return await _view(
        request, "search.html", build, lambda data: [entry_json(r) for r in data["results"]]
    )


async def log_page(request: Request) -> Response:
    """The activity log, newest first: ?actor=, ?claim=, ?since=YYYY-MM-DD."""
    params = request.query_params
    actor = params.get("actor", "").strip() or None
    claim_id = int_param(request, "claim")
    since_text = params.get("since", "").strip()
    try:
        since = date.fromisoformat(since_text) if since_text else None
    except ValueError:
        raise BadInput(f"since must be a date as YYYY-MM-DD (got {since_text!r})") from None
    limit = int_param(request, "limit", 100, maximum=1000)

    def build(db):
        from datetime import UTC, datetime, time

        moment = datetime.combine(since, time.min, tzinfo=UTC) if since else None
        entries = ledger.activity(db, since=moment, actor=actor, claim_id=claim_id, limit=limit)
        return {
            "entries": [e.as_dict() for e in entries],
            "filters": {"actor": actor or "", "claim": claim_id or "", "since": since_text},
        }

    return await _view(request, "log.html", build, lambda data: data["entries"])


async def corpus_page(request: Request) -> Response:
    """The corpus in numbers: claims by status, attribution and certainty; articles;
    reviewers (the data of `factcheck report --all`, without the claim tables)."""

    def build(db):
        from factcheck.reporting.environment import count_map
        from factcheck.services import reports
        from factcheck.services.report_views import COUNTED_VOCABULARIES, ordered_counts
        from factcheck.services.reports import Scope

        counts = ordered_counts(reports.grouped_counts(db, Scope()), COUNTED_VOCABULARIES)
        articles = [asdict(a) for a in reports.article_summaries(db, Scope())]
        return {
            "total": sum(row["count"] for row in counts["status"]),
            "counts": counts,
            "count_map": count_map(counts),
            "articles": articles,
            "reviewers": reports.reviewer_activity(db, Scope()),
        }

    def as_json(data):
        return {
            "total": data["total"],
            "counts": data["count_map"],
            "articles": data["articles"],
            "reviewers": data["reviewers"],
        }

    return await _view(request, "corpus.html", build, as_json)


routes = [
    Route("/disputes", disputes_page),
    Route("/search", search_page),
    Route("/log", log_page),
    Route("/corpus", corpus_page),
]
