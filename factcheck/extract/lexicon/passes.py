"""Word lists the sentence-level passes use (states, scenes, relatives, parts of speech)."""

# The lists stay packed by meaning, many words a line, to read as a glossary.
# fmt: off

from factcheck.extract.lexicon.speech import (
    ALLEGE_VERBS,
    CLAIM_VERBS,
    DENY_VERBS,
    ESTIMATE_VERBS,
    HEARSAY_VERBS,
    SAID_VERBS,
)

# --- Words the sentence-level passes use ------------------------------------------------
# present-simple verbs of state or habit that news prose uses for facts, not scenes
STATIVE_VERBS = {
    "be", "have", "remain", "employ", "own", "contain", "include", "cost", "need", "mean",
    "seem", "appear", "represent", "account", "belong", "depend", "exist", "lack", "face",
    "operate", "serve", "cover", "carry", "make", "produce", "supply", "provide", "allow",
    "require", "expect", "plan", "know", "want", "believe", "think", "hope", "fear", "run",
    "control", "hold", "use", "receive", "earn", "pay", "consist", "total", "reach", "exceed",
    "keep", "get", "take", "go", "come", "do", "say", "suspect", "recommend", "doubt", "agree",
    "disagree", "support", "oppose", "favour", "favor", "prefer", "like", "love", "worry",
    "consider", "see", "regard", "predict", "tend", "continue", "struggle",
}
CUE_LEMMAS = SAID_VERBS | CLAIM_VERBS | ALLEGE_VERBS | DENY_VERBS | ESTIMATE_VERBS | HEARSAY_VERBS
SCENE_PREPS = {"on", "in", "at", "near", "outside", "inside", "along", "during", "behind",
               "across", "through", "past", "into", "under", "beside", "to", "toward",
               "towards", "over", "around", "from", "by"}
PEOPLE_WORKS = {"researcher", "researchers", "author", "authors", "writer", "scientist"}
# Attributions whose cue names who stands behind the claim (the others hedge: unnamed)
NAMED_ATTRIBUTIONS = {"said", "according_to", "claimed", "denied", "alleged", "estimated",
                      "believed", "promised"}
SPEECH_LEMMAS = {"say", "ask", "add", "tell", "reply", "write", "note", "explain", "insist"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}

# used by cues.py
# "..., after the government confirmed that": a cue in an adverbial clause frames only it
SUBORDINATORS = {"after", "before", "when", "since", "because", "as", "while", "until", "once",
    "if", "unless", "whereas", "although", "though"}

# used by cues.py
PRIZES = {"victory", "win", "seat", "title", "percent", "share", "crown", "prize",
    "nomination", "delegate", "vote", "state", "spot", "place", "lead", "life", "lives",
    "medal", "majority", "seats", "votes", "delegates", "states"}

# used by predicates.py
# Predicates whose bare object is no content: "saw a surge", "knows the area", "called him"
CLAUSE_ONLY = {"see", "know", "understand", "feel", "recognize", "recognise", "realize",
    "realise", "imagine", "assume", "suppose", "wonder", "rule", "fire", "counter", "learn",
    "remember", "forget", "decide"}

# used by predicates.py
NEEDS_PREP = {"call": {"for", "on"}, "talk": {"about"}, "rail": {"against"}, "refer": {"to"},
    "allude": {"to"}, "apologize": {"for"}, "apologise": {"for"},
    "agree": {"with", "on", "to"}, "disagree": {"with"}, "plead": {"for", "with"},
    "compare": {"to", "with"}, "speculate": {"about", "on"}, "complain": {"about", "of"},
    "joke": {"about"}, "worry": {"about"}, "commit": {"to"}, "hint": {"at"},
    "speak": {"about", "of", "out", "against"}, "push": {"for"}, "weigh": {"in"}}

# used by predicates.py
PHRASAL_ACTIONS = {"back": {"up", "down", "off", "away", "out"}, "call": {"off", "up", "in"},
    "write": {"off", "down"}, "offer": {"up"}, "fire": {"up", "off"}}

# used by predicates.py
SHARE_WORDS = {"third", "half", "quarter", "majority", "plurality", "minority", "most", "many",
    "some", "all", "percent", "share", "proportion", "fraction", "number", "none", "few", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

# used by predicates.py
# Verbs of judgement a state holds as a position (not its plans, wishes or support)
STATE_VIEWS = {"regard", "view", "consider", "deem", "see", "fear", "doubt", "suspect",
    "believe", "recognize", "recognise"}

# used by predicates.py
ROLE_TAILS = ("worker", "maker", "person", "woman", "member", "leader", "owner", "holder",
    "voter", "official", "writer", "watcher")

# used by predicates.py
ACT_CONTENT_PREPS = {"about", "on", "of", "over", "against", "for", "to", "with", "regarding"}

# used by predicates.py
NOT_DONE = {"fail", "decline", "refuse", "neglect", "forget", "hesitate"}

# used by predicates.py
# A participle that names a kind of thing with the noun after it: "pledged delegates" are
# delegates bound to a candidate, not a pledge of delegates
PARTICIPLE_TERMS = {"pledge": {"delegate"}}

# used by predicates.py
QUESTION_WORDS = {"whether", "if", "how", "why", "what", "when", "where", "who", "which"}

# used by predicates.py
NEGATIVE_SUBJECTS = {"none", "nobody", "neither", "no", "nor", "never"}
# fmt: on
