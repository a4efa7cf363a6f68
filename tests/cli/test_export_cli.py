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


def test_claimreview_refuses_without_a_base_url_unless_draft(cli, reviewed, monkeypatch):
    monkeypatch.delenv("FACTCHECK_BASE_URL", raising=False)
    refused = cli("export", "claimreview")
    assert refused.exit_code == 1 and "--base-url" in refused.output
    assert refused.output.count("\n") == 1
    draft = json.loads(cli("export", "claimreview", "--draft").stdout)
    assert [n["@type"] for n in draft["@graph"]] == ["DefinedTermSet"]  # nothing published


def test_claimreview_lists_only_published_verdicts(cli, reviewed):
    assert cli("publish", "1", "--note", "desk ok").exit_code == 0
    refused = cli("publish", "2")  # in_review is no verdict
    assert refused.exit_code == 1 and "no verdict to publish" in refused.output
    result = cli(
        "export",
        "claimreview",
        "--base-url",
        "https://check.example/",
        "--organization",
        "Orvik Check",
    )
    assert result.exit_code == 0, result.output
    (review,) = [n for n in json.loads(result.stdout)["@graph"] if n["@type"] == "ClaimReview"]
    # the article was added without a url: the export says what Google would miss
    assert "has no url (Google recommends it)" in result.stderr
    assert review["url"] == "https://check.example/claims/1"
    assert review["publisher"]["name"] == "Orvik Check"
    assert review["reviewRating"]["ratingValue"] == 2
    assert review["reviewRating"]["alternateName"] == "Misleading"
    item = review["itemReviewed"]
    assert item["author"]["name"] == "Orvik county" and item["datePublished"] == "2024-03-02"
    assert item["appearance"][0]["publisher"]["name"] == "Orvik Daily"


def test_claimreview_takes_the_organisation_from_factcheck_toml(
    cli, reviewed, tmp_path, monkeypatch
):
    config = tmp_path / "newsroom.toml"
    config.write_text(
        'base_url = "https://fc.example"\n[organization]\nname = "Orvik Check"\n'
        'url = "https://fc.example/about"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("FACTCHECK_CONFIG", str(config))
    cli("publish", "1")
    graph = json.loads(cli("export", "claimreview").stdout)["@graph"]
    assert graph[1]["author"] == {
        "@type": "Organization", "name": "Orvik Check", "url": "https://fc.example/about"
    }  # fmt: skip
    assert graph[1]["url"] == "https://fc.example/claims/1"
    flagged = json.loads(cli("export", "claimreview", "--organization", "Other").stdout)
    assert flagged["@graph"][1]["author"]["name"] == "Other"  # the flag wins


def test_csv_to_a_file(cli, reviewed, tmp_path):
    target = tmp_path / "claims.csv"
    result = cli("export", "csv", "--output", str(target))
    assert result.exit_code == 0 and result.output.strip() == f"wrote {target}"
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["claim_id"], r["status"], r["last_review_by"]) for r in rows] == [
        ("1", "misleading", "tester"),
        ("2", "in_review", "tester"),
    ]
    assert rows[0]["speaker"] == "Orvik county" and rows[1]["speaker"] == ""


def test_jsonl_has_every_row_typed_in_dependency_order(cli, reviewed):
    lines = [json.loads(line) for line in cli("export", "jsonl").output.splitlines()]
    assert [r["type"] for r in lines] == [
        "article", "source", "source_alias", "claim", "claim", "review", "review",
        *["ledger_event"] * 5,  # the article, two claims, two reviews
    ]  # fmt: skip
    article = lines[0]
    assert article["text"].startswith("The county said") and article["published"] == "2024-03-02"
    reviews = [r for r in lines if r["type"] == "review"]
    assert reviews[1]["prev_hash"] == reviews[0]["hash"]
    events = [r for r in lines if r["type"] == "ledger_event"]
    assert [e["kind"] for e in events] == [
        "article_version", "claim_created", "claim_created", "review", "review",
    ]  # fmt: skip
    assert events[4]["prev_hash"] == events[3]["hash"]


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


def test_csv_gives_the_reason_the_published_verdict_and_evidence_urls(cli, reviewed):
    cli("evidence", "add", "1", "--stance", "refutes", "--url", "https://orvik.example/works")
    cli("evidence", "add", "1", "--stance", "context", "--reference", "County minutes")
    cli("publish", "1", "--by", "ed")
    rows = list(csv.DictReader(io.StringIO(cli("export", "csv").output)))
    first = rows[0]
    assert (first["last_review_by"], first["last_review_note"]) == (
        "tester",
        "Reopening is partial",
    )
    assert (first["published_status"], first["published_by"]) == ("misleading", "ed")
    assert first["evidence"] == "2" and first["evidence_urls"] == "https://orvik.example/works"
    assert first["claim_type"] == "other" and first["certainty"] == "uncommitted"
    assert "checkworthiness" in first and "article_url" in first
    assert rows[1]["last_review_note"] == "asked the county" and rows[1]["published_status"] == ""
    assert not {"last_reviewer", "last_reviewed", "rationale"} & set(first)


def test_csv_takes_the_filters_of_claims_list(cli, reviewed):
    def ids(*filters):
        result = cli("export", "csv", *filters)
        assert result.exit_code == 0, result.output
        return [r["claim_id"] for r in csv.DictReader(io.StringIO(result.output))]

    assert ids("--status", "misleading") == ["1"]
    assert ids("--status", "misleading,in_review") == ["1", "2"]
    assert ids("--status", "misleading", "--status", "in_review") == ["1", "2"]
    assert ids("--speaker", "orvik") == ["1"]
    assert ids("--search", "4 million") == ["2"]
    bad = cli("export", "csv", "--status", "wrong")
    assert bad.exit_code == 1 and "unknown status 'wrong'" in bad.output
