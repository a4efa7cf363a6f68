"""Sources: canonical names, aliases, and each source's claims with their verdicts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from factcheck.errors import BadInput, NotFound
from factcheck.models import Article, Citation, Claim, Source, SourceAlias
from factcheck.services.common import MAX_ID, insert_or_get, like_pattern, parse_id
from factcheck.services.source_names import alias_key, alias_may_name, has_letter, source_name
from factcheck.vocab import SourceKind


def find_source(session: Session, name: str) -> Source | None:
    key = alias_key(name)
    if not key:
        return None
    by_alias = session.scalars(
        select(Source).join(SourceAlias).where(SourceAlias.alias_key == key)
    ).first()
    if by_alias is not None:
        return by_alias
    name = source_name(name)
    return session.scalars(select(Source).where(func.lower(Source.name) == name.lower())).first()


def get_or_create_source(
    session: Session,
    name: str,
    *,
    kind: SourceKind | None = None,
    role: str | None = None,
    aliases: list[str] | tuple[str, ...] = (),
) -> Source:
    """The source known by `name` or any alias, created with those aliases if new.

    Two writers creating the same new source at once both get the one that won.
    """
    name = source_name(name)
    if not name:
        raise BadInput("a source needs a name")
    if not has_letter(name):
        raise BadInput(f"a source name needs a letter: {name!r}")
    source = find_source(session, name)
    if source is None:
        for alias in aliases:
            source = find_source(session, alias)
            if source is not None and alias_may_name(alias, name, source.name):
                break
            source = None
    if source is None:
        source, _ = insert_or_get(
            session,
            Source(name=name, kind=kind or SourceKind.UNKNOWN, role=role),
            lambda: find_source(session, name),
        )
    elif kind and source.kind == SourceKind.UNKNOWN:
        source.kind = kind
    if role and not source.role:
        source.role = role
    for alias in (name, *aliases):
        _attach_alias(session, source, alias)
    return source


def _attach_alias(session: Session, source: Source, alias: str) -> None:
    key = alias_key(alias)
    if not key:
        return

    def owner() -> SourceAlias | None:
        return session.scalars(select(SourceAlias).where(SourceAlias.alias_key == key)).first()

    if owner() is None:
        row = SourceAlias(source_id=source.id, alias=source_name(alias), alias_key=key)
        insert_or_get(session, row, owner)  # a concurrent writer's same alias is as good


def add_alias(session: Session, *, source_ref: str, alias: str) -> Source:
    """Record that `alias` names the source `source_ref` (id or name)."""
    source = resolve_source(session, source_ref)
    key = alias_key(alias)
    if not key:
        raise BadInput("the alias is empty")
    if not has_letter(key):
        raise BadInput(f"an alias needs a letter: {alias!r}")
    for _ in range(2):  # again after attaching: a concurrent writer may have taken it
        owner = session.scalars(select(SourceAlias).where(SourceAlias.alias_key == key)).first()
        if owner is not None and owner.source_id != source.id:
            other = session.get(Source, owner.source_id)
            raise BadInput(f"{alias!r} already names source {other.id} ({other.name})")
        _attach_alias(session, source, alias)
    return source


def resolve_source(session: Session, ref: str) -> Source:
    source_id = parse_id(ref)
    if source_id is not None:
        source = session.get(Source, source_id) if 0 < source_id <= MAX_ID else None
    else:
        source = find_source(session, ref)
    if source is None:
        raise NotFound(f"no source {ref!r}")
    return source


@dataclass
class SourceSummary:
    source: Source
    aliases: list[str]
    claim_count: int
    statuses: Counter = field(default_factory=Counter)


def list_sources(session: Session, *, search: str | None = None) -> list[SourceSummary]:
    query = select(Source).options(selectinload(Source.aliases)).order_by(Source.name)
    if search:
        pattern, escape = like_pattern(search.lower())
        query = query.where(
            or_(
                func.lower(Source.name).like(pattern, escape=escape),
                Source.id.in_(
                    select(SourceAlias.source_id).where(
                        SourceAlias.alias_key.like(pattern, escape=escape)
                    )
                ),
            )
        )
    return summarize_sources(session, list(session.scalars(query)))


def summarize_sources(session: Session, sources: list[Source]) -> list[SourceSummary]:
    tallies = _status_tallies(session, [s.id for s in sources])
    return [
        SourceSummary(
            source=s,
            aliases=sorted(a.alias for a in s.aliases if a.alias != s.name),
            claim_count=sum(tallies.get(s.id, Counter()).values()),
            statuses=tallies.get(s.id, Counter()),
        )
        for s in sources
    ]


def _status_tallies(session: Session, source_ids: list[int]) -> dict[int, Counter]:
    tallies: dict[int, Counter] = {}
    if not source_ids:
        return tallies
    rows = session.execute(
        select(Claim.speaker_id, Claim.status, func.count())
        .where(Claim.speaker_id.in_(source_ids))
        .group_by(Claim.speaker_id, Claim.status)
    )
    for speaker_id, status, count in rows:
        tallies.setdefault(speaker_id, Counter())[status.value] = count
    return tallies


@dataclass
class SourceDetail:
    summary: SourceSummary
    claims: list[Claim]
    citing_articles: list[Article]
    claims_on_its_word: list[Claim]  # each with its own speaker loaded (another source)


def source_detail(session: Session, ref: str) -> SourceDetail:
    """A source with its claims, the articles that cite it, and claims made on its word."""
    source = resolve_source(session, ref)
    session.refresh(source, ["aliases"])
    (summary,) = summarize_sources(session, [source])
    claims = list(
        session.scalars(
            select(Claim)
            .where(Claim.speaker_id == source.id)
            .options(selectinload(Claim.article))
            .order_by(Claim.article_id, Claim.start)
        )
    )
    citation_ids = select(Citation.id).where(
        or_(Citation.source_id == source.id, Citation.author_id == source.id)
    )
    citing = list(
        session.scalars(
            select(Article)
            .where(Article.id.in_(select(Citation.article_id).where(Citation.id.in_(citation_ids))))
            .order_by(Article.id)
        )
    )
    on_its_word = list(
        session.scalars(
            select(Claim)
            .where(Claim.citation_id.in_(citation_ids))
            .options(selectinload(Claim.article), selectinload(Claim.speaker))
            .order_by(Claim.article_id, Claim.start)
        )
    )
    return SourceDetail(summary, claims, citing, on_its_word)
