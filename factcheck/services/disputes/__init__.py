"""Disputes, derived from the ledger and never typed in: the one place that defines them.

A claim is disputed when it has a standing incoming `denies` or `contradicts` link, evidence
on both sides, reviewers whose latest verdicts differ, or status `disputed` (rules.py, as SQL
and in Python); candidates.py finds the disputed claims and when each last moved with light
queries; derive.py reads the ones shown in full into `Dispute`s, each with its reasons.
"""

from factcheck.services.disputes.derive import (
    Dispute,
    DisputeReason,
    derive_disputes,
    dispute_page,
    dispute_reasons,
)
from factcheck.services.disputes.rules import (
    CHALLENGES,
    disputed_condition,
    disputed_ids,
    live_challenge,
)

__all__ = [
    "CHALLENGES",
    "Dispute",
    "DisputeReason",
    "derive_disputes",
    "dispute_page",
    "dispute_reasons",
    "disputed_condition",
    "disputed_ids",
    "live_challenge",
]
