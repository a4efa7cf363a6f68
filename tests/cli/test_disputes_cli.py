"""`factcheck disputes`: both sides in a panel or JSON, filters, one-line errors."""

import json
from datetime import date, timedelta

import pytest

from tests.cli.table_text import table_rows

ARTICLE = (
    "Officials in Port Selka were accused of selling the harbour land in secret "
    "(though the mayor's office denies this). The council said the ferry would run "
    "again by May."
)
SECOND = "Residents said the ferry has not run since the winter storms."


@pytest.fixture
def disputed(cli, tmp_path):
    first, second = tmp_path / "selka.txt", tmp_path / "residents.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    assert cli("articles", "add", str(first), "--title", "Selka land row").exit_code == 0
    assert cli("articles", "add", str(second)).exit_code == 0
    steps = [
        ("claims", "add", "1", "--quote", "Officials in Port Selka were accused of selling "
         "the harbour land in secret", "--attribution", "alleged"),
        ("claims", "add", "1", "--quote", "though the mayor's office denies this",
         "--attribution", "denied", "--speaker", "Mayor's office of Port Selka", "--cue", "denies"),
        ("claims", "add", "1", "--quote", "the ferry would run again by May",
         "--speaker", "Port Selka council"),
        ("link", "2", "1", "--relation", "denies"),
        ("review", "2", "--status", "verified", "--note", "statement on the city website"),
        ("evidence", "add", "3", "--stance", "supports", "--url", "https://example.org/timetable"),
        ("evidence", "add", "3", "--stance", "refutes", "--url", "https://example.org/ferry-log",
         "--excerpt", "no sailings booked"),
    ]  # fmt: skip
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, result.output


def test_json_lists_each_disputed_claim_with_both_sides(cli, disputed):
    result = cli("disputes", "--format", "json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    by_claim = {item["claim"]["id"]: item for item in items}
    assert set(by_claim) == {1, 3}  # the verified denial itself is not disputed
    accusation = by_claim[1]
    assert [r["kind"] for r in accusation["reasons"]] == ["denied"]
    (other,) = accusation["challengers"]
    assert other["speaker"] == "Mayor's office of Port Selka"
    assert other["claim"]["status"] == "verified"
    assert accusation["claim"]["status"] == "unverified"
    assert accusation["article"]["title"] == "Selka land row"
    ferry = by_claim[3]
    assert [r["kind"] for r in ferry["reasons"]] == ["evidence_conflict"]
    assert ferry["evidence"]["refutes"][0]["excerpt"] == "no sailings booked"
    assert ferry["claim"]["speaker"] == "Port Selka council"


def test_panels_show_claim_speaker_and_the_other_side(cli, disputed):
    result = cli("disputes", "--panels")
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "denied by Mayor's office of Port Selka" in text
    assert "refuting: https://example.org/ferry-log" in text
    assert "2 disputed claims" in text


def test_filters_by_article_source_and_date(cli, disputed):
    def listed(*options):
        result = cli("disputes", "--format", "json", *options)
        assert result.exit_code == 0, result.output
        return sorted(item["claim"]["id"] for item in json.loads(result.output))

    assert listed("--article", "2") == []
    assert listed("--article", "1") == [1, 3]
    assert listed("--source", "mayor's office") == [1]
    assert listed("--source", "council") == [3]
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    assert listed("--since", tomorrow) == []
    assert listed("--since", "2000-01-01") == [1, 3]


def test_mistakes_are_one_line_errors(cli, disputed):
    bad_date = cli("disputes", "--since", "last week")
    assert bad_date.exit_code == 1 and "YYYY-MM-DD" in bad_date.output
    missing = cli("disputes", "--article", "99")
    assert missing.exit_code == 1 and "Traceback" not in missing.output


def test_an_empty_ledger_says_so(cli):
    result = cli("disputes")
    assert result.exit_code == 0 and "No open disputes" in result.output


def test_limit_shows_the_newest_and_says_how_many_there_are(cli, disputed):
    run = cli("disputes", "--limit", "1")
    assert run.exit_code == 0
    assert "2 open disputes, newest 1 shown" in " ".join(run.output.split())
    newest = json.loads(cli("disputes", "--format", "json", "--limit", "1").output)
    everything = json.loads(cli("disputes", "--format", "json", "--limit", "0").output)
    assert len(newest) == 1 and len(everything) == 2
    assert newest[0]["claim"]["id"] == everything[0]["claim"]["id"]


def _queue(cli, *options):
    result = cli("disputes", "--format", "json", *options)
    assert result.exit_code == 0, result.output
    return {item["claim"]["id"]: item for item in json.loads(result.output)}


def test_the_default_is_one_line_per_open_dispute(cli, disputed):
    result = cli("disputes")
    assert result.exit_code == 0
    rows = table_rows(result.output)
    assert len(rows) == 2  # one row per dispute, on one line (a pipe: never folded)
    assert not any("\n" in cell for row in rows for cell in row.values())
    accusation = next(row for row in rows if row["claim"] == "1")
    assert accusation["challenged by"].startswith("Mayor's office of Por")
    assert accusation["why"] == "denied"


def test_a_denial_nobody_has_reviewed_is_marked_as_such(cli, disputed):
    cli("claims", "add", "2", "--quote", "the ferry has not run since the winter storms",
        "--speaker", "Residents", "--attribution", "said")  # fmt: skip
    cli("link", "4", "3", "--relation", "contradicts")
    cli("claims", "add", "1", "--quote", "the ferry would run again", "--occurrence", "1")
    queue = _queue(cli)
    assert queue[1]["standing"] == "contested"  # the denial itself was reviewed
    assert queue[3]["standing"] == "contested"  # evidence on both sides
    cli("evidence", "retract", "2", "--reason", "timetable was for 2019")
    assert _queue(cli)[3]["standing"] == "unreviewed_denial"
    assert "(not reviewed yet)" in _queue(cli)[3]["reasons"][0]["detail"]
    assert "denial not reviewed yet" in " ".join(cli("disputes").output.split())


def test_a_published_verdict_resolves_the_dispute_and_new_evidence_reopens_it(cli, disputed):
    cli("review", "3", "--status", "false", "--note", "no sailings are booked")
    assert set(_queue(cli)) == {1, 3}  # reviewed, not yet published: still open
    assert cli("publish", "3").exit_code == 0
    assert set(_queue(cli)) == {1}
    resolved = _queue(cli, "--resolved")
    assert set(resolved) == {3} and resolved[3]["standing"] == "resolved"
    assert resolved[3]["resolution"]["status"] == "false"
    assert set(_queue(cli, "--all")) == {1, 3}
    assert "published false" in " ".join(cli("disputes", "--resolved").output.split())
    cli("evidence", "add", "3", "--stance", "supports", "--url", "https://example.org/new")
    assert set(_queue(cli)) == {1, 3}  # a new challenge after publishing reopens it
