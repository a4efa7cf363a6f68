"""Articles: storing texts (never edited), versions by url or slug, listing."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factcheck.errors import BadInput, NotFound
from factcheck.models import Article, Claim
from factcheck.services.article_rows import ArticleRow, article_key, list_articles  # noqa: F401
from factcheck.services.common import get_or_fail, parse_id
from factcheck.services.ledger_events import lock_ledger


class AddOutcome(StrEnum):
    ADDED = "added"
    UNCHANGED = "unchanged"
    NEW_VERSION = "new_version"


@dataclass
class ArticleInput:
    """What we know about a text before it is stored."""

    text: str
    filename: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: list[str] | None = None
    published: date | None = None
    format: str = "txt"
    sha256: str | None = None


def slugify(value: str) -> str:
    value = re.sub(r"^[a-z]+://", "", value.lower())
    value = re.sub(r"\.(txt|md|html?)$", "", value)
    slug = re.sub(r"[^a-z0-9]+", "-", value).strip("-")
    return slug[:200] or "article"


def slug_for(data: ArticleInput) -> str:
    """Versions of one article share a slug: from its url, else its file name, else its title."""
    for candidate in (data.url, data.filename, data.title):
        if candidate:
            return slugify(candidate)
    return "article-" + (data.sha256 or "")[:12]


def store_article(
    session: Session, data: ArticleInput, *, actor: str = "factcheck"
) -> tuple[Article, AddOutcome]:
    """Store a text; the same bytes again is a no-op, a changed text becomes a new version."""
    if not data.text.strip():
        raise BadInput("the article is empty")
    lock_ledger(session)
    sha = data.sha256 = data.sha256 or hashlib.sha256(data.text.encode("utf-8")).hexdigest()
    slug = slug_for(data)
    previous = current_version(session, slug=slug, url=data.url)
    unchanged = already_stored(session, data, previous)
    if unchanged is not None:
        return unchanged, AddOutcome.UNCHANGED
    article = Article(
        slug=previous.slug if previous else slug,
        version=previous.version + 1 if previous else 1,
        is_current=True,
        title=data.title or (previous.title if previous else None),
        outlet=data.outlet or (previous.outlet if previous else None),
        authors=list(data.authors or (previous.authors if previous else [])),
        url=data.url or (previous.url if previous else None),
        published=data.published or (previous.published if previous else None),
        filename=data.filename,
        format=data.format,
        text=data.text,
        sha256=sha,
    )
    if previous is not None:
        previous.is_current = False
        article.first_version_id = previous.first_version_id or previous.id
    session.add(article)
    session.flush()
    if article.first_version_id is None:
        article.first_version_id = article.id  # a first version is its own article id
        session.flush()
    from factcheck.services import trail

    trail.article_added(session, article, actor)
    return article, AddOutcome.NEW_VERSION if previous else AddOutcome.ADDED


def already_stored(
    session: Session, data: ArticleInput, previous: Article | None = None
) -> Article | None:
    """The stored article these exact bytes already are, if any (re-ingesting is a no-op)."""
    sha = data.sha256 or hashlib.sha256(data.text.encode("utf-8")).hexdigest()
    if previous is None:
        previous = current_version(session, slug=slug_for(data), url=data.url)
    if previous is not None:
        return previous if previous.sha256 == sha else None
    return session.scalars(
        select(Article).where(Article.sha256 == sha, Article.is_current.is_(True))
    ).first()


def current_version(session: Session, *, slug: str, url: str | None) -> Article | None:
    query = select(Article).where(Article.is_current.is_(True))
    if url:
        found = session.scalars(query.where(Article.url == url)).first()
        if found is not None:
            return found
    return session.scalars(query.where(Article.slug == slug)).first()


def get_article(session: Session, article_id: int) -> Article:
    return get_or_fail(session, Article, article_id, "article")


def resolve_article(session: Session, ref: str, version: int | None = None) -> Article:
    """An article by id, slug or url: its current version, or version `version` of it.

    An article's id is its first version's row id and stays the same across versions; a
    later version's own row id (as claims and older outputs give it) names that version."""
    article_id = parse_id(ref)
    if article_id is not None:
        found = _current_of(session, article_id)
        if found is None:
            found = get_article(session, article_id)
    else:
        found = current_version(session, slug=slugify(ref), url=ref)
        if found is None:
            raise NotFound(f"no article {ref!r} (give its id, slug or url)")
    if version is None or version == found.version:
        return found
    return _version_of(session, found, version)


def _current_of(session: Session, article_id: int) -> Article | None:
    """The current (else newest) version of the article whose id this is."""
    return session.scalars(
        select(Article)
        .where(Article.first_version_id == article_id)
        .order_by(Article.is_current.desc(), Article.version.desc())
        .limit(1)
    ).first()


def _version_of(session: Session, article: Article, version: int) -> Article:
    key = article_key(article)
    found = session.scalars(
        select(Article).where(Article.first_version_id == key, Article.version == version)
    ).first()
    if found is None:
        newest = session.scalar(
            select(func.max(Article.version)).where(Article.first_version_id == key)
        )
        raise NotFound(f"article {key} has no version {version} (versions 1-{newest})")
    return found


def article_claims(session: Session, article_id: int) -> list[Claim]:
    """An article version's claims in text order, with their speakers loaded."""
    from sqlalchemy.orm import selectinload

    query = select(Claim).where(Claim.article_id == article_id).order_by(Claim.start, Claim.id)
    return list(session.scalars(query.options(selectinload(Claim.speaker))))
