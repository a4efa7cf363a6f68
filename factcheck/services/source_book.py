"""The sources one article names, found or created together: a query or two an article.

`get_or_create_source` (services/sources.py) answers one name with several queries and a
savepoint for each insert; an ingested article names dozens (speakers, their aliases, the
authors and publishers of cited works). A SourceBook looks every name of the article up at
once, then answers each name from memory exactly as get_or_create_source would (alias first,
then the name; a new source takes its name and aliases), and inserts the new sources and
aliases in one flush each.

No savepoint is taken: the article's transaction is the unit. Ingest holds the ledger lock
(store_article takes it first), so two ingests never race for a new source; a writer outside
it (`claims add`) inserting the same new source at that moment makes the flush fail, and the
ingest pipeline stores the article once more, finding that source.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factcheck.models import Source, SourceAlias
from factcheck.services.common import chunks, number_new_rows
from factcheck.services.source_names import alias_key, alias_may_name, has_letter, source_name
from factcheck.vocab import SourceKind


class SourceBook:
    """Every source an article names, looked up in one go; new ones kept until flush()."""

    def __init__(self, session: Session, names: Iterable[str | None]) -> None:
        self.session = session
        wanted = {name for name in names if name and has_letter(name)}
        self._by_key: dict[str, Source] = {}  # alias key -> its source, stored or new
        keys = sorted({alias_key(name) for name in wanted} - {""})
        for part in chunks(keys):
            rows = session.execute(
                select(SourceAlias.alias_key, Source)
                .join(Source, Source.id == SourceAlias.source_id)
                .where(SourceAlias.alias_key.in_(part))
            )
            self._by_key.update((key, source) for key, source in rows)
        # A source stored without an alias for its own name is found by its name (as
        # find_source does), compared as the database lower-cases it.
        self._by_name: dict[str, Source] = {}
        unknown = sorted({source_name(n).lower() for n in wanted if not self._known(n)})
        for part in chunks(unknown):
            lowered = func.lower(Source.name)
            for name, source in session.execute(select(lowered, Source).where(lowered.in_(part))):
                self._by_name.setdefault(name, source)
        self._new_sources: list[Source] = []
        self._new_aliases: list[tuple[Source, str, str]] = []

    def _known(self, name: str) -> bool:
        key = alias_key(name)
        return not key or key in self._by_key

    def find(self, name: str) -> Source | None:
        key = alias_key(name)
        if not key:
            return None
        return self._by_key.get(key) or self._by_name.get(source_name(name).lower())

    def _by_alias(self, name: str, aliases: tuple[str, ...]) -> Source | None:
        """The source of the first alias that may stand for `name` (a surname shared with
        a different given name may not: source_names.alias_may_name)."""
        for alias in aliases:
            source = self.find(alias)
            if source is not None and alias_may_name(alias, name, source.name):
                return source
        return None

    def source(
        self,
        name: str | None,
        *,
        kind: SourceKind | None = None,
        role: str | None = None,
        aliases: Iterable[str] = (),
    ) -> Source | None:
        """The source `name` (or one of its aliases) names, created if new; None when the
        name has no letter (not a name). Its id is set by flush()."""
        if not name or not has_letter(name):
            return None
        name, aliases = source_name(name), tuple(aliases)
        source = self.find(name) or self._by_alias(name, aliases)
        if source is None:
            source = Source(name=name, kind=kind or SourceKind.UNKNOWN, role=role)
            self.session.add(source)
            self._new_sources.append(source)
        elif kind and source.kind == SourceKind.UNKNOWN:
            source.kind = kind
        if role and not source.role:
            source.role = role
        for alias in (name, *aliases):
            key = alias_key(alias)
            if key and key not in self._by_key:  # a name another source has stays theirs
                self._by_key[key] = source
                self._new_aliases.append((source, source_name(alias), key))
        return source

    def flush(self) -> None:
        """Insert the new sources (their ids are needed next), then queue their aliases."""
        number_new_rows(self.session, self._new_sources)
        self.session.flush()
        aliases = [
            SourceAlias(source_id=source.id, alias=alias, alias_key=key)
            for source, alias, key in self._new_aliases
        ]
        number_new_rows(self.session, aliases)
        self.session.add_all(aliases)
        self._new_sources.clear()
        self._new_aliases.clear()
