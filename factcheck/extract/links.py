"""Denial links: each denial points at the claim it denies."""

from __future__ import annotations

from typing import Any

from factcheck.extract.types import ExtractedLink

DENIABLE_ATTRS = ("rumored", "reportedly", "alleged", "claimed")
OBJECT_HINT = {
    "speculation": "rumored",
    "rumor": "rumored",
    "rumour": "rumored",
    "report": "reportedly",
    "allegation": "alleged",
    "accusation": "alleged",
    "charge": "alleged",
    "claim": "claimed",
}
LOOKBACK_UNITS = 3


def denial_links(recs: list[Any]) -> list[ExtractedLink]:
    """A parenthetical denial denies its clause; others the nearest fitting earlier claim."""
    links = []
    for k, r in enumerate(recs):
        if r.claim.attribution != "denied":
            continue
        target = r.parent if r.parent is not None else _target(recs, k)
        if target is not None and target != k:
            links.append(ExtractedLink(k, target, "denies"))
    return links


def _attrs(rec: Any) -> set[str]:
    """The claim's attribution and those of its weaker cues ('charged ..., prosecutors said')."""
    cue = rec.seg.cue
    others = {c.attribution for c in cue.others} if cue is not None else set()
    return {rec.claim.attribution} | others


def _target(recs: list[Any], k: int) -> int | None:
    r = recs[k]
    hint = OBJECT_HINT.get(r.obj_lemma or "")
    best, best_key = None, None
    for j in range(k - 1, -1, -1):
        o = recs[j]
        if r.unit - o.unit > LOOKBACK_UNITS:
            break
        attrs = _attrs(o)
        if not attrs & set(DENIABLE_ATTRS):
            continue
        # "denied them": the nearest; "denied the speculation it will leave": by content
        pronoun = r.obj_lemma in ("this", "that", "it", "they", "these", "those")
        key = (hint in attrs, 0 if pronoun else len(r.lemmas & o.lemmas), j)
        if best_key is None or key > best_key:
            best, best_key = j, key
    if best is not None:
        return best
    for j in range(k - 1, -1 if r.anaphoric else k - 1, -1):
        o = recs[j]  # "X rejected the claims": what someone else has just said
        if r.unit - o.unit > 2:
            break
        c = o.claim
        if c.attribution not in ("asserted", "denied") and c.speaker != r.claim.speaker:
            return j
    for j in range(k - 1, -1, -1):  # fall back to a close claim on the same subject
        o = recs[j]
        if r.unit - o.unit > 1:
            break
        if o.claim.attribution != "denied" and len(r.lemmas & o.lemmas) >= 2:
            return j
    return None
