"""Fit the shipped check-worthiness weights on ClaimBuster and report held-out ranking.

    pip install -e ".[train]"   # scikit-learn, at training time only
    PYTHONPATH=. python3 scripts/train_checkworthiness.py [--write]

Data: ../shared/corpus/claimbuster/sentences.json (Arslan, Hassan, Li and Tremayne, "A Benchmark
Dataset of Check-worthy Factual Claims", ICWSM 2020): U.S. presidential debate sentences
labelled check-worthy or not. Only fitted weights ship (factcheck/triage/weights.json), never
its sentences. Blocks of 1,000 sentence ids stand in for debates (the ids run through the
transcripts in order); every fifth block is held out. The evaluation runs as the benchmark
does: each pseudo-debate goes through the Extractor, one sentence a paragraph, and sentences
are ranked by the highest score of their claims (no claim: last). The extracted claims are
cached (scripts/claimbuster_claims.py) so re-fitting does not re-parse.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from claimbuster_claims import debates  # noqa: E402

from factcheck.triage.features import (  # noqa: E402
    PHRASE_PREFIX,
    WORD_PREFIX,
    bigrams,
    claim_features,
    tokenize,
)
from factcheck.triage.metrics import summary  # noqa: E402
from factcheck.triage.model import SHIPPED, TriageModel  # noqa: E402

HELD_OUT = 2  # blocks with block % 5 == HELD_OUT
LATEST = 28  # --split latest: blocks 28-34, the last debates of the set
MODERATOR_LINES = REPO / "scripts" / "data" / "moderator_lines.txt"


def _held_out(block: int, split: str) -> bool:
    return block >= LATEST if split == "latest" else block % 5 == HELD_OUT


def claims_cache(path: Path) -> dict[int, dict]:
    if not path.exists():
        sys.exit(f"{path} missing: run scripts/claimbuster_claims.py --out {path} first")
    return {int(k): v for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def vocabulary(rows: list[dict], min_df: int, min_phrase_df: int) -> frozenset[str]:
    """Words in at least min_df sentences, word pairs in min_phrase_df; not names (mostly
    capitalised mid-sentence), which would tie the ranking to the people of these debates
    rather than to what is said."""
    df: dict[str, int] = {}
    capital: dict[str, int] = {}
    for row in rows:
        tokens = tokenize(row["text"])
        lows = [t.lower() for t in tokens]
        for key in {WORD_PREFIX + w for w in lows} | set(bigrams(lows)):
            df[key] = df.get(key, 0) + 1
        for t in tokens[1:]:
            if t[:1].isupper() and t != "I":
                capital[t.lower()] = capital.get(t.lower(), 0) + 1

    def name(word: str) -> bool:
        return capital.get(word, 0) >= 0.5 * df.get(WORD_PREFIX + word, 1)

    keep = set()
    for key, n in df.items():
        if key.startswith(WORD_PREFIX):
            word = key[len(WORD_PREFIX) :]
            if n >= min_df and word.isalpha() and not name(word):
                keep.add(key)
        elif n >= min_phrase_df and not any(map(name, key[len(PHRASE_PREFIX) :].split())):
            keep.add(key)
    return frozenset(keep)


def own_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def examples(
    blocks, cache, vocab, mode: str, extra: list[str] = (), repeat: int = 10
) -> tuple[list[dict], list[int]]:
    """Feature dicts and labels: whole sentences, extracted claims, or both; plus our own
    moderator lines as negatives (repeated: a few dozen against thousands of sentences)."""
    xs = [claim_features(t, vocabulary=vocab).values for t in extra for _ in range(repeat)]
    ys = [0] * len(xs)
    for b, rows in blocks.items():
        if mode in ("sentences", "both"):
            for row in rows:
                xs.append(claim_features(row["text"], vocabulary=vocab).values)
                ys.append(row["label"])
        if mode in ("claims", "both"):
            labels = cache[b]["labels"]
            for c in cache[b]["claims"]:
                xs.append(_claim_feats(c, vocab).values)
                ys.append(labels[c["sentence"]])
    return xs, ys


def _claim_feats(c: dict, vocab):
    return claim_features(c["quote"], c["attribution"], c["speaker_kind"], c["direct_quote"], vocab)


def rank_groups(cache, blocks, score) -> list[tuple[list[float], list[int]]]:
    """Per debate: each sentence's highest claim score (0 without a claim) and its label."""
    groups = []
    for b in blocks:
        labels = cache[b]["labels"]
        best = [0.0] * len(labels)
        for c in cache[b]["claims"]:
            best[c["sentence"]] = max(best[c["sentence"]], score(c))
        groups.append((best, labels))
    return groups


