"""`factcheck log`: the whole ledger's trail as a feed, filtered by time, actor and claim."""

from __future__ import annotations

import json


def _ledger(cli, tmp_path, monkeypatch) -> None:
    article = tmp_path / "harbor.txt"
    article.write_text("The ministry said 30 ships docked. The mayor said the strike ended.\n")
    assert cli("articles", "add", str(article)).exit_code == 0
    assert cli("claims", "add", "1", "--quote", "30 ships docked").exit_code == 0
    assert cli("claims", "add", "1", "--quote", "the strike ended").exit_code == 0
    monkeypatch.setenv("FACTCHECK_REVIEWER", "alice")
    assert cli("review", "1", "--status", "false", "--note", "3 ships").exit_code == 0
    assert cli("review", "2", "--status", "verified", "--note", "it did").exit_code == 0


def _feed(cli, *args: str) -> list[dict]:
    result = cli("log", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_feed_is_every_event_newest_first_with_its_hash(cli, tmp_path, monkeypatch):
    _ledger(cli, tmp_path, monkeypatch)
    feed = _feed(cli)
    assert [e["seq"] for e in feed] == [5, 4, 3, 2, 1]
    assert [e["kind"] for e in feed] == [
        "review", "review", "claim_created", "claim_created", "article_version",
    ]  # fmt: skip
    assert feed[0]["summary"] == "claim 2 reviewed verified by alice: it did"
    assert all(len(e["hash"]) == 64 for e in feed)


def test_filters_by_actor_claim_and_time(cli, tmp_path, monkeypatch):
    _ledger(cli, tmp_path, monkeypatch)
    assert [e["seq"] for e in _feed(cli, "--actor", "alice")] == [5, 4]
    assert [e["kind"] for e in _feed(cli, "--claim", "1")] == ["review", "claim_created"]
    assert _feed(cli, "--since", "2999-01-01") == []
    assert len(_feed(cli, "--since", "2000-01-01", "--limit", "2")) == 2


def test_the_table_names_who_did_what(cli, tmp_path, monkeypatch):
    _ledger(cli, tmp_path, monkeypatch)
    result = cli("log")
    assert result.exit_code == 0
    assert "claim 1 reviewed false by alice: 3 ships" in result.output


def test_a_bad_since_is_one_line(cli):
    result = cli("log", "--since", "yesterday")
    assert result.exit_code == 1 and result.output.startswith("error: --since must be a date")


def test_the_feed_prints_as_json_lines_and_csv_with_who_did_it(cli, tmp_path, monkeypatch):
    _ledger(cli, tmp_path, monkeypatch)
    lines = cli("log", "--format", "nl").output.splitlines()
    assert [json.loads(line)["by"] for line in lines[:2]] == ["alice", "alice"]
    csv_head = cli("log", "--format", "csv").output.splitlines()[0]
    assert csv_head.startswith("seq,at,kind,by,")


def test_an_empty_queue_says_so(cli, tmp_path, monkeypatch):
    _ledger(cli, tmp_path, monkeypatch)
    result = cli("queue")
    assert result.exit_code == 0
    assert "nothing assigned is waiting" in result.output
