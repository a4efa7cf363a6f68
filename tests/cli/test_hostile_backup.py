"""`factcheck import` proves a backup before it commits: a forged or broken one restores nothing.

Backups are made from a small ledger in a SQLite file; each test restores into the test
database (SQLite, or PostgreSQL with FACTCHECK_TEST_PG_URL), so both engines are covered.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil

import pytest
from sqlalchemy import create_engine, text

from factcheck.services.reviews import hash_of
from tests.cli.test_errors import ARTICLE, assert_one_line_error, row_counts


@pytest.fixture(scope="module")
def backup_lines(tmp_path_factory, _migrated_sqlite_template) -> list[dict]:
    """The records of a jsonl backup: one article, two claims (one with cue and speaker
    anchors), a source with an alias, a link, evidence, an edit and three reviews."""
    from typer.testing import CliRunner

    from factcheck import db as database
    from factcheck.cli import app

    folder = tmp_path_factory.mktemp("source")
    path = folder / "ledger.db"
    shutil.copy(_migrated_sqlite_template, path)
    url = f"sqlite:///{path}"
    article = folder / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()

    def run(*args):
        result = runner.invoke(app, [*args, "--db", url], env={"FACTCHECK_REVIEWER": "ana"})
        assert result.exit_code == 0, result.output
        return result

    run("articles", "add", str(article))
    run(
        "claims",
        "add",
        "1",
        "--quote",
        "Passenger groups dispute the figure",
        "--speaker",
        "Passenger groups",
    )
    run(
        "claims",
        "add",
        "1",
        "--quote",
        "Fuel is cheaper than last year",
        "--speaker",
        "Lakeside Riders Association",
        "--attribution",
        "said",
        "--cue",
        "said",
    )
    run("sources", "alias", "Lakeside Riders Association", "the riders")
    run("link", "2", "1", "--relation", "supports")
    run("evidence", "add", "1", "--stance", "refutes", "--url", "https://example.org/fuel")
    run("claims", "edit", "1", "--text", "Fares rise less than claimed")
    for claim, verdict in (("1", "in_review"), ("1", "false"), ("2", "mixed")):
        run("review", claim, "--status", verdict, "--note", f"checked {verdict}")
    said = ARTICLE.index("said a spokesperson")
    speaker = ARTICLE.index("a spokesperson for")
    engine = create_engine(url)
    with engine.begin() as connection:  # the cue and speaker anchors of claim 2
        connection.execute(
            text(
                "UPDATE claims SET cue_start=:a, cue_end=:b, speaker_start=:c, speaker_end=:d "
                "WHERE id = 2"
            ),
            {"a": said, "b": said + 4, "c": speaker, "d": speaker + 60},
        )
    engine.dispose()
    out = folder / "backup.jsonl"
    run("export", "jsonl", "--output", str(out))
    database.get_engine(url).dispose()
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _write(tmp_path, records: list, raw: str | None = None):
    path = tmp_path / "backup.jsonl"
    body = raw if raw is not None else "".join(json.dumps(r) + "\n" for r in records)
    path.write_text(body, encoding="utf-8")
    return path


def _find(records: list[dict], kind: str, **match) -> dict:
    return next(
        r for r in records if r["type"] == kind and all(r[k] == v for k, v in match.items())
    )


def _line_of(records: list[dict], record: dict) -> int:
    return next(i for i, r in enumerate(records, start=1) if r is record)


def test_a_true_backup_restores_with_its_anchors_and_verifies(cli, backup_lines, tmp_path, db_url):
    result = cli("import", str(_write(tmp_path, backup_lines)))
    assert result.exit_code == 0, result.output
    assert cli("audit", "verify").exit_code == 0
    again = tmp_path / "again.jsonl"
    assert cli("export", "jsonl", "-o", str(again)).exit_code == 0
    restored = [json.loads(line) for line in again.read_text(encoding="utf-8").splitlines()]
    assert restored == backup_lines
    claim = _find(restored, "claim", id=2)
    assert (claim["cue_start"], claim["speaker_start"]) == (
        ARTICLE.index("said a spokesperson"),
        ARTICLE.index("a spokesperson for"),
    )


def _forge(records, kind, field, value, **match):
    forged = [dict(r) for r in records]
    target = _find(forged, kind, **match)
    target[field] = value
    return forged, _line_of(forged, target)


CASES = [
    ("article", "text", ARTICLE.replace("12 percent", "21 percent"), {}, "sha256"),
    ("claim", "start", 10_000, {"id": 1}, "outside"),
    ("claim", "end", 2, {"id": 1}, "outside"),
    ("claim", "start", 1.0, {"id": 1}, "whole number"),
    ("claim", "end", "40", {"id": 1}, "whole number"),
    ("claim", "direct_quote", 1, {"id": 1}, "true or false"),
    ("claim", "attribution", "hacked", {"id": 1}, "not one of"),
    ("claim", "status", "verified", {"id": 1}, "latest review says false"),
    ("claim", "speaker_id", 99, {"id": 1}, "names no source"),
    ("claim", "id", 2**40, {"id": 1}, "outside"),
    ("claim", "cue_end", None, {"id": 2}, "both be set"),
    ("claim", "quote", "something else entirely", {"id": 1}, "is not its quote"),
    ("claim", "created_at", "yesterday", {"id": 1}, "not a valid date"),
    ("claim", "cue", "x" * 201, {"id": 2}, "longer than 200"),
    ("claim", "claim_text", "nul\x00byte", {"id": 2}, "NUL"),
    ("review", "status", "verified", {"seq": 2}, "does not match its hash"),
    ("review", "prev_hash", "0" * 64, {"seq": 2}, "previous-hash link broken"),
    ("review", "seq", 7, {"seq": 2}, "expected 2"),
    ("evidence", "stance", "maybe", {"id": 1}, "not one of"),
    ("link", "to_claim_id", 5, {"id": 1}, "names no claim"),
    ("source_alias", "alias_key", "passenger groups", {"alias": "the riders"}, "repeats"),
]


@pytest.mark.parametrize(
    ("kind", "field", "value", "match", "message"),
    CASES,
    ids=[f"{c[0]}.{c[1]}={str(c[2])[:12]}" for c in CASES],
)
def test_a_forged_record_refuses_the_whole_backup_naming_its_line(
    cli, backup_lines, tmp_path, db_url, kind, field, value, match, message
):
    forged, line = _forge(backup_lines, kind, field, value, **match)
    result = cli("import", str(_write(tmp_path, forged)))
    assert_one_line_error(result, f"line {line}", message)
    assert set(row_counts(db_url).values()) == {0}


def test_shifted_anchors_with_a_matching_quote_are_caught_by_the_context(
    cli, backup_lines, tmp_path, db_url
):
    forged = [dict(r) for r in backup_lines]
    claim = _find(forged, "claim", id=1)
    claim["start"] += 10
    claim["end"] += 10
    claim["quote"] = ARTICLE[claim["start"] : claim["end"]]
    result = cli("import", str(_write(tmp_path, forged)))
    assert_one_line_error(result, f"line {_line_of(forged, claim)}", "prefix/suffix")
    assert set(row_counts(db_url).values()) == {0}


def test_a_rechained_review_still_disagrees_with_its_claim(cli, backup_lines, tmp_path, db_url):
    """Rewriting a verdict and recomputing every later hash passes the chain check; the
    claim's status (what the ledger shows) then no longer follows its latest review."""
    forged = [dict(r) for r in backup_lines]
    reviews = [r for r in forged if r["type"] == "review"]
    from datetime import datetime
    from types import SimpleNamespace

    reviews[1]["status"] = "verified"
    previous = reviews[0]["hash"]
    for review in reviews[1:]:
        review["prev_hash"] = previous
        fields = {**review, "created_at": datetime.fromisoformat(review["created_at"])}
        review["hash"] = previous = hash_of(SimpleNamespace(**fields))
    result = cli("import", str(_write(tmp_path, forged)))
    line = _line_of(forged, _find(forged, "claim", id=1))
    assert_one_line_error(result, f"line {line}", "latest review says verified")
    assert set(row_counts(db_url).values()) == {0}


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda body: body.replace('"checkworthiness":null', '"checkworthiness":NaN', 1), "NaN"),
        (lambda body: body + '{"type": "planet"}\n', "unknown record type"),
        (lambda body: body + "[1, 2]\n", "expected an object"),
        (lambda body: body + "{not json\n", "not JSON"),
        (lambda body: body + "[" * 100_000 + "\n", "line"),
        (
            lambda body: body.replace('"checkworthiness":null', '"checkworthiness":1e999', 1),
            "finite",
        ),
        (
            lambda body: body.replace(
                '"checkworthiness":null', '"checkworthiness":' + "9" * 400, 1
            ),
            "finite",
        ),
        (
            lambda body: body.replace(
                '"checkworthiness":null', '"checkworthiness":' + "9" * 5000, 1
            ),
            "not JSON",
        ),
        (lambda body: body.replace('"claim_text":"', '"claim_text":"\\ud800', 1), "surrogate"),
    ],
    ids=[
        "nan",
        "unknown-type",
        "not-object",
        "not-json",
        "deep",
        "inf",
        "huge-int",
        "5000-digits",
        "lone-surrogate",
    ],
)
def test_broken_lines_are_one_line_errors(cli, backup_lines, tmp_path, db_url, mutate, message):
    body = "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in backup_lines)
    # the mutations write over a score; start from an unscored claim
    body = re.sub(r'"checkworthiness":[^,}]+', '"checkworthiness":null', body, count=1)
    assert '"checkworthiness":null' in body
    result = cli("import", str(_write(tmp_path, [], raw=mutate(body))))
    assert_one_line_error(result, message)
    assert set(row_counts(db_url).values()) == {0}


def test_a_duplicate_article_is_named_with_its_first_line(cli, backup_lines, tmp_path, db_url):
    article = dict(_find(backup_lines, "article", id=1))
    forged = [article, dict(article), *backup_lines[1:]]
    result = cli("import", str(_write(tmp_path, forged)))
    assert_one_line_error(result, "line 2", "article id 1 already on line 1")


def test_an_html_article_hash_covers_the_page_so_its_text_is_not_rehashed(
    cli, backup_lines, tmp_path, db_url
):
    forged = [dict(r) for r in backup_lines]
    article = _find(forged, "article", id=1)
    article["format"] = "html"
    article["sha256"] = hashlib.sha256(b"<html>the page</html>").hexdigest()
    result = cli("import", str(_write(tmp_path, forged)))
    assert result.exit_code == 0, result.output


def test_two_current_versions_of_one_article_are_refused(cli, backup_lines, tmp_path, db_url):
    article = dict(_find(backup_lines, "article", id=1))
    second = {**article, "id": 2, "version": 2}
    forged = [article, second, *backup_lines[1:]]
    result = cli("import", str(_write(tmp_path, forged)))
    assert_one_line_error(result, "line 2", "second current version")
    assert set(row_counts(db_url).values()) == {0}
