"""Benchmark: extract one very long article (default 5 MB) and sample resident memory.

    python bench/long_article.py [--mb 5] [--single-line] [--ingest]

The article is synthetic news prose (bench/synthetic.py style: made up here, no corpus
text), written as paragraphs or, with --single-line, as one line with no break at all.
Prints the peak RSS while parsing next to the RSS after loading the model, the time, and
checks every claim's offsets against the text. With --ingest, runs `factcheck ingest` on
the article (written to a temporary folder, fresh SQLite ledger) in a child process and
prints its peak RSS and time instead.
"""

from __future__ import annotations

import argparse
import resource
import threading
import time


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


SENTENCES = (
    "The port authority said on {day} that {n} ships were waiting to unload.",
    "Dock workers denied that the strike had caused the delay.",
    "According to the shipping ministry, exports fell by {n} percent in {month}.",
    "Union leaders reportedly plan a second walkout before the end of {month}.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("March", "April", "May", "June")


def article(chars: int, single_line: bool) -> str:
    parts, size, i = [], 0, 0
    while size < chars:
        para = " ".join(
            s.format(day=DAYS[i % 5], n=10 + i % 90, month=MONTHS[i % 4]) for s in SENTENCES
        )
        parts.append(para)
        size += len(para) + 2
        i += 1
    return (" " if single_line else "\n\n").join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--single-line", action="store_true")
    parser.add_argument("--ingest", action="store_true")
    args = parser.parse_args()
    if args.ingest:
        ingest(article(int(args.mb * 1_000_000), args.single_line))
        return
    from factcheck.extract import Extractor, load_nlp

    extractor = Extractor(load_nlp())
    extractor.extract("The minister said the port was open.")  # warm up
    text = article(int(args.mb * 1_000_000), args.single_line)
    base = rss_mb()
    peak = [base]
    running = True

    def sample() -> None:
        while running:
            peak[0] = max(peak[0], rss_mb())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    began = time.perf_counter()
    result = extractor.extract(text, name="long.txt")
    seconds = time.perf_counter() - began
    running = False
    sampler.join()
    bad = sum(1 for c in result.claims if text[c.start : c.end] != c.quote)
    print(
        f"{len(text):,} chars ({'one line' if args.single_line else 'paragraphs'}): "
        f"{len(result.claims):,} claims in {seconds:.0f} s; RSS after model load "
        f"{base:.0f} MB, peak while extracting {peak[0]:.0f} MB; offset mismatches: {bad}"
    )


def ingest(text: str) -> None:
    import os
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text(text, encoding="utf-8")
        env["FACTCHECK_DB"] = f"sqlite:///{folder}/bench.db"
        subprocess.run(
            [sys.executable, "-m", "factcheck", "init"], env=env, check=True, capture_output=True
        )
        began = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", "ingest", str(path), "-f", "json"],
            env=env,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1000
    print(
        f"ingest of {len(text):,} chars: exit {done.returncode} in {seconds:.0f} s, "
        f"peak RSS {peak:.0f} MB; {done.stdout.strip()[:200]}"
    )


if __name__ == "__main__":
    main()
