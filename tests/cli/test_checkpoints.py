"""Signed checkpoints of the trail's head catch even a chain recomputed after an edit."""

from __future__ import annotations

import json
import stat

import pytest
from sqlalchemy import text

from tests.cli.test_tampering import _rewrite_everything, ledger  # noqa: F401 (fixture)


@pytest.fixture
def key(tmp_path, cli):
    path = tmp_path / "keys" / "org.pem"
    result = cli("keys", "init", "--key", str(path))
    assert result.exit_code == 0, result.output
    return path


def test_keys_init_writes_an_owner_only_private_key_and_a_public_key(cli, key):
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert (key.parent / "org.pem.pub").read_text().strip()
    again = cli("keys", "init", "--key", str(key))
    assert again.exit_code == 1 and "already exists" in again.output


def test_the_default_key_lives_in_the_config_folder_not_the_database(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.delenv("FACTCHECK_SIGNING_KEY", raising=False)
    assert cli("keys", "init").exit_code == 0
    assert (tmp_path / "cfg" / "factcheck" / "signing_key.pem").is_file()
    assert "signing_key.pem" in cli("keys", "init", "--help").output


def _checkpoint(cli, key, path) -> dict:
    result = cli("audit", "checkpoint", "--key", str(key), "--output", str(path))
    assert result.exit_code == 0, result.output
    return json.loads(path.read_text())


def test_a_checkpoint_signs_the_head_and_verifies_later(cli, ledger, key, tmp_path):  # noqa: F811
    document = _checkpoint(cli, key, tmp_path / "cp.json")
    assert document["checkpoint"]["seq"] == 7 and len(document["checkpoint"]["hash"]) == 64
    # more work after the checkpoint is fine: the checkpointed head is still in the chain
    review = ("review", "1", "--status", "mixed", "--note", "partly", "--override")
    assert cli(*review).exit_code == 0
    result = cli("audit", "verify", "--key", str(key), "--checkpoint", str(tmp_path / "cp.json"))
    assert result.exit_code == 0, result.output
    assert (
        "checkpoint" in result.output
        and "event 7" in result.output
        and "still holds" in result.output
    )


def test_a_chain_recomputed_after_an_edit_fails_against_an_earlier_checkpoint(
    cli,
    ledger,  # noqa: F811
    key,
    tmp_path,
):
    cp = tmp_path / "cp.json"
    _checkpoint(cli, key, cp)
    ledger.execute(text("UPDATE reviews SET rationale = 'it checks out' WHERE seq = 2"))
    ledger.commit()
    _rewrite_everything(ledger)
    assert cli("audit", "verify").exit_code == 0  # the rewrite fools the chain alone
    result = cli("audit", "verify", "--key", str(key), "--checkpoint", str(cp))
    assert result.exit_code == 1
    assert "FAILED, event 7 has hash" in result.output
    assert "the trail was rewritten since" in result.output


def test_a_checkpoint_altered_by_hand_does_not_verify(cli, ledger, key, tmp_path):  # noqa: F811
    cp = tmp_path / "cp.json"
    document = _checkpoint(cli, key, cp)
    document["checkpoint"]["seq"] = 6
    cp.write_text(json.dumps(document))
    result = cli("audit", "verify", "--key", str(key), "--checkpoint", str(cp))
    assert result.exit_code == 1
    assert "signature does not verify with the trusted key" in result.output


def test_a_tampered_ledger_is_not_checkpointed(cli, ledger, key, tmp_path):  # noqa: F811
    ledger.execute(text("DELETE FROM links"))
    ledger.commit()
    result = cli("audit", "checkpoint", "--key", str(key), "--output", str(tmp_path / "cp.json"))
    assert result.exit_code == 1 and "does not verify" in result.output
    assert not (tmp_path / "cp.json").exists()


def test_reports_print_the_head_they_were_rendered_from(cli, ledger):  # noqa: F811
    from factcheck.services.ledger_events import ledger_head

    seq, head = ledger_head(ledger)
    ledger.rollback()  # SQLite: our read holds the write lock (BEGIN IMMEDIATE)
    markdown = cli("report", "1").output
    assert f"trail head event {seq}, hash `{head}`" in markdown
    data = json.loads(cli("report", "1", "--format", "json").output)
    assert (data["integrity"]["head_seq"], data["integrity"]["head_hash"]) == (seq, head)
