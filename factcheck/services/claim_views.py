"""Everything `claims show` displays of one claim, gathered in one place for the renderer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from factcheck.services.claims import ClaimDetail, claim_detail


@dataclass
class ClaimView:
    """A claim with what hangs on it, and what the ledger suggests about it.

    `suggestions`: verdicts of claims `same_as` this one (services/suggestions.py);
    `explanation`: the check-worthiness model's features for its quote (model, score,
    features, text)."""

    detail: ClaimDetail
    suggestions: list[dict[str, Any]]
    explanation: dict[str, Any]


def claim_view(session: Session, claim_id: int) -> ClaimView:
    from factcheck.services.suggestions import suggested_verdicts

    detail = claim_detail(session, claim_id)
    return ClaimView(
        detail=detail,
        suggestions=suggested_verdicts(session, claim_id),
        explanation=score_explanation(session, detail),
    )


def score_explanation(session: Session, detail: ClaimDetail) -> dict[str, Any]:
    """The check-worthiness model's features for this claim, recomputed from its quote."""
    from factcheck.services.triage import active_model, explain_claim

    model = active_model(session)
    score, parts = explain_claim(model, detail.claim, detail.speaker)
    return {
        "model": model.meta.get("name", "ledger" if "prior_strength" in model.meta else "shipped"),
        "score": score,
        "features": [
            {
                "feature": c.feature,
                "label": c.label,
                "contribution": round(c.contribution, 3),
                "evidence": list(dict.fromkeys(c.evidence)),
            }
            for c in parts
        ],
        "text": "; ".join(c.text() for c in parts),
    }
