"""Certainty and claim type from cheap token rules; checkworthiness from the triage model."""

from __future__ import annotations

from typing import Any

from factcheck.triage.model import shipped_model

POSSIBLE = {
    "may",
    "might",
    "could",
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
    "possibly",
    "perhaps",
    "maybe",
    "potentially",
}
PROBABLE = {"likely", "probably", "presumably", "expected", "unlikely"}
UNCOMMITTED = {
    "said",
    "according_to",
    "claimed",
    "reportedly",
    "alleged",
    "rumored",
    "estimated",
    "believed",
    "promised",
}
NEGATING = {"false", "untrue", "baseless", "groundless", "fabricated", "unfounded"}
PREDICTION = {
    "will",
    "shall",
    "'ll",
    "wo",
    "plan",
    "plans",
    "planned",
    "expected",
    "forecast",
    "intend",
    "intends",
    "projected",
    "predicted",
    "scheduled",
    "aims",
}
RULE = {
    "law",
    "laws",
    "ban",
    "banned",
    "bans",
    "legal",
    "illegal",
    "regulation",
    "regulations",
    "rule",
    "rules",
    "statute",
    "constitution",
    "constitutionally",
    "decree",
    "legislation",
    "unlawful",
    "lawful",
    "prohibited",
    "prohibit",
    "mandatory",
    "required",
    "court",
    "ruling",
    "sanctions",
    "treaty",
    "bill",
}
CAUSATION = {
    "because",
    "cause",
    "caused",
    "causes",
    "causing",
    "due",
    "led",
    "lead",
    "leads",
    "result",
    "resulted",
    "owing",
    "thanks",
    "therefore",
    "consequently",
    "linked",
    "blamed",
    "triggered",
    "fuel",
    "fuels",
    "fueled",
    "forced",
}
OPINION = {
    "should",
    "ought",
    "must",
    "clear",
    "unclear",
    "hard",
    "imagine",
    "surprising",
    "best",
    "worst",
    "good",
    "bad",
    "wrong",
    "right",
    "unfortunately",
    "hopefully",
    "obviously",
    "clearly",
    "indeed",
    "significantly",
    "remarkable",
    "disgrace",
    "shameful",
    "great",
    "terrible",
    "hardly",
    "arguably",
}
FIRST_PERSON = {"i", "me", "my", "we", "our", "us", "mine"}
NUMBER_ENTS = {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"}
SCALE_WORDS = {
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "percent",
    "dozen",
    "hundreds",
    "thousands",
    "millions",
    "billions",
}


def certainty(attribution: str, tokens: list[Any]) -> str:
    """FactBank-style commitment of the text to the claim."""
    if attribution == "denied":
        return "negated"
    if attribution in UNCOMMITTED:
        return "uncommitted"
    lows = {t.lower_ for t in tokens}
    if lows & NEGATING and any(t.lower_ in ("is", "was", "are", "were") for t in tokens):
        return "negated"
    # "may" the modal, not "in May"; "appear"/"seem" as verbs only
    if any(t.lower_ in POSSIBLE and (t.tag_ == "MD" or t.pos_ in ("VERB", "ADV")) for t in tokens):
        return "possible"
    if lows & PROBABLE:
        return "probable"
    return "certain"


def claim_type(tokens: list[Any], quoted: bool) -> str:
    """Full Fact-style class, first matching rule wins."""
    lows = {t.lower_ for t in tokens}
    if any(
        _number(t) or (t.ent_type_ in NUMBER_ENTS and t.lower_ in SCALE_WORDS) or t.text == "%"
        for t in tokens
    ):
        return "quantity"
    if lows & PREDICTION and any(
        t.lower_ in PREDICTION and t.pos_ in ("AUX", "VERB") for t in tokens
    ):
        return "prediction"
    if lows & RULE:
        return "rule"
    if lows & CAUSATION:
        return "causation"
    if lows & OPINION:
        return "opinion"
    if quoted and lows & FIRST_PERSON:
        return "personal"
    return "other"


def checkworthiness(
    quote: str, attribution: str, speaker_kind: str | None = None, direct_quote: bool = False
) -> float:
    """0..1 from the shipped model (factcheck.triage) over the claim's own words, so that
    `claims show` can recompute and explain it from the stored quote, without spaCy."""
    return shipped_model().score(quote, attribution, speaker_kind, direct_quote)


def _number(t: Any) -> bool:
    """A count or amount in figures or with a scale ("3.2 million", "half a million"); not a
    date, time or ordinal ("second route"), nor a bare number word ("one of those")."""
    if t.ent_type_ in ("DATE", "TIME", "ORDINAL") or not t.like_num:
        return False
    return any(ch.isdigit() for ch in t.text) or t.lower_ in SCALE_WORDS
