"""Stored text is shown, never obeyed: no rich markup, no terminal escapes, no wildcards."""

from __future__ import annotations

import json

import pytest

from tests.cli.table_text import table_rows

ARTICLE = (
    "The mayor said the budget was “balanced [sic] and fair” on Monday. "
    "A memo [/caption] noted that [/i] costs rose by 12 percent. "
    "Critics said the \x1b[2J\x1b]0;owned\x07 figure was wrong. "
    "The 100% Club said fares would rise. "
    "The ministry_of_ports said the port would reopen.\n"
)


@pytest.fixture
def ledger(ledger):
    article = ledger.article(ARTICLE, filename="hostile.txt")
    for quote, speaker in [
        ("balanced [sic] and fair", "The [bold]mayor[/bold] :smile:"),
        ("A memo [/caption] noted that [/i] costs rose", "[/i]"),
        ("the \x1b[2J\x1b]0;owned\x07 figure was wrong", "Critics"),
        ("fares would rise", "100% Club"),
        ("the port would reopen", "ministry_of_ports"),
    ]:
        ledger.claim(article, quote, speaker=speaker)
    ledger.review(2, "false", note="[/i] not so")


def test_claims_list_shows_brackets_as_stored(cli, ledger):
    result = cli("claims", "list")
    assert result.exit_code == 0, result.output
    assert "balanced [sic] and fair" in result.output
    assert "[/caption]" in result.output and "[/i]" in result.output
    assert "The [bold]mayor[/bold] :smile:" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ("claims", "show", "2"),
        ("claims", "show", "1"),
        ("history", "2"),
        ("sources", "list"),
        ("sources", "show", "[/i]"),
    ],
)
def test_closing_tags_in_stored_text_crash_nothing(cli, ledger, args):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    assert "[/i]" in result.output
    assert "😄" not in result.output


def test_terminal_escapes_are_shown_not_sent(cli, ledger):
    for args in (
        ("claims", "show", "3"),
        ("claims", "list"),
        ("articles", "show", "1"),
        ("report", "1"),  # Markdown to the terminal
    ):
        result = cli(*args)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.output and "\x07" not in result.output
        assert "␛[2J␛]0;owned␇" in result.output.replace("\\", "")  # Markdown escapes []


def test_json_output_keeps_the_stored_text_exactly(cli, ledger):
    claims = json.loads(cli("claims", "list", "--format", "json").output)
    assert claims[2]["quote"] == "the \x1b[2J\x1b]0;owned\x07 figure was wrong"


def test_a_quote_in_a_table_is_not_collapsed_or_cut(cli, tmp_path):
    long_quote = "Officials  said   the pier,\nwhich opened in 1911, " + "was safe " * 12
    path = tmp_path / "pier.txt"
    path.write_text(long_quote + "and would stay open.\n", encoding="utf-8")
    assert cli("articles", "add", str(path)).exit_code == 0
    assert cli("claims", "add", "1", "--quote", long_quote.strip()).exit_code == 0
    out = cli("claims", "list").output
    (row,) = table_rows(out)
    assert "Officials  said   the pier," in row["quote"]
    assert "".join(row["quote"].split()) == "".join(long_quote.split())  # all of it


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [("%", ["100% Club"]), ("_", ["ministry_of_ports"]), ("0% c", ["100% Club"])],
)
def test_speaker_filter_wildcards_are_literal(cli, ledger, speaker, expected):
    result = cli("claims", "list", "--speaker", speaker, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [c["speaker"] for c in json.loads(result.output)] == expected


def test_sources_search_wildcards_are_literal(cli, ledger):
    names = [
        s["name"] for s in json.loads(cli("sources", "list", "--search", "%", "-f", "json").output)
    ]
    assert names == ["100% Club"]


def test_claimreview_json_ld_cannot_close_a_script_block(cli, tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("He said </script><script>alert(1)</script> & more.\n", encoding="utf-8")
    assert cli("articles", "add", str(path)).exit_code == 0
    quote = "</script><script>alert(1)</script> & more"
    assert cli("claims", "add", "1", "--quote", quote).exit_code == 0
    assert cli("review", "1", "--status", "false", "--note", "no <b>").exit_code == 0
    assert cli("publish", "1").exit_code == 0
    target = tmp_path / "reviews.jsonld"
    result = cli(
        "export",
        "claimreview",
        "--base-url",
        "https://check.example",
        "--organization",
        "Check & <Co>",
        "--output",
        str(target),
    )
    assert result.exit_code == 0, result.output
    out = target.read_text(encoding="utf-8")
    assert "</script" not in out and "<" not in out and "&" not in out
    graph = json.loads(out)["@graph"]  # the scale node first, then the reviews
    (review,) = [node for node in graph if node["@type"] == "ClaimReview"]
    assert review["itemReviewed"]["text"] == quote


@pytest.mark.parametrize("speaker", ["\u200d", "😀", "👩\u200d👩\u200d👧"])
def test_a_speaker_must_contain_a_letter(cli, ledger, db_url, speaker):
    from tests.cli.test_errors import assert_one_line_error, row_counts

    before = row_counts(db_url)
    added = cli("claims", "add", "1", "--quote", "fares would rise", "--speaker", speaker)
    assert_one_line_error(added, "needs a letter")
    assert_one_line_error(cli("claims", "edit", "1", "--speaker", speaker), "needs a letter")
    assert row_counts(db_url) == before


@pytest.mark.parametrize(
    "args",
    [
        ("claims", "edit", "1", "--text", "abc\udcff"),
        ("claims", "add", "1", "--quote", "fares would rise", "--speaker", "Ab\udcff"),
        ("review", "1", "--status", "false", "--note", "\udcff"),
        ("claims", "list", "--search", "\udcff"),
    ],
    ids=["edit", "add", "review", "search"],
)
def test_arguments_that_are_not_utf8_are_one_line(cli, ledger, db_url, args):
    """A shell passes undecodable bytes through as surrogates: refused, nothing written."""
    from tests.cli.test_errors import assert_one_line_error, row_counts

    before = row_counts(db_url)
    assert_one_line_error(cli(*args), "not valid UTF-8")
    assert row_counts(db_url) == before


@pytest.mark.parametrize(
    "args",
    [
        ("claims", "list", "--limit", "99999999999999999999"),
        ("claims", "list", "--offset", "99999999999999999999"),
        ("report", "--all", "--stale-days", "99999999999999999999"),
    ],
    ids=["limit", "offset", "stale-days"],
)
def test_numbers_no_database_holds_are_one_line(cli, ledger, args):
    from tests.cli.test_errors import assert_one_line_error

    assert_one_line_error(cli(*args), "")