def fit(xs, ys, c_value: float) -> TriageModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform(xs)
    lr = LogisticRegression(C=c_value, max_iter=3000, class_weight="balanced")
    lr.fit(X, ys)
    weights = dict(zip(vec.get_feature_names_out(), lr.coef_[0], strict=True))
    return TriageModel(float(lr.intercept_[0]), {k: float(v) for k, v in weights.items()})


def pruned(model: TriageModel, min_word: float, meta: dict) -> TriageModel:
    """Round, and drop word weights too small to matter (keeps the file small)."""
    keep = {
        k: round(v, 4)
        for k, v in model.weights.items()
        if abs(v) >= (min_word if k.startswith((WORD_PREFIX, PHRASE_PREFIX)) else 1e-4)
    }
    return TriageModel(round(model.bias, 4), keep, meta)


def evaluate(model: TriageModel, cache, blocks) -> dict[str, float]:
    return summary(
        rank_groups(
            cache,
            blocks,
            lambda c: model.margin(
                model.features(c["quote"], c["attribution"], c["speaker_kind"], c["direct_quote"])
            ),
        )
    )


def show(name: str, m: dict[str, float]) -> None:
    print(
        f"{name:34s} MAP {m['MAP']:.3f}  P@10 {m['P@10']:.3f}  R-prec {m['R-prec']:.3f}"
        f"  ({m['groups']} debates)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/cb_claims_old.json"))
    parser.add_argument("--mode", choices=["sentences", "claims", "both"], default="both")
    parser.add_argument("--C", type=float, default=0.1)
    parser.add_argument("--min-df", type=int, default=8)
    parser.add_argument(
        "--split",
        choices=["fifth", "latest"],
        default="fifth",
        help="Hold out every fifth block, or the seven latest (the most recent debates).",
    )
    parser.add_argument("--min-phrase-df", type=int, default=25)
    parser.add_argument("--min-word", type=float, default=0.05)
    parser.add_argument("--no-words", action="store_true", help="Explainable features only.")
    parser.add_argument(
        "--moderator",
        type=Path,
        default=MODERATOR_LINES,
        help="Own moderator lines, label 0 ('' for none).",
    )
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--write", action="store_true", help=f"Fit on all blocks, write {SHIPPED}")
    args = parser.parse_args()

    all_blocks = debates()
    cache = claims_cache(args.cache)
    held = [b for b in all_blocks if _held_out(b, args.split)]
    train = {b: r for b, r in all_blocks.items() if b not in held}
    rows = [r for rs in train.values() for r in rs]
    vocab = frozenset() if args.no_words else vocabulary(rows, args.min_df, args.min_phrase_df)

    rng = random.Random(12)
    groups = rank_groups(cache, held, lambda c: 0.0)
    show("random ranking", summary([([rng.random() for _ in y], y) for _, y in groups]))
    show("old scorer (hand-set weights)", summary(rank_groups(cache, held, lambda c: c["score"])))
    extra = own_lines(args.moderator) if str(args.moderator) not in ("", ".") else []
    model = fit(*examples(train, cache, vocab, args.mode, extra, args.repeat), args.C)
    show(f"new model ({args.mode}, C={args.C})", evaluate(model, cache, held))
    small = pruned(model, args.min_word, {})
    show(f"new model, pruned ({len(small.weights)} w)", evaluate(small, cache, held))
    if args.write:
        rows = [r for rs in all_blocks.values() for r in rs]
        vocab = frozenset() if args.no_words else vocabulary(rows, args.min_df, args.min_phrase_df)
        data = examples(all_blocks, cache, vocab, args.mode, extra, args.repeat)
        final = fit(*data, args.C)
        meta = {
            "description": "Check-worthiness logistic regression over explainable features "
            "(factcheck.triage.features), fitted by scripts/train_checkworthiness.py.",
            "dataset": "ClaimBuster (Arslan, Hassan, Li and Tremayne, ICWSM 2020), "
            "two-class sentences of U.S. presidential debates 1960-2016",
            "training": {
                "mode": args.mode,
                "C": args.C,
                "min_df": args.min_df,
                "examples": len(examples(all_blocks, cache, vocab, args.mode)[1]),
            },
        }
        final = pruned(final, args.min_word, meta)
        SHIPPED.write_text(
            json.dumps(final.to_json(), indent=0, sort_keys=False) + "\n", encoding="utf-8"
        )
        print(
            f"wrote {SHIPPED} ({len(final.weights)} weights, {SHIPPED.stat().st_size // 1024} KB)"
        )


if __name__ == "__main__":
    main()
