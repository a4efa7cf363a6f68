"""What a claim's wording says, reduced for matching: stems, names, verbs, numbers, polarity."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

_STOPWORD_TEXT = """a about above after again against all also although am an and any are as at
    be because been before being below between both but by can could did do does doing down
    during each either even ever every few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just least less let like made make
    many may me might more most much must my myself now of off on once one only or other others
    our ours ourselves out over own per quite rather same she should since so some still such
    than that the their theirs them themselves then there these they this those though through
    thus to too under until up upon us very via was we were what when where whether which while
    who whom whose why will with within would yet you your yours yourself yourselves said says
    say told according reportedly example instance indeed however moreover meanwhile"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Words that turn a clause negative. Quantifier negation ("none of", "neither…nor", "not one
# of", "no country") counts the same as "not", so two ways of saying it agree in polarity.
NEGATION = re.compile(
    r"\b(?:not|no|never|none|neither|nor|nobody|nothing|nowhere|without|cannot|hardly|"
    r"deny|denies|denied|denying|reject(?:s|ed)?|dismiss(?:es|ed)?|refute[sd]?|fail(?:s|ed)? to)\b"
    r"|n[’']t\b",
    re.IGNORECASE,
)
_AUXILIARY_TEXT = "has have had is are was were will would did does do can could may might must"
AUXILIARIES = frozenset(_AUXILIARY_TEXT.split()) | {"should", "to", "be", "been", "being"}
_UNITS = ("zero", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# "one" is left out: it is far more often a pronoun ("not one of them") than a count.
WORD_NUMBERS = {word: float(n) for n, word in enumerate(_UNITS) if word} | {
    word: float(10 * n) for n, word in enumerate(_TENS) if word
}
_WORD_NUMBER = re.compile(r"\b(" + "|".join(WORD_NUMBERS) + r")\b", re.IGNORECASE)
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
# Commas are kept as tokens: they end names and set off appositions.
TOKEN = re.compile(r"[A-Za-z][A-Za-z’'\-]*|\d+(?:[.,]\d+)*%?|[$€£,]")
NUMBER = re.compile(
    r"(?P<cur>[$€£])?\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*"
    r"(?P<mult>thousand|million|billion|trillion|bn)?\b\s*(?P<pct>%|percent\b|per cent\b)?",
    re.IGNORECASE,
)
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ss", "ss"), ("s", ""), ("ing", ""), ("ed", ""))


_POSSESSIVE = re.compile(r"'s?$")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stemmer: enough for "supported"/"support", "Asian"/"Asia's", "countries"."""
    word = word.lower().replace("’", "'").strip("'-")
    word = _POSSESSIVE.sub("", word)
    if len(word) <= 3:
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    if word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    if word.endswith(("ian", "ean")):  # demonyms: Russian -> Russia, Korean -> Korea
        word = word[:-1]
    while len(word) > 4 and word[-1] in "aeiouy":
        word = word[:-1]
    return word


@dataclass
class Features:
    """One claim's wording reduced to comparable pieces."""

    claim_id: int
    article_id: int
    slug: str
    text: str = ""
    stems: frozenset[str] = frozenset()
    entities: dict[str, str] = field(default_factory=dict)  # stem -> the name as written
    predicates: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    quantities: frozenset[tuple[str, float]] = frozenset()
    years: frozenset[int] = frozenset()
    negated: bool = False
    normalised: str = ""
    clauses: list[Features] = field(default_factory=list)  # when the sentence has several


# Where one news sentence joins two assertions: "…, although…", "…, and all are…", ";", " — ".
CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|although|though|while|whereas|yet)\s+|;\s+|\s[—–]\s|—", re.IGNORECASE
)


def text_features(
    text: str, *, claim_id: int, article_id: int, slug: str, negated: bool = False
) -> Features:
    """Features of a claim text and of each of its clauses; `negated` forces negative polarity
    (a recorded denial)."""
    whole = _features(text, claim_id, article_id, slug, negated)
    clauses = [part for part in CLAUSE_BREAK.split(text) if part.strip()]
    if len(clauses) > 1:
        whole.clauses = [_features(part, claim_id, article_id, slug, negated) for part in clauses]
    return whole


