"""People as PostgreSQL roles: the database itself refuses what a role may not do."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import create_engine, select, text

from factcheck import db as database
from factcheck.models import LedgerEvent, Review
from tests.conftest import PG_URL

needs_postgres = pytest.mark.skipif(not PG_URL, reason="roles are PostgreSQL's")


def test_on_sqlite_users_say_roles_are_a_postgres_feature(cli):
    if PG_URL:
        pytest.skip("SQLite only")
    for args in (("users", "add", "alice", "--role", "reviewer"), ("users", "list")):
        result = cli(*args)
        assert result.exit_code == 1
        assert "roles are a PostgreSQL feature" in result.output


@pytest.fixture
def team(cli, db_url, monkeypatch):
    """reader, two reviewers and an editor, each a login role with a unique name; the ledger
    (as its owner) has an article with two claims. Yields name -> database URL."""
    suffix = uuid.uuid4().hex[:8]
    names = {kind: f"fc_{kind}_{suffix}" for kind in ("reader", "alice", "bob", "editor")}
    roles = {"reader": "reader", "alice": "reviewer", "bob": "reviewer", "editor": "editor"}
    urls = {}
    try:
        for kind, name in names.items():
            result = cli("users", "add", name, "--role", roles[kind], "--password-stdin",
                         input="pw-" + suffix + "\n")  # fmt: skip
            assert result.exit_code == 0, result.output
            urls[kind] = db_url.replace("postgres@", f"{name}:pw-{suffix}@", 1)
        article = "The ministry said 30 ships docked. The mayor said the strike ended.\n"
        yield names, urls, article
    finally:
        for url in urls.values():
            database.get_engine(url).dispose()
        admin = create_engine(database.resolve_url(PG_URL))
        with admin.begin() as connection:
            for name in names.values():
                if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                     {"n": name}):  # fmt: skip
                    connection.execute(text(f'DROP OWNED BY "{name}"'))
                    connection.execute(text(f'DROP ROLE "{name}"'))
        admin.dispose()


def _as(cli, monkeypatch, url: str, *args: str, input: str | None = None):
    monkeypatch.setenv("FACTCHECK_DB", url)
    return cli(*args, input=input)


@needs_postgres
def test_a_reader_reviewers_and_an_editor_each_do_only_what_their_role_may(
    cli, db_url, team, tmp_path, monkeypatch
):
    names, urls, article = team
    listed = {p["name"]: p["role"] for p in json.loads(cli("users", "list", "-f", "json").output)}
    assert {listed[n] for n in names.values()} == {"reader", "reviewer", "editor"}
    assert listed[names["alice"]] == "reviewer"
    path = tmp_path / "harbor.txt"
    path.write_text(article)
    path2 = tmp_path / "strike.txt"
    path2.write_text("Unions said the strike ended on Monday.\n")
    assert cli("articles", "add", str(path)).exit_code == 0
    assert cli("claims", "add", "1", "--quote", "30 ships docked").exit_code == 0

    refused = _as(cli, monkeypatch, urls["reader"], "review", "1", "--status", "false",
                  "--note", "3 ships")  # fmt: skip
    assert refused.exit_code == 1
    assert refused.output.strip().splitlines() == [
        "error: refused by the database: permission denied for table reviews "
        "(your database role may not do this)"
    ]
    assert _as(cli, monkeypatch, urls["reader"], "claims", "list").exit_code == 0

    done = _as(cli, monkeypatch, urls["alice"], "review", "1", "--status", "false",
               "--note", "3 ships")  # fmt: skip
    assert done.exit_code == 0, done.output
    assert f"({names['alice']})" in done.output  # the reviewer is the role, not FACTCHECK_REVIEWER
    posing = _as(cli, monkeypatch, urls["bob"], "review", "1", "--status", "verified",
                 "--note", "x", "--reviewer", names["alice"])  # fmt: skip
    assert posing.exit_code == 1 and "you act as your database role" in posing.output

    # a reviewer adds claims and articles, dismisses; assigning is an editor's
    assert _as(cli, monkeypatch, urls["alice"], "articles", "add", str(path2)).exit_code == 0
    added = _as(cli, monkeypatch, urls["alice"], "claims", "add", "2", "--quote", "strike ended")
    assert added.exit_code == 0, added.output
    dismissed = _as(cli, monkeypatch, urls["alice"], "claims", "dismiss", "2", "--reason", "dup")
    assert dismissed.exit_code == 0, dismissed.output
    assign = _as(cli, monkeypatch, urls["alice"], "assign", "1", "--to", names["bob"])
    assert assign.exit_code == 1 and "permission denied for table claims" in assign.output
    editor_assigns = _as(cli, monkeypatch, urls["editor"], "assign", "1", "--to", names["bob"])
    assert editor_assigns.exit_code == 0, editor_assigns.output
    typo = _as(cli, monkeypatch, urls["editor"], "assign", "1", "--to", "nobody_" + names["bob"])
    assert typo.exit_code == 1 and "no database role" in typo.output

    publish = _as(cli, monkeypatch, urls["alice"], "publish", "1")
    assert publish.exit_code == 1
    assert "permission denied for table claims" in publish.output
    assert _as(cli, monkeypatch, urls["editor"], "publish", "1").exit_code == 0

    engine = create_engine(db_url)
    with engine.connect() as connection:
        assert connection.scalar(select(Review.reviewer)) == names["alice"]
        events = connection.execute(
            select(LedgerEvent.kind, LedgerEvent.actor, LedgerEvent.db_role)
            .where(LedgerEvent.kind.in_(["review", "publish"]))
            .order_by(LedgerEvent.seq)
        ).all()
    engine.dispose()
    assert [tuple(e) for e in events] == [
        ("review", names["alice"], names["alice"]),
        ("publish", names["editor"], names["editor"]),
    ]
    assert _as(cli, monkeypatch, db_url, "audit", "verify").exit_code == 0


@needs_postgres
def test_the_prompted_password_is_never_echoed(cli):
    name = f"fc_quiet_{uuid.uuid4().hex[:8]}"
    try:
        result = cli("users", "add", name, "--role", "reader", input="s3cr3t-pw\ns3cr3t-pw\n")
        assert result.exit_code == 0, result.output
        assert "s3cr3t-pw" not in result.output and "Password" in result.output
    finally:
        admin = create_engine(database.resolve_url(PG_URL))
        with admin.begin() as connection:
            connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        admin.dispose()


@needs_postgres
def test_bad_names_and_roles_are_refused(cli):
    assert "cannot be a role name" in cli("users", "add", "Robert'); --", "--role", "reader",
                                          "--password-stdin", input="x\n").output  # fmt: skip
    assert "unknown role" in cli("users", "add", "carol", "--role", "boss").output


@needs_postgres
def test_an_admin_adds_people_and_a_reviewer_cannot(cli, db_url, monkeypatch):
    suffix = uuid.uuid4().hex[:8]
    boss, rev, new = f"fc_boss_{suffix}", f"fc_rev_{suffix}", f"fc_new_{suffix}"
    urls = []
    try:
        for name, role in ((boss, "admin"), (rev, "reviewer")):
            added = cli("users", "add", name, "--role", role, "--password-stdin", input="pw\n")
            assert added.exit_code == 0, added.output
            urls.append(db_url.replace("postgres@", f"{name}:pw@", 1))
        denied = _as(cli, monkeypatch, urls[1], "users", "add", new, "--role", "reader",
                     "--password-stdin", input="pw\n")  # fmt: skip
        assert denied.exit_code == 1 and "permission denied" in denied.output
        made = _as(cli, monkeypatch, urls[0], "users", "add", new, "--role", "reviewer",
                   "--password-stdin", input="pw\n")  # fmt: skip
        assert made.exit_code == 0, made.output
        people = json.loads(_as(cli, monkeypatch, urls[0], "users", "list", "-f", "json").output)
        assert {p["name"]: p["role"] for p in people}[new] == "reviewer"
    finally:
        for url in urls:
            database.get_engine(url).dispose()
        admin = create_engine(database.resolve_url(PG_URL))
        with admin.begin() as connection:
            for name in (new, rev, boss):
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        admin.dispose()
