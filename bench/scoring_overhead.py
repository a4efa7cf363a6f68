"""Benchmark: what check-worthiness scoring adds to `extract` time.

    python bench/scoring_overhead.py [DIR ...] [--copies 3] [--rounds 3]

Texts: the given folders (default: ../shared/corpus/articles, examples/ and the labelled
transcripts of bench/data/checkworthiness, labels stripped). Two measures on the same loaded
model and texts:
  inside   the time spent in the scorer during a normal extract run, summed by a timer
           around each call, as a share of the whole run;
  a/b      extract runs with the scorer and with it replaced by a constant, alternated
           --rounds times; the difference of the best runs (noisy on a shared machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_DIRS = [REPO.parent / "shared" / "corpus" / "articles", REPO / "examples"]
LABELLED = REPO / "bench" / "data" / "checkworthiness"


def load_texts(dirs: list[Path], copies: int) -> list[tuple[str, str, None]]:
    from factcheck.documents import iter_document_paths, read_document

    texts = [read_document(p) for p in iter_document_paths([d for d in dirs if d.exists()])]
    items = [(d.name, d.text) for d in texts]
    for path in sorted(LABELLED.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        body = [ln.split("\t", 1)[1] for ln in lines if "\t" in ln and not ln.startswith("#")]
        items.append((path.name, "\n\n".join(body)))
    return [(f"{i}_{n}", f"{t}\n\nCopy {i}.", None) for i in range(copies) for n, t in items]


def run(extractor, texts) -> tuple[float, int]:
    started = time.perf_counter()
    claims = sum(len(r.claims) for r in extractor.extract_many(texts))
    return time.perf_counter() - started, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import factcheck.extract.extractor as extractor_module
    from factcheck.extract import Extractor

    texts = load_texts(args.dirs, args.copies)
    extractor = Extractor()
    real = extractor_module.checkworthiness
    run(extractor, texts[:5])  # warm up the model

    spent = [0.0]

    def timed(*a, **k):
        t0 = time.perf_counter()
        try:
            return real(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t0

    extractor_module.checkworthiness = timed
    total, claims = run(extractor, texts)
    extractor_module.checkworthiness = real
    print(f"{len(texts)} texts, {claims} claims, extract {total:.2f} s")
    print(
        f"inside: scoring {spent[0] * 1000:.1f} ms = {100 * spent[0] / total:.2f}% of extract "
        f"({1e6 * spent[0] / max(claims, 1):.0f} µs a claim)"
    )

    with_score, without = [], []
    for _ in range(args.rounds):
        with_score.append(run(extractor, texts)[0])
        extractor_module.checkworthiness = lambda *a, **k: 0.0
        without.append(run(extractor, texts)[0])
        extractor_module.checkworthiness = real
    a, b = min(with_score), min(without)
    print(
        f"a/b: best of {args.rounds} with scoring {a:.2f} s, without {b:.2f} s "
        f"({100 * (a - b) / b:+.2f}%)"
    )


if __name__ == "__main__":
    main()
