"""Explainable check-worthiness features of a claim, from its text alone (no spaCy).

Plain regular expressions and word lists, so the score computed at extraction time can be
recomputed and explained by `factcheck claims show` without loading a language model. Each
feature has a value and the words that triggered it (its evidence).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from itertools import pairwise


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A transcript's "HOLT: ..." or "Clinton: ..." names the speaker; it is no part of the claim.
SPEAKER_LABEL = re.compile(r"^\s*(?:[A-Z][A-Z.'’ -]{1,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+")
TOKEN = re.compile(r"\$?\d+(?:,\d{3})*(?:\.\d+)?%?|[A-Za-z][A-Za-z'’-]*|[?$%.]")
YEAR = re.compile(r"^(1[6-9]\d\d|20\d\d)s?$")
NUMBER = re.compile(r"^\$?\d+(?:,\d{3})*(?:\.\d+)?%?$")
SCALE = _words(
    "hundred thousand million millions billion billions trillion trillions percent "
    "percentage dozen dozens hundreds thousands"
)
# Spelled-out numbers are weak evidence: "one of those", "the two of us" are no quantities.
NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety half third quarter twice triple"
)
UNITS = _words(
    "dollars dollar percent jobs people americans workers families years months days times "
    "votes troops soldiers barrels tons acres miles children students seniors cents points "
    "weapons deaths lives members countries states hours pounds"
)
COMPARISON = _words(
    "more less fewer higher lower increase increased increases increasing decrease "
    "decreased declined decline doubled double tripled quadrupled halved rose risen rising "
    "fell fallen dropped grew grown growth cut cuts reduced raised than since compared "
    "faster slower bigger smaller larger up down gained lost added surged plunged shrunk "
    "shrank"
)
SUPERLATIVE = _words(
    "highest lowest largest biggest smallest most least only first last record fastest "
    "slowest greatest worst best ever never every all none nobody single"
)
STATISTICS = _words(
    "percent rate rates unemployment deficit deficits debt tax taxes budget gdp income "
    "incomes poverty average median per inflation spending cost costs wages wage jobs "
    "employment economy revenue revenues trade oil prices price population survey poll "
    "polls data statistics billion million trillion crime murders insurance medicare "
    "security nuclear military defense energy dollars interest payroll welfare education "
    "health care percentage exports imports surplus emissions immigrants illegal jobless"
)
RECORD = _words(
    "voted vote votes passed signed vetoed supported opposed proposed introduced sponsored "
    "appointed created approved funded spent invested sent ended started built closed lost "
    "won killed elected enacted repealed negotiated raised cut balanced paid received took "
    "made released imposed"
)
PAST = _words("was were had did been became went came said told got gave saw")
NOT_PAST = _words(
    "need seed feed speed indeed red bed shed bred led hundred proceed succeed exceed united "
    "limited kindred sacred naked wicked beloved supposed interested concerned talented"
)
OPINION = _words(
    "think believe feel felt hope wish want wanted like love agree disagree good bad great "
    "wonderful terrible horrible wrong right important fair unfair strong weak disaster "
    "ridiculous tremendous proud sad shame respect concerned worried frankly honestly "
    "clearly obviously really deeply fundamental opinion values principle principles"
)
SHOULD = _words("should ought must need needs needed let's let gotta")
PREDICTION = _words(
    "will 'll ’ll going gonna would shall plan promise future tomorrow next intend expect "
    "i'll i’ll we'll we’ll you'll you’ll he'll he’ll she'll she’ll they'll they’ll it'll "
    "it’ll won't won’t i'd i’d we'd we’d"
)
HEDGE = _words(
    "maybe perhaps might could possibly probably guess seems seem somewhat sort kind suppose may"
)
FIRST_PERSON = _words("i me my myself i'm i’m i've i’ve i'd i’d i'll i’ll mine")
WE = _words("we our us ours we're we’re we've we’ve we'll we’ll")
YOU = _words("you your yours you're you’re you've you’ve yourself")
NEGATION = _words(
    "not no never n't nothing nor neither didn't doesn't don't isn't wasn't won't can't "
    "haven't hasn't"
)
WH = _words("what why how who whom which where when whether")
# A debate moderator's turns: thanking, calling on a candidate, keeping time.
MODERATOR = _words(
    "thank thanks minutes minute seconds question questions response respond rebuttal "
    "audience applause tonight debate moderator ladies gentlemen welcome evening segment "
    "topic"
)
TITLES = _words(
    "mr mrs ms senator governor president secretary vice congressman congresswoman mayor "
    "general dr speaker sir"
)
GREETING = re.compile(
    r"^\W*(thank you|thanks|good evening|good morning|welcome|okay|ok|all right|"
    r"alright|well|yes|no|now|so|and|but|look|listen)\b",
    re.I,
)
_TITLE = (
    r"(?:Mr|Mrs|Ms|Dr)\.?|Secretary|Senator|Governor|(?:Vice )?President|Congressman|"
    r"Congresswoman|Mayor|Speaker|General|Sir|Madam"
)
# "Senator Alvarez, you have two minutes": calling on someone, as a moderator does
VOCATIVE = re.compile(
    rf"^\W*(?:{_TITLE})(?: [A-Z][\w'’-]+)?\s*,|^\W*[A-Z][a-z]+(?: [A-Z][a-z]+)?, "
    rf"(?:you|your|please|thank|let|I'd|I want|I'm going)\b"
)
VOCATIVE_END = re.compile(rf",\s*(?:{_TITLE})(?: [A-Z][\w'’-]+)?\W*$")
CAP_STOP = _words("I I'm I’m I've I’ve I'll I’ll I'd I’d OK Okay Mr Mrs Ms Dr")
ATTRIBUTIONS = (
    "said",
    "according_to",
    "claimed",
    "reportedly",
    "alleged",
    "denied",
    "estimated",
    "rumored",
    "believed",
    "promised",
)
SPEAKER_KINDS = ("person", "organization", "government", "publication", "document")
WORD_PREFIX = "w:"
PHRASE_PREFIX = "b:"


@dataclass
class Features:
    """Feature name -> value, and name -> the words that raised it (for explanations)."""

    values: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, value: float, words: list[str] | None = None) -> None:
        if value:
            self.values[name] = self.values.get(name, 0.0) + value
            if words:
                self.evidence.setdefault(name, []).extend(words)


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text)


def bigrams(lows: list[str]) -> list[str]:
    """Two words in a row ("i think", "voted against") as phrase keys; figures break them."""
    words = [w if w[0].isalpha() else "" for w in lows]
    return [f"{PHRASE_PREFIX}{a} {b}" for a, b in pairwise(words) if a and b]


def claim_features(
    text: str,
    attribution: str = "asserted",
    speaker_kind: str | None = None,
    direct_quote: bool = False,
    vocabulary: frozenset[str] | None = None,
) -> Features:
    """Every feature of one claim's text (and how it is attributed)."""
    text = SPEAKER_LABEL.sub("", text, count=1)
    tokens = tokenize(text)
    lows = [t.lower() for t in tokens]
    f = Features()
    _quantities(f, tokens, lows)
    _lexical(f, lows)
    _entities(f, tokens)
    _frames(f, text, tokens, lows)
    _attribution(f, attribution, speaker_kind, direct_quote)
    n = sum(1 for t in tokens if t[0].isalnum() or t[0] == "$")
    # centred on a typical sentence, so that length explains only when unusual
    f.add("length", round(math.log((n + 1) / 16), 4), [f"{n} words"])
    if n < 6:
        f.add("short", 1.0, [str(n) + " words"])
    if n > 35:
        f.add("long", 1.0, [str(n) + " words"])
    if vocabulary:  # the key names its words: no evidence to keep
        keys = {WORD_PREFIX + w for w in lows}
        keys.update(bigrams(lows))
        f.values.update(dict.fromkeys(keys & vocabulary, 1.0))
    return f


