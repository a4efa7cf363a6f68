#!/usr/bin/env python3
"""Mine the attribution-cue lexicon of news from an annotated corpus (PolNeAR's brat layout).

For every gold cue it finds the head word (the cue token highest in the parse) and counts its
lemma; for every lemma it also counts how often the word occurs at all, and, where the word is
a verb heading a clause with a subject (or a head it inherits one from) and a content argument,
outside quotation marks and outside another cue's content, how often that use is a cue (the
top-level rate: what a rule "this verb frames its clause" would get right). The corpus is
third-party data: it is read from ../shared and nothing of its text is written, only counts.

  python bench/mine_cues.py --split train [--limit N] [--min-count 8] [--markdown FILE.md]
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

CONTENT = {"ccomp", "xcomp", "dobj", "prep", "attr", "oprd", "dative"}
INHERITS_SUBJECT = {"relcl", "acl", "advcl", "conj", "xcomp"}
HEADER = """# The cue lexicon of news, with its frequencies

Mined by `python bench/mine_cues.py --split train --markdown docs/cue_lexicon.md` from PolNeAR's
train split (840 US election articles, 2015-16, seven publishers; third-party data read from
`../shared`, nothing of its text is kept here). For each verb heading annotated cues: how often it
is a cue (`as cue`), how often it occurs (`occurs`), and, where it heads a clause with a subject
and a content argument outside quotation marks and outside another cue's content, the share of
those uses that are annotated cues (`top-level rate`). `class` is the attribution factcheck
gives it (`—`: no cue for factcheck: a light verb, the article's own hedge, or too ambiguous).
The word lists live in `factcheck/extract/lexicon.py`, grouped by meaning and completed with
near synonyms, so that the classes, not this corpus, decide.

| lemma | as cue | occurs | top-level rate | class |
|---|---:|---:|---:|---|
"""


def _documents(data: Path, split: str):
    from score_news import documents  # the scorer's own reader of the corpus

    return list(documents(data, split))


def _head(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _marked(doc, gold) -> tuple[set[int], set[int]]:
    """Token indexes inside gold cues; character offsets inside gold contents."""
    cues, content = set(), set()
    for g in gold:
        for start, end in g["cue"]:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                cues.update(t.i for t in span)
        for start, end in g["content"]:
            content.update(range(start, end))
    return cues, content


def _top_level_use(tok, in_quote) -> bool:
    if tok.pos_ != "VERB" or in_quote(tok.idx):
        return False
    has_subject = any(c.dep_ == "nsubj" for c in tok.children)
    if not (has_subject or tok.dep_ in INHERITS_SUBJECT):
        return False
    return any(c.dep_ in CONTENT for c in tok.children)


def mine(data: Path, split: str, limit: int):
    from factcheck.extract import load_nlp
    from factcheck.extract.text_units import quote_regions

    nlp = load_nlp()
    docs = _documents(data, split)[: limit or None]
    counts = collections.defaultdict(collections.Counter)
    texts = [path.read_text(encoding="utf-8") for path, _ in docs]
    for doc, (_, gold) in zip(nlp.pipe(texts, batch_size=16), docs, strict=True):
        regions = quote_regions(doc.text)

        def in_quote(pos, regions=regions):
            return any(a <= pos < b for a, b in regions)

        cue_tokens, content = _marked(doc, gold)
        heads = {h.i for g in gold for s, e in g["cue"][-1:] if (h := _head(doc, s, e))}
        for tok in doc:
            lemma = tok.lemma_.lower()
            c = counts[(lemma, tok.pos_)]
            c["occurs"] += 1
            c["as_cue"] += tok.i in heads
            if _top_level_use(tok, in_quote):
                if tok.i in cue_tokens:
                    c["top_cue"] += 1
                elif tok.idx not in content:
                    c["top_other"] += 1
    return counts


def attribution_class(lemma: str) -> str:
    from factcheck.extract.cues import cue_class

    return cue_class(lemma) or "—"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="train")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--min-count", type=int, default=8)
    ap.add_argument("--markdown", type=Path, help="write the lexicon table here")
    args = ap.parse_args()
    counts = mine(args.data, args.split, args.limit)
    rows = sorted(
        (
            (lemma, c)
            for (lemma, pos), c in counts.items()
            if pos == "VERB" and c["as_cue"] >= args.min_count
        ),
        key=lambda r: -r[1]["as_cue"],
    )
    lines = []
    for lemma, c in rows:
        top = c["top_cue"] + c["top_other"]
        rate = f"{c['top_cue'] / top:.2f}" if top else ""
        lines.append((lemma, c["as_cue"], c["occurs"], rate, attribution_class(lemma)))
    if args.markdown:
        body = "".join(f"| {a} | {b} | {c} | {d} | {e} |\n" for a, b, c, d, e in lines)
        args.markdown.write_text(HEADER + body, encoding="utf-8")
        return
    writer = csv.writer(sys.stdout, delimiter="\t")
    writer.writerow(["lemma", "as_cue", "occurrences", "top_level_rate", "class"])
    writer.writerows(lines)


if __name__ == "__main__":
    main()
