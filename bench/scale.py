"""Benchmark at scale: claims list filters, disputes, --help and database size per claim.

    python bench/scale.py --claims 1000000                       # SQLite in a temp dir
    python bench/scale.py --claims 1000000 --db postgresql+psycopg://user@host/db

An empty (or absent, for SQLite) database is migrated and filled by
bench/synthetic.py (200 claims an article, ~1% reviewed, ~0.5% with evidence, some denial
links), then each command runs in-process through the real CLI (best of --repeat runs) and
`factcheck --help` as a fresh process. A database that already holds claims is measured as
it is (rerun on the same --db without generating again). Prints a Markdown table for
docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

COMMANDS = [
    ("claims list", ["claims", "list"]),
    ("claims list --status false", ["claims", "list", "--status", "false"]),
    ("claims list --attribution rumored", ["claims", "list", "--attribution", "rumored"]),
    ("claims list --speaker 'Ana Moss'", ["claims", "list", "--speaker", "Ana Moss"]),
    ("claims list --article N", ["claims", "list", "--article", "{middle_article}"]),
    ("claims list --search glenmere", ["claims", "list", "--search", "glenmere"]),
    ("claims list --search 'zzz absent'", ["claims", "list", "--search", "zzz absent"]),
    ("claims list --disputed", ["claims", "list", "--disputed"]),
    ("disputes", ["disputes"]),
]


def best_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def run_cli(args: list[str], url: str) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, [*args, "--db", url, "--format", "json"])
    if result.exit_code != 0:
        raise SystemExit(f"{args} failed: {result.output[-1000:]}")


def factcheck_command() -> list[str]:
    exe = Path(sys.executable).with_name("factcheck")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "factcheck"]


def process_time(args: list[str], repeat: int) -> float:
    """Wall time of the command as a new process: Python start-up and imports included."""
    return best_time(
        lambda: subprocess.run([*factcheck_command(), *args], capture_output=True, check=True),
        repeat,
    )


def database_bytes(url: str, sqlite_path: Path | None) -> int:
    if sqlite_path is not None:
        return sum(p.stat().st_size for p in sqlite_path.parent.glob(sqlite_path.name + "*"))
    from sqlalchemy import text

    from factcheck.db import get_engine

    with get_engine(url).connect() as connection:
        return connection.scalar(text("SELECT pg_database_size(current_database())"))


def existing_counts(url: str) -> dict[str, int]:
    from sqlalchemy import func, select

    from factcheck.db import session_scope
    from factcheck.models import Article, Claim

    with session_scope(url) as session:
        return {
            "claims": session.scalar(select(func.count()).select_from(Claim)),
            "articles": session.scalar(select(func.count()).select_from(Article)),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from synthetic import populate

    from factcheck import db

    if args.db:
        url = args.db
        sqlite_path = Path(url.split(":///", 1)[1]) if url.startswith("sqlite:///") else None
    else:
        sqlite_path = Path(tempfile.mkdtemp(prefix="factcheck-scale-")) / "scale.db"
        url = f"sqlite:///{sqlite_path}"
    db.upgrade(url)
    counts = existing_counts(url)
    if counts["claims"]:
        print(f"using the {counts['claims']:,} claims already in {url}")
    else:
        started = time.perf_counter()
        with db.session_scope(url) as session:
            counts = populate(session, claims=args.claims)
        print(f"\ngenerated {counts} in {time.perf_counter() - started:.0f} s")
    if sqlite_path is None:
        from sqlalchemy import text

        with db.get_engine(url).begin() as connection:
            connection.execute(text("ANALYZE"))
    else:
        with db.get_engine(url).begin() as connection:
            connection.exec_driver_sql("ANALYZE")

    size = database_bytes(url, sqlite_path)
    engine_name = db.get_engine(url).dialect.name
    print(f"\n| command ({engine_name}, {counts['claims']:,} claims) | in-process | new process |")
    print("|---|---|---|")
    middle_article = str(max(1, counts["articles"] // 2))
    for label, template in COMMANDS:
        command = [part.replace("{middle_article}", middle_article) for part in template]
        seconds = best_time(lambda command=command: run_cli(command, url), args.repeat)
        cold = process_time([*command, "--db", url, "--format", "json"], args.repeat)
        print(f"| `factcheck {label}` | {seconds:.3f} s | {cold:.3f} s |", flush=True)
    print(f"| `factcheck --help` | | {process_time(['--help'], 5):.3f} s |")
    print(f"| database size | {size / 1e6:,.0f} MB, {size / counts['claims']:,.0f} B a claim | |")


if __name__ == "__main__":
    main()
