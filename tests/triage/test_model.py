"""The shipped check-worthiness model: loading, a continuous score, explanations, metrics."""

import json
from pathlib import Path

from factcheck.triage.features import claim_features
from factcheck.triage.fit import auc, fit_with_prior
from factcheck.triage.metrics import average_precision, precision_at, r_precision, summary
from factcheck.triage.model import SHIPPED, TriageModel, shipped_model

OWN_SET = Path(__file__).resolve().parents[2] / "bench" / "data" / "checkworthiness"


def test_the_shipped_weights_are_small_name_their_dataset_and_load_once():
    assert SHIPPED.stat().st_size < 100_000
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert "ClaimBuster" in data["dataset"]
    model = shipped_model()
    assert model is shipped_model()  # cached, not re-read per claim
    assert len(model.weights) > 30 and model.vocabulary


def test_figures_records_and_comparisons_outrank_opinions_questions_and_moderation():
    model = shipped_model()
    checkable = [
        "Unemployment in the county doubled between 2019 and 2022, to 7.4 percent.",
        "The senator voted against the water bill three times.",
        "We now import more oil than we did ten years ago.",
    ]
    not_checkable = [
        "I think we can do better than this.",
        "What would you do about housing?",
        "Senator Alvarez, you have two minutes to respond.",
        "We should all come together as one community.",
    ]
    low = max(model.score(t) for t in not_checkable)
    assert all(model.score(t) > low for t in checkable)


def test_the_score_is_continuous_few_ties():
    """Every sentence of the own labelled set (bench/data): almost no two score alike."""
    texts = [
        line.split("\t", 1)[1]
        for path in sorted(OWN_SET.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if "\t" in line and not line.startswith("#")
    ]
    scores = [shipped_model().score(t) for t in texts]
    assert len(texts) > 100
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert len(set(scores)) >= 0.97 * len(texts)


def test_the_explanation_names_the_features_and_the_words_behind_them():
    model = shipped_model()
    feats = model.features("Exports fell to 3.2 million tons, the lowest level since 1998.")
    parts = model.explain(feats, top=10)
    text = "; ".join(p.text() for p in parts)
    assert "quantity: 3.2 million" in text
    assert "superlative: lowest" in text
    assert all(p.contribution for p in parts)
    assert parts == sorted(parts, key=lambda p: -abs(p.contribution))


def test_spelled_out_number_words_are_not_quantities():
    feats = claim_features("One of the two of us has to go.")
    assert "quantity" not in feats.values
    assert "number_word" in feats.values
    assert claim_features("We hired 2,300 workers.").evidence["quantity"] == ["2,300 workers"]


def test_how_a_claim_is_attributed_is_a_feature():
    said = claim_features("Prices rose.", "said", "government", True).values
    assert {"attributed:said", "quotes_other", "speaker:government", "direct_quote"} <= set(said)
    assert not {"quotes_other", "direct_quote"} & set(claim_features("Prices rose.").values)


def test_a_fit_with_a_prior_follows_the_labels_and_keeps_other_weights():
    prior = TriageModel(0.0, {"a": 1.0, "b": 0.5})
    examples = [({"a": 1.0}, 0)] * 30 + [({"b": 1.0}, 1)] * 30
    fitted = fit_with_prior(examples, prior, strength=1.0)
    assert fitted.weights["a"] < 0 < 0.5 < fitted.weights["b"]
    weak = fit_with_prior(examples[:4] + examples[30:34], prior, strength=50.0)
    assert abs(weak.weights["a"] - 1.0) < 0.2  # few labels, strong prior: little moves


def test_ranking_metrics():
    scores, labels = [0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0]
    assert average_precision(scores, labels) == (1 + 2 / 3) / 2
    assert precision_at(scores, labels, 2) == 0.5
    assert r_precision(scores, labels) == 0.5
    assert auc(scores, labels) == 0.75
    both = summary([(scores, labels), ([0.1, 0.2], [0, 0])])
    assert both["groups"] == 1  # a text without a check-worthy sentence has no ranking


def test_a_transcripts_speaker_label_is_no_part_of_the_claim():
    model = shipped_model()
    bare = "Secretary Alvarez, you have two minutes."
    assert model.score("MODERATOR: " + bare) == model.score(bare)
    assert model.score("Lisle: We cut taxes by 3 percent.") == model.score(
        "We cut taxes by 3 percent."
    )
