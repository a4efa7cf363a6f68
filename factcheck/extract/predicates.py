"""Attribution by predicates of stance, evaluation, mental state and commitment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extract.frames import between_commas, loose_subject
from factcheck.extract.lexicon import (
    ATTITUDE_ADJECTIVES,
    BELIEF_VERBS,
    COMMIT_VERBS,
    EXPRESSIVE_NOUNS,
    SOURCE_NOUNS,
    SPEECH_ACT_VERBS,
    SUPPORT_VERBS,
)
from factcheck.extract.lexicon.passes import (
    ACT_CONTENT_PREPS,
    CLAUSE_ONLY,
    NEEDS_PREP,
    NEGATIVE_SUBJECTS,
    NOT_DONE,
    PARTICIPLE_TERMS,
    PHRASAL_ACTIONS,
    QUESTION_WORDS,
    ROLE_TAILS,
    SHARE_WORDS,
    STATE_VIEWS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


PREDICATE_ATTRIBUTION = {
    **{lemma: "said" for lemma in SPEECH_ACT_VERBS},
    **{lemma: "believed" for lemma in BELIEF_VERBS},
    **{lemma: "promised" for lemma in COMMIT_VERBS},
}
# What a predicate says something about: a clause, an infinitive, an object, a predicate
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "attr", "oprd", "dative", "parataxis"}
# "talked about the economy", "called for a recount", "railed against trade deals"
CONTENT_PREPS = {"about", "for", "on", "against", "of", "over", "as"}
EXPLETIVES = {"it", "there"}
LEMMA_FIXES = {"hop": "hope"}  # the model lemmatises "hopes" as "hop"
SPEAKER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
PERSON_SUFFIXES = ("ist", "ian", "eer")
AIM_VERBS = {"seek", "aim", "plan", "intend"}
FIRST_SECOND_PERSON = {"i", "we", "you"}
PERSONAL_PRONOUNS = {"he", "she", "i", "we", "they", "you"}
PLACE_ENTS = {"GPE", "LOC"}  # a state or a place; NORP groups ("Republicans") hold views
RELATIVES = {"who", "that", "which", "whom"}


def predicate_cue(tok: Token) -> str | None:
    """The attribution a stance/mental/commitment verb gives its clause, or None.

    The verb must have a content argument of a shape that makes it attitudinal ("wants a
    debate", "thinks he won", "called for a recount", "called the plan a disaster"), and a
    subject that can hold the attitude (not an expletive 'it', not a passive without agent).
    """
    lemma = LEMMA_FIXES.get(tok.lemma_.lower(), tok.lemma_.lower())
    adjective = attitude_adjective(tok)
    act = support_noun(tok)
    if adjective is not None:
        attribution = ATTITUDE_ADJECTIVES[adjective.lemma_.lower()]
    elif act is not None:
        attribution = EXPRESSIVE_NOUNS[act.lemma_.lower()]
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in act.children):
            return None  # "made no mention of", "did not raise any objection"
    else:
        attribution = PREDICATE_ATTRIBUTION.get(lemma)
        passive = any(c.dep_ == "nsubjpass" for c in tok.children) or _bare_participle(tok)
        if attribution is None or tok.pos_ != "VERB" or not (passive or _has_content(tok, lemma)):
            return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or _bare_participle(tok):
        # "was criticized by the mayor" names who did; "is expected to" is a hedge
        if lemma == "commit":
            return None  # "crimes committed by ...": a deed, not a commitment
        agent = passive_agent(tok)
        if agent is None or not can_speak(agent) or attribution == "believed":
            return None
        return attribution
    if any(c.dep_ == "neg" for c in tok.children) or _negated_subject(tok):
        return None  # "has not endorsed", "none of them supported": nothing is held or said
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if following is not None and following.lemma_.lower() in PARTICIPLE_TERMS.get(lemma, ()):
        return None  # "her lead in pledged delegates"
    if lemma == "want" and any(
        c.dep_ == "aux" and c.lower_ in ("may", "might") for c in tok.children
    ):
        return None  # "Hale may want to check his numbers": the writer's advice, not a wish
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NOT_DONE:
        return None  # "failed to agree a budget", "declined to endorse": it did not happen
    if _question_content(tok):
        return None  # "asked whether fares would rise": a question asserts nothing
    subject = holder(tok)
    if subject is None or subject.lower_ in EXPLETIVES | RELATIVES | {"this", "these"}:
        return None
    if subject.lower_ in FIRST_SECOND_PERSON:
        return None  # "we expect 40 sailings": the text's own speaker (an answer, a column)
    if not can_speak(subject):
        return None
    if attribution == "believed" and not _can_hold_attitude(subject, tok.lemma_.lower()):
        return None
    return attribution


def can_speak(subject: Token) -> bool:
    """A person, a body or a document: not 'the pressure', 'her confrontational manner'."""
    if subject.ent_type_ in SPEAKER_ENTS or subject.pos_ == "PROPN":
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ not in ("it", "this", "that", "which", "what")
    lemma = subject.lemma_.lower()
    if lemma in SHARE_WORDS or subject.pos_ == "NUM":
        # "a third of Democratic voters", "six in 10 voters", "most of them": a share of a
        # group; "Most believe", "26 percent said" share the group the text is counting
        group = next(
            (
                p
                for prep in subject.children
                if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
                for p in prep.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        return group is None or can_speak(group)
    return (
        lemma in SOURCE_NOUNS
        or subject.lower_ in SOURCE_NOUNS
        or lemma.endswith(PERSON_SUFFIXES)
        or _compound_role(lemma)
    )


def _compound_role(lemma: str) -> bool:
    """'dockworkers', 'policymakers', 'spokesperson', 'shareholders': a role noun written
    as one word with its field."""
    return any(lemma.endswith(tail) and len(lemma) > len(tail) + 2 for tail in ROLE_TAILS)


def _tally(subject: Token) -> bool:
    """'36 out of 107 members': a count of votes or positions, reported as a fact (a
    survey's share, 'six in 10 voters', 'a majority', is what respondents told it)."""
    return " out of " in " ".join(t.lower_ for t in subject.subtree)


def _can_hold_attitude(subject: Token, lemma: str) -> bool:
    """A person or a body that speaks for itself holds a view; a state's plans and a tally
    of votes are reported as facts ('the United States plans a checkpoint', '36 of 107
    members supported the idea'), and an aim needs someone who aims ('other regional
    actors are seeking influence' describes a situation)."""
    if subject.ent_type_ in PLACE_ENTS:
        # "Israel regards Jerusalem as its capital", "France feared a German colossus": a
        # state's stated position; but "the United States plans a checkpoint" is policy
        return lemma in STATE_VIEWS
    if _tally(subject):
        return False
    if lemma in AIM_VERBS:
        return subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in PERSONAL_PRONOUNS
    return True


def _has_content(tok: Token, lemma: str) -> bool:
    if tok.dep_ in ("parataxis", "ccomp") and between_commas(tok):
        return True  # "The deal, critics fear, could collapse": the host clause is content
    deps = {c.dep_ for c in tok.children}
    # "on Friday", "in March" say when, not what
    preps = {
        c.lower_
        for c in tok.children
        if c.dep_ in ("prep", "prt")
        and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
    }
    # "called for all candidates to publish": the parser hangs "for" on the infinitive
    preps |= {
        m.lower_
        for c in tok.children
        if c.dep_ == "advcl" and c.i > tok.i
        for m in c.children
        if m.dep_ == "mark" and m.lower_ == "for"
    }
    if lemma in NEEDS_PREP and preps & NEEDS_PREP[lemma]:
        return not (lemma == "refer" and "dobj" in deps)  # "referred 14 cases to prosecutors"
    if lemma == "call":
        # "called the plan a disaster", "called it rigged", "called on X to", "called that",
        # "called his actions “a crucial step”" (the label parsed as an apposition)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        label = next((c for c in tok.children if c.dep_ == "oprd"), None)
        if label is not None and (
            label.ent_type_ == "PERSON" or (label.pos_ == "PROPN" and not _quoted_label(label))
        ):
            return False  # "called Naghmeh Abedini": a telephone call
        return bool(deps & {"oprd", "ccomp", "xcomp"}) or (
            obj is not None
            and (
                any(c.dep_ in ("attr", "acomp", "npadvmod") for c in tok.children)
                or _quoted_label(obj)  # 'called protesters “illegals”' parsed label-first
                or any(c.dep_ == "appos" and _quoted_label(c) for c in obj.children)
            )
        )
    if lemma in NEEDS_PREP and lemma not in ("agree", "worry", "commit"):
        return bool(deps & {"ccomp"})
    if lemma in AIM_VERBS or lemma == "offer":
        # "seeks to win", "offered to mediate"; "seeking the nomination" is running
        return "xcomp" in deps
    if lemma in PHRASAL_ACTIONS and preps & PHRASAL_ACTIONS[lemma]:
        return False  # "backs them up", "called off the strike"
    if lemma in CLAUSE_ONLY:
        return (
            bool(deps & {"ccomp", "parataxis"})
            or ("dobj" in deps and "as" in preps)
            or (lemma == "wonder" and "ccomp" in deps)
        )
    if deps & CONTENT_DEPS:
        return True
    # "bragged about the crowd", "railed against trade deals", "spoke of a comeback"
    return any(
        c.dep_ == "prep"
        and c.lower_ in CONTENT_PREPS
        and any(
            p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in ("DATE", "TIME") for p in c.children
        )
        for c in tok.children
    )


def support_noun(tok: Token) -> Token | None:
    """'raised concerns that', 'offered her condolences', 'made the case that': the object
    of a light verb that names the speech act or attitude (the verb itself says little)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SUPPORT_VERBS:
        return None
    noun = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass")
            and c.lemma_.lower() in EXPRESSIVE_NOUNS
            and c.pos_ == "NOUN"
        ),
        None,
    )
    if noun is None:
        return None
    # The act must carry its content ("concerns that ...", "condolences to the families",
    # "complaints about"); "made his remarks during the breakfast", "raised similar
    # concerns" and "make that case" point back to words reported elsewhere.
    carriers = [
        c
        for c in (*noun.children, *tok.children)
        if c.dep_ in ("acl", "ccomp")
        or (c.dep_ in ("prep", "dative") and c.lower_ in ACT_CONTENT_PREPS)
    ]
    return noun if carriers else None


def attitude_adjective(tok: Token) -> Token | None:
    """'is confident that', 'was critical of': the adjective of attitude after a 'be'."""
    if tok.lemma_ != "be":
        return None
    return next(
        (c for c in tok.children if c.dep_ == "acomp" and c.lemma_.lower() in ATTITUDE_ADJECTIVES),
        None,
    )


def _question_content(tok: Token) -> bool:
    comp = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
    if comp is None:
        return False
    first = comp.left_edge
    return first.lower_ in QUESTION_WORDS or any(
        c.dep_ in ("mark", "advmod", "nsubj", "dobj")
        and c.lower_ in QUESTION_WORDS
        and c.i <= comp.i
        for c in comp.children
    )


def _negated_subject(tok: Token) -> bool:
    """'None of the states supported', 'Not one country has recognized', 'nor have they'."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and any(
        t.lower_ in NEGATIVE_SUBJECTS or t.dep_ == "neg" for t in subj.subtree
    ):
        return True
    doc = tok.doc
    before = doc[max(0, tok.left_edge.i - 2) : tok.i]  # "although nor have they condemned"
    return any(t.lower_ in ("nor", "neither") for t in before)


def _quoted_label(appos: Token) -> bool:
    """The label in 'called his actions “a crucial step”' stands in quotation marks."""
    first = appos.left_edge
    prev = appos.doc[first.i - 1] if first.i > 0 else None
    return first.is_quote or (prev is not None and prev.is_quote)


def _bare_participle(tok: Token) -> bool:
    """'Asked about the plan, 46 percent said ...': a past participle on its own is passive;
    the one asking is not the clause's subject."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def passive_agent(tok: Token) -> Token | None:
    by = next((c for c in tok.children if c.dep_ == "agent"), None)
    return next((p for p in by.children if p.dep_ == "pobj"), None) if by is not None else None


def holder(tok: Token) -> Token | None:
    """Who holds the attitude: the verb's subject, or that of the verb it is coordinated
    with or serves ('X wants to win and vowed to ...'); a relative clause's head noun
    ('Trump, who says ...')."""
    verb = tok
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or loose_subject(verb)
        if subj is not None:
            if subj.lower_ in RELATIVES and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return verb.head  # "supporters ... saying": the noun the participle describes
        return None
    return None
