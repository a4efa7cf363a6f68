"""Who a cue's clause belongs to: the source phrase on the parse, resolved to a Source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extract.cues import Cue
from factcheck.extract.frames import (
    is_passive,
    loose_subject,
    misparsed_main,
    viewer,
)
from factcheck.extract.gender import PRONOUN_GENDER
from factcheck.extract.inversions import inverted_name, inverted_object
from factcheck.extract.lexicon import PEOPLE_WORKS, RELATIVE_PRONOUNS, SHARE_WORDS
from factcheck.extract.lexicon.people import GENERIC_ORGS
from factcheck.extract.misparses import appositive_subject, asked_aside, subject_of_asked_aside
from factcheck.extract.registry import SourceRegistry
from factcheck.extract.speakers import (
    ORG_NOUNS,
    Mention,
    juxtaposed_name,
    norm_name,
    split_name_role,
    words_kind,
)
from factcheck.extract.types import ExtractedSource

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# "LONDON — ", "PHILADELPHIA (AP) — ", "WASHINGTON, June 24 (UPI) — ": where it was filed
WIRES = "|".join(("AFP", "AP", "Reuters", "UPI", "dpa", "Xinhua", "Bloomberg", "EFE", "ANSA"))
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{1,30}[A-Z.](?:,[^—–\n]{1,30}?)?(?:\s*\([^)\n]{1,40}\))?"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,[^—–\n()]{1,30}?)?\s*\((?:" + WIRES + r")\))"
    r"(?:\s*[—–]|\s+--?(?=\s))\s*"
)  # "LONDON (Reuters) - ": wire copy's hyphen; "Washington (AFP) – ": a wire's own case
Resolved = tuple[ExtractedSource | None, str | None, str | None]  # source, role, kind


def source_head(cue: Cue) -> Token | None:
    anchor = cue.anchor
    if cue.source_hint == "none":
        return None
    if cue.source_hint in ("self", "label"):  # the anchor itself names the source
        return anchor
    if anchor.dep_ == "acl" and misparsed_main(anchor):
        return anchor.head
    if anchor.dep_ == "acl" and anchor.tag_ == "VBG" and anchor.head.pos_ in ("NOUN", "PROPN"):
        return _share_of(anchor.head)  # 'residents saying ...': the ones described say it
    if cue.source_hint == "poss":  # "in her view"
        return viewer(anchor)
    if cue.source_hint == "pobj":
        return next((c for c in anchor.children if c.dep_ == "pobj"), None)
    if cue.source_hint == "agent":
        for c in anchor.children:
            if c.dep_ == "agent":
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        return None
    if asked_aside(anchor):
        return None  # 'Hale, asked about the budget, said': Hale was asked; by whom, unsaid
    inverted = inverted_name(anchor)
    if inverted is not None:
        return inverted
    appositive = appositive_subject(anchor)
    if appositive is not None:  # "..., its manager, Ted Dwyer, said."
        return inverted_object(anchor) or appositive  # a quotation's speaker comes first
    verb = anchor
    for _ in range(3):
        if _quoted_as(verb):  # "X was quoted as saying": X is the speaker
            verb = verb.head.head
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        subjs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [
            s for s in (loose_subject(verb),) if s is not None
        ]
        subjs = [s for s in subjs if not _dateline(s)] or subjs
        subj = next((s for s in subjs if not _inside_quote(s, verb)), subjs[0] if subjs else None)
        if subj is not None and verb.dep_ == "relcl" and subj.lower_ in RELATIVE_PRONOUNS:
            return _predicated_of(verb.head)  # "Trump, who says he is honored"
        if subj is not None:
            if subj.lower_ == "it" and any(c.dep_ == "auxpass" for c in verb.children):
                return None
            if subj.dep_ == "nsubjpass":
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                if agent is None:
                    return None
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
            return subj
        aside = _subject_before_aside(verb)
        if aside is not None:
            return aside
        asked = subject_of_asked_aside(verb)
        if asked is not None:
            return asked
        if verb.dep_ == "conj" and _tensed(verb) and not _tensed(verb.head):
            verb = _tensed_ancestor(verb.head)  # 'ran on his ability to jolt X and accused Y'
            continue
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ == "acomp" and verb.head.i != verb.i and not _expletive_subject(verb.head):
            verb = verb.head  # 'Voters are more likely to say ...', not 'It is fair to say'
            continue
        if verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.pos_ == "VERB":
            verb = verb.head  # 'Olsen paused, then revealed why ...': a loose coordination
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
            verb = verb.head.head  # 'Gage, after first saying ..., changed course': 'by saying'
            continue
        break
    return inverted_object(cue.anchor)


def _tensed(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP")


def _tensed_ancestor(verb: Token) -> Token:
    """The nearest verb with a tense above a non-finite one: a tensed verb coordinated with
    an infinitive or a participle was coordinated with the clause above it."""
    while verb.head.i != verb.i and not _tensed(verb):
        verb = verb.head
    return verb


def _predicated_of(noun: Token) -> Token:
    """The noun a relative clause is about; for 'Hale is a lawyer and activist who says
    ...', the subject the predicate noun describes (Hale)."""
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "attr" and top.head.lemma_ == "be":
        subject = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject
    return noun


