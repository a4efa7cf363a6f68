"""Ranking metrics for check-worthiness: average precision, precision at k, R-precision."""

from __future__ import annotations

from collections.abc import Sequence


def ranked(scores: Sequence[float], labels: Sequence[int]) -> list[int]:
    """Labels in score order, highest first; ties keep the input order (stable)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    return [labels[i] for i in order]


def average_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    hits, total = 0, 0.0
    for rank, label in enumerate(ranked(scores, labels), 1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def precision_at(scores: Sequence[float], labels: Sequence[int], k: int = 10) -> float:
    top = ranked(scores, labels)[:k]
    return sum(top) / k if k else 0.0


def r_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    r = sum(1 for x in labels if x)
    return precision_at(scores, labels, r) if r else 0.0


def summary(groups: Sequence[tuple[Sequence[float], Sequence[int]]]) -> dict[str, float]:
    """MAP, mean P@10 and mean R-precision over groups (debates, articles) with a positive."""
    kept = [(s, y) for s, y in groups if any(y)]
    n = len(kept) or 1
    return {
        "MAP": sum(average_precision(s, y) for s, y in kept) / n,
        "P@10": sum(precision_at(s, y, 10) for s, y in kept) / n,
        "R-prec": sum(r_precision(s, y) for s, y in kept) / n,
        "groups": len(kept),
    }
