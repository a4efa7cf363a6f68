"""Who says it: the source noun phrase of a cue, split into name and role, with aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.extract.lexicon.people import (
    GOV_WORDS,
    HE_SHE,
    IT_THEY,
    KIND_BY_ENT,
    ORG_NOUNS,
    PUBLICATION_NOUNS,
    QUANTIFIERS,
    ROLE_NOUNS,
    SHOW_FORMS,
    TITLES,
    WORK_NOUNS,
)

HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+")


@dataclass
class Mention:
    """A source as written: its name (None if only a role), role and kind."""

    name: str | None
    role: str | None
    kind: str
    pronoun: str | None = None
    work: bool = False  # "the author", "the article": resolve through citations
    author_tok: Any = None


def _text(tokens: list[Any]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _strip_det(tokens: list[Any]) -> list[Any]:
    while tokens and (tokens[0].dep_ in ("det", "punct", "cc") or tokens[0].is_space):
        if len(tokens) > 1 and tokens[0].text == "No" and tokens[1].like_num:
            break  # "No 10" (Downing Street), "No. 2": a name, not a determiner
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _core(head: Any) -> list[Any]:
    """The head with its left modifiers (no relative clauses, appositions or prepositions)."""
    left = [t for t in head.subtree if t.i < head.i]
    keep: list[Any] = []
    for t in reversed(left):
        if t.dep_ in ("punct", "relcl", "appos", "acl", "cc") or t.is_space:
            break
        keep.insert(0, t)
    return _strip_det([*keep, head])


def _name_chain(head: Any) -> list[Any]:
    """Contiguous proper-noun tokens ending at head (compounds and flat names)."""
    chain = [head]
    i = head.i - 1
    while i >= 0:
        t = head.doc[i]
        if (
            t.pos_ == "PROPN"
            and t.dep_ in ("compound", "nmod", "flat", "amod")
            and (t.head.i == head.i or t.head.i in {c.i for c in chain})
        ):
            chain.insert(0, t)
            i -= 1
            continue
        if t.text in ("-", "‐") and not t.whitespace_ and i > 0 and not head.doc[i - 1].whitespace_:
            i -= 1  # hyphenated names: Nur-Sultan, Abu-Bakr
            continue
        if t.text in (".",) or t.lower_ in ("de", "van", "von", "al", "bin", "da"):
            i -= 1
            continue
        break
    return [t for t in chain if not t.is_punct]


def words_kind(tokens: list[Any]) -> str:
    ents = [t.ent_type_ for t in tokens if t.ent_type_]
    if not ents:
        low = " ".join(t.lower_ for t in tokens)
        if any(w in low for w in GOV_WORDS):
            return "government"
        if tokens and all(t.pos_ == "PROPN" for t in tokens) and len(tokens) >= 2:
            return "person"
        return "unknown"
    label = max(set(ents), key=ents.count)
    return KIND_BY_ENT.get(label, "unknown")


def split_name_role(head: Any) -> Mention:
    """'Federation Council Speaker Valentina Matvienko' -> name 'Valentina Matvienko',
    role 'Federation Council Speaker'; 'a spokeswoman for the ministry' -> name 'ministry'."""
    low = head.lower_
    # "Some argue ...": a quantifier counts people, it points back at no earlier speaker
    if (head.pos_ == "PRON" and low not in QUANTIFIERS) or low in HE_SHE | IT_THEY | {"i", "you"}:
        return Mention(None, None, "unknown", pronoun=low)
    appos = [c for c in head.children if c.dep_ == "appos"]
    person_appos = [a for a in appos if a.pos_ == "PROPN" and a.ent_type_ == "PERSON"]
    if head.pos_ == "PROPN" and person_appos and head.ent_type_ != "PERSON":
        # "the US Ambassador to Tajikistan John Mark Pommersheim": the apposition is the name
        inner = split_name_role(person_appos[0])
        first = person_appos[0].left_edge.i
        inner.role = _text(_strip_det([t for t in head.subtree if t.i < first])) or inner.role
        inner.kind = "person"
        return inner
    if (
        head.pos_ == "PROPN"
        and head.lower_ in WORK_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "by" for c in head.children)
    ):
        return _work_mention(head)  # "Analysis by the Campaign for ..." (capitalised noun)
    # A lower-case word the tagger called PROPN ("Calvia's foreign ministry") is no name:
    # the common-noun path keeps its possessor and modifiers instead of a bare "ministry".
    if head.pos_ == "PROPN" and not head.text[:1].islower():
        chain = _name_chain(head)
        cut = 0
        for k, t in enumerate(chain):
            if t.lower_ in TITLES:
                cut = k + 1
        if cut >= len(chain):
            cut = 0  # the chain ends in a title word: an organisation ("Labor Party")
        name_toks = chain[cut:]
        end = head.i + 1
        while end < len(head.doc) and head.doc[end].ent_iob_ == "I":
            end += 1  # the entity goes on: "Chamber of Commerce"
        if head.ent_type_ and end > head.i + 1:
            name_toks = name_toks + list(head.doc[head.i + 1 : end])
        role_toks = _strip_det(
            [t for t in head.subtree if t.i < name_toks[0].i and t.i >= head.left_edge.i]
        )
        role = _text(role_toks) or None
        appos = [a for a in appos if not a.like_num]  # "Reyes, 54, said": an age
        if appos:
            role = _text(_strip_det(list(appos[0].subtree))) or role
        pair = next(
            (
                c
                for c in head.children
                if c.dep_ == "conj" and c.pos_ == "PROPN" and head.ent_type_ == "PERSON"
            ),
            None,
        )
        if pair is not None and any(c.lower_ == "and" for c in head.children):
            name_toks = [*name_toks, *head.doc[head.i + 1 : pair.i + 1]]  # "Ken and Lisa Osei"
        name = HONORIFIC.sub("", _text(name_toks))
        kind = words_kind(name_toks) if cut == 0 else "person"
        if appos and appos[0].lemma_.lower() in ORG_NOUNS and kind == "person":
            kind = "organization"  # "Lumora, the streaming service, said": NER said person
        return Mention(name, role, kind)
    if head.like_num or low in QUANTIFIERS:  # "one of the people", "two of the officials"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(c.dep_ == "pobj" for c in of.children):
            toks = _strip_det(list(head.subtree))
            return Mention(_text(toks), None, words_kind(toks))
    close = juxtaposed_name(head)
    if close is not None:  # "the charity WaterFirst", parsed apart
        return Mention(_text(close), _text(_core(head)), words_kind(close))
    last = head.doc[head.right_edge.i]
    if (
        not appos
        and last.dep_ == "appos"
        and last.pos_ == "PROPN"
        and last.i > head.i + 2
        and (low in ORG_NOUNS or low in ROLE_NOUNS)
    ):
        appos = [last]  # "The union representing support staff, Unify, said"
    # common-noun head: a named apposition wins ("the ministry's spokeswoman, Jane Roe")
    for ap in appos:
        if ap.pos_ == "PROPN":
            inner = split_name_role(ap)
            inner.role = _text(_core(head))
            if head.lemma_.lower() in ORG_NOUNS:  # "the port operator, Castellan Terminals"
                inner.kind = "organization"
            return inner
    if low in WORK_NOUNS or head.lemma_.lower() in WORK_NOUNS:
        return _work_mention(head)
    if low in ROLE_NOUNS or head.lemma_.lower() in ROLE_NOUNS:
        org = _org_of(head)
        if org is not None:
            # "figures from the council show": the mis-tagged verb is not part of the name
            toks = [  # "Ohio's top health official": Ohio, not "Ohio's"
                t
                for t in org.subtree
                if not (t.i == org.i and t.lower_ in SHOW_FORMS)
                and not (t.dep_ == "case" and t.head.i == org.i)
            ]
            toks = _strip_det(toks) or [org]
            role = _text(_strip_det([t for t in head.subtree if t.lower_ not in SHOW_FORMS]))
            return Mention(_text(toks), role, words_kind(toks))
    core = _core(head)
    return Mention(_text(core) or head.text, None, words_kind(core))


def _org_of(head: Any) -> Any:
    for c in head.children:
        if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_):
            return c
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from", "with", "by"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
            run = _propn_run(c)
            if run is not None:  # "analysts at Merrow Energy estimate": name parsed away
                return run
    # "Kremlin spokesman", not "national statistics office" (lower case mis-tagged PROPN)
    compounds = [
        c
        for c in head.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
    ]
    return compounds[0] if compounds else None


def juxtaposed_name(head: Any) -> list[Any] | None:
    """'the charity WaterFirst': a name right after a common noun, whatever the parse."""
    doc, i = head.doc, head.i + 1
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    while (
        i < len(doc)
        and doc[i].pos_ == "PROPN"
        and doc[i].ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT")
    ):
        i += 1
    return list(doc[head.i + 1 : i]) if i > head.i + 1 else None


def _propn_run(prep: Any) -> Any:
    """The last token of the proper-noun run right after a preposition, if any."""
    doc, i = prep.doc, prep.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN":
        i += 1
    return doc[i - 1] if i > prep.i + 1 else None


def by_whom(work: Any) -> Any:
    """Who made a work: 'a report by X', or through a participle, 'a report published
    (released, issued, commissioned...) by X'. The token after 'by', or None."""
    for c in work.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = next((g for g in c.children if g.dep_ == "agent" and g.lower_ == "by"), None)
            if agent is not None:
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


