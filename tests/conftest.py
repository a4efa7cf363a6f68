"""Fixtures: a migrated temporary database per test, a session on it, and a CLI runner."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from factcheck import db as database

# The ledger builder fixture (`ledger`); this file's db_url replaces the plugin's.
pytest_plugins = ["factcheck.testing.plugin"]

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
PG_URL = os.environ.get("FACTCHECK_TEST_PG_URL")


@pytest.fixture(scope="session")
def _migrated_sqlite_template(tmp_path_factory) -> Path:
    """Migrate once; each test gets a copy of the file (migrations take ~0.3 s each)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    url = f"sqlite:///{path}"
    database.upgrade(url)
    database.get_engine(url).dispose()
    return path


def _fresh_postgres_url() -> str:
    """A new schema on the test server, migrated: tests never see each other's rows."""
    from sqlalchemy import create_engine

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(database.resolve_url(PG_URL))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    separator = "&" if "?" in PG_URL else "?"
    url = f"{database.resolve_url(PG_URL)}{separator}options=-csearch_path%3D{schema}"
    database.upgrade(url)
    return url


def _drop_postgres_schema(url: str) -> None:
    """Leave a developer's server as we found it. A connection a test leaked could block
    the DROP: give up after a few seconds rather than hang (the schema is only litter)."""
    import warnings

    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError

    schema = url.rsplit("search_path%3D", 1)[1]
    admin = create_engine(database.resolve_url(PG_URL))
    try:
        with admin.begin() as connection:
            connection.execute(text("SET LOCAL lock_timeout = '5s'"))
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    except DBAPIError as exc:
        warnings.warn(f"test schema {schema} left behind: {exc.orig}", stacklevel=1)
    finally:
        admin.dispose()


def _fresh_ledger(request, path: Path):
    """A migrated empty ledger (a new schema on PostgreSQL, else the SQLite file `path`),
    removed when the test ends."""
    if PG_URL:
        url = _fresh_postgres_url()
    else:
        shutil.copy(request.getfixturevalue("_migrated_sqlite_template"), path)
        url = f"sqlite:///{path}"
    yield url
    database.get_engine(url).dispose()
    if PG_URL:
        _drop_postgres_schema(url)


@pytest.fixture
def db_url(request, tmp_path) -> str:
    yield from _fresh_ledger(request, tmp_path / "factcheck.db")


@pytest.fixture
def second_db_url(request, tmp_path) -> str:
    """Another empty ledger on the same engine, to compare two runs' rows."""
    yield from _fresh_ledger(request, tmp_path / "second.db")


@pytest.fixture
def session(db_url) -> Session:
    from sqlalchemy.orm import sessionmaker

    with sessionmaker(database.get_engine(db_url), expire_on_commit=False)() as s:
        yield s


@pytest.fixture
def cli(db_url, monkeypatch):
    """Run factcheck commands against the test database: cli("claims", "list")."""
    from factcheck.cli import app

    monkeypatch.setenv("FACTCHECK_DB", db_url)
    monkeypatch.setenv("FACTCHECK_REVIEWER", "tester")
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def sample_text() -> str:
    return (REPO_ROOT / "tests" / "data" / "port_dispute.txt").read_text(encoding="utf-8")


@pytest.fixture
def sample_file() -> Path:
    return REPO_ROOT / "tests" / "data" / "port_dispute.txt"
