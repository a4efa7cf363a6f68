"""Quotation propagation: a sentence inside quotation marks takes its quotation's speaker."""

from __future__ import annotations

from typing import Any

QUOTE_OPENERS = {'"', "“", "‘"}


def propagate_quotes(recs: list[Any]) -> None:
    """A sentence wholly inside quotation marks belongs to the speaker of its quotation."""
    for k, r in enumerate(recs):
        c = r.claim
        if c.attribution != "asserted" or r.quoted < 0.6:
            continue
        donor = _quote_donor(recs, k)
        if donor is None:
            continue
        d = donor.claim
        c.attribution, c.cue, c.speaker = d.attribution, d.cue, d.speaker
        c.speaker_role, c.speaker_kind = d.speaker_role, d.speaker_kind
        c.direct_quote, c.certainty = True, "uncommitted"
        c.claim_text = c.quote.strip('“”"‘’ ')
        r.source = donor.source


def _is_donor(r: Any) -> bool:
    return r.claim.attribution in ("said", "claimed") and r.claim.direct_quote


def _quote_donor(recs: list[Any], k: int) -> Any:
    r = recs[k]
    for other in recs:
        if other is not r and _is_donor(other) and set(other.regions) & set(r.regions):
            return other
    for j in range(k - 1, -1, -1):
        o = recs[j]
        if o.para != r.para:
            if o.para == r.para - 1 and _is_donor(o) and o.claim.quote.rstrip().endswith(":"):
                return o
            break
        if o.claim.attribution in ("said", "claimed") and o.source is not None:
            return o  # 'Brin said the council knew. "They ignored us."'
    for j in range(k + 1, len(recs)):
        o = recs[j]
        if o.para != r.para:
            break
        if _is_donor(o):
            return o
        if o.quoted < 0.6:
            break
    # a paragraph that opens with a bare quotation continues the speaker of the paragraph
    # before ('Gair said the pier was unsafe.' / '‘The timbers are rotten.’')
    prev = recs[k - 1] if k > 0 else None
    if (
        prev is not None
        and prev.para == r.para - 1
        and r.claim.quote[:1] in QUOTE_OPENERS
        and prev.claim.attribution in ("said", "claimed")
        and prev.source is not None
    ):
        return prev
    return None
