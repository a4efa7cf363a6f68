"""Triage: the ledger's check-worthiness model, re-fitted on its reviewers' labels.

Labels (the latest review of each claim decides):
- check-worthy (1): a verdict a reviewer reached by checking — verified, mostly_true, mixed,
  misleading, false, disputed;
- not check-worthy (0): `unverifiable` (nothing a fact-checker can check), and a dismissed
  claim (not restored: `claims dismiss` / `claims restore`);
- no label: unverified and in_review (not decided yet).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from factcheck.errors import BadInput
from factcheck.models import Claim, Review, Source, TriageWeights, as_utc
from factcheck.services.triage_model import (  # noqa: F401  (imported from here too)
    active_model,
    explain_claim,
    ledger_model,
    speaker_kind,
)
from factcheck.triage.features import PHRASE_PREFIX, WORD_PREFIX, tokenize
from factcheck.triage.fit import Example, fit_with_prior, held_out_check
from factcheck.triage.model import TriageModel, model_from_json, shipped_model
from factcheck.vocab import VERDICT_STATUSES, Status

CHECK_WORTHY = frozenset(VERDICT_STATUSES - {Status.UNVERIFIABLE})
NOT_CHECK_WORTHY = frozenset({Status.UNVERIFIABLE})
MIN_LABELS = 20
MIN_PER_CLASS = 5
# A word the shipped vocabulary lacks joins the model once this many labelled claims use it.
NEW_WORD_MIN = 3
PAGE = 2000


@dataclass
class LabelledClaim:
    claim_id: int
    values: dict[str, float]
    label: int


@dataclass
class FitReport:
    labelled: int
    positives: int
    held_out: dict[str, Any]
    rescored: int
    stored: bool
    model: TriageModel
    changed: list[tuple[str, float, float]] = field(default_factory=list)


def labels(session: Session) -> dict[int, int]:
    """claim id -> 1 (check-worthy) or 0 (not), from latest reviews and dismissals."""
    latest = select(Review.claim_id, func.max(Review.seq).label("seq")).group_by(Review.claim_id)
    latest = latest.subquery()
    rows = session.execute(
        select(Review.claim_id, Review.status).join(latest, latest.c.seq == Review.seq)
    )
    out: dict[int, int] = {}
    for claim_id, status in rows:
        if status in CHECK_WORTHY:
            out[claim_id] = 1
        elif status in NOT_CHECK_WORTHY:
            out[claim_id] = 0
    for claim_id in dismissed_ids(session):  # "not worth checking", whatever came before
        out[claim_id] = 0
    return out


def dismissed_ids(session: Session) -> set[int]:
    """Claims dismissed and not restored (`claims dismiss` / `claims restore`)."""
    return set(session.scalars(select(Claim.id).where(Claim.dismissed.is_(True))))


def labelled_claims(session: Session, prior: TriageModel) -> list[LabelledClaim]:
    """Feature values of every labelled claim, with words new to the prior's vocabulary."""
    wanted = labels(session)
    rows = []
    for claim, speaker in _claims_with_speakers(session, list(wanted)):
        rows.append(
            (
                claim.id,
                claim.quote,
                claim.attribution.value,
                speaker_kind(speaker),
                claim.direct_quote,
            )
        )
    new_words = _new_words([r[1] for r in rows]) - prior.vocabulary
    out = []
    for cid, quote, attribution, kind, direct in rows:
        feats = prior.features(quote, attribution, kind, direct)
        feats.values.update(_word_values(quote, new_words))
        out.append(LabelledClaim(cid, feats.values, wanted[cid]))
    return out


def _new_words(quotes: list[str]) -> frozenset[str]:
    df: dict[str, int] = {}
    for quote in quotes:
        for w in {t.lower() for t in tokenize(quote)}:
            if w.isalpha() and len(w) > 2:
                df[w] = df.get(w, 0) + 1
    return frozenset(WORD_PREFIX + w for w, n in df.items() if n >= NEW_WORD_MIN)


def _word_values(quote: str, words: frozenset[str]) -> dict[str, float]:
    lows = {WORD_PREFIX + t.lower() for t in tokenize(quote)}
    return dict.fromkeys(lows & words, 1.0)


def _claims_with_speakers(session: Session, ids: list[int]):
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        query = (
            select(Claim, Source)
            .outerjoin(Source, Source.id == Claim.speaker_id)
            .where(Claim.id.in_(chunk))
            .order_by(Claim.id)
        )
        yield from session.execute(query)


