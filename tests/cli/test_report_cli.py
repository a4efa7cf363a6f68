"""`factcheck report`: formats, output files, template overrides, one-line errors."""

import json

import pytest

STORY = (
    "Ferry operator Lund Lines said the Selka crossing carried 90,000 passengers in 2023. "
    "The harbour is reportedly losing money (though the council denies this)."
)


@pytest.fixture
def story(cli, tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(STORY, encoding="utf-8")
    steps = [
        ("articles", "add", str(path), "--title", "Selka ferry", "--url", "https://x.example/f"),
        ("claims", "add", "1", "--quote", "the Selka crossing carried 90,000 passengers in 2023",
         "--speaker", "Lund Lines", "--attribution", "said", "--cue", "said"),
        ("claims", "add", "1", "--quote", "The harbour is reportedly losing money",
         "--attribution", "reportedly", "--cue", "reportedly"),
        ("claims", "add", "1", "--quote", "the council denies this", "--speaker", "Selka council",
         "--attribution", "denied", "--cue", "denies"),
        ("link", "3", "2", "--relation", "denies"),
        ("review", "1", "--status", "mostly_true", "--note", "Annual report says 88,400"),
    ]  # fmt: skip
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, result.output
    return path


def test_markdown_to_stdout_by_default(cli, story):
    result = cli("report", "1")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Audit report: Selka ferry")
    assert "⟦The harbour is reportedly losing money⟧[#2 Unverified]" in result.output
    assert "tester, 20" in result.output  # last reviewer and date


def test_html_to_a_file_format_from_the_suffix(cli, story, tmp_path):
    target = tmp_path / "out" / "ferry.html"
    target.parent.mkdir()
    result = cli("report", "https://x.example/f", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {target}"
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    for claim_id, status in ((1, "mostly_true"), (2, "unverified"), (3, "unverified")):
        assert f'data-claim-id="{claim_id}" data-status="{status}"' in html
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind


def test_json_and_the_corpus_report(cli, story):
    article = json.loads(cli("report", "1", "--format", "json").output)
    assert [c["status"] for c in article["articles"][0]["claims"]] == [
        "mostly_true",
        "unverified",
        "unverified",
    ]
    corpus = json.loads(cli("report", "--all", "-f", "json").output)
    assert corpus["report"] == "corpus" and corpus["total"] == 3
    assert [d["kinds"] for d in corpus["disputes"]] == [["denied"]]


def test_source_option_limits_the_report_to_that_speaker(cli, story):
    data = json.loads(cli("report", "--source", "Lund Lines", "-f", "json").output)
    assert data["source"] == "Lund Lines"
    assert [s["source"] for s in data["sources"]] == ["Lund Lines"]


def test_template_dir_overrides_a_builtin_template(cli, story, tmp_path):
    (tmp_path / "article.md").write_text("{{ articles[0].article.title }}: {{ articles[0].total }}")
    result = cli("report", "1", "--template-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.output == "Selka ferry: 3"


def test_missing_template_variable_is_one_line_and_writes_nothing(cli, story, tmp_path):
    (tmp_path / "article.html").write_text("<p>{{ newsroom }}</p>")
    target = tmp_path / "r.html"
    result = cli("report", "1", "-o", str(target), "--template-dir", str(tmp_path))
    assert result.exit_code == 1
    assert result.output.strip() == "error: template article.html: 'newsroom' is undefined"
    assert not target.exists() and not list(tmp_path.glob(".r.html*"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "name one or more ARTICLEs"),
        (("9",), "no article with id 9"),
        (("1", "--all"), "not both"),
        (("--source", "Nobody"), "no source 'Nobody'"),
        (("1", "--template-dir", "/no/such/dir"), "is not a folder"),
        (("1", "--output", "/"), "is a folder"),
        (("1", "--output", "/no/such/dir/r.html"), "does not exist"),
    ],
)
def test_user_mistakes_are_one_line_errors(cli, story, args, message):
    result = cli("report", *args)
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_help_has_an_example(cli):
    assert "Example: factcheck report" in cli("report", "--help").output
