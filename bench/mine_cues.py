#!/usr/bin/env python3
"""Mine the attribution-cue lexicon of news from an annotated corpus (PolNeAR's brat layout).

For every gold cue it finds the head word (the cue token highest in the parse) and counts its
lemma; for every lemma it also counts how often that word occurs in the split at all, so the
lexicon carries each cue's frequency and how often the word is a cue when it occurs
(its cue rate). The corpus is third-party data: it is read from ../shared and nothing of its
text is written, only lemma counts.

  python bench/mine_cues.py --split train [--limit N] [--min-count 3] [--output cues.tsv]
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "corpus" / "polnear"
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))


def _documents(data: Path, split: str):
    from score_news import documents  # the scorer's own reader of the corpus

    return list(documents(data, split))


def head_token(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def mine(data: Path, split: str, limit: int):
    from factcheck.extract import load_nlp

    nlp = load_nlp()
    docs = _documents(data, split)[: limit or None]
    cue_counts: collections.Counter = collections.Counter()
    word_counts: collections.Counter = collections.Counter()
    texts = [path.read_text(encoding="utf-8") for path, _ in docs]
    for doc, (_, gold) in zip(nlp.pipe(texts, batch_size=16), docs, strict=True):
        for tok in doc:
            if tok.pos_ in ("VERB", "NOUN", "ADJ", "ADV", "ADP", "PROPN"):
                word_counts[(tok.lemma_.lower(), tok.pos_)] += 1
        seen = set()
        for g in gold:
            for start, end in g["cue"][-1:]:
                tok = head_token(doc, start, end)
                if tok is not None and tok.i not in seen:
                    seen.add(tok.i)
                    cue_counts[(tok.lemma_.lower(), tok.pos_)] += 1
    return cue_counts, word_counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="train")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--output", type=Path, help="write lemma, pos, cue count, word count, rate")
    args = ap.parse_args()
    cues, words = mine(args.data, args.split, args.limit)
    rows = sorted(((lem, pos, n, words[(lem, pos)], n / max(words[(lem, pos)], 1))
                   for (lem, pos), n in cues.items() if n >= args.min_count),
                  key=lambda r: -r[2])
    with open(args.output or "/dev/stdout", "w", newline="") as out:
        writer = csv.writer(out, delimiter="\t")
        writer.writerow(["lemma", "pos", "as_cue", "occurrences", "cue_rate"])
        for lem, pos, n, total, rate in rows:
            writer.writerow([lem, pos, n, total, f"{rate:.2f}"])


if __name__ == "__main__":
    main()
