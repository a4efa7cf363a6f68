"""Benchmark: how well check-worthiness ranks the sentences of labelled transcripts or articles.

    python bench/checkworthiness.py [DIR ...] [--ledger-db URL] [--show 5]

Each .txt file in DIR is one transcript or article, one sentence a line as LABEL<TAB>SENTENCE
(1: check-worthy, 0: not; lines starting with # are comments). Like the debate benchmark,
every file goes through the Extractor with one sentence a paragraph, and its sentences are
ranked by the highest check-worthiness of their claims (a sentence without a claim ranks
last). Prints MAP over files, mean P@10 and mean R-precision, beside a random ranking's.
Default DIR: bench/data/checkworthiness (texts written for factcheck).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factcheck.triage.metrics import summary  # noqa: E402

DEFAULT_DIR = REPO / "bench" / "data" / "checkworthiness"


def read_labelled(path: Path) -> tuple[list[str], list[int]]:
    sentences, labels = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, sentence = line.partition("\t")
        if not sep or label.strip() not in ("0", "1") or not sentence.strip():
            sys.exit(f"{path}:{number}: expected LABEL<TAB>SENTENCE with LABEL 0 or 1")
        sentences.append(sentence.strip())
        labels.append(int(label))
    return sentences, labels


def transcript(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """One sentence a paragraph, and where each sentence stands in the text."""
    text, spans = "", []
    for s in sentences:
        if text:
            text += "\n\n"
        spans.append((len(text), len(text) + len(s)))
        text += s
    return text, spans


def sentence_scores(claims, spans: list[tuple[int, int]], score) -> list[float]:
    best = [0.0] * len(spans)
    k = 0
    for c in sorted(claims, key=lambda c: c.start):
        while k + 1 < len(spans) and c.start >= spans[k + 1][0]:
            k += 1
        best[k] = max(best[k], score(c))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT_DIR])
    parser.add_argument("--ledger-db", help="Score with this ledger's `triage fit` weights.")
    parser.add_argument("--show", type=int, default=0, help="Print each file's top sentences.")
    args = parser.parse_args()
    files = sorted(p for d in args.dirs for p in (d.glob("*.txt") if d.is_dir() else [d]))
    if not files:
        sys.exit("no .txt files found")
    score = _scorer(args.ledger_db)
    from factcheck.extract import Extractor

    extractor = Extractor()
    docs = [(p, *read_labelled(p)) for p in files]
    items = ((p.name, transcript(s)[0], None) for p, s, _ in docs)
    groups = []
    for (path, sentences, labels), result in zip(docs, extractor.extract_many(items), strict=True):
        scores = sentence_scores(result.claims, transcript(sentences)[1], score)
        groups.append((scores, labels))
        if args.show:
            print(f"{path.name}:")
            for s, y, text in sorted(
                zip(scores, labels, sentences, strict=True), key=lambda t: -t[0]
            )[: args.show]:
                print(f"  {s:.3f} {y} {text[:90]}")
    _print("checkworthiness", summary(groups))
    _print("random (mean of 200)", _random(groups))


def _scorer(ledger_db: str | None):
    if not ledger_db:
        return lambda c: c.checkworthiness
    from factcheck.db import session_scope
    from factcheck.services.triage import active_model

    with session_scope(ledger_db, read_only=True) as session:
        model = active_model(session)
    return lambda c: model.score(c.quote, c.attribution, c.speaker_kind, c.direct_quote)


def _random(groups) -> dict[str, float]:
    rng = random.Random(12)
    runs = [summary([([rng.random() for _ in y], y) for _, y in groups]) for _ in range(200)]
    return {k: sum(r[k] for r in runs) / len(runs) for k in runs[0]}


def _print(name: str, m: dict[str, float]) -> None:
    print(
        f"{name:22s} MAP {m['MAP']:.3f}  P@10 {m['P@10']:.3f}  R-prec {m['R-prec']:.3f}"
        f"  ({int(m['groups'])} files)"
    )


if __name__ == "__main__":
    main()
