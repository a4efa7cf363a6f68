"""The manual review workflow, as a fact-checker runs it from the command line."""

import json

from sqlalchemy import create_engine, text


def _json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_denial_and_its_target_are_linked_reviewed_and_audited(cli, sample_file, db_url):
    article = _json(
        cli("articles", "add", str(sample_file), "--outlet", "Harbor Times", "--format", "json")
    )["article"]
    article_id = str(article["id"])
    denial = _json(
        cli(
            "claims",
            "add",
            article_id,
            "--quote",
            "though the authority denies this",
            "--attribution",
            "denied",
            "--speaker",
            "Calloway Port Authority",
            "--cue",
            "denies",
            "--format",
            "json",
        )
    )
    accusation = _json(
        cli(
            "claims",
            "add",
            article_id,
            "--quote",
            "The authority has been accused of hiring replacement crews from outside the state",
            "--attribution",
            "alleged",
            "--cue",
            "accused",
            "--format",
            "json",
        )
    )
    assert denial["speaker"] == "Calloway Port Authority"
    assert denial["certainty"] == "negated"

    linked = cli("link", str(denial["id"]), str(accusation["id"]), "--relation", "denies")
    assert linked.exit_code == 0 and "denies" in linked.stdout

    for claim_id, verdict, stance in (
        (denial["id"], "verified", "supports"),
        (accusation["id"], "unverifiable", "context"),
    ):
        added = cli(
            "evidence",
            "add",
            str(claim_id),
            "--stance",
            stance,
            "--url",
            "https://example.org/statement",
            "--publisher",
            "Port Authority",
        )
        assert added.exit_code == 0, added.output
        reviewed = cli("review", str(claim_id), "--status", verdict, "--note", "checked")
        assert reviewed.exit_code == 0, reviewed.output

    shown = _json(cli("claims", "show", str(accusation["id"]), "--format", "json"))
    assert shown["status"] == "unverifiable"
    assert shown["links"][0]["relation"] == "denies" and shown["links"][0]["direction"] == "in"
    assert shown["evidence"][0]["stance"] == "context"
    assert shown["context"]["quote"] == shown["quote"]

    history = _json(cli("history", str(accusation["id"]), "--format", "json"))
    assert history[0]["kind"] == "created"
    assert {"review", "evidence", "link"} <= {h["kind"] for h in history}

    disputed = _json(cli("claims", "list", "--disputed", "--format", "json"))
    assert [c["id"] for c in disputed] == [accusation["id"]]

    assert cli("audit", "verify").exit_code == 0
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE reviews SET status = 'false' WHERE seq = 1"))
    engine.dispose()
    audit = cli("audit", "verify")
    assert audit.exit_code == 1
    assert "seq 1" in audit.stdout


def test_a_quote_not_in_the_article_is_refused_and_nothing_is_written(cli, sample_file):
    cli("articles", "add", str(sample_file))
    result = cli("claims", "add", "1", "--quote", "the port is closing for good")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: quote not found")
    assert "Traceback" not in result.output
    assert _json(cli("claims", "list", "--format", "json")) == []


def test_articles_show_marks_claims_in_the_text(cli, sample_file):
    cli("articles", "add", str(sample_file))
    cli("claims", "add", "1", "--quote", "There are reports")
    shown = cli("articles", "show", "1")
    assert "[1>There are reports<1]" in shown.stdout


def test_edit_is_recorded_and_shown_in_history(cli, sample_file):
    cli("articles", "add", str(sample_file))
    cli("claims", "add", "1", "--quote", "There are reports")
    edited = cli("claims", "edit", "1", "--attribution", "reportedly", "--if-version", "1")
    assert edited.exit_code == 0, edited.output
    stale = cli("claims", "edit", "1", "--cue", "There are reports", "--if-version", "1")
    assert stale.exit_code == 1 and "version" in stale.stderr
    history = _json(cli("history", "1", "--format", "json"))
    assert any("attribution: 'asserted' -> 'reportedly'" in h["summary"] for h in history)


def test_sources_alias_merges_names(cli, sample_file):
    cli("articles", "add", str(sample_file))
    cli(
        "claims", "add", "1", "--quote", "There are reports", "--speaker", "Calloway Port Authority"
    )
    assert cli("sources", "alias", "Calloway Port Authority", "the authority").exit_code == 0
    shown = _json(cli("sources", "show", "the authority", "--format", "json"))
    assert shown["name"] == "Calloway Port Authority"
    assert shown["claims"] == 1


def test_uninitialised_database_says_run_init(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from factcheck.cli import app

    monkeypatch.setenv("FACTCHECK_DB", f"sqlite:///{tmp_path / 'empty.db'}")
    result = CliRunner().invoke(app, ["claims", "list"])
    assert result.exit_code == 1
    assert "factcheck init" in result.stderr


def test_a_manual_claim_anchors_its_cue_and_speaker_and_show_says_where(cli, tmp_path):
    path = tmp_path / "pier.txt"
    text = "Harbour master Ines Marlow said on Monday that the north pier was unsafe.\n"
    path.write_text(text, encoding="utf-8")
    assert cli("articles", "add", str(path)).exit_code == 0
    claim = _json(
        cli(
            "claims",
            "add",
            "1",
            "--quote",
            "the north pier was unsafe",
            "--attribution",
            "said",
            "--cue",
            "said",
            "--speaker",
            "Ines Marlow",
            "--format",
            "json",
        )
    )
    assert text[claim["cue_start"] : claim["cue_end"]] == "said"
    assert text[claim["speaker_start"] : claim["speaker_end"]] == "Ines Marlow"
    shown = cli("claims", "show", str(claim["id"])).stdout
    assert f"cue: said (chars {claim['cue_start']}-{claim['cue_end']})" in shown
