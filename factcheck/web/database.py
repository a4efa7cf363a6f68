"""The desk's database access: the CLI's URL rules, one engine per PostgreSQL login, and
one transaction per request (writes retried when a concurrent writer got in the way)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from factcheck import db
from factcheck.errors import ConflictError, FactcheckError
from factcheck.retry import is_transient

T = TypeVar("T")
ATTEMPTS = 5


class SignInRefused(FactcheckError):
    """Wrong name or password, or a role that may not log in."""


class Database:
    """The ledger the desk serves: SQLite (one person, one engine) or PostgreSQL (each
    reviewer through an engine logged in as their own role, so grants decide)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = db.resolve_url(url)
        self.engine = db.get_engine(self.url)
        self.dialect = self.engine.dialect.name

    @property
    def per_user(self) -> bool:
        return self.dialect == "postgresql"

    def check(self) -> None:
        """Refuse to serve a database that is missing, not initialised or too new."""
        db.ensure_schema_current(self.engine)

    def engine_as(self, role: str, password: str) -> Engine:
        """An engine logged in as `role`; refused (one line, no password echoed) if the
        server will not have it."""
        if not role.strip():
            raise SignInRefused("give your database role's name")
        url = make_url(self.url).set(username=role.strip(), password=password)
        # Small pools: one per signed-in reviewer.
        engine = db._create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=4)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except DBAPIError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "refused"
            raise SignInRefused(f"sign-in refused by the database: {reason}") from None
        return engine


def read(engine: Engine, work: Callable[[Session], T]) -> T:
    """work(session) in a read-only transaction (SQLite: no write lock taken)."""
    bind = engine.execution_options(**{db.READ_ONLY: True})
    with sessionmaker(bind, expire_on_commit=False)() as session:
        try:
            return work(session)
        finally:
            session.rollback()


def write(engine: Engine, work: Callable[[Session], T]) -> T:
    """work(session) in one transaction, committed on success, rolled back on any error;
    run again (from the start) when it lost a race with another writer."""
    for attempt in range(1, ATTEMPTS + 1):
        session = sessionmaker(engine, expire_on_commit=False)()
        try:
            result = work(session)
            session.commit()
            return result
        except Exception as exc:
            session.rollback()
            if not is_transient(exc):
                raise
            if attempt == ATTEMPTS:
                raise ConflictError("the ledger stayed busy with other writers; retry") from exc
        finally:
            session.close()
        time.sleep(random.uniform(0, 0.05 * 2 ** (attempt - 1)))
    raise AssertionError("unreachable")


def refusal(exc: DBAPIError) -> str | None:
    """A database refusal a user should see (no permission, a rule of the schema), or None
    for a failure that is the server's."""
    sqlstate = getattr(exc.orig, "sqlstate", None) or ""
    first = (str(exc.orig).strip().splitlines() or [type(exc).__name__])[0]
    if sqlstate == "42501":  # insufficient_privilege: the role's grants say no
        return f"the database refused: {first} (your role may not do this)"
    if sqlstate.startswith("23"):  # integrity constraint violation
        return f"refused by the database: {first}"
    return None