def _share_of(noun: Token) -> Token:
    """'the proportion of voters (saying ...)': the voters, not the proportion."""
    if noun.lemma_.lower() not in SHARE_WORDS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None else noun


def _expletive_subject(verb: Token) -> bool:
    return any(
        c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that", "there")
        for c in verb.children
    )


def _subject_before_aside(verb: Token) -> Token | None:
    """'Mr. Ferris, whose firm sells software, said ...' / 'Ms. Tully, who has none, said':
    the parser made the aside a clause of the verb and the name its subject; the name
    standing before the comma is the one who speaks."""
    doc = verb.doc
    for clause in verb.children:
        if clause.i > verb.i or clause.dep_ not in ("ccomp", "advcl", "parataxis"):
            continue
        for subj in clause.children:
            if (
                subj.dep_ == "nsubj"
                and subj.i < clause.i
                and subj.pos_ == "PROPN"
                and subj.i + 1 < len(doc)
                and doc[subj.i + 1].text in (",", "-", "—", "–")
            ):
                return subj
    return None


def _dateline(tok: Token) -> bool:
    """'LONDON' in 'LONDON — Donald Trump said': the parser makes it a second subject."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if not (
        (tok.text.isupper() or (nxt is not None and nxt.text == "("))
        and len(tok.text) > 1
        and nxt is not None
        and nxt.text in ("—", "–", "-", "--", "(", ",")
    ):
        return False
    sent = tok.sent
    return DATELINE.match(sent.text, tok.left_edge.idx - sent.start_char) is not None


def _quoted_as(verb: Token) -> bool:
    """'saying' in 'was quoted as saying'."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.lower_ == "as"
        and prep.head.lemma_ == "quote"
        and is_passive(prep.head)
    )


def _inside_quote(subj: Token, verb: Token) -> bool:
    """'“Nobody cares,” said Jana Kolar': the quotation's subject sits before its closing mark,
    the speaker after the verb."""
    if subj.i > verb.i:
        return False
    return any(t.text in ("”", '"', "''") for t in subj.doc[subj.i + 1 : verb.i])