def _quantities(f: Features, tokens: list[str], lows: list[str]) -> None:
    for i, (tok, low) in enumerate(zip(tokens, lows, strict=True)):
        if tok[0].isdigit() or tok[0] == "$":
            if YEAR.match(tok):
                f.add("year", 1.0, [tok])
                continue
            nxt = lows[i + 1] if i + 1 < len(lows) else ""
            words = [_with_unit(tok, tokens[i + 1 : i + 3])]
            f.add("quantity", 1.0, words)
            if tok[0] == "$" or tok[-1] == "%" or nxt in UNITS or nxt in SCALE:
                f.add("quantity_unit", 1.0, words)
        elif low in SCALE:
            f.add("scale_word", 1.0, [tok])
        elif low in NUMBER_WORDS:
            f.add("number_word", 1.0, [tok])
    for name in ("quantity", "year", "number_word"):
        if name in f.values:  # the first matters most: 1 + log of the count
            f.values[name] = 1.0 + math.log(f.values[name])


def _with_unit(number: str, after: list[str]) -> str:
    """'3.2 million tons': the figure with the scale and unit words that follow it."""
    words = [number]
    for tok in after:
        if tok.lower() not in SCALE and tok.lower() not in UNITS:
            break
        words.append(tok)
    return " ".join(words)


