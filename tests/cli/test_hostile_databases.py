"""Databases: a read never creates a file, a non-database is one line, hints lead somewhere."""

from __future__ import annotations

import os
import shutil

import pytest
from sqlalchemy import create_engine
from typer.testing import CliRunner

from factcheck import db as database
from factcheck.cli import app
from factcheck.models import Base

READS = [
    ("claims", "list"),
    ("claims", "show", "1"),
    ("sources", "list"),
    ("articles", "list"),
    ("audit", "verify"),
    ("disputes",),
    ("export", "jsonl"),
    ("report", "--all"),
    ("history", "1"),
]


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def one_line(result, *fragments: str) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


@pytest.mark.parametrize("command", READS, ids=" ".join)
def test_a_read_on_a_missing_sqlite_file_creates_nothing(tmp_path, command):
    path = tmp_path / "missing.db"
    one_line(run(*command, "--db", f"sqlite:///{path}"), "no database file", "factcheck init")
    assert list(tmp_path.iterdir()) == []


def test_db_current_on_a_missing_file_says_so_and_creates_nothing(tmp_path):
    path = tmp_path / "missing.db"
    result = run("db", "current", "--db", f"sqlite:///{path}")
    assert result.exit_code == 0 and "not initialised" in result.stdout
    assert not path.exists()


@pytest.mark.parametrize(
    "command",
    [*READS, ("init",), ("db", "current"), ("claims", "add", "1", "--quote", "x")],
    ids=" ".join,
)
def test_a_file_of_random_bytes_is_one_clear_line(tmp_path, command):
    path = tmp_path / "junk.db"
    junk = os.urandom(4096)
    path.write_bytes(b"not sqlite" + junk)
    one_line(run(*command, "--db", f"sqlite:///{path}"), "is not a SQLite database")
    assert path.read_bytes() == b"not sqlite" + junk


def test_tables_without_a_migration_record_get_a_hint_that_works(tmp_path):
    url = f"sqlite:///{tmp_path / 'bare.db'}"
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    line = one_line(run("claims", "list", "--db", url), "no migration record")
    assert "factcheck init --db" in line and "new database" in line
    # init does not fail half-way on "table articles already exists": it refuses up front
    refused = one_line(run("init", "--db", url), "no migration record")
    assert "already exists" not in refused
    fresh = f"sqlite:///{tmp_path / 'new.db'}"
    assert run("init", "--db", fresh).exit_code == 0  # following the hint works


def test_db_downgrade_minus_one_works_as_its_help_says(tmp_path, _migrated_sqlite_template):
    path = tmp_path / "ledger.db"
    shutil.copy(_migrated_sqlite_template, path)
    url = f"sqlite:///{path}"
    head = database.head_revision()
    result = run("db", "downgrade", "-1", "--yes", "--db", url)
    assert result.exit_code == 0, result.output
    previous = database.current_revision(database.get_engine(url))
    assert previous is not None and previous < head
    assert previous in result.stdout
    assert run("db", "upgrade", "--db", url).exit_code == 0
    assert database.current_revision(database.get_engine(url)) == head
    database.get_engine(url).dispose()


def test_db_downgrade_on_a_missing_file_creates_nothing(tmp_path):
    path = tmp_path / "missing.db"
    one_line(run("db", "downgrade", "-1", "--yes", "--db", f"sqlite:///{path}"), "no database")
    assert not path.exists()
