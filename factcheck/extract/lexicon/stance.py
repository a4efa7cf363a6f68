"""Predicates of stance, mental state and commitment; nouns that hold a view or frame a clause."""

# The lists stay packed by meaning, many words a line, to read as a glossary.
# fmt: off

# --- Predicates of stance, evaluation, mental state and commitment ------------------------
# News attributes far more than speech: "Cruz criticized the plan", "Sanders wants a debate",
# "the governor vowed to veto it". The lemmas below were mined from an annotated news corpus
# (PolNeAR's train split; `bench/mine_cues.py` prints each lemma's frequency as a cue and how
# often the word is a cue when it heads a clause outside quotations: docs/cue_lexicon.md),
# then grouped by meaning and completed with their near synonyms, so that the classes, not
# the corpus, decide. They frame a clause only with a content argument (predicates.py).

# speech acts reported neutrally: said
SPEECH_ACT_VERBS = {
    "call", "ask", "criticize", "criticise", "praise", "mention", "discuss", "talk", "cite",
    "express", "question", "recall", "propose", "defend", "denounce", "attack", "blast",
    "slam", "mock", "tout", "boast", "brag", "thank", "congratulate", "applaud", "hail",
    "commend", "condemn", "decry", "lament", "lambaste", "assail", "rail", "chide", "scold",
    "rebuke", "berate", "ridicule", "deride", "taunt", "joke", "quip", "complain", "plead",
    "demand", "recommend", "advocate", "encourage", "implore", "remind", "assure", "reassure",
    "highlight", "underscore", "repeat", "echo", "reaffirm", "hint", "allude", "reference",
    "refer", "compare", "portray", "depict", "characterize",
    "characterise", "label", "dub", "endorse", "shout", "chant", "email", "answer", "signal",
    "imply", "insinuate", "speculate", "apologize", "apologise", "wonder",
    # verbs of saying that also report a noun-phrase content ("announced his resignation",
    # "told Bush to quiet down", "warned of a recession")
    "tell", "announce", "describe", "warn", "urge", "report", "reveal", "confirm",
    "acknowledge", "admit", "predict", "post", "tweet", "write", "unveil",
    # responses, refusals and reactions
    "issue", "welcome", "cheer", "quote", "rule", "bemoan",
    "downplay", "dispute", "concede", "remark", "caution", "disclose", "comment", "tease",
    "acclaim", "lash", "vent", "gush", "muse", "insist", "retort", "counter", "fire",
    "speak", "push", "challenge", "champion", "weigh",
}
# mental states, attitudes and aims: believed
BELIEF_VERBS = {
    "think", "believe", "know", "expect", "hope", "fear", "worry", "want", "wish", "doubt",
    "suspect", "feel", "understand", "recognize", "recognise", "realize", "realise",
    "consider", "regard", "view", "deem", "see", "imagine", "assume", "suppose",
    "support", "back", "oppose", "favor", "favour", "prefer", "like", "dislike", "love",
    "hate", "agree", "disagree", "plan", "intend", "seek", "aim", "trust", "distrust",
    "decide", "learn", "remember", "forget", "care", "resist", "anticipate",
    "envision", "dread", "admire", "respect", "resent", "embrace",
}
# commitments: promised
COMMIT_VERBS = {"promise", "vow", "pledge", "commit", "swear", "guarantee", "threaten", "offer"}
# Support-verb constructions: a light verb whose object names the speech act or attitude
# ("raised concerns that", "offered condolences to", "made the case that", "gave assurances").
# The noun, not the verb, says what kind of attribution it is.
SUPPORT_VERBS = {"raise", "voice", "air", "make", "offer", "give", "lodge", "file", "register",
                 "level", "extend", "send", "deliver", "issue", "express", "share", "pay",
                 "put", "tweet", "post", "reiterate", "reaffirm", "restate"}
