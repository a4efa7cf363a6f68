"""Backups carry the trail; a backup made before the trail existed gets one on import."""

from __future__ import annotations

import json

from factcheck import db as database


def _ledger(cli, tmp_path) -> None:
    article = tmp_path / "harbor.txt"
    article.write_text("The ministry said 30 ships docked. The mayor said the strike ended.\n")
    assert cli("articles", "add", str(article)).exit_code == 0
    assert cli("claims", "add", "1", "--quote", "30 ships docked").exit_code == 0
    assert cli("claims", "add", "1", "--quote", "the strike ended").exit_code == 0
    assert cli("review", "1", "--status", "false", "--note", "3 ships").exit_code == 0
    assert cli("claims", "dismiss", "2", "--reason", "not checkable").exit_code == 0


def _restore(cli, tmp_path, lines: list[str]) -> str:
    backup = tmp_path / "backup.jsonl"
    backup.write_text("\n".join(lines) + "\n")
    url = f"sqlite:///{tmp_path / 'copy.db'}"
    database.upgrade(url)
    restored = cli("import", str(backup), "--db", url)
    assert restored.exit_code == 0, restored.output
    return url


def test_a_backup_restores_the_trail_as_it_was(cli, tmp_path):
    _ledger(cli, tmp_path)
    lines = cli("export", "jsonl").output.splitlines()
    url = _restore(cli, tmp_path, lines)
    assert cli("audit", "verify", "--db", url).exit_code == 0
    original = json.loads(cli("log", "--format", "json").output)
    copy = json.loads(cli("log", "--format", "json", "--db", url).output)
    assert [e["hash"] for e in copy] == [e["hash"] for e in original]


def test_a_backup_from_before_the_trail_gets_one_that_verifies(cli, tmp_path):
    _ledger(cli, tmp_path)
    exported = cli("export", "jsonl").output.splitlines()
    lines = [line for line in exported if json.loads(line)["type"] != "ledger_event"]
    assert len(lines) < len(exported)
    url = _restore(cli, tmp_path, lines)
    result = cli("audit", "verify", "--db", url)
    assert result.exit_code == 0, result.output
    kinds = [e["kind"] for e in json.loads(cli("log", "-f", "json", "--db", url).output)]
    assert kinds[-4:] == ["review", "claim_created", "claim_created", "article_version"]
    assert "legacy" in kinds  # the dismissal, as the old history recorded it
