"""A jsonl export restored into an empty database gives the same ledger, audit intact."""

import json

from factcheck import db as database


def _ledger(cli, url):
    def read(*args):
        result = cli(*args, "--db", url, "--format", "json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    claims = read("claims", "list", "--limit", "0")
    return {
        "articles": read("articles", "list", "--all-versions"),
        "claims": claims,
        "shown": [read("claims", "show", str(c["id"])) for c in claims],
        "sources": read("sources", "list"),
    }


def test_export_then_import_gives_the_same_ledger(cli, sample_file, tmp_path, db_url):
    cli("articles", "add", str(sample_file), "--url", "https://example.org/port")
    cli(
        "claims",
        "add",
        "1",
        "--quote",
        "though the authority denies this",
        "--attribution",
        "denied",
        "--speaker",
        "Calloway Port Authority",
        "--cue",
        "denies",
    )
    cli(
        "claims",
        "add",
        "1",
        "--quote",
        "The authority has been accused of hiring replacement crews from outside the state",
        "--attribution",
        "alleged",
        "--cue",
        "accused",
    )
    cli("link", "1", "2", "--relation", "denies")
    cli(
        "evidence",
        "add",
        "2",
        "--stance",
        "refutes",
        "--url",
        "https://example.org/a",
        "--excerpt",
        "Payroll shows local crews only",
    )
    cli("claims", "edit", "2", "--text", "The authority hired out-of-state crews")
    for verdict in ("in_review", "false"):
        assert cli("review", "2", "--status", verdict, "--note", f"step {verdict}").exit_code == 0
    cli("sources", "alias", "Calloway Port Authority", "the authority")

    backup = tmp_path / "backup.jsonl"
    exported = cli("export", "jsonl", "--output", str(backup))
    assert exported.exit_code == 0, exported.output

    copy_url = f"sqlite:///{tmp_path / 'copy.db'}"
    database.upgrade(copy_url)
    restored = cli("import", str(backup), "--db", copy_url)
    assert restored.exit_code == 0, restored.output
    assert "2 review" in restored.stdout

    assert _ledger(cli, copy_url) == _ledger(cli, db_url)
    assert cli("audit", "verify", "--db", copy_url).exit_code == 0
    # Ids continue after the restored ones.
    added = cli("claims", "add", "1", "--quote", "There are reports", "--db", copy_url)
    assert "added claim 3" in added.stdout


def test_import_refuses_a_non_empty_database_and_bad_lines(cli, sample_file, tmp_path):
    cli("articles", "add", str(sample_file))
    backup = tmp_path / "b.jsonl"
    cli("export", "jsonl", "--output", str(backup))
    refused = cli("import", str(backup))
    assert refused.exit_code == 1 and "empty" in refused.stderr

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "article", "id": 1}\n{"type": "planet"}\n', encoding="utf-8")
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    database.upgrade(fresh)
    result = cli("import", str(bad), "--db", fresh)
    assert result.exit_code == 1
    # the first bad line is named: line 1 is an article without its text, hash, ...
    assert "line 1: article lacks slug, version" in result.stderr
    listed = cli("articles", "list", "--db", fresh, "--format", "json")
    assert json.loads(listed.stdout) == []


def test_publishing_dismissals_retractions_removals_and_versions_round_trip(cli, tmp_path):
    story = tmp_path / "harbour.txt"
    story.write_text(
        "At least 42 ships docked, the board said. The guild denies this. Photo: Lena Ost.",
        encoding="utf-8",
    )
    steps = [
        ("articles", "add", str(story)),
        ("claims", "add", "1", "--quote", "At least 42 ships docked"),
        ("claims", "add", "1", "--quote", "The guild denies this", "--attribution", "denied"),
        ("claims", "add", "1", "--quote", "Photo: Lena Ost"),
        ("link", "2", "1", "--relation", "denies"),
        ("evidence", "add", "1", "--stance", "refutes", "--url", "https://port.example/log"),
        ("review", "1", "--status", "false", "--note", "the log shows 4"),
        ("publish", "1", "--note", "desk"),
        ("claims", "dismiss", "3", "--reason", "a photo credit"),
        ("evidence", "retract", "1", "--reason", "another port"),
        ("link", "remove", "2", "1", "--reason", "denies something else"),
    ]  # fmt: skip
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, (step, result.output)
    story.write_text(
        "At least 40 ships docked, the board said. The guild denies this. Photo: Lena Ost.",
        encoding="utf-8",
    )
    assert cli("articles", "add", str(story)).exit_code == 0
    backup = tmp_path / "backup.jsonl"
    assert cli("export", "jsonl", "--output", str(backup)).exit_code == 0
    records = [json.loads(line) for line in backup.read_text(encoding="utf-8").splitlines()]
    claim = next(r for r in records if r["type"] == "claim" and r["id"] == 1)
    assert claim["published_status"] == "false" and claim["stale"] is True
    assert next(r for r in records if r["type"] == "evidence")["retracted_reason"]
    assert next(r for r in records if r["type"] == "link")["removed_by"] == "tester"
    assert {r["first_version_id"] for r in records if r["type"] == "article"} == {1}

    copy_url = f"sqlite:///{tmp_path / 'copy.db'}"
    database.upgrade(copy_url)
    assert cli("import", str(backup), "--db", copy_url).exit_code == 0
    again = tmp_path / "again.jsonl"
    assert cli("export", "jsonl", "--output", str(again), "--db", copy_url).exit_code == 0
    assert again.read_text(encoding="utf-8") == backup.read_text(encoding="utf-8")
    dismissed = cli("claims", "list", "--dismissed", "--db", copy_url, "-f", "json")
    assert [c["id"] for c in json.loads(dismissed.stdout)] == [3]
    history = json.loads(cli("history", "1", "--db", copy_url, "-f", "json").stdout)
    assert {"publish", "evidence_retracted", "link_removed", "stale"} <= {
        e["kind"] for e in history
    }