LEXICONS = (
    ("comparison", COMPARISON),
    ("superlative", SUPERLATIVE),
    ("statistics", STATISTICS),
    ("record_verb", RECORD),
    ("opinion", OPINION),
    ("should", SHOULD),
    ("prediction", PREDICTION),
    ("hedge", HEDGE),
    ("first_person", FIRST_PERSON),
    ("we", WE),
    ("you", YOU),
    ("negation", NEGATION),
    ("moderator", MODERATOR),
)

# word -> the lexicons it belongs to, so that one pass over the words finds them all
GROUPS_OF: dict[str, tuple[str, ...]] = {}
for _name, _lexicon in LEXICONS:
    for _w in _lexicon:
        GROUPS_OF[_w] = (*GROUPS_OF.get(_w, ()), _name)


def _lexical(f: Features, lows: list[str]) -> None:
    hits: dict[str, list[str]] = {}
    past = []
    for w in lows:
        for name in GROUPS_OF.get(w, ()):
            hits.setdefault(name, []).append(w)
        if w in PAST or (w.endswith("ed") and len(w) > 4 and w not in NOT_PAST):
            past.append(w)
    for name, words in hits.items():
        f.add(name, min(3.0, float(len(words))), words[:3])
    if past:
        f.add("past_tense", min(3.0, float(len(past))), past[:3])
    if "than" in hits.get("comparison", ()) and any(
        w.endswith("er") or w in ("more", "less", "fewer") for w in lows
    ):
        f.add("comparative_than", 1.0, ["than"])


def _entities(f: Features, tokens: list[str]) -> None:
    """Capitalised words inside the sentence stand in for named entities."""
    names = []
    for i, tok in enumerate(tokens):
        if i == 0 or not tok[0].isupper() or tok in CAP_STOP or tokens[i - 1] in (".", "?"):
            continue
        if tok.isupper() and len(tok) > 1:
            f.add("acronym", 1.0, [tok])
        names.append(tok)
    if names:
        f.add("named_entity", min(4.0, float(len(names))), names[:4])


def _frames(f: Features, text: str, tokens: list[str], lows: list[str]) -> None:
    stripped = text.rstrip(" \"'”’)")
    if stripped.endswith("?"):
        f.add("question", 1.0, ["?"])
    elif lows and lows[0] in WH:
        f.add("question", 0.5, [tokens[0]])
    if GREETING.match(text):
        f.add("discourse_opener", 1.0, [GREETING.match(text).group(1)])
    if VOCATIVE.match(text) or VOCATIVE_END.search(text):
        f.add(
            "addresses_someone",
            1.0,
            [(VOCATIVE.match(text) or VOCATIVE_END.search(text)).group(0).strip(" ,.")],
        )
    if lows[:2] in (["i", "think"], ["i", "believe"]) or "i think" in " ".join(lows[:4]):
        f.add("i_think", 1.0, ["I think"])


def _attribution(f: Features, attribution: str, kind: str | None, direct: bool) -> None:
    if attribution in ATTRIBUTIONS:
        f.add("attributed:" + attribution, 1.0, [attribution])
        f.add("quotes_other", 1.0, [attribution])
    if kind in SPEAKER_KINDS:
        f.add("speaker:" + kind, 1.0, [kind])
    if direct:
        f.add("direct_quote", 1.0, ["in quotation marks"])
