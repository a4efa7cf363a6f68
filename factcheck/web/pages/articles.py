"""An article (`/articles/{id}`): every claim highlighted by status, and a claim panel."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from factcheck.models import Claim
from factcheck.serialize import article_dict
from factcheck.services.report_views import Rows
from factcheck.web.common import int_param, reading, signed_in
from factcheck.web.render import json_response, page, wants_json


def article_json(db, article) -> dict:
    """As `factcheck articles show --format json` prints it (claims with their speaker)."""
    from factcheck.services.articles import article_claims
    from factcheck.services.claim_record import claim_json

    claims = article_claims(db, article.id)
    return {
        **article_dict(article, with_text=True),
        "claims": [claim_json(c, c.speaker) for c in claims],
    }


def _panel(db, article, claim_id: int | None):
    """The selected claim's row (status, last verdict, evidence) for the side panel."""
    if claim_id is None:
        return None
    from factcheck.services import reports
    from factcheck.services.reports import Scope

    rows = list(reports.claim_rows(db, Scope(article_id=article.id), Claim.id == claim_id))
    return rows[0] if rows else None


@dataclass
class ArticleView:
    """What the article page shows: the report's counts, highlighting and claim rows."""

    article: dict
    total: int
    orphaned: int
    counts: dict
    highlighted: Rows
    claims: Rows


def article_view(db, article) -> ArticleView:
    """The report's article data without its disputes and evidence tables, which read the
    whole ledger (the disputes of an article are a link to /disputes?article=ID)."""
    from factcheck.services import reports
    from factcheck.services.highlight import highlight, with_frames
    from factcheck.services.report_views import COUNTED_VOCABULARIES, ordered_counts
    from factcheck.services.reports import Scope

    scope = Scope(article_id=article.id)
    counts = reports.grouped_counts(db, scope)
    total = sum(counts["status"].values())
    orphaned = reports.count_claims(db, [*scope.claim_filter(), Claim.orphaned])

    def anchored():
        return (row for row in reports.claim_rows(db, scope) if not row.orphaned)

    return ArticleView(
        article=article_dict(article),
        total=total,
        orphaned=orphaned,
        counts=ordered_counts(counts, COUNTED_VOCABULARIES),
        highlighted=Rows(lambda: highlight(article.text, with_frames(anchored())), total),
        claims=Rows(lambda: reports.claim_rows(db, scope), total),
    )


async def article_page(request: Request) -> Response:
    session = signed_in(request)
    ref = request.path_params["article_id"]
    selected = int_param(request, "claim")
    as_json = wants_json(request)

    def work(db):
        from factcheck.services.articles import resolve_article

        article = resolve_article(db, ref)
        if as_json:
            return json_response(article_json(db, article))
        report = article_view(db, article)
        context = {"r": report, "panel": _panel(db, article, selected), "selected": selected}
        return page(request, "article.html", context, session=session)

    return await reading(session, work)


routes = [Route("/articles/{article_id}", article_page)]