def fit_ledger(
    session: Session,
    *,
    actor: str,
    strength: float = 1.0,
    min_labels: int = MIN_LABELS,
    dry_run: bool = False,
) -> FitReport:
    """Re-fit on the ledger's labels, check on a held-out quarter, store and rescore."""
    prior = active_model(session)
    data = labelled_claims(session, shipped_model())
    positives = sum(d.label for d in data)
    if len(data) < min_labels or min(positives, len(data) - positives) < MIN_PER_CLASS:
        raise BadInput(
            f"triage fit needs at least {min_labels} labelled claims, {MIN_PER_CLASS} of each "
            f"kind: this ledger has {positives} check-worthy (a verdict) and "
            f"{len(data) - positives} not (unverifiable or dismissed)"
        )
    examples: list[Example] = [(d.values, d.label) for d in data]
    # Every fourth claim by id is held out: deterministic, and spread over time.
    test = [e for i, e in enumerate(examples) if i % 4 == 3]
    train = [e for i, e in enumerate(examples) if i % 4 != 3]
    base = shipped_model()
    check = held_out_check(train, test, base, strength)
    model = fit_with_prior(examples, base, strength=strength)
    model = TriageModel(
        model.bias,
        model.weights,
        {
            "description": "check-worthiness weights re-fitted on this ledger's reviews, "
            "the shipped ClaimBuster weights as the prior",
            "prior_strength": strength,
            "held_out": check,
        },
    )
    report = FitReport(len(data), positives, check, 0, not dry_run, model, _changed(prior, model))
    if not dry_run:
        session.add(
            TriageWeights(
                fitted_by=actor, labelled=len(data), positives=positives, model=model.to_json()
            )
        )
        report.rescored = rescore_claims(session, model)
    return report


def _changed(before: TriageModel, after: TriageModel, top: int = 8):
    keys = set(before.weights) | set(after.weights)
    moves = [(k, before.weights.get(k, 0.0), after.weights.get(k, 0.0)) for k in keys]
    moves.sort(key=lambda m: -abs(m[2] - m[1]))
    return [m for m in moves[:top] if abs(m[2] - m[1]) >= 0.01]


def rescore_claims(session: Session, model: TriageModel) -> int:
    """Store every claim's score under `model`, page by page of ids."""
    table = Claim.__table__
    # Keep updated_at: a new score is derived data, not an edit of the claim.
    stmt = (
        update(table)
        .where(table.c.id == bindparam("cid"))
        .values(checkworthiness=bindparam("score"), updated_at=table.c.updated_at)
    )
    last, total = 0, 0
    while True:
        page = list(
            session.execute(
                select(Claim.id, Claim.quote, Claim.attribution, Source.kind, Claim.direct_quote)
                .outerjoin(Source, Source.id == Claim.speaker_id)
                .where(Claim.id > last)
                .order_by(Claim.id)
                .limit(PAGE)
            )
        )
        if not page:
            return total
        params = [
            {"cid": cid, "score": model.score(q, a.value, k.value if k else None, d)}
            for cid, q, a, k, d in page
        ]
        session.execute(stmt, params)
        total += len(page)
        last = page[-1][0]


@dataclass
class ModelSummary:
    source: str
    fitted_at: str | None
    fitted_by: str | None
    labelled: int | None
    held_out: dict[str, Any] | None
    bias: float
    features: list[tuple[str, float]]


def model_summary(session: Session, *, top: int = 15, words: bool = True) -> ModelSummary:
    """The active model and its strongest features (both signs)."""
    row = session.scalar(select(TriageWeights).order_by(TriageWeights.id.desc()).limit(1))
    model = model_from_json(row.model) if row is not None else shipped_model()
    lexical = (WORD_PREFIX, PHRASE_PREFIX)
    items = [(k, v) for k, v in model.weights.items() if words or not k.startswith(lexical)]
    items.sort(key=lambda kv: -abs(kv[1]))
    if row is None:
        return ModelSummary("shipped", None, None, None, None, model.bias, items[:top])
    return ModelSummary(
        f"ledger fit {row.id}",
        as_utc(row.created_at).isoformat(timespec="seconds"),
        row.fitted_by,
        row.labelled,
        row.model.get("held_out"),
        model.bias,
        items[:top],
    )
