"""`factcheck assign`, `factcheck queue` and `review --override` from the command line."""

from __future__ import annotations

import json


def _claims(cli, tmp_path) -> None:
    article = tmp_path / "harbor.txt"
    article.write_text("The ministry said 30 ships docked. The mayor said the strike ended.\n")
    assert cli("articles", "add", str(article)).exit_code == 0
    for quote in ("30 ships docked", "the strike ended"):
        assert cli("claims", "add", "1", "--quote", quote).exit_code == 0


def test_assign_then_queue_show_and_list(cli, tmp_path):
    _claims(cli, tmp_path)
    result = cli("assign", "1", "2", "--to", "tester", "--due", "2000-01-01")
    assert (
        result.exit_code == 0 and "claims 1, 2 assigned to tester, due 2000-01-01" in result.output
    )
    mine = json.loads(cli("queue", "--mine", "--format", "json").output)
    assert [(e["claim_id"], e["due"], e["overdue"]) for e in mine] == [
        (1, "2000-01-01", True),
        (2, "2000-01-01", True),
    ]
    assert "assigned to: tester, due 2000-01-01" in cli("claims", "show", "1").output
    assert "assigned tester" in cli("claims", "list").output
    listed = json.loads(cli("claims", "list", "--format", "json").output)
    assert listed[0]["assignee"] == "tester" and listed[0]["due"] == "2000-01-01"
    assert "assigned to tester, due 2000-01-01" in cli("report", "1").output
    assert "OVERDUE" in cli("queue", "--overdue").output


def test_a_review_of_someone_elses_claim_says_whose_and_asks_for_override(cli, tmp_path):
    _claims(cli, tmp_path)
    assert cli("assign", "1", "--to", "alice").exit_code == 0
    refused = cli("review", "1", "--status", "false", "--note", "3 ships")
    assert refused.exit_code == 1
    assert refused.output.strip() == (
        "error: claim 1: it is assigned to alice; review with --override to do so"
    )
    done = cli("review", "1", "--status", "false", "--note", "3 ships", "--override")
    assert done.exit_code == 0, done.output
    logged = cli("log", "--claim", "1", "--limit", "1", "--format", "json").output
    assert "reviewed false by tester (override): 3 ships" in logged
    posing = cli("review", "1", "--status", "verified", "--note", "x", "--reviewer", "bob",
                 "--override")  # fmt: skip
    assert posing.exit_code == 0
    again = cli("review", "1", "--status", "mixed", "--note", "y", "--reviewer", "carol")
    assert "it is assigned to alice and it would replace bob's verdict verified" in again.output


def test_bad_due_date_is_one_line(cli, tmp_path):
    _claims(cli, tmp_path)
    result = cli("assign", "1", "--to", "alice", "--due", "soon")
    assert result.exit_code == 1 and "--due must be a date" in result.output
