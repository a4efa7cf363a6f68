"""`factcheck export claimreview|csv|jsonl`: to stdout or a file, content round trips."""

import csv
import io
import json

import pytest


@pytest.fixture
def reviewed(cli, tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(
        "The county said the Orvik bridge will reopen in June. Repairs cost 4 million crowns.",
        encoding="utf-8",
    )
    steps = [
        ("articles", "add", str(path), "--title", "Orvik bridge", "--outlet", "Orvik Daily",
         "--published", "2024-03-02"),
        ("claims", "add", "1", "--quote", "the Orvik bridge will reopen in June",
         "--speaker", "Orvik county", "--attribution", "said", "--cue", "said"),
        ("claims", "add", "1", "--quote", "Repairs cost 4 million crowns"),
        ("review", "1", "--status", "misleading", "--note", "Reopening is partial"),
        ("review", "2", "--status", "in_review", "--note", "asked the county"),
    ]  # fmt: skip
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, result.output


def test_claimreview_lists_only_claims_with_a_verdict(cli, reviewed):
    result = cli("export", "claimreview")
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    (review,) = document["@graph"]
    assert review["url"] == "urn:factcheck:claim:1"
    assert review["reviewRating"]["ratingValue"] == 2
    assert review["reviewRating"]["alternateName"] == "Misleading"
    item = review["itemReviewed"]
    assert item["author"]["name"] == "Orvik county" and item["datePublished"] == "2024-03-02"
    assert item["appearance"]["publisher"]["name"] == "Orvik Daily"


def test_csv_to_a_file(cli, reviewed, tmp_path):
    target = tmp_path / "claims.csv"
    result = cli("export", "csv", "--output", str(target))
    assert result.exit_code == 0 and result.output.strip() == f"wrote {target}"
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["claim_id"], r["status"], r["last_reviewer"]) for r in rows] == [
        ("1", "misleading", "tester"),
        ("2", "in_review", "tester"),
    ]
    assert rows[0]["speaker"] == "Orvik county" and rows[1]["speaker"] == ""


def test_jsonl_has_every_row_typed_in_dependency_order(cli, reviewed):
    lines = [json.loads(line) for line in cli("export", "jsonl").output.splitlines()]
    assert [r["type"] for r in lines] == [
        "article", "source", "source_alias", "claim", "claim", "review", "review",
    ]  # fmt: skip
    article = lines[0]
    assert article["text"].startswith("The county said") and article["published"] == "2024-03-02"
    reviews = [r for r in lines if r["type"] == "review"]
    assert reviews[1]["prev_hash"] == reviews[0]["hash"]


def test_export_help_has_examples(cli):
    for command in ("claimreview", "csv", "jsonl"):
        assert "Example: factcheck export" in cli("export", command, "--help").output


def test_csv_neutralises_formula_cells_unless_exact(cli, tmp_path):
    import csv as csv_module

    article = tmp_path / "calc.txt"
    article.write_text(
        '=HYPERLINK("http://evil.example") was typed by a reader.\n', encoding="utf-8"
    )
    cli("articles", "add", str(article))
    cli("claims", "add", "1", "--quote", '=HYPERLINK("http://evil.example") was typed')

    def quote_cell(*extra):
        result = cli("export", "csv", *extra)
        assert result.exit_code == 0, result.output
        rows = list(csv_module.DictReader(result.stdout.splitlines()))
        return rows[0]["quote"]

    assert quote_cell() == '\'=HYPERLINK("http://evil.example") was typed'
    assert quote_cell("--exact") == '=HYPERLINK("http://evil.example") was typed'
