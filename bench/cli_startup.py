"""Benchmark: read commands as new processes, side by side with sqlite-utils on one file.

Builds a SQLite ledger with the test ledger builder (factcheck.testing: 4 articles, 200
claims, some reviewed), then runs each command as a fresh process, interleaved round by
round so a busy machine slows both alike, and prints the median wall time and its ratio to
`sqlite-utils FILE "SELECT ... claims LIMIT 200"` (the same rows claims list reads; JSON,
sqlite-utils' default). `sqlite-utils ... --table` is timed too, for the table views, and
the claims table once more with its output on a pseudo-terminal (colours, rows folded).

Usage: python bench/cli_startup.py [--rounds 9] [--keep DIR] [--baseline OTHER_CHECKOUT]
Needs sqlite-utils (pip install -e ".[bench]"). Target: every read command <= 1.5x.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pty
import resource
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


def commands(db: Path, baseline: Path | None) -> dict[str, tuple[list[str], Path]]:
    """Each command with the code it runs (this checkout, or --baseline for the same reads)."""
    fc = [sys.executable, "-m", "factcheck"]
    url = f"sqlite:///{db}"  # a URL, which a baseline older than plain --db paths reads too
    own = {
        "sqlite-utils query (JSON)": [
            shutil.which("sqlite-utils") or "sqlite-utils",
            str(db),
            QUERY,
        ],
        # The same rows as a table (tabulate), beside factcheck's table (rich).
        "sqlite-utils query --table": [
            shutil.which("sqlite-utils") or "sqlite-utils",
            str(db),
            QUERY,
            "--table",
        ],
        "sqlite-utils query --table (terminal)": [
            shutil.which("sqlite-utils") or "sqlite-utils",
            str(db),
            QUERY,
            "--table",
        ],
        "factcheck claims list -f json": [*fc, "claims", "list", "--db", url, "-f", "json"],
        "factcheck claims list (table)": [*fc, "claims", "list", "--db", url],
        "factcheck claims list (table, terminal)": [*fc, "claims", "list", "--db", url],
        "factcheck articles list -f json": [*fc, "articles", "list", "--db", url, "-f", "json"],
        "factcheck articles list (table)": [*fc, "articles", "list", "--db", url],
        "factcheck claims show 1 -f json": [
            *fc,
            "claims",
            "show",
            "1",
            "--db",
            url,
            "-f",
            "json",
        ],
        # What any command reading the database pays before factcheck's own code runs:
        # SQLAlchemy Core and typer (read commands load neither the ORM nor pydantic).
        "floor: import sqlalchemy, typer": [sys.executable, "-c", "import sqlalchemy, typer"],
        "factcheck --version": [*fc, "--version"],
        "factcheck --help": [*fc, "--help"],
    }
    found = {name: (cmd, REPO) for name, cmd in own.items()}
    if baseline is not None:
        for name in (
            "factcheck claims list -f json",
            "factcheck claims list (table)",
            "factcheck claims list (table, terminal)",
            "factcheck articles list -f json",
            "factcheck articles list (table)",
            "factcheck claims show 1 -f json",
            "factcheck --help",
        ):
            found[f"{name} [baseline]"] = (own[name], baseline)
    return found


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(
    cmds: dict[str, tuple[list[str], Path]], rounds: int, where: Path
) -> dict[str, tuple[list, list]]:
    """Wall and CPU seconds (user + system: the fairer number on a shared machine).

    The commands run in `where` (the ledger's folder): `python -m factcheck` puts the
    working directory first on the path, and from a checkout it would run that checkout's
    code instead of the one PYTHONPATH names (--baseline)."""
    times: dict[str, tuple[list, list]] = {name: ([], []) for name in cmds}

    def run(name: str, cmd: list[str], code: Path) -> None:
        if "terminal" in name:
            on_a_terminal(cmd, _env(code), where)
        else:
            subprocess.run(cmd, env=_env(code), cwd=where, stdout=subprocess.DEVNULL, check=True)

    for name, (cmd, code) in cmds.items():  # warm the page cache and .pyc files once (_env)
        run(name, cmd, code)
    for _ in range(rounds):
        for name, (cmd, code) in cmds.items():
            start, cpu = time.perf_counter(), child_cpu()
            run(name, cmd, code)
            times[name][0].append(time.perf_counter() - start)
            times[name][1].append(child_cpu() - cpu)
    return times


def on_a_terminal(cmd: list[str], env: dict[str, str], where: Path) -> None:
    """Run with standard output on a pseudo-terminal (120 columns: COLUMNS), read whole:
    what a user at a terminal waits for (colours, rows folded to the window)."""
    leader, follower = pty.openpty()
    with subprocess.Popen(cmd, env=env, cwd=where, stdout=follower) as process:
        os.close(follower)
        with contextlib.suppress(OSError):  # EIO: the command has closed its side
            while os.read(leader, 65536):
                pass
    os.close(leader)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, cmd)


def _env(code: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(code), COLUMNS="120")
    # Every command runs from byte code, as an installed program does (pip compiles what it
    # installs: sqlite-utils' modules, SQLAlchemy's and typer's have their .pyc files). With
    # PYTHONDONTWRITEBYTECODE set, the warm-up round could not write the checkout's, and
    # each round would compile factcheck's modules again (10-20 ms) but no one else's.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="build the ledger in this folder, keep it")
    parser.add_argument("--baseline", type=Path, help="another checkout to time the same reads")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cli-startup-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.db"
    if not db.exists():
        build(db)
    times = measure(commands(db, args.baseline), args.rounds, folder)
    wall0, cpu0 = (statistics.median(v) for v in times["sqlite-utils query (JSON)"])
    print(f"medians of {args.rounds} rounds; ratio = this / sqlite-utils")
    print(f"{'command':52s} {'wall':>7s} {'ratio':>6s} {'cpu':>7s} {'ratio':>6s}")
    for name, (wall, cpu) in times.items():
        w, c = statistics.median(wall), statistics.median(cpu)
        print(f"{name:52s} {w * 1000:5.0f}ms {w / wall0:5.2f}x {c * 1000:5.0f}ms {c / cpu0:5.2f}x")
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
