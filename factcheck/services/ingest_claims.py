"""Which ingest process stores a file: PostgreSQL advisory locks on the article's keys.

Several `factcheck ingest` processes (on one machine or several) can share a folder against
one PostgreSQL database. Before parsing a file, a process takes a session-level advisory
lock on the article's slug (and url, when it has one), the keys `store_article` versions
by. A process that finds a key taken leaves that file for the end of its run, then waits
for the lock and finds the article stored (unchanged) or, if the holder died, stores it
itself: every file is parsed and stored by one process, and the unique (slug, version) row
catches anything that bypasses the locks (`articles add`), as before.

On SQLite (one file, one writer at a time) every claim succeeds at once.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from factcheck.services.articles import ArticleInput, slug_for

LOCK_NAMESPACE = b"factcheck-ingest:"


def lock_keys(data: ArticleInput, schema: str = "") -> list[int]:
    """The signed 64-bit lock keys of an article: its slug, and its url if it has one.

    Advisory locks are per database; the schema is part of the key so that two ledgers in
    one database (as the tests make) do not wait on each other."""
    names = [f"slug:{slug_for(data)}"] + ([f"url:{data.url}"] if data.url else [])
    return sorted(
        int.from_bytes(
            hashlib.sha256(LOCK_NAMESPACE + f"{schema}/{name}".encode()).digest()[:8],
            "big",
            signed=True,
        )
        for name in names
    )


class FileClaims:
    """Claims on articles held by this process for the length of one ingest run."""

    def __init__(self, engine: Engine) -> None:
        self.enabled = engine.dialect.name == "postgresql"
        self._connection: Connection | None = engine.connect() if self.enabled else None
        self._held: dict[int, int] = {}  # key -> times taken (two files may share a key)
        self._schema = ""
        if self._connection is not None:
            self._schema = self._connection.execute(text("SELECT current_schema()")).scalar()
            self._connection.commit()

    def try_claim(self, data: ArticleInput) -> bool:
        """Take every lock of the article now, or none of them."""
        if not self.enabled:
            return True
        taken: list[int] = []
        for key in self._keys(data):
            if self._held.get(key) or self._sql("SELECT pg_try_advisory_lock(:k)", key):
                taken.append(key)
                self._held[key] = self._held.get(key, 0) + 1
            else:
                for other in taken:
                    self._release_key(other)
                return False
        return True

    def claim(self, data: ArticleInput) -> None:
        """Wait until the article is ours (its holder stored it, or died)."""
        if not self.enabled:
            return
        for key in self._keys(data):  # sorted: two waiters never deadlock
            if not self._held.get(key):
                self._sql("SELECT pg_advisory_lock(:k)", key)
            self._held[key] = self._held.get(key, 0) + 1

    def release(self, data: ArticleInput) -> None:
        if self.enabled:
            for key in self._keys(data):
                self._release_key(key)

    def _keys(self, data: ArticleInput) -> list[int]:
        return lock_keys(data, self._schema or "")

    def close(self) -> None:
        """Let go of every claim still held (a run that failed midway) and of the connection:
        it goes back to the pool, and session-level locks would outlive a mere rollback."""
        if self._connection is not None:
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock_all()"))
                self._connection.commit()
            finally:
                self._connection.close()
                self._connection = None
                self._held.clear()

    def _release_key(self, key: int) -> None:
        self._held[key] -= 1
        if not self._held[key]:
            del self._held[key]
            self._sql("SELECT pg_advisory_unlock(:k)", key)

    def _sql(self, statement: str, key: int) -> bool:
        assert self._connection is not None
        value = self._connection.execute(text(statement), {"k": key}).scalar()
        self._connection.commit()  # no transaction left open on the lock connection
        return bool(value)
