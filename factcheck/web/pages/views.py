"""Plain rows for the desk's templates and JSON: claims with their article, filters from
the query string (the same options as `claims list`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.requests import Request

from factcheck.errors import BadInput
from factcheck.models import Article, Claim
from factcheck.services.claim_record import claim_json


def filter_values(request: Request) -> dict[str, Any]:
    """The claims-list filters as typed in the query string (for the form to show again)."""
    params = request.query_params
    return {
        "article": params.get("article", "").strip(),
        "status": ",".join(params.getlist("status")),
        "attribution": ",".join(params.getlist("attribution")),
        "speaker": params.get("speaker", "").strip(),
        "search": params.get("search", params.get("q", "")).strip(),
        "min_score": params.get("min_score", "").strip(),
        "disputed": params.get("disputed") in ("1", "on", "true"),
        "stale": params.get("stale") in ("1", "on", "true"),
    }


def claim_filters_of(session: Session, values: dict[str, Any], limit: int | None = None):
    """ClaimFilters from the query string; unknown values are one-line errors, as in the CLI."""
    from factcheck.cli.filters import claim_filters

    min_score = None
    if values["min_score"]:
        try:
            min_score = float(values["min_score"])
        except ValueError:
            typed = values["min_score"]
            raise BadInput(f"min_score must be a number 0..1 (got {typed!r})") from None
        if not 0.0 <= min_score <= 1.0:
            raise BadInput("min_score must be between 0 and 1")
    return claim_filters(
        session,
        article=values["article"] or None,
        status=[values["status"]] if values["status"] else None,
        attribution=[values["attribution"]] if values["attribution"] else None,
        speaker=values["speaker"] or None,
        search=values["search"] or None,
        disputed=values["disputed"],
        stale=values["stale"],
        min_score=min_score,
        limit=limit,
    )


def article_titles(session: Session, article_ids: set[int]) -> dict[int, tuple[int, str]]:
    """Article row id -> (the id it keeps across versions, its title)."""
    if not article_ids:
        return {}
    rows = session.execute(
        select(
            Article.id,
            Article.first_version_id,
            func.coalesce(Article.title, Article.filename, Article.slug),
        ).where(Article.id.in_(article_ids))
    )
    return {row_id: (key or row_id, title) for row_id, key, title in rows}


def claim_row(claim: Claim, titles: dict[int, tuple[int, str]], **extra: Any) -> dict[str, Any]:
    """One claim for a list: the CLI's JSON of it, plus its article's id and title."""
    key, title = titles.get(claim.article_id, (claim.article_id, None))
    return {**claim_json(claim, claim.speaker), "article_key": key, "article_title": title, **extra}


def claim_rows(session: Session, claims: list[Claim]) -> list[dict[str, Any]]:
    titles = article_titles(session, {c.article_id for c in claims})
    return [claim_row(c, titles) for c in claims]


def entry_json(row: dict[str, Any]) -> dict[str, Any]:
    """A list row as the CLI prints a claim (claims list --format json), plus the queue's
    assignee, due date and score where the row has them."""
    return {k: v for k, v in row.items() if k not in ("article_key", "article_title")}
