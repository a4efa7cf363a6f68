"""Re-fit the check-worthiness weights on a ledger's labels, the current weights as the prior.

Plain Python (no scikit-learn at run time): a logistic regression whose penalty pulls every
weight towards its prior value, fitted by majorise-minimise steps. With few labels the
model stays near the prior; features the reviewers' labels agree on move the most.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from factcheck.triage.metrics import average_precision
from factcheck.triage.model import TriageModel, sigmoid

Example = tuple[dict[str, float], int]
BIAS_STRENGTH = 0.01


def fit_with_prior(
    examples: Sequence[Example],
    prior: TriageModel,
    *,
    strength: float = 1.0,
    iterations: int = 300,
) -> TriageModel:
    """Weights minimising log-loss + strength/2 * |w - prior|^2 (the bias pulled weakly).

    Majorise-minimise steps: each weight moves by its gradient over a curvature bound that
    holds whatever the other weights do (0.25 * |x_k| * |x|_1 summed over examples), so the
    loss falls at every step even when features go together ("promised" and "mayor").
    """
    w = dict(prior.weights)
    bias = prior.bias
    # Balance the classes as the shipped fit does, so a ledger that dismisses more than it
    # verifies does not simply push every score down.
    pos = sum(1 for _, y in examples if y) or 1
    neg = (len(examples) - pos) or 1
    weight_of = {1: len(examples) / (2 * pos), 0: len(examples) / (2 * neg)}
    bound: dict[str, float] = {}
    bias_bound = BIAS_STRENGTH
    for x, y in examples:
        c = 0.25 * weight_of[1 if y else 0] * (1.0 + sum(abs(v) for v in x.values()))
        bias_bound += c
        for k, v in x.items():
            bound[k] = bound.get(k, 0.0) + c * abs(v)
    for _ in range(iterations):
        grad: dict[str, float] = {}
        g_bias = BIAS_STRENGTH * (bias - prior.bias)
        for x, y in examples:
            p = sigmoid(bias + sum(w.get(k, 0.0) * v for k, v in x.items()))
            err = weight_of[1 if y else 0] * (p - y)
            g_bias += err
            for k, v in x.items():
                grad[k] = grad.get(k, 0.0) + err * v
        step = g_bias / bias_bound
        bias -= step
        biggest = abs(step)
        for k, g in grad.items():
            g += strength * (w.get(k, 0.0) - prior.weights.get(k, 0.0))
            step = g / (bound[k] + strength)
            w[k] = w.get(k, 0.0) - step
            biggest = max(biggest, abs(step))
        if biggest < 1e-4:
            break
    weights = {k: round(v, 4) for k, v in w.items() if abs(v) >= 1e-4}
    return TriageModel(round(bias, 4), weights, {})


def auc(scores: Sequence[float], labels: Sequence[int]) -> float | None:
    """Chance that a positive outranks a negative (ties count half); None without both."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def held_out_check(
    train: Sequence[Example], test: Sequence[Example], prior: TriageModel, strength: float
) -> dict[str, float | int | None]:
    """Fit on `train`, then compare prior and fitted ranking of `test`."""
    fitted = fit_with_prior(train, prior, strength=strength)
    labels = [y for _, y in test]
    out: dict[str, float | int | None] = {"train": len(train), "test": len(test)}
    for name, model in (("prior", prior), ("fitted", fitted)):
        scores = [model.margin_of(x) for x, _ in test]
        out[f"{name}_ap"] = _round(average_precision(scores, labels) if any(labels) else None)
        out[f"{name}_auc"] = _round(auc(scores, labels))
    return out


def _round(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else round(value, 3)
