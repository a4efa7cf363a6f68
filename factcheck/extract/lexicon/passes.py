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
# fmt: on
