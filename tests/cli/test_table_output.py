"""The table format: aligned text columns, a status always as words, colour only where it
is wanted, rows folded to a terminal's width and never in a pipe."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys

import pytest
from rich.cells import cell_len

from factcheck.cli.output import Styled
from factcheck.cli.text_table import render_table
from tests.cli.table_text import table_rows
from tests.conftest import REPO_ROOT

TEXT = (
    "The harbour board said 30 ships docked on Monday after the storm had passed over the "
    "northern breakwater. Fees rose 4 percent in May."
)
LONG_QUOTE = "30 ships docked on Monday after the storm had passed over the northern breakwater"
COLOUR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def harbour(ledger) -> dict[str, int]:
    article = ledger.article(TEXT, title="Harbour")
    said = ledger.claim(article, LONG_QUOTE, speaker="Harbour board", attribution="said")
    ledger.review(said, "false", note="the port log shows 3 ships")
    fees = ledger.claim(article, "Fees rose 4 percent in May")
    return {"said": said, "fees": fees}


def test_a_piped_table_is_a_line_a_claim_in_the_rows_json_has(cli, harbour):
    out = cli("claims", "list").stdout
    assert "\x1b" not in out
    listed = json.loads(cli("claims", "list", "-f", "json").stdout)
    rows = table_rows(out)
    assert [(r["id"], r["quote"], r["speaker"], r["status"]) for r in rows] == [
        (str(c["id"]), c["quote"], c["speaker"] or "", c["status"]) for c in listed
    ]
    assert len(out.splitlines()) == 3 + len(rows)  # title, header, rule: nothing folded


def test_a_status_with_more_to_say_is_still_one_cell_of_words(cli, ledger, harbour):
    ledger.publish(harbour["said"], by="ed")
    said = next(r for r in table_rows(cli("claims", "list").stdout) if r["id"] == "1")
    assert said["status"] == "false (published false)"


def test_articles_list_is_aligned_columns_too(cli, harbour):
    (article,) = table_rows(cli("articles", "list").stdout)
    assert (article["id"], article["v"], article["title"], article["claims"]) == (
        "1",
        "1",
        "Harbour",
        "2",
    )


@pytest.mark.parametrize(
    ("environment", "coloured"),
    [
        ({}, False),  # a pipe (CliRunner's output is not a terminal)
        ({"FORCE_COLOR": "1"}, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),  # NO_COLOR wins
        ({"FORCE_COLOR": "1", "TERM": "dumb"}, False),
    ],
)
def test_colour_only_where_it_is_wanted_and_the_label_always(
    cli, harbour, monkeypatch, environment, coloured
):
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    out = cli("claims", "list").stdout
    assert bool(re.search(r"\x1b\[31mfalse\x1b\[0m", out)) is coloured
    assert ("\x1b[" in out) is coloured
    plain = COLOUR.sub("", out)
    assert [r["status"] for r in table_rows(plain)] == ["false", "unverified"]


def on_a_terminal(args: list[str], db_url: str, columns: int, **environment: str) -> str:
    """The command's output with its standard output on a pseudo-terminal."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), FACTCHECK_DB=db_url, TERM="xterm")
    for name in ("NO_COLOR", "FORCE_COLOR"):
        env.pop(name, None)
    env.update(environment, COLUMNS=str(columns))
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args], stdout=follower, env=env, cwd=REPO_ROOT
    ) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the other side closed: the command is done
                break
            if not chunk:
                break
            chunks.append(chunk)
    os.close(leader)
    assert process.returncode == 0
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_on_a_terminal_rows_fold_to_its_width_and_the_status_is_coloured(db_url, harbour):
    out = on_a_terminal(["claims", "list"], db_url, columns=80)
    assert "\x1b[31mfalse\x1b[0m" in out
    plain = COLOUR.sub("", out)
    assert max(map(cell_len, plain.splitlines())) <= 80
    said = table_rows(plain)[0]
    assert "\n" in said["quote"]  # folded
    assert " ".join(said["quote"].split()) == LONG_QUOTE  # and all of it


def test_no_color_on_a_terminal_keeps_the_words(db_url, harbour):
    out = on_a_terminal(["claims", "list"], db_url, columns=100, NO_COLOR="1")
    assert "\x1b" not in out
    assert [r["status"] for r in table_rows(out)] == ["false", "unverified"]


def test_wide_characters_line_up_by_terminal_cells():
    lines = list(render_table(None, ["name", "status"], [["東京港", "false"], ["Oslo", "ok"]]))
    starts = [cell_len(line[: line.rindex("  ") + 2]) for line in lines[2:]]
    assert starts[0] == starts[1] == cell_len("東京港  ")


def test_folding_cuts_a_word_wider_than_its_column_and_loses_nothing():
    word = "Averyveryverylongwordwithoutanyspaces"
    lines = list(render_table(None, ["id", "quote"], [[1, f"{word} and more"]], width=16))
    assert max(map(cell_len, lines)) <= 16
    assert "".join(line[4:] for line in lines[2:]).replace(" ", "") == f"{word}andmore"


def test_colour_is_added_to_the_words_and_never_replaces_them():
    row = [1, Styled("false (stale)", "red")]
    (coloured,) = list(render_table(None, ["id", "status"], [row], colour=True))[2:]
    (plain,) = list(render_table(None, ["id", "status"], [row]))[2:]
    assert coloured == "1   \x1b[31mfalse (stale)\x1b[0m" and COLOUR.sub("", coloured) == plain


def test_a_terminal_narrower_than_the_headers_folds_them_too():
    columns = ["id", "attribution", "status"]
    lines = list(render_table(None, columns, [[1, "said", "unverified"]], width=24))
    assert max(map(cell_len, lines)) <= 24
    rule = next(i for i, line in enumerate(lines) if set(line) <= {"-", " "})
    assert rule > 1  # the header took more than one line
    starts = [match.start() for match in re.finditer(r"-+", lines[rule])]
    names = [
        "".join(line[start:end].strip() for line in lines[:rule])
        for start, end in zip(starts, [*starts[1:], None], strict=True)
    ]
    assert names == columns
