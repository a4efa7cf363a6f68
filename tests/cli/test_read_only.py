"""Reading commands never wait for SQLite's write lock: a long write does not stall reads."""

import sqlite3
import time

import pytest


def test_reads_go_on_while_another_process_holds_the_write_lock(cli, db_url, sample_file):
    if not db_url.startswith("sqlite"):
        pytest.skip("the write lock is SQLite's")
    cli("articles", "add", str(sample_file))
    cli("claims", "add", "1", "--quote", "There are reports")

    writer = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another writer, mid-transaction
    try:
        started = time.monotonic()
        for args in (
            ("claims", "list"),
            ("claims", "show", "1"),
            ("articles", "show", "1"),
            ("sources", "list"),
            ("disputes",),
            ("audit", "verify"),
            ("report", "1", "--format", "json"),
            ("export", "jsonl"),
        ):
            result = cli(*args)
            assert result.exit_code == 0, (args, result.output)
        assert time.monotonic() - started < 10, "a read waited for the write lock"
    finally:
        writer.execute("ROLLBACK")
        writer.close()
