"""The one engine factory, the session scope, and Alembic run in code."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.exc import ArgumentError, DBAPIError

from factcheck.errors import DatabaseNotReady

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEFAULT_URL = "sqlite:///factcheck.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def resolve_url(url: str | None = None) -> str:
    """--db, else FACTCHECK_DB, else factcheck.toml's `database`, else a SQLite file in the
    working directory. A plain path (no `scheme://`) names a SQLite file."""
    url = url or os.environ.get("FACTCHECK_DB") or _configured_url() or DEFAULT_URL
    if "://" not in url:  # a plain path (--db copy.db) is a SQLite file
        return "sqlite:///" + url
    # Let people paste the usual postgres:// URLs; we always talk psycopg 3.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def display_url(url: str | None) -> str | None:
    """A database URL as it may be printed: the password masked (`***`)."""
    if not url or "@" not in url:
        return url
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        import re

        return re.sub(r"(://[^/@]*?:)[^/@]*@", r"\1***@", url)


def _configured_url() -> str | None:
    from factcheck import config

    return config.file_settings().get("database")


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _create_engine(url: str, **kwargs) -> Engine:
    """create_engine, with a bad URL or a missing driver as a one-line user error."""
    try:
        return create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:  # NoSuchModuleError is an ArgumentError
        # Not echoing the URL: it may hold a password.
        raise DatabaseNotReady(
            f"cannot use the database URL from --db/FACTCHECK_DB: {_first_line(exc)}"
        ) from None


@cache
def get_engine(url: str | None = None) -> Engine:
    url = resolve_url(url)
    if url.startswith("sqlite"):
        engine = _create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _begin_sqlite)
        _disable_pysqlite_autobegin(engine)
    else:
        engine = _create_engine(url, pool_pre_ping=True)
        if engine.dialect.name == "postgresql":
            from factcheck.tables import with_postgresql_options

            with_postgresql_options()
    return engine


READ_ONLY = "factcheck_read_only"


def _begin_sqlite(conn) -> None:
    """Writers take the write lock up front, so two of them queue on busy_timeout rather
    than fail mid-transaction; read-only work (lists, reports, exports) takes a plain BEGIN:
    WAL gives it a snapshot without holding writers back while it runs."""
    read_only = conn.get_execution_options().get(READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _disable_pysqlite_autobegin(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_connection, _record):
        dbapi_connection.isolation_level = None


@contextmanager
def session_scope(
    url: str | None = None, *, check_schema: bool = True, read_only: bool = False
) -> Iterator[Session]:
    """One transaction per command: commit on success, roll back on any error.

    `read_only` is for commands that only read: on SQLite they do not take the write lock,
    and nothing they might have changed by mistake is committed.
    """
    from sqlalchemy.orm import sessionmaker

    engine = get_engine(url)
    if check_schema:
        ensure_schema_current(engine)
    bind = engine.execution_options(**{READ_ONLY: True}) if read_only else engine
    session = sessionmaker(bind, expire_on_commit=False)()
    try:
        yield session
        # Read-only: nothing is committed; close() below hands the connection back and the
        # pool rolls it back, while what was read stays usable (rollback() would expire it).
        if not read_only:
            session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_scope(url: str | None = None) -> Iterator[Connection]:
    """A read-only transaction on a plain Core connection, for reading rows without the ORM
    (read commands: loading the ORM costs more than their whole query). As with a read-only
    session scope, SQLite takes no write lock, and the transaction is rolled back at the end.
    """
    engine = get_engine(url)
    ensure_schema_current(engine)
    with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
        yield connection


# --- Alembic in code -------------------------------------------------------------------


def alembic_config(url: str | None = None):
    from alembic.config import Config

    from factcheck.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", resolve_url(url).replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def sqlite_file(engine: Engine) -> Path | None:
    """The file of a SQLite database (None for PostgreSQL, memory or URI databases)."""
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


def _missing_file(engine: Engine) -> Path | None:
    path = sqlite_file(engine)
    return path if path is not None and not path.exists() else None


def current_revision(engine: Engine) -> str | None:
    """The database's migration revision, None if never migrated (two light queries).

    A SQLite file that does not exist is not created: it simply has no revision.
    """
    if _missing_file(engine) is not None:
        return None
    try:
        with engine.connect() as connection:
            if not engine.dialect.has_table(connection, "alembic_version"):
                return None
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
            return rows[0][0] if len(rows) == 1 else None
    except DBAPIError as exc:  # cannot connect, or (SQLite) a file that is no database
        raise _cannot_open(engine, exc) from None


def _cannot_open(engine: Engine, exc: DBAPIError) -> DatabaseNotReady:
    path = sqlite_file(engine)
    reason = _first_line(exc.orig)
    if path is not None and "not a database" in reason:
        return DatabaseNotReady(f"{path} is not a SQLite database ({reason})")
    # psycopg adds a second line ("Is the server running...?"): one line is enough.
    return DatabaseNotReady(f"cannot open the database: {reason}")


UNRECORDED = (
    "it has tables but no migration record, so it was not made by factcheck init and its "
    "schema is unknown; use a new database (factcheck init --db ...)"
)


def _has_unrecorded_tables(engine: Engine) -> bool:
    """Tables, but no revision (an empty alembic_version, as `downgrade base` leaves, is
    no table of the ledger)."""
    if _missing_file(engine) is not None or current_revision(engine) is not None:
        return False
    return bool(set(inspect(engine).get_table_names()) - {"alembic_version"})


_checked: set[str] = set()


def ensure_schema_current(engine: Engine) -> None:
    """Refuse to work on a database that is not initialised or is newer than this code."""
    key = str(engine.url)
    if key in _checked:
        return
    missing = _missing_file(engine)
    if missing is not None:
        raise DatabaseNotReady(f"no database file {missing} (run: factcheck init, or check --db)")
    current = current_revision(engine)
    if current is None:
        hint = UNRECORDED if _has_unrecorded_tables(engine) else "run: factcheck init"
        raise DatabaseNotReady(f"database {engine.url!r} is not initialised ({hint})")
    if current != code_head_revision():
        if not known_revision(current):
            raise _newer_than_code(current)
        raise DatabaseNotReady(
            f"database is at an old revision {current}; run: factcheck db upgrade"
        )
    _checked.add(key)


def code_head_revision() -> str:
    """The newest migration of this code, from file names alone (every command checks it).

    Migrations are named NNNN_description.py with revision id NNNN in a single line of
    history (tests/test_migrations.py holds Alembic to that); reading the folder is much
    faster than loading every migration script through Alembic.
    """
    from factcheck.paths import migrations_dir

    numbers = [
        path.name[:4] for path in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    ]
    return max(numbers)


def known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:  # alembic raises, rather than returning None, for a revision it has no script for
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _newer_than_code(revision: str) -> DatabaseNotReady:
    return DatabaseNotReady(
        f"database is at revision {revision}, newer than this factcheck; upgrade factcheck"
    )


def _migrate(url: str | None, step) -> None:
    """Run an Alembic command; a revision this code does not know is a one-line refusal."""
    from alembic.util import CommandError

    try:
        step(alembic_config(url))
    except CommandError as exc:
        current = current_revision(get_engine(url))
        if current is not None and not known_revision(current):
            raise _newer_than_code(current) from None
        raise DatabaseNotReady(f"migration failed: {_first_line(exc)}") from None
    finally:
        _checked.clear()


def upgrade(url: str | None = None, revision: str = "head") -> None:
    from alembic import command

    engine = get_engine(url)
    if _has_unrecorded_tables(engine):
        # Migrating would fail half-way on "table articles already exists".
        raise DatabaseNotReady(f"database {engine.url!r} is not factcheck's: {UNRECORDED}")
    _migrate(url, lambda config: command.upgrade(config, revision))


def downgrade(url: str | None = None, revision: str = "-1") -> None:
    from alembic import command

    engine = get_engine(url)
    missing = _missing_file(engine)
    if missing is not None:
        raise DatabaseNotReady(f"no database file {missing}; nothing to downgrade")
    if current_revision(engine) is None:
        raise DatabaseNotReady("the database is not initialised; nothing to downgrade")
    _migrate(url, lambda config: command.downgrade(config, revision))
