"""The gold notation both builders write their annotations in (devset and blind)."""

from __future__ import annotations


def A(quote, role="required"):
    return {"quote": quote, "role": role, "attribution": "asserted"}


def S(quote, attribution, cue, speaker, role="required", also=None):
    c = {"quote": quote, "role": role, "attribution": attribution, "cue": cue, "speaker": speaker}
    if also:
        c["also_accept"] = list(also)
    return c


def F(quote):
    return {"quote": quote, "role": "forbidden"}


OPT = "optional"
