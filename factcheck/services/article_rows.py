"""Articles as plain rows for listings, read with Core SQL on the tables (no ORM objects,
so `articles list` starts without loading the ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from factcheck.tables import articles, claims


@dataclass
class ArticleRow:
    article: Any  # a row with every article column under its own name
    claim_count: int


def article_key(article) -> int:
    """The id an article keeps across versions: its first version's id."""
    return article.first_version_id or article.id


def list_articles(
    reader, *, include_old_versions: bool = False, limit: int | None = None
) -> list[ArticleRow]:
    """Articles in id order with their claim counts; `reader` is a Connection or a Session."""
    counts = (
        select(claims.c.article_id, func.count(claims.c.id).label("n"))
        .group_by(claims.c.article_id)
        .subquery()
    )
    query = (
        select(articles, func.coalesce(counts.c.n, 0).label("claim_count"))
        .outerjoin(counts, counts.c.article_id == articles.c.id)
        .order_by(articles.c.id)
    )
    if not include_old_versions:
        query = query.where(articles.c.is_current.is_(True))
    if limit:
        query = query.limit(limit)
    return [ArticleRow(row, row.claim_count) for row in reader.execute(query)]