EXPRESSIVE_NOUNS = {
    "concern": "believed", "doubt": "believed", "fear": "believed", "hope": "believed",
    "worry": "believed", "reservation": "believed", "optimism": "believed",
    "skepticism": "believed", "scepticism": "believed", "confidence": "believed",
    "support": "believed", "opposition": "believed", "backing": "believed",
    "objection": "said", "complaint": "said", "criticism": "said", "praise": "said",
    "condolence": "said", "sympathy": "said", "thanks": "said", "congratulation": "said",
    "apology": "said", "statement": "said", "remark": "said", "comment": "said",
    "warning": "said", "prediction": "said", "defense": "said", "defence": "said",
    "endorsement": "said", "appeal": "said", "plea": "said",
    "point": "said", "announcement": "said", "accusation": "alleged", "allegation": "alleged",
    "charge": "alleged", "claim": "claimed", "case": "claimed", "argument": "claimed",
    "denial": "denied", "rebuttal": "denied", "assurance": "promised", "guarantee": "promised",
    "promise": "promised", "pledge": "promised", "vow": "promised", "threat": "promised",
}
# Common nouns that can hold a view or make a statement: people by role or group,
# organisations, and the documents and media that "say", "show" or "find". Mined as the
# heads of annotated sources in PolNeAR's train split, then completed by class.
SOURCE_NOUNS = {
    # people by role
    "official", "candidate", "voter", "supporter", "leader", "senator", "aide", "expert",
    "adviser", "advisor", "president", "member", "spokesman", "spokeswoman", "spokesperson",
    "governor", "judge", "strategist", "woman", "man", "critic", "ally", "lawmaker", "friend",
    "nominee", "politician", "analyst", "executive", "reporter", "economist", "secretary",
    "activist", "manager", "employee", "insider", "advocate", "opponent", "person", "people",
    "conservative", "liberal", "progressive", "rival", "organizer", "prosecutor", "delegate",
    "lawyer", "attorney", "businessman", "businesswoman", "wife", "husband", "investor",
    "user", "director", "donor", "chairman", "chairwoman", "chair", "millennial", "protester",
    "host", "moderator", "observer", "chief", "attendee", "father", "mother", "brother",
    "sister", "son", "daughter", "backer", "researcher", "mogul", "actor", "actress", "mayor",
    "pollster", "operative", "worker", "diplomat", "superdelegate", "commentator",
    "journalist", "speaker", "fan", "narrator", "columnist", "contender", "staffer", "hopeful",
    "justice", "editor", "student", "author", "scientist", "minister", "lobbyist", "partner",
    "veteran", "pastor", "resident", "representative", "proponent", "associate", "socialist",
    "colleague", "defender", "scholar", "demonstrator", "investigator", "environmentalist",
    "pundit", "congressman", "congresswoman", "owner", "legislator", "citizen", "frontrunner",
    "participant", "ambassador", "historian", "writer", "founder", "evangelical", "officer",
    "head", "teacher", "doctor", "physician", "professor", "parent", "source", "republican",
    "democrat", "independent", "other", "others", "majority",
    "minority", "crowd", "audience", "public", "residents", "family", "couple", "staff",
    "inspector", "regulator", "auditor", "watchdog", "negotiator", "mediator", "operator",
    "campaigner", "farmer", "nurse", "engineer", "neighbour", "neighbor", "customer",
    "passenger", "driver", "player", "survivor", "victim", "witness", "spokesmen",
    # organisations and groups
    "campaign", "group", "company", "administration", "team", "party", "organization",
    "organisation", "government", "police", "office", "board", "agency", "authority",
    "ministry", "union", "court",
    "newspaper", "network", "outlet", "department", "committee", "panel", "firm", "camp",
    "establishment", "leadership", "movement", "council", "commission", "legislature",
    "faction", "wing", "base", "side", "magazine", "website", "site", "publication",
    "medium", "media", "press", "army", "military", "bank", "airline", "school",
    "university", "institute", "foundation", "association", "coalition", "industry",
    # documents, data and media that say or show
    "poll", "survey", "report", "result", "study", "analysis", "polling", "record", "data",
    "datum", "number", "figure", "statement", "email", "ad", "advertisement", "video",
    "letter", "document", "filing", "lawsuit", "message", "tweet", "post", "page", "book",
    "article", "editorial", "release", "review", "investigation", "evidence", "research",
    "projection", "estimate", "finding", "transcript", "footage", "memo", "count", "tally",
    "platform", "headline", "story", "speech", "statistic", "affidavit", "complaint",
    "indictment", "ruling", "order", "bill", "law", "legislation", "agreement", "plan",
}
# Nouns that frame a clause of someone's: "the senator's claim that the bridge was unsafe",
# "his promise to cut taxes", "the ministry's warning that ..."
NOUN_FRAMES = {
    "claim": "claimed", "assertion": "claimed", "argument": "claimed", "contention": "claimed",
    "insistence": "claimed", "allegation": "alleged", "accusation": "alleged",
    "statement": "said", "remark": "said", "comment": "said", "announcement": "said",
    "warning": "said", "prediction": "said", "suggestion": "said", "admission": "said",
    "acknowledgment": "said", "acknowledgement": "said", "explanation": "said",
    "call": "said", "demand": "said", "message": "said", "testimony": "said",
    "view": "believed", "belief": "believed", "fear": "believed", "hope": "believed",
    "expectation": "believed", "conviction": "believed", "suspicion": "believed",
    "assumption": "believed", "wish": "believed", "desire": "believed", "plan": "believed",
    "promise": "promised", "pledge": "promised", "vow": "promised", "commitment": "promised",
    "threat": "promised", "offer": "promised", "denial": "denied", "rejection": "denied",
}

# Adjectives of attitude after "be": "X is confident that", "was critical of", "is eager to"
ATTITUDE_ADJECTIVES = {
    "aware": "believed", "concerned": "believed", "eager": "believed", "proud": "believed",
    "optimistic": "believed", "pessimistic": "believed", "skeptical": "believed",
    "sceptical": "believed", "confident": "believed", "sure": "believed", "certain": "believed",
    "convinced": "believed", "worried": "believed", "afraid": "believed", "hopeful": "believed",
    "impressed": "believed", "interested": "believed", "willing": "believed",
    "determined": "believed", "unhappy": "believed", "pleased": "believed", "angry": "believed",
    "furious": "believed", "frustrated": "believed", "disappointed": "believed",
    "supportive": "believed", "opposed": "believed", "wary": "believed", "doubtful": "believed",
    "keen": "believed", "appreciative": "believed", "grateful": "believed",
    "satisfied": "believed", "unconvinced": "believed", "fearful": "believed",
    "critical": "said", "adamant": "claimed", "insistent": "claimed", "vocal": "said",
}
# fmt: on
