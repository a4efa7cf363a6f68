"""The ledger's check-worthiness model, and what it says of one claim: Core reads only (no
ORM), so `claims show` explains a score without loading the ORM or the fitting code."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from factcheck.tables import triage_weights
from factcheck.triage.model import TriageModel, model_from_json, shipped_model


def ledger_model(reader) -> TriageModel | None:
    """The newest `triage fit` of this ledger, or None (the shipped weights apply).
    `reader` is a Connection or a Session."""
    newest = select(triage_weights.c.model).order_by(triage_weights.c.id.desc()).limit(1)
    stored = reader.execute(newest).scalar()
    return model_from_json(stored) if stored is not None else None


def active_model(reader) -> TriageModel:
    return ledger_model(reader) or shipped_model()


def explain_claim(model: TriageModel, claim: Any, speaker: Any, top: int = 4):
    """(score under `model`, the features that moved it most) for one stored claim (an ORM
    object or a plain row, and its speaker's, with the same names)."""
    feats = model.features(
        claim.quote, claim.attribution.value, speaker_kind(speaker), claim.direct_quote
    )
    return model.score_features(feats), model.explain(feats, top)


def speaker_kind(speaker: Any) -> str | None:
    return speaker.kind.value if speaker is not None else None
