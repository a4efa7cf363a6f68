"""Triage from the command line: claims list sorted and filtered by score, the score
explained in `claims show`, `triage fit` and `triage show`."""

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.orm import sessionmaker
from triage_ledger import build_ledger, lottery, promise

from factcheck import db as database

REPO = Path(__file__).resolve().parents[2]


def _json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _ledger(db_url, labelled=11):
    with sessionmaker(database.get_engine(db_url), expire_on_commit=False)() as session:
        return build_ledger(session, labelled)


def test_claims_list_sorts_by_score_and_pages_without_overlap(cli, db_url):
    _ledger(db_url)
    ranked = _json(cli("claims", "list", "--sort", "checkworthiness", "--format", "json"))
    scores = [c["checkworthiness"] for c in ranked]
    assert len(ranked) == 24 and scores == sorted(scores, reverse=True)
    pages = [
        _json(
            cli(
                "claims",
                "list",
                "--sort",
                "checkworthiness",
                "--limit",
                "5",
                "--offset",
                str(offset),
                "--format",
                "json",
            )
        )
        for offset in range(0, 25, 5)
    ]
    assert [c["id"] for page in pages for c in page] == [c["id"] for c in ranked]


def test_min_score_keeps_only_claims_scoring_that_high(cli, db_url):
    _ledger(db_url)
    everything = _json(cli("claims", "list", "--format", "json"))
    cut = sorted(c["checkworthiness"] for c in everything)[12]
    kept = _json(cli("claims", "list", "--min-score", str(cut), "--format", "json"))
    assert kept and all(c["checkworthiness"] >= cut for c in kept)
    assert len(kept) == sum(1 for c in everything if c["checkworthiness"] >= cut)
    bad = cli("claims", "list", "--min-score", "2")
    assert bad.exit_code != 0


def test_sort_by_created_and_by_status(cli, db_url):
    _ledger(db_url, labelled=5)
    newest = _json(cli("claims", "list", "--sort", "created", "--format", "json"))
    assert [c["id"] for c in newest] == sorted((c["id"] for c in newest), reverse=True)
    by_status = _json(cli("claims", "list", "--sort", "status", "--format", "json"))
    statuses = [c["status"] for c in by_status]
    ids = [c["id"] for c in by_status]
    assert statuses == sorted(statuses)
    assert [c["id"] for c in by_status] == sorted(
        (c["id"] for c in by_status), key=lambda i: (statuses[ids.index(i)], i)
    )


def test_the_table_shows_score_and_type(cli, db_url):
    _ledger(db_url, labelled=2)
    out = cli("claims", "list", "--sort", "checkworthiness", "--limit", "3")
    assert out.exit_code == 0
    assert "score" in out.stdout and "type" in out.stdout
    assert "Claims 1-3" in out.stdout


def test_claims_show_explains_the_score_from_the_quote(cli, db_url):
    open_lottery, _ = _ledger(db_url, labelled=2)
    out = cli("claims", "show", str(open_lottery.id))
    assert out.exit_code == 0, out.output
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("why this score:"))
    assert "quantity: " in line and "million dollars" in line
    detail = _json(cli("claims", "show", str(open_lottery.id), "--format", "json"))
    why = detail["checkworthiness_explained"]
    assert why["model"] == "shipped" and why["score"] == detail["checkworthiness"]
    assert why["features"][0]["contribution"] != 0


def test_triage_fit_then_show_uses_the_ledgers_weights(cli, db_url):
    open_lottery, open_promise = _ledger(db_url)
    assert open_lottery.checkworthiness > open_promise.checkworthiness
    out = cli("triage", "fit")
    assert out.exit_code == 0, out.output
    assert "22 labelled claims (11 check-worthy, 11 not)" in out.stdout
    assert "held-out check on 5 claims" in out.stdout and "rescored 24 claims" in out.stdout
    ranked = _json(
        cli(
            "claims",
            "list",
            "--sort",
            "checkworthiness",
            "--status",
            "unverified",
            "--format",
            "json",
        )
    )
    assert [c["quote"] for c in ranked] == [promise(11), lottery(11)]
    shown = _json(cli("triage", "show", "--format", "json"))
    assert shown["model"] == "ledger fit 1" and shown["labelled"] == 22
    every = _json(cli("triage", "show", "--top", "5000", "--format", "json"))["features"]
    assert any(f["feature"] == "w:lottery" and f["weight"] < 0 for f in every)
    table = cli("triage", "show", "--no-words")
    assert "ledger fit 1" in table.stdout
    assert "word '" not in table.stdout and "phrase '" not in table.stdout


def test_triage_fit_with_too_few_labels_is_one_clear_line(cli, db_url):
    _ledger(db_url, labelled=3)
    out = cli("triage", "fit")
    assert out.exit_code == 1
    assert out.stderr.strip().count("\n") == 0
    assert "needs at least 20 labelled claims" in out.stderr
    assert _json(cli("triage", "show", "--format", "json"))["model"] == "shipped"


def test_claims_list_and_show_load_no_language_model(db_url):
    _ledger(db_url, labelled=2)
    code = (
        "import sys\n"
        "from factcheck.cli import app\n"
        "for args in (['claims', 'list', '--sort', 'checkworthiness'], ['claims', 'show', '1'],"
        " ['triage', 'show']):\n"
        "    try:\n"
        "        app(args)\n"
        "    except SystemExit as e:\n"
        "        assert not e.code, e.code\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    env = {**os.environ, "FACTCHECK_DB": db_url, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_ledgers_weights_travel_in_a_backup(cli, db_url, tmp_path):
    _ledger(db_url)
    assert cli("triage", "fit").exit_code == 0
    backup = tmp_path / "backup.jsonl"
    assert cli("export", "jsonl", "--output", str(backup)).exit_code == 0
    copy_url = f"sqlite:///{tmp_path / 'copy.db'}"
    database.upgrade(copy_url)
    assert cli("import", str(backup), "--db", copy_url).exit_code == 0
    original = _json(cli("triage", "show", "--top", "5000", "--format", "json"))
    restored = _json(cli("triage", "show", "--top", "5000", "--format", "json", "--db", copy_url))
    assert restored == original and restored["model"] == "ledger fit 1"
    database.get_engine(copy_url).dispose()
