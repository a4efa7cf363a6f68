"""Undo and triage, append-only: links removed, evidence retracted, claims dismissed/restored."""

import csv
import io
import json

import pytest
from sqlalchemy import create_engine, func, select

from factcheck.models import Claim, Evidence, Link

TEXT = (
    "The harbour board said 30 ships docked on Monday. The shipping guild denies this. "
    "Photo: Lena Ost. Fees rose 4 percent in May."
)


@pytest.fixture
def ledger(ledger):
    article = ledger.article(TEXT, title="Harbour", filename="harbour.txt")
    said = ledger.claim(
        article,
        "30 ships docked on Monday",
        speaker="Harbour board",
        attribution="said",
        cue="said",
    )
    denial = ledger.claim(
        article,
        "The shipping guild denies this",
        speaker="Shipping guild",
        attribution="denied",
        cue="denies",
    )
    ledger.claim(article, "Photo: Lena Ost")
    ledger.link(denial, said, "denies")
    ledger.evidence(said, "refutes", url="https://port.example/log")
    ledger.evidence(said, "supports", reference="Board minutes")


def _history(cli, claim_id):
    return json.loads(cli("history", str(claim_id), "-f", "json").output)


def _count(db_url, model):
    engine = create_engine(db_url)
    with engine.connect() as connection:
        n = connection.scalar(select(func.count()).select_from(model))
    engine.dispose()
    return n


def _disputed(cli):
    return [c["id"] for c in json.loads(cli("claims", "list", "--disputed", "-f", "json").output)]


def test_a_removed_link_stays_on_record_and_disputes_no_more(cli, ledger, db_url):
    assert _disputed(cli) == [1]
    removed = cli("link", "remove", "2", "1", "--reason", "the guild denied another claim")
    assert removed.exit_code == 0 and "removed link 1" in removed.output
    assert _count(db_url, Link) == 1
    for claim_id in (1, 2):
        (event,) = [e for e in _history(cli, claim_id) if e["kind"] == "link_removed"]
        assert "the guild denied another claim" in event["summary"]
    # evidence on both sides still disputes claim 1; retract one side and it is settled
    assert _disputed(cli) == [1]
    again = cli("link", "remove", "--id", "1")
    assert again.exit_code == 1 and "already removed" in again.output
    readded = cli("link", "add", "2", "1", "--relation", "denies")
    assert readded.exit_code == 0 and "linked" in readded.output and _count(db_url, Link) == 1


def test_retracted_evidence_is_marked_not_deleted_and_counts_no_more(cli, ledger, db_url):
    missing_reason = cli("evidence", "retract", "2")
    assert missing_reason.exit_code != 0
    result = cli("evidence", "retract", "2", "--reason", "minutes of another year")
    assert result.exit_code == 0, result.output
    assert _count(db_url, Evidence) == 2
    shown = json.loads(cli("claims", "show", "1", "-f", "json").output)
    retracted = next(e for e in shown["evidence"] if e["id"] == 2)
    assert retracted["retracted"]["reason"] == "minutes of another year"
    (event,) = [e for e in _history(cli, 1) if e["kind"] == "evidence_retracted"]
    assert "minutes of another year" in event["summary"] and event["by"] == "tester"
    rows = list(csv.DictReader(io.StringIO(cli("export", "csv").output)))
    assert rows[0]["evidence"] == "1"
    cli("link", "remove", "2", "1")
    assert _disputed(cli) == []  # one side of the evidence is gone, the denial too


def test_a_dismissed_claim_leaves_lists_and_exports_and_can_come_back(cli, ledger, db_url):
    result = cli("claims", "dismiss", "3", "--reason", "a photo credit, not a claim")
    assert result.exit_code == 0, result.output
    listed = [c["id"] for c in json.loads(cli("claims", "list", "-f", "json").output)]
    assert listed == [1, 2] and _count(db_url, Claim) == 3
    only = json.loads(cli("claims", "list", "--dismissed", "-f", "json").output)
    assert [(c["id"], c["dismissed_reason"]) for c in only] == [(3, "a photo credit, not a claim")]
    exported = [r["claim_id"] for r in csv.DictReader(io.StringIO(cli("export", "csv").output))]
    assert exported == ["1", "2"]
    cli("review", "3", "--status", "verified", "--note", "credit is right")
    refused = cli("publish", "3")
    assert refused.exit_code == 1 and "dismissed" in refused.output
    assert cli("claims", "dismiss", "3", "--reason", "x").exit_code == 1  # already
    assert cli("claims", "restore", "3", "--note", "kept after all").exit_code == 0
    listed = [c["id"] for c in json.loads(cli("claims", "list", "-f", "json").output)]
    assert listed == [1, 2, 3]
    kinds = [e["kind"] for e in _history(cli, 3)]
    assert kinds.index("dismiss") < kinds.index("restore")


def test_a_dismissed_denial_disputes_nothing(cli, ledger):
    cli("evidence", "retract", "2", "--reason", "wrong year")
    assert _disputed(cli) == [1]
    cli("claims", "dismiss", "2", "--reason", "extraction mistake")
    assert _disputed(cli) == []


def test_status_filters_take_several_values(cli, ledger):
    cli("review", "1", "--status", "false", "--note", "log shows 3")
    cli("review", "2", "--status", "misleading", "--note", "guild had no data")

    def ids(*options):
        result = cli("claims", "list", "-f", "json", *options)
        assert result.exit_code == 0, result.output
        return [c["id"] for c in json.loads(result.output)]

    assert ids("--status", "false") == [1]
    assert ids("--status", "false,misleading") == [1, 2]
    assert ids("--status", "false", "--status", "misleading") == [1, 2]
    assert ids("--attribution", "said,denied", "--status", "unverified") == []
    assert ids("--attribution", "asserted", "--attribution", "denied") == [2, 3]
