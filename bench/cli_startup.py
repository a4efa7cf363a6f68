"""Benchmark: read commands as new processes, side by side with sqlite-utils on one file.

Builds a SQLite ledger with the test ledger builder (factcheck.testing: 4 articles, 200
claims, some reviewed), then runs each command as a fresh process, interleaved round by
round so a busy machine slows both alike, and prints the median wall time and its ratio to
`sqlite-utils FILE "SELECT ... claims LIMIT 200"` (the same rows claims list reads).

Usage: python bench/cli_startup.py [--rounds 9] [--keep DIR]
Needs sqlite-utils (pip install -e ".[bench]"). Target: every read command <= 1.5x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUERY = (
    "SELECT claims.*, sources.name AS speaker FROM claims "
    "LEFT JOIN sources ON sources.id = claims.speaker_id "
    "WHERE claims.dismissed = 0 ORDER BY claims.id LIMIT 200"
)


def build(path: Path) -> None:
    from factcheck import db as database
    from factcheck.testing import LedgerBuilder

    url = f"sqlite:///{path}"
    database.upgrade(url)
    ledger = LedgerBuilder(url)
    for a in range(4):
        sentences = [f"Official {a}-{i} said the port handled {i * 7} ships." for i in range(50)]
        article = ledger.article(" ".join(sentences), title=f"Port {a}", filename=f"{a}.txt")
        for i, sentence in enumerate(sentences):
            claim = ledger.claim(article, sentence.rstrip("."), speaker=f"Official {a}-{i}")
            if i % 5 == 0:
                ledger.review(claim, "false", note="the log says otherwise")


def commands(db: Path) -> dict[str, list[str]]:
    fc = [sys.executable, "-m", "factcheck"]
    return {
        "sqlite-utils query (JSON)": [
            shutil.which("sqlite-utils") or "sqlite-utils",
            str(db),
            QUERY,
        ],
        "factcheck claims list -f json": [*fc, "claims", "list", "--db", str(db), "-f", "json"],
        "factcheck claims list (table)": [*fc, "claims", "list", "--db", str(db)],
        "factcheck articles list -f json": [*fc, "articles", "list", "--db", str(db), "-f", "json"],
        "factcheck claims show 1 -f json": [
            *fc,
            "claims",
            "show",
            "1",
            "--db",
            str(db),
            "-f",
            "json",
        ],
        "factcheck --version": [*fc, "--version"],
        "factcheck --help": [*fc, "--help"],
    }


def measure(cmds: dict[str, list[str]], rounds: int) -> dict[str, list[float]]:
    env = dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="120")
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for cmd in cmds.values():  # warm the page cache and .pyc files once
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    for _ in range(rounds):
        for name, cmd in cmds.items():
            start = time.perf_counter()
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="build the ledger in this folder, keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cli-startup-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.db"
    if not db.exists():
        build(db)
    times = measure(commands(db), args.rounds)
    base = statistics.median(times["sqlite-utils query (JSON)"])
    print(f"{'command':34s} {'median':>8s} {'min':>8s}  vs sqlite-utils ({args.rounds} rounds)")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:34s} {median * 1000:6.0f}ms {min(values) * 1000:6.0f}ms  {median / base:5.2f}x"
        )
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
