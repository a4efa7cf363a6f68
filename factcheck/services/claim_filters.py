"""Which claims: list and export filters, sorting and search, as SQL (the disputed test is
services/disputes/rules.py's), and the listing that runs them."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import column, func, or_, select, table

from factcheck.errors import BadInput
from factcheck.services.claim_rows import claim_rows
from factcheck.services.common import dialect_name
from factcheck.services.common import like_pattern as _like_pattern
from factcheck.services.disputes.rules import (  # noqa: F401  (re-exported for claims.py)
    CHALLENGES,
    disputed_condition,
    live_challenge,
)
from factcheck.services.source_names import alias_key
from factcheck.tables import claims, sources
from factcheck.vocab import Attribution, Status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from factcheck.models import Claim


@dataclass
class ClaimFilters:
    article_id: int | None = None
    # One value or several (any of them): --status false,misleading
    status: Status | Sequence[Status] | None = None
    attribution: Attribution | Sequence[Attribution] | None = None
    speaker: str | None = None
    search: str | None = None
    disputed: bool = False
    orphaned: bool | None = None
    min_score: float | None = None
    sort: str = "id"
    stale: bool = False  # only claims reworded since their verdict
    dismissed: bool | None = False  # False: leave dismissed out; True: only them; None: all
    limit: int | None = None
    offset: int = 0


SORTS = ("id", "checkworthiness", "created", "status")


def _order(sort: str) -> tuple:
    """A total order for each --sort, so that pages never overlap or skip; each one an
    index read (ix_claims_checkworthiness_id backwards, the primary key, ix_claims_status_id)."""
    if sort == "checkworthiness":  # highest first; unscored claims last on both engines
        return (claims.c.checkworthiness.desc().nulls_last(), claims.c.id.desc())
    if sort == "created":  # newest first: ids are given in order of creation
        return (claims.c.id.desc(),)
    if sort == "status":
        return (claims.c.status, claims.c.id)
    if sort != "id":
        raise BadInput(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    return (claims.c.id,)


def _any_of(value) -> list | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value) or None


def claim_conditions(filters: ClaimFilters, dialect: str = "sqlite") -> list:
    """The WHERE conditions of the filters (claims list, export csv)."""
    conditions = []
    if filters.article_id is not None:
        conditions.append(claims.c.article_id == filters.article_id)
    statuses = _any_of(filters.status)
    if statuses:
        conditions.append(claims.c.status.in_(statuses))
    attributions = _any_of(filters.attribution)
    if attributions:
        conditions.append(claims.c.attribution.in_(attributions))
    if filters.speaker:
        conditions.append(claims.c.speaker_id.in_(_speaker_ids(filters.speaker)))
    if filters.orphaned is not None:
        conditions.append(claims.c.orphaned.is_(filters.orphaned))
    if filters.stale:
        conditions.append(claims.c.stale.is_(True))
    if filters.dismissed is not None:
        conditions.append(claims.c.dismissed.is_(filters.dismissed))
    if filters.disputed:
        conditions.append(disputed_condition())
    if filters.min_score is not None:
        conditions.append(claims.c.checkworthiness >= filters.min_score)
    if filters.search:
        conditions.append(quote_contains(filters.search, dialect))
    return conditions


def list_claims(session: Session, filters: ClaimFilters) -> list[Claim]:
    """The claims the filters select, in their order, as ORM objects with their speaker."""
    from sqlalchemy.orm import selectinload

    from factcheck.models import Claim

    dialect = session.get_bind().dialect.name
    query = claims_query(filters, dialect).options(selectinload(Claim.speaker))
    return list(session.scalars(query))


def list_claim_rows(connection, filters: ClaimFilters) -> list:
    """The same claims as plain rows (services/claim_rows.py), read without the ORM: what
    `claims list` prints. `connection` is a Connection or a Session."""
    query = _filtered(claim_rows(), filters, dialect_name(connection))
    return list(connection.execute(query))


def claims_query(filters: ClaimFilters, dialect: str = "sqlite"):
    """SELECT of the ORM Claim objects the filters select, in their order."""
    from factcheck.models import Claim

    return _filtered(select(Claim), filters, dialect)


def _filtered(query, filters: ClaimFilters, dialect: str):
    query = query.order_by(*_order(filters.sort))
    if filters.search and dialect == "sqlite" and _only_search(filters):
        # The index hands back matches in id order: let it stop after one page.
        return query.where(claims.c.id.in_(_fts_ids(filters.search, filters)))
    query = query.where(*claim_conditions(filters, dialect))
    if filters.limit:
        query = query.limit(filters.limit)
    if filters.offset:
        query = query.offset(filters.offset)
    return query


def _only_search(filters: ClaimFilters) -> bool:
    plain = ClaimFilters(search=filters.search, limit=filters.limit, offset=filters.offset)
    return filters == plain


_CLAIMS_FTS = table("claims_fts", column("rowid"), column("quote"))


def _forms(search: str) -> list[str]:
    """The search as typed in NFC and NFD (one form for plain ASCII): a quote stored in
    either form is found, the index still serves each LIKE."""
    forms = [unicodedata.normalize("NFC", search), unicodedata.normalize("NFD", search)]
    return list(dict.fromkeys(forms))


def _any_like(column, search: str, fold=lambda value: value):
    likes = []
    for form in _forms(search):
        pattern, escape = _like_pattern(form)
        likes.append(fold(column).like(fold(pattern), escape=escape))
    return or_(*likes) if len(likes) > 1 else likes[0]


def _fts_ids(search: str, page: ClaimFilters | None = None):
    ids = select(_CLAIMS_FTS.c.rowid).where(_any_like(_CLAIMS_FTS.c.quote, search))
    if page is not None:
        # Dismissed claims are few: leaving them out here keeps a page full.
        dismissed = select(claims.c.id).where(claims.c.dismissed.is_(True))
        ids = ids.where(_CLAIMS_FTS.c.rowid.not_in(dismissed))
        ids = ids.order_by(_CLAIMS_FTS.c.rowid)
        if page.limit:
            ids = ids.limit(page.limit)
        if page.offset:
            ids = ids.offset(page.offset)
    return ids


def quote_contains(search: str, dialect: str):
    """Case-insensitive substring match on quotes, through the trigram index (migration 0002).

    SQLite's LIKE folds the case of ASCII letters only: "école" does not find "ÉCOLE" there;
    PostgreSQL's lower() folds as the database's locale says (ASCII only under C).
    """
    if dialect == "sqlite":
        return claims.c.id.in_(_fts_ids(search))
    # The database lowers both sides, so the quote and the search fold alike in any locale.
    return _any_like(claims.c.quote, search, func.lower)


def _speaker_ids(name: str):
    from factcheck.tables import source_aliases  # built only when a listing names a speaker

    # "%" or "_" in a name are characters to find, not wildcards
    pattern, escape = _like_pattern(alias_key(name))
    return (
        select(source_aliases.c.source_id)
        .where(source_aliases.c.alias_key.like(pattern, escape=escape))
        .union(select(sources.c.id).where(func.lower(sources.c.name).like(pattern, escape=escape)))
    )
