"""The extract command through a small Typer app (the main app registers it the same way)."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from factcheck.cli.extract_cmd import extract_command

pytestmark = pytest.mark.spacy

app = typer.Typer()
app.command("extract")(extract_command)
app.command("noop", hidden=True)(lambda: None)  # keep "extract" a subcommand


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 always separates stderr
        return CliRunner()


def test_single_file_prints_one_json_object(tmp_path):
    p = tmp_path / "one.txt"
    p.write_text("The mill will close in May, the owners said.", encoding="utf-8")
    res = _runner().invoke(app, ["extract", str(p), "--format", "json"])
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["article"] == "one.txt"
    (c,) = data["claims"]
    assert set(c) >= {
        "quote",
        "start",
        "end",
        "sentence_start",
        "sentence_end",
        "attribution",
        "cue",
        "speaker",
        "direct_quote",
        "certainty",
        "checkworthiness",
        "claim_type",
    }
    assert c["attribution"] == "said" and data["links"] == []


def test_directory_gives_json_lines_and_reports_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("Rents rose 8 percent last year.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe bad bytes")
    (tmp_path / "c.md").write_text("Officials said the bridge is safe.", encoding="utf-8")
    res = _runner().invoke(app, ["extract", str(tmp_path)])
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [d["article"] for d in lines] == ["a.txt", "c.md"]
    assert "b.txt" in res.stderr and "UTF-8" in res.stderr
    assert "Traceback" not in res.stderr


def test_table_format(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("According to the Harbor Board, [draft] fees doubled.", encoding="utf-8")
    res = _runner().invoke(app, ["extract", str(p), "--format", "table"])
    assert res.exit_code == 0
    assert "according_to" in res.stdout and "Harbor Board" in res.stdout


def test_user_error_is_one_line(tmp_path):
    res = _runner().invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert res.exit_code == 1
    assert res.stderr.startswith("error: ") and "Traceback" not in res.stderr


def test_help_has_an_example():
    res = _runner().invoke(app, ["extract", "--help"])
    assert res.exit_code == 0 and "factcheck extract article.txt --format json" in res.stdout
