"""--output never destroys what it lands on: the ledger, a symlink, a FIFO, a device."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.cli.test_errors import ARTICLE, assert_one_line_error


@pytest.fixture
def ledger(ledger):
    article = ledger.article(ARTICLE, filename="ferry.txt")
    ledger.claim(article, "Passenger groups dispute the figure")


def _sqlite_path(db_url: str) -> Path:
    if not db_url.startswith("sqlite"):
        pytest.skip("the ledger is a file on SQLite only")
    return Path(db_url.removeprefix("sqlite:///"))


OUTPUT_COMMANDS = [
    ("report", "1", "--format", "md"),
    ("export", "jsonl"),
    ("export", "claimreview", "--draft"),
    ("export", "csv"),
]


@pytest.mark.parametrize("command", OUTPUT_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_output_onto_the_database_is_refused_and_the_ledger_survives(cli, ledger, db_url, command):
    database = _sqlite_path(db_url)
    before = database.read_bytes()
    result = cli(*command, "--output", str(database))
    assert_one_line_error(result, "is the database itself")
    assert database.read_bytes() == before
    assert cli("claims", "list", "--format", "json").exit_code == 0


def test_output_onto_a_symlink_to_the_database_is_refused(cli, ledger, db_url, tmp_path):
    database = _sqlite_path(db_url)
    link = tmp_path / "innocent.md"
    link.symlink_to(database)
    result = cli("report", "1", "--output", str(link))
    assert_one_line_error(result, "symlink")
    assert link.is_symlink() and link.resolve() == database.resolve()


def test_output_onto_a_symlink_keeps_the_link_and_its_target(cli, ledger, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "keep.txt"
    target.write_text("precious", encoding="utf-8")
    link = tmp_path / "out.md"
    link.symlink_to(target)
    assert_one_line_error(cli("export", "csv", "-o", str(link)), "symlink")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "precious"


def test_output_onto_a_fifo_is_refused_and_it_stays_a_fifo(cli, ledger, tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    assert_one_line_error(cli("report", "1", "-o", str(fifo)), "not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_output_onto_a_device_node_is_refused_and_it_stays_a_device(cli, ledger, tmp_path):
    node = tmp_path / "null"
    try:  # a /dev/null-like node (1, 3), inside the test's folder only
        os.mknod(node, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    assert_one_line_error(cli("export", "jsonl", "-o", str(node)), "not a regular file")
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_output_onto_a_folder_or_into_a_missing_one_is_one_line(cli, ledger, tmp_path):
    assert_one_line_error(cli("report", "1", "-o", str(tmp_path)), "is a folder")
    assert_one_line_error(cli("report", "1", "-o", str(tmp_path / "no" / "r.md")), "does not exist")


def test_output_onto_a_read_only_file_is_refused(cli, ledger, tmp_path):
    target = tmp_path / "frozen.md"
    target.write_text("keep", encoding="utf-8")
    target.chmod(0o444)
    assert_one_line_error(cli("report", "1", "-o", str(target)), "read-only")
    assert target.read_text(encoding="utf-8") == "keep"


def test_unwritable_folder_is_one_line_and_leaves_no_part_file(cli, ledger, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert_one_line_error(cli("report", "1", "-o", str(folder / "r.md")), "cannot write")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_regular_file_is_replaced_whole_keeping_its_mode(cli, ledger, tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    result = cli("report", "1", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "Passenger groups dispute the figure" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
