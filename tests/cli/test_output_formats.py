"""One output path: every read command prints table, json, nl (JSON Lines) or csv alike."""

from __future__ import annotations

import csv
import io
import json

import pytest

TEXT = (
    "The harbour board said 30 ships docked on Monday. The shipping guild denies this. "
    "Fees rose 4 percent in May."
)


@pytest.fixture
def harbour(ledger) -> dict[str, int]:
    article = ledger.article(TEXT, title="Harbour")
    said = ledger.claim(
        article, "30 ships docked on Monday", speaker="Harbour board", attribution="said"
    )
    denial = ledger.claim(article, "The shipping guild denies this", attribution="denied")
    fees = ledger.claim(article, "Fees rose 4 percent in May")
    ledger.link(denial, said, "denies", note="the guild's denial")
    ledger.review(said, "false", note="the port log shows 3 ships", by="ana")
    ledger.evidence(said, "refutes", url="https://port.example/log", by="ben")
    return {"article": article, "said": said, "denial": denial, "fees": fees}


def run(cli, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    "command",
    [
        ("claims", "list"),
        ("articles", "list"),
        ("sources", "list"),
        ("history", "1"),
        ("disputes",),
    ],
)
def test_json_nl_and_csv_carry_the_same_rows(cli, harbour, command):
    as_json = json.loads(run(cli, *command, "--format", "json"))
    lines = run(cli, *command, "--format", "nl").splitlines()
    as_nl = [json.loads(line) for line in lines]
    as_csv = list(csv.DictReader(io.StringIO(run(cli, *command, "--format", "csv"))))
    assert as_json and as_nl == as_json
    assert len(as_csv) == len(as_json)
    first = as_json[0]
    for key, value in first.items():  # scalars as text, nested values as JSON in the cell
        if key == "published" and command == ("claims", "list"):
            continue  # a claim record writes it flat (the test below)
        cell = as_csv[0][key]
        if isinstance(value, dict | list):
            assert json.loads(cell) == value
        elif value is not None and not isinstance(value, bool | float):
            assert cell == str(value)


def test_claims_list_csv_is_one_row_per_claim_with_quote_and_status(cli, harbour):
    rows = list(csv.DictReader(io.StringIO(run(cli, "claims", "list", "-f", "csv"))))
    assert [(int(r["id"]), r["status"]) for r in rows] == [
        (harbour["said"], "false"),
        (harbour["denial"], "unverified"),
        (harbour["fees"], "unverified"),
    ]
    assert rows[0]["quote"] == "30 ships docked on Monday"


def test_a_claims_csv_has_the_published_verdict_in_columns_of_its_own(cli, ledger, harbour):
    ledger.publish(harbour["said"], by="ed")
    for command in (("claims", "list"), ("claims", "show", str(harbour["said"]))):
        rows = list(csv.DictReader(io.StringIO(run(cli, *command, "-f", "csv"))))
        published = {int(r["id"]): (r["published_status"], r["published_by"]) for r in rows}
        assert published[harbour["said"]] == ("false", "ed")
        assert "published" not in rows[0] and rows[0]["published_at"].startswith("20")
    rows = list(csv.DictReader(io.StringIO(run(cli, "claims", "list", "-f", "csv"))))
    unpublished = next(r for r in rows if int(r["id"]) == harbour["fees"])
    assert (unpublished["published_status"], unpublished["published_review_id"]) == ("", "")


def test_a_single_object_is_one_nl_line_and_one_csv_row(cli, harbour):
    (line,) = run(cli, "claims", "show", str(harbour["said"]), "-f", "nl").splitlines()
    assert json.loads(line)["quote"] == "30 ships docked on Monday"
    rows = list(csv.DictReader(io.StringIO(run(cli, "audit", "verify", "-f", "csv"))))
    assert len(rows) == 1 and rows[0]["ok"] == "True"


def test_who_did_it_is_by_and_why_is_note_in_every_shape(cli, harbour):
    shown = json.loads(run(cli, "claims", "show", str(harbour["said"]), "-f", "json"))
    (review,) = shown["reviews"]
    assert (review["by"], review["note"]) == ("ana", "the port log shows 3 ships")
    (evidence,) = shown["evidence"]
    assert evidence["by"] == "ben"
    (link,) = shown["links"]
    assert (link["by"], link["note"]) == ("tester", "the guild's denial")
    history = json.loads(run(cli, "history", str(harbour["said"]), "-f", "json"))
    assert {entry["by"] for entry in history} >= {"ana", "ben"}
    added = json.loads(
        run(cli, "review", str(harbour["fees"]), "--status", "verified", "--note", "May index",
            "-f", "json")
    )  # fmt: skip
    assert (added["by"], added["note"]) == ("tester", "May index")
    old_names = {"reviewer", "rationale", "added_by", "created_by", "actor"}
    for shape in (review, evidence, link, added, *history):
        assert not old_names & set(shape), shape


def test_disputes_reports_and_the_csv_export_name_who_and_why_alike(cli, harbour):
    why = "the port log shows 3 ships"
    (dispute,) = json.loads(run(cli, "disputes", "-f", "json"))
    (latest,) = dispute["latest_reviews"]
    assert latest == dispute["last_review"] and (latest["by"], latest["note"]) == ("ana", why)
    (report,) = json.loads(run(cli, "report", str(harbour["article"]), "-f", "json"))["articles"]
    said = next(c for c in report["claims"] if c["id"] == harbour["said"])
    assert (said["last_review"]["by"], said["last_review"]["note"]) == ("ana", why)
    (entry,) = report["disputes"]
    assert entry["last_review"]["note"] == why and entry["published"] is None
    (evidence,) = report["evidence"]
    assert evidence["by"] == "ben"
    header = next(csv.reader(io.StringIO(run(cli, "export", "csv"))))
    assert {"last_review_by", "last_review_at", "last_review_note"} <= set(header)
    old_names = {"reviewer", "rationale", "last_reviewer", "last_reviewed", "added_by", "verdicts"}
    for shape in (dispute, latest, said, said["last_review"], entry, evidence, header):
        assert not old_names & set(shape), shape


def test_the_table_is_the_default_and_json_builds_no_table(cli, harbour):
    table = run(cli, "claims", "list")
    assert "30 ships docked on Monday" in table and "Claims (3)" in table
    assert not run(cli, "claims", "list", "-f", "json").lstrip().startswith("Claims")


@pytest.mark.parametrize("fmt", ["json", "nl", "csv"])
@pytest.mark.parametrize("count", [0, 1, 3])
def test_a_streamed_listing_prints_what_the_whole_list_prints(capsys, fmt, count):
    """`match` prints its listing as it is read; the text is the same as all at once."""
    from factcheck.cli.output import OutputFormat, output_rows, output_stream

    items = [
        {"id": f"{i}-9", "score": 0.5, "from": {"quote": "a\n“b”", "copies": [i]}}
        for i in range(count)
    ]
    output_rows(items, OutputFormat(fmt))
    whole = capsys.readouterr().out
    output_stream(iter(items), OutputFormat(fmt), print)
    assert capsys.readouterr().out == whole


def test_a_streamed_listing_is_printed_before_it_is_all_read(capsys):
    from factcheck.cli.output import OutputFormat, output_stream

    def listing():
        yield {"id": 1}
        assert '"id": 1' in capsys.readouterr().out  # the first is out already
        yield {"id": 2}

    output_stream(listing(), OutputFormat.JSON, print)
    assert '"id": 2' in capsys.readouterr().out
