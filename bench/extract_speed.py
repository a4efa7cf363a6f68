"""Benchmark: batch extraction and ingest throughput against bare nlp.pipe, and peak memory.

    python bench/extract_speed.py [DIR ...] [--copies 30] [--batch-size 16] [--workers 2]

Texts come from the given directories (default: ../shared/corpus/articles and examples/);
each is repeated --copies times (each copy made distinct so ingest cannot skip it). The same
loaded model and components run three ways in one process, on the same texts:
  bare     nlp.pipe(texts) with nothing done on the docs
  extract  Extractor.extract_many (parse + claim rules + JSON-ready results)
  ingest   `factcheck ingest DIR --workers 1` into a fresh SQLite file (read, extract, store)
  pool     extract_in_order with --workers processes (forked from this one, model shared)
  ingestN  `factcheck ingest DIR --workers N` into a fresh SQLite file
Ratios are throughput relative to bare. Resident memory is sampled along the extract run to
show whether it grows with the number of articles.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [REPO.parent / "shared" / "corpus" / "articles", REPO / "examples"]


def rss_mb() -> float:
    """Current resident set size (Linux), in MB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def load_texts(dirs: list[Path], copies: int) -> list[tuple[str, str]]:
    from factcheck.documents import iter_document_paths, read_document

    base = [read_document(p) for p in iter_document_paths([d for d in dirs if d.exists()])]
    if not base:
        sys.exit("no articles found; pass a directory of .txt/.md/.html files")
    return [
        (f"{i:05d}_{doc.name}", f"{doc.text}\n\nCopy {i} of this article.")
        for i in range(copies)
        for doc in base
    ]


CPU: dict[str, float] = {}


def cpu_seconds() -> float:
    """CPU time of this process and of its ended children (pool workers are reaped)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(label: str, fn) -> float:
    """Wall time of fn; its CPU time (all processes) is kept, the lowest of the rounds."""
    started, cpu = time.perf_counter(), cpu_seconds()
    fn()
    elapsed, used = time.perf_counter() - started, cpu_seconds() - cpu
    CPU[label] = min(CPU.get(label, used), used)
    print(f"{label:8s} {elapsed:7.2f} s  cpu {used:7.2f} s", flush=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument(
        "--rounds", type=int, default=2, help="interleaved rounds; the best time of each counts"
    )
    parser.add_argument("--workers", type=int, default=2, help="processes of the pool modes")
    args = parser.parse_args()

    from factcheck.extract import Extractor, load_nlp

    nlp = load_nlp()
    extractor = Extractor(nlp)
    items = load_texts(args.dirs, args.copies)
    texts = [text for _, text in items]
    words = sum(len(t.split()) for t in texts)
    print(
        f"{len(items)} articles, {words:,} words, model {nlp.meta['name']} "
        f"{nlp.meta['version']}, components {nlp.pipe_names}"
    )
    list(nlp.pipe(texts[:8]))  # warm up

    samples: list[float] = []

    def run_bare() -> None:
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass

    def run_extract() -> None:
        samples.clear()
        stream = ((name, text, None) for name, text in items)
        for n, _result in enumerate(extractor.extract_many(stream, batch_size=args.batch_size)):
            if n % max(1, len(items) // 10) == 0:
                samples.append(rss_mb())

    def run_pool() -> None:
        from factcheck.extract.parallel import extract_in_order

        stream = ((None, name, text, None) for name, text in items)
        for _ in extract_in_order(
            extractor, stream, workers=args.workers, batch_size=args.batch_size
        ):
            pass

    # Interleaved rounds, best of each: a busy neighbour slows one run, not one mode.
    n = args.workers
    best = dict.fromkeys(["bare", "extract", "ingest", "pool", f"ingest{n}"], float("inf"))
    runs = {
        "bare": run_bare,
        "extract": run_extract,
        "ingest": lambda: ingest_fresh(items, 1),
        "pool": run_pool,
        f"ingest{n}": lambda: ingest_fresh(items, n),
    }
    for round_number in range(1, args.rounds + 1):
        print(f"round {round_number}")
        for mode, run in runs.items():
            best[mode] = min(best[mode], timed(mode, run))

    bare = best["bare"]
    print(f"\nthroughput vs bare nlp.pipe (one process), {n} workers in the pool modes:")
    for mode, seconds in best.items():
        rate = len(items) / seconds
        per_article = CPU[mode] / len(items) * 1000
        print(
            f"  {mode:8s} {seconds:7.2f} s  {bare / seconds:5.2f}x  {rate:6.1f} articles/s"
            f"  cpu {CPU[mode]:7.2f} s ({CPU[mode] / CPU['bare']:.2f}x bare's,"
            f" {per_article:.0f} ms an article)"
        )
    # On two idle cores, work spread evenly with nothing waiting runs this much faster
    # than bare: what the CPU times allow, whatever the neighbours did to the wall times.
    cores = min(n, os.cpu_count() or 1)
    print(f"  {n}-worker ceiling from CPU: {cores * CPU['bare'] / CPU[f'ingest{n}']:.2f}x bare")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    report_workers()
    print("RSS during extract (MB), 10 samples: " + " ".join(f"{s:.0f}" for s in samples))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the whole run: {peak:.0f} MB")


def report_workers() -> None:
    """Memory of each pool worker as it last reported (VmHWM: peak resident, shared model
    pages included; Pss: its proportional share, what each worker really adds)."""
    from factcheck.extract.parallel import WORKER_MEMORY

    for memory in WORKER_MEMORY.values():
        print(
            f"worker {memory['pid']}: peak RSS {memory.get('VmHWM', 0):.0f} MB, "
            f"RSS {memory.get('VmRSS', 0):.0f} MB, PSS {memory.get('Pss', 0):.0f} MB"
        )


def ingest_fresh(items: list[tuple[str, str]], workers: int = 1) -> None:
    """`factcheck ingest` of the texts, as files, into a new SQLite database."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for name, text in items:
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        run_ingest(folder, f"sqlite:///{Path(tmp) / 'bench.db'}", workers)


def run_ingest(folder: Path, url: str, workers: int = 1) -> None:
    from typer.testing import CliRunner

    from factcheck import db
    from factcheck.cli import app

    db.upgrade(url)
    command = ["ingest", str(folder), "--db", url, "--format", "json", "--workers", str(workers)]
    result = CliRunner().invoke(app, command)
    if result.exit_code != 0:
        sys.exit(f"ingest failed: {result.output[-2000:]}")


if __name__ == "__main__":
    main()
