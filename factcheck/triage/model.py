"""The check-worthiness model: a logistic regression over explainable features, as plain
dot products (no numpy), with the shipped weights loaded once and cached."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.triage.features import PHRASE_PREFIX, WORD_PREFIX, Features, claim_features

SHIPPED = Path(__file__).with_name("weights.json")
SOFTEN = 2.0

# How `claims show` and `triage show` name a feature.
LABELS = {
    "quantity": "quantity",
    "quantity_unit": "quantity with unit",
    "year": "year",
    "scale_word": "scale word",
    "number_word": "number word",
    "comparison": "comparison",
    "comparative_than": "comparison with 'than'",
    "superlative": "superlative",
    "statistics": "statistics word",
    "record_verb": "record verb",
    "past_tense": "past tense",
    "opinion": "opinion",
    "should": "should/must",
    "prediction": "prediction",
    "hedge": "hedge",
    "first_person": "first person",
    "we": "we/our",
    "you": "you/your",
    "negation": "negation",
    "moderator": "moderator talk",
    "question": "question",
    "discourse_opener": "opener",
    "addresses_someone": "addresses someone",
    "i_think": "'I think'",
    "named_entity": "named entity",
    "acronym": "acronym",
    "quotes_other": "quotes someone",
    "direct_quote": "direct quote",
    "length": "length",
    "short": "short",
    "long": "long",
}


@dataclass(frozen=True)
class Contribution:
    """One feature's share of a score: weight times value, with the words behind it."""

    feature: str
    label: str
    contribution: float
    evidence: list[str]

    def text(self) -> str:
        words = ", ".join(dict.fromkeys(self.evidence))
        plain = self.feature.startswith((WORD_PREFIX, PHRASE_PREFIX)) or not words
        body = self.label if plain else f"{self.label}: {words}"
        return f"{body} ({self.contribution:+.2f})"


@dataclass(frozen=True)
class TriageModel:
    bias: float
    weights: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)
    vocabulary: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = frozenset(k for k in self.weights if k.startswith((WORD_PREFIX, PHRASE_PREFIX)))
        object.__setattr__(self, "vocabulary", words)

    def features(
        self,
        text: str,
        attribution: str = "asserted",
        speaker_kind: str | None = None,
        direct_quote: bool = False,
    ) -> Features:
        return claim_features(text, attribution, speaker_kind, direct_quote, self.vocabulary)

    def margin(self, feats: Features) -> float:
        return self.margin_of(feats.values)

    def margin_of(self, values: dict[str, float]) -> float:
        w = self.weights
        return self.bias + sum(w.get(k, 0.0) * v for k, v in values.items())

    def score_features(self, feats: Features) -> float:
        # The log-odds, halved and squashed to 0..1, six decimals: strong claims still differ
        # (a plain probability would round to 1.0 for many), so a ranking has (almost) no ties.
        return round(sigmoid(self.margin(feats) / SOFTEN), 6)

    def score(
        self,
        text: str,
        attribution: str = "asserted",
        speaker_kind: str | None = None,
        direct_quote: bool = False,
    ) -> float:
        """0..1, rising with the modelled odds that a fact-checker finds it worth checking."""
        return self.score_features(self.features(text, attribution, speaker_kind, direct_quote))

    def explain(self, feats: Features, top: int = 4) -> list[Contribution]:
        """The features that moved the score most, strongest first."""
        parts = [
            Contribution(k, label_of(k), self.weights[k] * v, feats.evidence.get(k, []))
            for k, v in feats.values.items()
            if self.weights.get(k)
        ]
        parts.sort(key=lambda c: -abs(c.contribution))
        return [c for c in parts[:top] if abs(c.contribution) >= 0.05]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": 1,
            **self.meta,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
        }


def label_of(feature: str) -> str:
    if feature.startswith(WORD_PREFIX):
        return f"word '{feature[len(WORD_PREFIX) :]}'"
    if ":" in feature:
        group, value = feature.split(":", 1)
        return f"{group} {value}"
    return LABELS.get(feature, feature)


def model_from_json(data: dict[str, Any]) -> TriageModel:
    meta = {k: v for k, v in data.items() if k not in ("bias", "weights", "format")}
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return TriageModel(float(data["bias"]), weights, meta)


@lru_cache(maxsize=1)
def shipped_model() -> TriageModel:
    """The weights fitted on ClaimBuster (see scripts/train_checkworthiness.py)."""
    return model_from_json(json.loads(SHIPPED.read_text(encoding="utf-8")))


def sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))
