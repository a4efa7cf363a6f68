"""Everything `claims show` displays of one claim, gathered in one place for the renderer.

Read with Core SQL on the tables as plain rows (each column under its own name, as the
ORM objects have them): `reader` is a Connection (claims show, without the ORM) or a
Session (the desk).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from factcheck.errors import NotFound
from factcheck.services.common import MAX_ID
from factcheck.tables import articles, claim_events, claims, evidence, links, reviews, sources


@dataclass
class ClaimDetail:
    """One claim's row with its article, speaker, evidence, links both ways (each with the
    claim at its other end), reviews and recorded edits, all plain rows."""

    claim: Any
    article: Any
    speaker: Any | None
    evidence: list[Any]
    links_out: list[tuple[Any, Any]]
    links_in: list[tuple[Any, Any]]
    reviews: list[Any]
    events: list[Any]


def claim_detail(reader, claim_id: int) -> ClaimDetail:
    claim = _one(reader, claims, claim_id) if 0 < claim_id <= MAX_ID else None
    if claim is None:
        raise NotFound(f"no claim with id {claim_id}")
    speaker = _one(reader, sources, claim.speaker_id) if claim.speaker_id else None
    return ClaimDetail(
        claim=claim,
        article=_one(reader, articles, claim.article_id),
        speaker=speaker,
        evidence=_of_claim(reader, evidence, claim.id, evidence.c.id),
        links_out=_linked(reader, links.c.from_claim_id == claim.id, links.c.to_claim_id),
        links_in=_linked(reader, links.c.to_claim_id == claim.id, links.c.from_claim_id),
        reviews=_of_claim(reader, reviews, claim.id, reviews.c.seq),
        events=_of_claim(reader, claim_events, claim.id, claim_events.c.id),
    )


def _one(reader, table, row_id: int):
    return reader.execute(select(table).where(table.c.id == row_id)).first()


def _of_claim(reader, table, claim_id: int, order) -> list:
    return list(reader.execute(select(table).where(table.c.claim_id == claim_id).order_by(order)))


def _linked(reader, condition, other_column) -> list[tuple[Any, Any]]:
    """(link, the claim at its other end) pairs, in link order."""
    other = claims.alias("other")
    link_rows = list(reader.execute(select(links).where(condition).order_by(links.c.id)))
    if not link_rows:
        return []
    end = other_column.name
    ids = {getattr(link, end) for link in link_rows}
    by_id = {row.id: row for row in reader.execute(select(other).where(other.c.id.in_(ids)))}
    return [(link, by_id[getattr(link, end)]) for link in link_rows if getattr(link, end) in by_id]


@dataclass
class ClaimView:
    """A claim with what hangs on it, and what the ledger suggests about it.

    `suggestions`: verdicts of claims `same_as` this one (services/suggestions.py);
    `explanation`: the check-worthiness model's features for its quote (model, score,
    features, text)."""

    detail: ClaimDetail
    suggestions: list[dict[str, Any]]
    explanation: dict[str, Any]


def claim_view(reader, claim_id: int) -> ClaimView:
    from factcheck.services.suggestions import suggested_verdicts

    detail = claim_detail(reader, claim_id)
    return ClaimView(
        detail=detail,
        suggestions=suggested_verdicts(reader, claim_id),
        explanation=score_explanation(reader, detail),
    )


def score_explanation(reader, detail: ClaimDetail) -> dict[str, Any]:
    """The check-worthiness model's features for this claim, recomputed from its quote."""
    from factcheck.services.triage_model import active_model, explain_claim

    model = active_model(reader)
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
