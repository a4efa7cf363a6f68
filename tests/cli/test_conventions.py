"""Command-line conventions users rely on, each tried as a new user would."""

from __future__ import annotations

import json
import re

import pytest

from factcheck.db import display_url
from tests.cli.test_errors import assert_one_line_error

TEXT = "The harbour board said 30 ships docked on Monday. Fees rose 4 percent in May."


@pytest.fixture
def harbour(ledger) -> int:
    article = ledger.article(TEXT, title="Harbour")
    said = ledger.claim(
        article, "30 ships docked on Monday", speaker="Harbour board", attribution="said"
    )
    ledger.review(said, "false", note="the port log shows 3 ships")
    ledger.claim(article, "Fees rose 4 percent in May")
    return said


def test_version(cli):
    from importlib.metadata import version

    result = cli("--version")
    assert result.exit_code == 0 and result.stdout == f"factcheck {version('factcheck')}\n"


def test_output_dash_is_standard_output_and_writes_no_file(cli, harbour, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = cli("report", "1", "-o", "-")
    assert report.exit_code == 0 and "30 ships docked on Monday" in report.stdout
    exported = cli("export", "csv", "--output", "-")
    assert exported.exit_code == 0 and "30 ships docked on Monday" in exported.stdout
    assert "wrote" not in report.stdout + exported.stdout
    assert not (tmp_path / "-").exists()


def test_a_plain_db_path_is_a_sqlite_file(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    made = cli("init", "--db", "copy.db")
    assert made.exit_code == 0, made.output
    assert (tmp_path / "copy.db").is_file() and "sqlite:///copy.db" in made.stdout
    listed = cli("claims", "list", "--db", "copy.db", "-f", "json")
    assert listed.exit_code == 0 and json.loads(listed.stdout) == []
    missing = cli("claims", "list", "--db", "elsewhere.db")
    assert_one_line_error(missing, "no database file elsewhere.db")
    assert not (tmp_path / "elsewhere.db").exists()


def test_init_never_prints_the_database_password(cli):
    result = cli("init", "--db", "postgresql://editor:hunter2@127.0.0.1:1/ledger")
    assert result.exit_code == 1 and "hunter2" not in result.output


def test_printed_urls_mask_the_password():
    assert display_url("postgresql+psycopg://editor:hunter2@db.example/ledger") == (
        "postgresql+psycopg://editor:***@db.example/ledger"
    )
    assert display_url("sqlite:///ledger.db") == "sqlite:///ledger.db"


def test_config_show_masks_the_password(cli, monkeypatch):
    monkeypatch.setenv("FACTCHECK_DB", "postgresql://editor:hunter2@db.example/ledger")
    shown = cli("config", "show", "-f", "json")
    assert shown.exit_code == 0 and "hunter2" not in shown.stdout and "***" in shown.stdout


def test_status_is_coloured_with_its_label_in_tables(cli, harbour, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    coloured = cli("claims", "list").stdout
    assert re.search(r"\x1b\[31mfalse *\x1b\[0m", coloured)  # red, and still the word
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("NO_COLOR", "1")
    plain = cli("claims", "list").stdout
    assert "\x1b[" not in plain and "false" in plain and "unverified" in plain


@pytest.mark.parametrize("environment", [{"NO_COLOR": "1"}, {}])
def test_claims_show_marks_the_quote_without_colour(cli, harbour, monkeypatch, environment):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    shown = cli("claims", "show", str(harbour)).stdout  # CliRunner: a pipe, not a terminal
    assert f"[{harbour}>30 ships docked on Monday<{harbour}]" in shown
    assert "\x1b[" not in shown


def test_errors_anywhere_are_one_line_from_the_one_handler(cli, harbour):
    assert_one_line_error(cli("claims", "show", "999"), "999")
    assert_one_line_error(cli("db", "downgrade"), "--yes")
    assert_one_line_error(cli("report", "1", "--version", "9"), "version")


@pytest.mark.spacy
def test_extract_dash_reads_standard_input(cli):
    result = cli("extract", "-", "-f", "json", input=TEXT)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"] == "stdin.txt"
    assert [c["attribution"] for c in data["claims"]] == ["said", "asserted"]


@pytest.mark.spacy
def test_ingest_dash_reads_standard_input(cli):
    result = cli("ingest", "-", input=TEXT)
    assert result.exit_code == 0, result.output
    listed = json.loads(cli("claims", "list", "-f", "json").stdout)
    assert [c["attribution"] for c in listed] == ["said", "asserted"]
    (article,) = json.loads(cli("articles", "list", "-f", "json").stdout)
    assert article["filename"] == "stdin.txt"  # not "-"


def test_extract_dash_refuses_empty_input_in_one_line(cli):
    assert_one_line_error(cli("extract", "-", input=""), "empty")
