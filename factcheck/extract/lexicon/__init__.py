"""The cue lexicon: every word list of the extractor, importable from this one module.

The lists are grouped by meaning in three files (speech: saying, claiming, denying, reporting;
stance: attitudes, mental states, commitments, holders; passes: words the sentence-level passes
use); import them from here: `from factcheck.extract.lexicon import SAID_VERBS`.
"""

from factcheck.extract.lexicon.passes import (
    CONTENT_POS,
    CUE_LEMMAS,
    NAMED_ATTRIBUTIONS,
    PEOPLE_WORKS,
    RELATIVE_PRONOUNS,
    SCENE_PREPS,
    SPEECH_LEMMAS,
    STATIVE_VERBS,
)
from factcheck.extract.lexicon.speech import (
    ADVERB_CUES,
    ALLEGE_NOUNS,
    ALLEGE_VERBS,
    CALL_VERBS,
    CHANNELS,
    CLAIM_VERBS,
    DENIABLE,
    DENY_VERBS,
    ESTIMATE_NOUNS,
    ESTIMATE_VERBS,
    EVIDENCE_NOUNS,
    FALSE_WORDS,
    HEARSAY_VERBS,
    INTENT_VERBS,
    NOT_DENIAL_OBJ,
    RUMOR_WORDS,
    SAID_VERBS,
    UNNAMED_SOURCES,
    VIEW_NOUNS,
    WH_WORDS,
)
from factcheck.extract.lexicon.stance import (
    ATTITUDE_ADJECTIVES,
    BELIEF_VERBS,
    COMMIT_VERBS,
    NOUN_FRAMES,
    SOURCE_NOUNS,
    SPEECH_ACT_VERBS,
)

__all__ = [
    "ADVERB_CUES",
    "ALLEGE_NOUNS",
    "ALLEGE_VERBS",
    "ATTITUDE_ADJECTIVES",
    "BELIEF_VERBS",
    "CALL_VERBS",
    "CHANNELS",
    "CLAIM_VERBS",
    "COMMIT_VERBS",
    "CONTENT_POS",
    "CUE_LEMMAS",
    "DENIABLE",
    "DENY_VERBS",
    "ESTIMATE_NOUNS",
    "ESTIMATE_VERBS",
    "EVIDENCE_NOUNS",
    "FALSE_WORDS",
    "HEARSAY_VERBS",
    "INTENT_VERBS",
    "NAMED_ATTRIBUTIONS",
    "NOT_DENIAL_OBJ",
    "NOUN_FRAMES",
    "PEOPLE_WORKS",
    "RELATIVE_PRONOUNS",
    "RUMOR_WORDS",
    "SAID_VERBS",
    "SCENE_PREPS",
    "SOURCE_NOUNS",
    "SPEECH_ACT_VERBS",
    "SPEECH_LEMMAS",
    "STATIVE_VERBS",
    "UNNAMED_SOURCES",
    "VIEW_NOUNS",
    "WH_WORDS",
]
