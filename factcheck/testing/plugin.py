"""pytest plugin: `ledger` builds a ledger in a few lines on a fresh migrated database.

Enable it with `pytest_plugins = ["factcheck.testing.plugin"]` in a conftest.py (factcheck's
own tests do) or `pytest -p factcheck.testing.plugin`. A project's own `db_url` fixture
(factcheck's tests give one on PostgreSQL too) replaces the SQLite file made here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.testing.ledger import LedgerBuilder


@pytest.fixture(scope="session")
def _factcheck_template_db(tmp_path_factory) -> Path:
    """Migrate once per session; each test copies the file (a migration takes ~0.3 s)."""
    from factcheck import db as database

    path = tmp_path_factory.mktemp("factcheck-template") / "ledger.db"
    url = f"sqlite:///{path}"
    database.upgrade(url)
    database.get_engine(url).dispose()
    return path


@pytest.fixture
def db_url(request, tmp_path) -> str:
    """A fresh, migrated SQLite ledger for this test."""
    path = tmp_path / "ledger.db"
    shutil.copy(request.getfixturevalue("_factcheck_template_db"), path)
    return f"sqlite:///{path}"


@pytest.fixture
def ledger(db_url) -> LedgerBuilder:
    """A LedgerBuilder on this test's database (see factcheck.testing.ledger)."""
    return LedgerBuilder(db_url)