def _work_mention(head: Any) -> Mention:
    """'An article by X posted on Y' -> X; 'the author' / 'the study' -> resolved later."""
    maker = by_whom(head)
    if maker is not None:
        return split_name_role(maker)
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            inner = split_name_role(c)
            return inner
    kind = "publication" if head.lemma_.lower() in PUBLICATION_NOUNS else "document"
    return Mention(None, _text(_strip_det(_core(head))), kind, work=True)


@lru_cache(maxsize=4096)
def norm_name(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


# Parts of a source's phrase that say something of their own, not who the source is.
_NOT_MENTION = {"relcl", "acl", "advcl", "ccomp", "punct"}


def mention_span(head: Any) -> tuple[int, int]:
    """Code-point span of the phrase naming a source ('Federation Council Speaker Valentina
    Matvienko', 'he', 'Mukasey, the attorney general under Bush'), without a relative clause
    that says something of its own ('X, who says ...')."""
    first, last = head, head
    dash = next((c.i for c in head.rights if c.text in ("-", "—", "–", "--")), len(head.doc))
    for child in head.children:
        if child.dep_ in _NOT_MENTION or (child.i > dash and child.dep_ != "appos"):
            continue  # 'Mr. Dunn - in a line aimed at Hale - declared': the aside is not a name
        lo, hi = child.left_edge, child.right_edge
        if lo.i < first.i:
            first = lo
        if hi.i > last.i:
            last = hi
    doc = head.doc
    while last.i > head.i and (
        doc[last.i].is_punct or doc[last.i].is_space or doc[last.i].dep_ == "cc"
    ):
        last = doc[last.i - 1]
    while first.i < head.i and (doc[first.i].is_punct or doc[first.i].is_space):
        first = doc[first.i + 1]
    span = doc[first.i : last.i + 1]
    opened = sum(t.text == "(" for t in span) - sum(t.text == ")" for t in span)
    if opened > 0 and last.i + 1 < len(doc) and doc[last.i + 1].text == ")":
        last = doc[last.i + 1]  # "Hale (R-Ohio)": the trim above took the closing bracket
    return first.idx, last.idx + len(last.text)
