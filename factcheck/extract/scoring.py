"""Certainty, claim type and checkworthiness from cheap token features (explainable rules)."""

from __future__ import annotations

from typing import Any

POSSIBLE = {"may", "might", "could", "appear", "appears", "appeared", "seem", "seems",
            "seemed", "possibly", "perhaps", "maybe", "potentially"}
PROBABLE = {"likely", "probably", "presumably", "expected", "unlikely"}
UNCOMMITTED = {"said", "according_to", "claimed", "reportedly", "alleged", "rumored", "believed",
               "promised",
               "estimated"}
NEGATING = {"false", "untrue", "baseless", "groundless", "fabricated", "unfounded"}
PREDICTION = {"will", "shall", "'ll", "wo", "plan", "plans", "planned", "expected", "forecast",
              "intend", "intends", "projected", "predicted", "scheduled", "aims"}
RULE = {"law", "laws", "ban", "banned", "bans", "legal", "illegal", "regulation",
        "regulations", "rule", "rules", "statute", "constitution", "constitutionally",
        "decree", "legislation", "unlawful", "lawful", "prohibited", "prohibit", "mandatory",
        "required", "court", "ruling", "sanctions", "treaty", "bill"}
CAUSATION = {"because", "cause", "caused", "causes", "causing", "due", "led", "lead", "leads",
             "result", "resulted", "owing", "thanks", "therefore", "consequently", "linked",
             "blamed", "triggered", "fuel", "fuels", "fueled", "forced"}
OPINION = {"should", "ought", "must", "clear", "unclear", "hard", "imagine", "surprising",
           "best", "worst", "good", "bad", "wrong", "right", "unfortunately", "hopefully",
           "obviously", "clearly", "indeed", "significantly", "remarkable", "disgrace",
           "shameful", "great", "terrible", "hardly", "arguably"}
FIRST_PERSON = {"i", "me", "my", "we", "our", "us", "mine"}
NUMBER_ENTS = {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"}
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LAW", "EVENT", "PRODUCT"}


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
    if any(t.lower_ in POSSIBLE and (t.tag_ == "MD" or t.pos_ in ("VERB", "ADV"))
           for t in tokens):
        return "possible"
    if lows & PROBABLE:
        return "probable"
    return "certain"


def claim_type(tokens: list[Any], quoted: bool) -> str:
    """Full Fact-style class, first matching rule wins."""
    lows = {t.lower_ for t in tokens}
    ents = {t.ent_type_ for t in tokens}
    if ents & NUMBER_ENTS or any(_number(t) for t in tokens):
        return "quantity"
    if lows & PREDICTION and any(t.lower_ in PREDICTION and t.pos_ in ("AUX", "VERB")
                                 for t in tokens):
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


def checkworthiness(tokens: list[Any], kind: str, attribution: str) -> float:
    """0..1: numbers, dates and named entities raise it, opinion and personal lower it."""
    ents = {t.ent_type_ for t in tokens if t.ent_type_}
    score = 0.3
    if ents & NUMBER_ENTS or any(_number(t) for t in tokens):
        score += 0.3
    if "DATE" in ents or "TIME" in ents:
        score += 0.1
    score += 0.05 * min(3, len(ents & NAME_ENTS))
    if attribution not in ("asserted",):
        score += 0.1
    if kind in ("rule", "causation", "prediction"):
        score += 0.1
    if kind == "opinion":
        score -= 0.2
    if kind == "personal":
        score -= 0.1
    if len(tokens) < 6:
        score -= 0.1
    return round(min(1.0, max(0.0, score)), 2)


def _number(t: Any) -> bool:
    """A count or amount; not a date, time or ordinal ("second route")."""
    return t.like_num and t.pos_ == "NUM" and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")
