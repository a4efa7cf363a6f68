"""Claims as plain rows: every claim column under its own name, with its article's and its
speaker's names beside it, as services/claim_record.claim_record reads them.

Core SQL on the tables (no ORM objects): listings that show many claims (claims list,
disputes) read them so, and a read command need not load the ORM at all.
"""

from __future__ import annotations

from sqlalchemy import select

from factcheck.tables import articles, claims, sources


def claim_rows(claims_table=None):
    """SELECT of claims (or of an alias of the claims table) with their article and speaker."""
    claims_table = claims_table if claims_table is not None else claims
    return (
        select(
            *claims_table.c,
            articles.c.title.label("article_title"),
            articles.c.filename.label("article_filename"),
            articles.c.slug.label("article_slug"),
            articles.c.url.label("article_url"),
            articles.c.outlet.label("article_outlet"),
            articles.c.published.label("article_published"),
            articles.c.first_version_id.label("article_key"),
            articles.c.version.label("article_version"),
            sources.c.name.label("speaker_name"),
        )
        .join(articles, articles.c.id == claims_table.c.article_id)
        .outerjoin(sources, sources.c.id == claims_table.c.speaker_id)
    )
