"""Word lists of the attribution cues (lemmas and lower-cased forms)."""

SAID_VERBS = {
    "say", "tell", "note", "state", "announce", "add", "write", "explain", "comment",
    "remark", "tweet", "declare", "confirm", "warn", "acknowledge", "admit", "reiterate",
    "stress", "emphasize", "emphasise", "observe", "testify", "respond", "reply", "recall",
    "conclude", "caution", "point", "report", "describe", "predict", "suggest", "indicate",
    "disclose", "concede", "urge", "post", "find", "show", "reveal",
}
CLAIM_VERBS = {"claim", "insist", "argue", "maintain", "contend", "assert", "purport"}
ALLEGE_VERBS = {"allege", "accuse", "blame"}
DENY_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "disavow", "dispute", "contest"}
ESTIMATE_VERBS = {"estimate"}
RUMOR_WORDS = {"rumor", "rumour", "speculation", "rumored", "rumoured", "gossip"}
REPORT_NOUNS = {"report", "reports"}
ALLEGE_NOUNS = {"allegation", "accusation"}
ESTIMATE_NOUNS = {"estimate"}
# Objects that make "reject/dismiss" a denial of a statement rather than of a bill or offer.
DENIABLE = {
    "claim", "allegation", "accusation", "report", "speculation", "rumor", "rumour",
    "suggestion", "charge", "assertion", "idea", "notion", "criticism", "this", "that", "it",
    "story", "account", "statement", "characterization", "claims", "reports", "them",
    "assessment", "figure", "figures", "finding", "findings", "version", "interpretation",
    "argument", "conclusion", "estimate", "number", "numbers", "analysis", "theory", "view",
    "suggestions", "allegations", "accusations", "charges", "rumours", "rumors", "assertions",
    "description", "portrayal", "premise", "reporting", "wrongdoing", "responsibility",
    "involvement", "knowledge", "link", "links", "role", "existence", "accuracy", "these",
    "those",
}
# "called the claims baseless", "described the report as false": a denial by characterisation
CALL_VERBS = {"call", "describe", "label", "brand", "characterize", "characterise", "term"}
FALSE_WORDS = {
    "false", "untrue", "baseless", "groundless", "fabricated", "fabrication", "fabrications",
    "unfounded", "nonsense", "lie", "lies", "absurd", "fake", "ridiculous", "speculation",
    "slander", "misleading", "inaccurate", "wrong", "propaganda", "fiction", "smear",
}
# Subjects that "show"/"reveal" a finding (data and documents, not people showing things)
EVIDENCE_NOUNS = {
    "figure", "figures", "data", "statistics", "record", "records", "study", "survey", "poll",
    "report", "document", "documents", "research", "analysis", "result", "results", "number",
    "numbers", "evidence", "review", "filing", "filings", "audit", "census", "footage", "test",
    "tests", "trial", "paper", "investigation", "estimate", "estimates", "model", "modelling",
}
VIEW_NOUNS = {"view", "opinion", "words", "assessment", "estimation", "judgment",
              "judgement", "analysis", "reading", "account"}
WH_WORDS = {"how", "whether", "if", "why", "when", "where", "what", "who", "which"}
NOT_DENIAL_OBJ = {
    "access", "entry", "visa", "bail", "permission", "request", "application", "service",
    "care", "right", "rights", "opportunity", "appeal", "motion", "bill", "offer",
    # rejecting a proposal or dismissing a person or a case is no denial of a statement
    "proposal", "plan", "deal", "agreement", "amendment", "nomination", "resolution", "budget",
    "demand", "call", "invitation", "bid", "treaty", "law", "measure", "candidate",
    "petition", "ultimatum", "ceasefire", "terms", "condition", "package", "case", "lawsuit",
    "suit", "complaint", "minister", "official", "officer", "general", "chief", "head",
    "director", "employee", "staff", "worker", "coach", "manager", "judge", "team", "player",
}
ADVERB_CUES = {
    "reportedly": "reportedly", "allegedly": "alleged", "purportedly": "alleged",
    "reputedly": "reportedly", "supposedly": "alleged",
}
CHANNELS = {"statement", "interview", "letter", "post", "tweet", "speech", "message", "email",
            "briefing", "release", "conference", "video", "note", "address", "op-ed", "filing",
            "report", "call", "broadcast", "podcast", "television", "radio"}
HEARSAY_VERBS = {"believe", "think", "understand", "say", "rumor", "rumour", "know"}
INTENT_VERBS = {"want", "try", "seek", "need", "hope", "plan", "aim", "wish", "attempt"}
UNNAMED_SOURCES = {"report", "reports", "media", "source", "sources", "estimate", "estimates",
                   "rumor", "rumors", "reporting"}