def content_stems(text: str) -> frozenset[str]:
    """Just the stems of the content words: cheap, for indexing every claim of a ledger."""
    return frozenset(stem(t) for t in TOKEN.findall(text) if is_content(t))


def _features(text: str, claim_id: int, article_id: int, slug: str, negated: bool) -> Features:
    tokens = TOKEN.findall(text)
    content = [stem(t) for t in tokens if is_content(t)]
    quantities, years = _numbers(text)
    return Features(
        claim_id=claim_id,
        article_id=article_id,
        slug=slug,
        text=text.strip(),
        stems=frozenset(content),
        entities=_entities(tokens),
        predicates=_predicates(tokens),
        subject=_subject(tokens),
        quantities=quantities,
        years=years,
        negated=negated or bool(NEGATION.search(text)),
        normalised=" ".join(content),
    )


@lru_cache(maxsize=200_000)
def is_content(token: str) -> bool:
    lower = token.lower()
    return token[0].isalpha() and lower not in STOPWORDS and not NEGATION.fullmatch(lower)


def _is_name(tokens: list[str], index: int) -> bool:
    token = tokens[index]
    if not (token[0].isupper() and is_content(token)):
        return False
    if index > 0 or (len(token) > 1 and token.isupper()):
        return True
    # A capital at the start says nothing ("Rescue teams…") unless a name continues it, or
    # the word is possessive or set off by a comma ("Hydrovia, the operator", "Veldoria's").
    if token.lower() in WORD_NUMBERS:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return following == "," or bool(re.search(r"[’']s$", token)) or following[:1].isupper()


def _entities(tokens: list[str]) -> dict[str, str]:
    """Capitalised words and acronyms, each mapped to the whole name it is part of."""
    found: dict[str, str] = {}
    phrase: list[str] = []
    for index in range(len(tokens) + 1):
        if index < len(tokens) and _is_name(tokens, index):
            phrase.append(tokens[index])
            continue
        if phrase:
            name = re.sub(r"[’']s?$", "", " ".join(phrase))
            for word in phrase:
                found.setdefault(stem(word), name)
            phrase = []
    return found


def _predicates(tokens: list[str]) -> frozenset[str]:
    """The content word after an auxiliary ("has openly supported" -> support), -ed verbs."""
    found = set()
    waiting = False
    for token in tokens:
        lower = token.lower()
        if lower in AUXILIARIES:
            waiting = True
            continue
        skippable = lower in STOPWORDS or NEGATION.fullmatch(lower) or lower.endswith("ly")
        if waiting and not skippable:
            if token[0].islower():
                found.add(stem(token))
            waiting = False
        if token[0].islower() and lower.endswith("ed") and len(lower) > 4:
            found.add(stem(token))
    return frozenset(found)


def _subject(tokens: list[str]) -> frozenset[str]:
    """Content words before the first auxiliary: roughly who or what the claim is about."""
    for index, token in enumerate(tokens[:15]):
        if token.lower() in AUXILIARIES - {"to"}:
            return frozenset(stem(t) for t in tokens[:index] if is_content(t))
    return frozenset()


def _numbers(text: str) -> tuple[frozenset[tuple[str, float]], frozenset[int]]:
    """Quantities as (unit, value): "$60 million" -> ("$", 6e7); "400 jobs" -> ("job", 400)."""
    quantities, years = set(), set()
    for match in NUMBER.finditer(text):
        raw = match.group("num").replace(",", "")
        value = float(raw) * MULTIPLIERS.get((match.group("mult") or "").lower(), 1)
        if match.group("cur"):
            unit = match.group("cur")
        elif match.group("pct"):
            unit = "%"
        elif re.fullmatch(r"1[89]\d\d|20\d\d", raw) and not match.group("mult"):
            years.add(int(raw))
            continue
        else:
            unit = _next_content(text[match.end() :])
        quantities.add((unit, value))
    for match in _WORD_NUMBER.finditer(text):
        unit = _next_content(text[match.end() :])
        quantities.add((unit, WORD_NUMBERS[match.group(1).lower()]))
    return frozenset(quantities), frozenset(years)


def _next_content(rest: str) -> str:
    for token in TOKEN.findall(rest[:60]):
        if is_content(token):
            return stem(token)
    return ""
