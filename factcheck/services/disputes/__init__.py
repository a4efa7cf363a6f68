"""Disputes, derived from the ledger and never typed in: the one place that defines them.

A claim is disputed when it has a standing incoming `denies` or `contradicts` link, evidence
on both sides, reviewers whose latest verdicts differ, or status `disputed` (rules.py, as SQL
and in Python); candidates.py finds the disputed claims and when each last moved with light
queries; derive.py reads the ones shown in full into `Dispute`s, each with its reasons.
"""

import importlib

# Each name's module, imported when the name is first used: claims filters need only the
# SQL rules, not the derivation (start-up time of `claims list`).
_HOMES = {
    "CHALLENGES": "rules",
    "disputed_condition": "rules",
    "disputed_ids": "rules",
    "live_challenge": "rules",
    "Dispute": "derive",
    "DisputeReason": "derive",
    "derive_disputes": "derive",
    "dispute_page": "derive",
    "dispute_reasons": "derive",
}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)


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
