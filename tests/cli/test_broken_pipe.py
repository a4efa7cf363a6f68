"""A reader that stops early (`factcheck claims list | head -1`): the command stops quietly,
no traceback, no "Exception ignored", exit status 141 (128 + SIGPIPE, as git reports it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

CLAIMS = 400  # each output below is far more than a pipe holds (64 KiB)
FILLER = "after the storm had passed over the northern breakwater of the old harbour " * 3


def _sentence(number: int) -> str:
    return f"The board said vessel number {number} docked {FILLER.strip()}."


def _quote(number: int) -> str:
    return f"vessel number {number} docked {FILLER.strip()}"


@pytest.fixture
def big_ledger(ledger) -> int:
    """An article with CLAIMS long claims, all said by one speaker; the article's id."""
    from factcheck.services.claims import NewClaim, add_claim
    from factcheck.vocab import Attribution

    article = ledger.article(" ".join(map(_sentence, range(CLAIMS))), title="Harbour")

    def claims(session) -> None:
        for number in range(CLAIMS):
            data = NewClaim(_quote(number), "Harbour board", Attribution.SAID, "said", None, None)
            add_claim(session, article_id=article, data=data, actor="tester")

    ledger.run(claims)
    return article


def _first_line_then_close(args: list[str], db_url: str) -> tuple[bytes, int, str]:
    """Run factcheck into a pipe, read one line and close the pipe: what the reader got,
    the exit status and everything the command wrote on stderr."""
    env = {**os.environ, "FACTCHECK_DB": db_url, "PYTHONPATH": str(REPO_ROOT)}
    with subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO_ROOT,
    ) as process:
        first = process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read().decode("utf-8", "replace")
    return first, process.returncode, stderr


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (["claims", "list", "--limit", "0"], b"Claims (400)\n"),
        (["claims", "list", "--limit", "0", "-f", "json"], b"[\n"),
        (["claims", "list", "--limit", "0", "-f", "nl"], b'{"id": 1, '),
        (["claims", "list", "--limit", "0", "-f", "csv"], b"id,article_id,quote,"),
        (["sources", "show", "Harbour board"], b"Harbour board"),
        (["sources", "show", "Harbour board", "-f", "json"], b"{\n"),
        (["report", "ARTICLE"], b"# "),
        (["report", "ARTICLE", "-f", "json"], b"{\n"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)
def test_a_read_command_stops_quietly_when_its_reader_does(db_url, big_ledger, args, first):
    args = [str(big_ledger) if arg == "ARTICLE" else arg for arg in args]
    line, status, stderr = _first_line_then_close(args, db_url)
    assert line.startswith(first)  # the command was well under way
    assert stderr == ""
    assert status == 141


@pytest.mark.parametrize("format", ["nl", "csv"])
def test_extract_stops_quietly_when_its_reader_does(db_url, tmp_path, sample_file, format):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(60):  # 60 articles' claims: far more than a pipe holds
        shutil.copy(sample_file, folder / f"article{number:02}.txt")
    line, status, stderr = _first_line_then_close(
        ["extract", str(folder), "-f", format, "--workers", "1"], db_url
    )
    assert line.startswith(b'{"' if format == "nl" else b"article")
    assert (stderr, status) == ("", 141)
