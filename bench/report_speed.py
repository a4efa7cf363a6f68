"""Benchmark: HTML audit report of 1k, 5k and 10k claims — seconds and peak memory.

Builds a temporary SQLite ledger per size (synthetic article, nested claims, reviews on a
valid hash chain, evidence, denial links) with bulk inserts, then renders
`factcheck report 1 --format html` and `factcheck report --all --format html` in a fresh
child process each, so peak RSS belongs to that one report. A second child run measures
the Python heap peak with tracemalloc (slower; its time is not reported). Seconds are wall
time from the child's first factcheck import to the written file; CPU s is the child's
user+system time, the fairer number on a machine shared with other work.

Usage: python bench/report_speed.py [--sizes 1000 5000 10000] [--keep DIR]
Target: the 10,000-claim HTML report in under 5 s, memory roughly flat in the claim count.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

SENTENCE = "Official {i} said that the port handled {n} containers in week {w}. "
REVIEWERS = ("ana", "ben", "chidi", "dana")
VERDICTS = ("verified", "mostly_true", "mixed", "misleading", "false", "unverifiable")


def build_ledger(url: str, claims: int, seed: int = 7) -> None:
    """One article holding `claims` claims (every 10th sentence adds a nested claim)."""
    from sqlalchemy import insert

    from factcheck import db as database
    from factcheck.models import Article, Claim, Evidence, Link, Review, Source
    from factcheck.services.reviews import GENESIS_HASH, review_hash

    rng = random.Random(seed)
    database.upgrade(url)
    spans, parts, pos, i = [], [], 0, 0
    while len(spans) < claims:
        sentence = SENTENCE.format(i=i, n=i * 7 % 9973, w=i % 52 + 1)
        inner_start = sentence.index("the port")
        inner_end = sentence.index(" containers") + len(" containers")
        spans.append((pos + inner_start, pos + len(sentence) - 2, "said", "said"))
        if i % 10 == 0 and len(spans) < claims:
            spans.append((pos + inner_start, pos + inner_end, "asserted", None))
        parts.append(sentence)
        pos += len(sentence)
        i += 1
    text = "".join(parts)
    now = datetime.now(UTC)
    with database.session_scope(url) as session:
        session.execute(
            insert(Source),
            [{"id": k + 1, "name": f"Port official {k}", "kind": "person"} for k in range(50)],
        )
        session.execute(
            insert(Article),
            [
                {
                    "id": 1,
                    "slug": "bench",
                    "title": "Benchmark port report",
                    "outlet": "Bench Times",
                    "authors": ["A. Writer"],
                    "url": "https://bench.example/port",
                    "text": text,
                    "sha256": "0" * 64,
                }
            ],
        )
        rows = []
        for claim_id, (start, end, attribution, cue) in enumerate(spans, start=1):
            rows.append(
                {
                    "id": claim_id,
                    "article_id": 1,
                    "quote": text[start:end],
                    "start": start,
                    "end": end,
                    "prefix": text[max(0, start - 32) : start],
                    "suffix": text[end : end + 32],
                    "claim_text": text[start:end],
                    "speaker_id": claim_id % 50 + 1 if attribution == "said" else None,
                    "attribution": attribution,
                    "cue": cue,
                    "certainty": "uncommitted" if cue else "certain",
                    "status": "unverified",
                    "origin": "extracted",
                    "created_at": now - timedelta(days=rng.randint(0, 40)),
                }
            )
        reviews, prev = [], GENESIS_HASH
        for seq, claim_id in enumerate(sorted(rng.sample(range(1, claims + 1), claims // 3)), 1):
            status = rng.choice(VERDICTS)
            rows[claim_id - 1]["status"] = status
            review = {
                "id": seq,
                "seq": seq,
                "claim_id": claim_id,
                "reviewer": rng.choice(REVIEWERS),
                "status": status,
                "rationale": f"Checked against port log {seq}",
                "created_at": now - timedelta(minutes=claims - seq),
                "prev_hash": prev,
            }
            review["hash"] = prev = review_hash(**{k: review[k] for k in _HASHED})
            reviews.append(review)
        session.execute(insert(Claim), rows)
        session.execute(insert(Review), reviews)
        session.execute(
            insert(Evidence),
            [
                {
                    "claim_id": claim_id,
                    "url": f"https://log.example/{claim_id}",
                    "stance": rng.choice(("supports", "refutes", "context")),
                    "excerpt": "week total",
                    "added_by": rng.choice(REVIEWERS),
                }
                for claim_id in rng.sample(range(1, claims + 1), claims // 5)
            ],
        )
        session.execute(
            insert(Link),
            [
                {"from_claim_id": c + 1, "to_claim_id": c, "relation": "denies", "created_by": "b"}
                for c in range(1, claims, 100)
            ],
        )
    database.get_engine(url).dispose()


_HASHED = ("seq", "claim_id", "reviewer", "status", "rationale", "created_at", "prev_hash")


def measure(url: str, out: Path, args: list[str], trace: bool) -> dict:
    """Run in a child: one report through the CLI, with its time and peak memory."""
    code = (
        "import json, resource, sys, time, tracemalloc\n"
        f"trace = {trace!r}\n"
        "if trace: tracemalloc.start()\n"
        "start = time.perf_counter()\n"
        "from factcheck.cli import app\n"
        f"app({[*args, '--output', str(out), '--db', url]!r}, standalone_mode=False)\n"
        "seconds = time.perf_counter() - start\n"
        "peak = tracemalloc.get_traced_memory()[1] if trace else None\n"
        "usage = resource.getrusage(resource.RUSAGE_SELF)\n"
        "cpu = usage.ru_utime + usage.ru_stime\n"
        "print(json.dumps({'seconds': seconds, 'cpu': cpu, 'rss_kb': usage.ru_maxrss,"
        " 'heap_peak': peak}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--keep", type=Path, help="Keep databases and reports in this folder.")
    options = parser.parse_args()
    workdir = options.keep or Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    header = f"{'claims':>7} {'report':>8} {'seconds':>8} {'CPU s':>6} {'peak RSS MB':>12} "
    print(header + f"{'heap peak MB':>13} {'HTML MB':>8}")
    for size in options.sizes:
        url = f"sqlite:///{workdir / f'bench-{size}.db'}"
        (workdir / f"bench-{size}.db").unlink(missing_ok=True)
        started = time.perf_counter()
        build_ledger(url, size)
        print(f"# built {size} claims in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        for name, args in (("article", ["report", "1"]), ("corpus", ["report", "--all"])):
            out = workdir / f"{name}-{size}.html"
            timed = measure(url, out, [*args, "--format", "html"], trace=False)
            traced = measure(url, out, [*args, "--format", "html"], trace=True)
            print(
                f"{size:>7} {name:>8} {timed['seconds']:>8.2f} {timed['cpu']:>6.2f} "
                f"{timed['rss_kb'] / 1024:>12.1f} "
                f"{traced['heap_peak'] / 2**20:>13.1f} {out.stat().st_size / 2**20:>8.1f}"
            )
    if not options.keep:
        import shutil

        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
