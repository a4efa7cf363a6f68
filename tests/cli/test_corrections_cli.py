"""Corrections: an article keeps its id across versions; a reworded verdict goes stale."""

import json

import pytest

from factcheck.services.versions import reworded_text
from tests.cli.table_text import table_rows

FIRST = (
    "Floods hit Lorne on Friday. At least 42 people died in the floods, the mayor said. "
    "The river rose two metres."
)
CORRECTED = (
    "Floods hit Lorne on Friday. At least 38 people died in the floods, the mayor said. "
    "The river rose two metres.\n\nCorrection: an earlier version gave the wrong toll."
)


@pytest.fixture
def corrected(cli, tmp_path):
    story = tmp_path / "floods.txt"
    story.write_text(FIRST, encoding="utf-8")
    steps = [
        ("articles", "add", str(story), "--title", "Lorne floods"),
        ("claims", "add", "1", "--quote", "At least 42 people died in the floods",
         "--speaker", "the mayor", "--attribution", "said", "--text", "42 people died"),
        ("claims", "add", "1", "--quote", "The river rose two metres."),
        ("review", "1", "--status", "misleading", "--note", "the morgue counts 38"),
        ("review", "2", "--status", "verified", "--note", "gauge data"),
        ("publish", "1", "2"),
    ]  # fmt: skip
    for step in steps:
        assert cli(*step).exit_code == 0, step
    story.write_text(CORRECTED, encoding="utf-8")
    added = cli("articles", "add", str(story), "-f", "json")
    assert added.exit_code == 0, added.output
    return json.loads(added.output)["article"]


def _claim(cli, claim_id):
    return json.loads(cli("claims", "show", str(claim_id), "-f", "json").output)


def test_the_article_keeps_its_id_and_report_shows_the_latest_version(cli, corrected):
    assert corrected["article_id"] == 1 and corrected["version"] == 2
    (listed,) = table_rows(cli("articles", "list").output)
    assert (listed["id"], listed["v"]) == ("1", "2")
    latest = json.loads(cli("report", "1", "--format", "json").output)["articles"][0]
    assert "38 people" in latest["text"] and latest["article"]["version"] == 2
    older = json.loads(cli("report", "1", "--version", "1", "-f", "json").output)["articles"][0]
    assert "42 people" in older["text"] and older["article"]["article_id"] == 1
    missing = cli("report", "1", "--version", "3")
    assert missing.exit_code == 1 and "has no version 3 (versions 1-2)" in missing.output


def test_a_reworded_claim_follows_the_text_and_is_stale_until_reviewed(cli, corrected):
    claim = _claim(cli, 1)
    assert claim["quote"] == "At least 38 people died in the floods"
    assert claim["claim_text"] == "38 people died"
    assert claim["stale"] is True and claim["status"] == "misleading"
    assert claim["published"]["status"] == "misleading"  # still visible, flagged
    assert _claim(cli, 2)["stale"] is False  # same wording: the verdict holds
    stale = json.loads(cli("claims", "list", "--stale", "-f", "json").output)
    assert [c["id"] for c in stale] == [1]
    refused = cli("publish", "1")
    assert refused.exit_code == 1 and "stale" in refused.output
    history = json.loads(cli("history", "1", "-f", "json").output)
    kinds = [e["kind"] for e in history]
    assert "reworded" in kinds and "stale" in kinds
    report = cli("report", "1", "--format", "md").output
    assert "stale: reworded since this verdict" in report
    cli("review", "1", "--status", "verified", "--note", "38 matches the morgue")
    assert _claim(cli, 1)["stale"] is False
    assert json.loads(cli("claims", "list", "--stale", "-f", "json").output) == []
    assert cli("publish", "1").exit_code == 0


@pytest.mark.parametrize(
    ("claim_text", "old", "new", "expected"),
    [
        ("42 dead", "officials said 42 dead", "officials said 38 dead", "38 dead"),
        ("the quote", "the quote", "the new quote", "the new quote"),
        ("the port will reopen in June", "He said the port will reopen in June.",
         "He now says the port will reopen in July.", "the port will reopen in July."),
    ],
)  # fmt: skip
def test_reworded_text_takes_the_part_that_stands_where_the_old_text_stood(
    claim_text, old, new, expected
):
    assert reworded_text(claim_text, old, new) == expected


def test_claimreview_keeps_the_wording_the_verdict_was_published_on(cli, corrected):
    exported = cli("export", "claimreview", "--draft")
    assert exported.exit_code == 0, exported.output
    graph = json.loads(exported.stdout)["@graph"]
    review = next(n for n in graph if n.get("url", "").endswith(":claim:1"))
    assert review["claimReviewed"] == "42 people died"
    assert review["itemReviewed"]["text"] == "At least 42 people died in the floods"
    cli("review", "1", "--status", "verified", "--note", "38 is right")
    cli("publish", "1")
    graph = json.loads(cli("export", "claimreview", "--draft").stdout)["@graph"]
    review = next(n for n in graph if n.get("url", "").endswith(":claim:1"))
    assert review["claimReviewed"] == "38 people died"
    assert review["reviewRating"]["alternateName"] == "True"