def resolve_source(head: Token, reg: SourceRegistry) -> Resolved:
    m = split_name_role(head)
    if m.pronoun:
        if m.pronoun in ("i", "you", "we"):
            return None, None, None
        src = reg.resolve_pronoun(m.pronoun)
        return src, (src.role if src else None), (src.kind if src else None)
    if m.work:
        # "the author", "the article": the cited work's author; an uncited "study" or
        # "documents" speaks for itself
        cited = reg.last_author
        if cited is None and head.lemma_.lower() not in PEOPLE_WORKS:
            cited = reg.last_publisher  # "the article" of a publisher without a named author
        if cited:
            src = reg.add(Mention(cited, None, "person" if reg.last_author else "organization"))
            return src, m.role, src.kind if src else m.kind
        src = reg.add(Mention(m.role, None, m.kind)) if m.role else None
        return src, m.role, m.kind
    named_appos = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children) or (
        juxtaposed_name(head) is not None
    )
    if _definite_role(head) and not named_appos:  # ("the companies": not one of them)
        earlier = reg.by_role(head.lemma_.lower()) if head.tag_ != "NNS" else None
        if earlier is not None:  # "the spokesman said" after "Lev Antal, a spokesman for ..."
            return earlier, earlier.role, earlier.kind
        if head.lemma_.lower() in ORG_NOUNS and _bare(head) and head.tag_ != "NNS":
            org = _org_before(head, reg) or reg.resolve_org_noun(head.lemma_.lower())
            if org is not None:  # "the company denied", "the bank reported"
                return org, org.role, org.kind
    src = reg.add(m)
    return src, m.role, (src.kind if src is not None else m.kind)


def _org_before(head: Token, reg: SourceRegistry) -> ExtractedSource | None:
    """'... flying hours with EgyptAir, the airline said': an organisation named earlier in
    the same sentence (the registry has not seen the sentence's names yet), unless it is
    the one spoken to ('told Reuters')."""
    lemma = head.lemma_.lower()
    for ent in _named_before(head, "ORG"):
        if ent.root.dep_ in ("dobj", "dative"):
            continue
        last = norm_name(ent.text).split()[-1:]
        if lemma in GENERIC_ORGS or last == [lemma] or last == [lemma + "s"]:
            return reg.add(Mention(ent.text, None, "organization"))
        return None  # the nearest organisation is some other kind of body
    return None


def _bare(head: Token) -> bool:
    """'the company', not 'the national gas operator' (a description of its own)."""
    return all(
        c.dep_ in ("det", "punct") or c.is_space
        for c in head.children
        if c.i < head.i or c.dep_ in ("prep", "compound", "amod")
    )


def _definite_role(head: Token) -> bool:
    return head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children
    )


def source_named_by_words(
    doc: Doc, span: tuple[int, int], reg: SourceRegistry
) -> tuple[ExtractedSource | None, str | None, str | None, tuple[int, int]]:
    """The source a run of words names, read from the words when the parse cannot be
    trusted: a pronoun resolved, 'the hospital' as the organisation named before, else the
    words themselves ('ministers', 'the Kremlin')."""
    tokens = list(doc[span[0] : span[1]])
    mention = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    last = tokens[-1]
    if len(tokens) == 1 and last.pos_ == "PRON":
        named = _person_before(last, reg)
        if named is not None:  # "Ruiz says Hale took a bribe, an allegation he denies"
            return named, named.role, named.kind, mention
        source, role, kind = resolve_source(last, reg)
        return source, role, kind, mention
    words = [t for t in tokens if t.lower_ not in ("the", "a", "an")]
    if len(words) == 1 and last.lemma_.lower() in ORG_NOUNS:
        org = reg.resolve_org_noun(last.lemma_.lower())
        if org is not None:
            return org, org.role, org.kind, mention
    source = reg.add(Mention(" ".join(t.text for t in words), None, words_kind(words)))
    return source, None, source.kind if source is not None else None, mention


def _person_before(pronoun: Token, reg: SourceRegistry) -> ExtractedSource | None:
    """The last person named in the pronoun's own sentence before it, if the pronoun can
    stand for them (the registry has not seen this sentence's names yet)."""
    want = PRONOUN_GENDER.get(pronoun.lower_)
    if want is None:
        return None
    for ent in _named_before(pronoun, "PERSON"):
        if reg.gender_of(ent.text) in (None, want):
            return reg.add(Mention(ent.text, None, "person"))
    return None


def _named_before(tok: Token, label: str) -> list[Span]:
    """Entities of `label` in tok's sentence that end before tok's phrase, nearest first.
    The registry notes a sentence's names only once the sentence is read, so a source
    phrase that points back inside its own sentence looks here."""
    sent_ents = tok.sent.ents
    return [e for e in reversed(sent_ents) if e.label_ == label and e.end <= tok.left_edge.i]
