"""Who says it: the source noun phrase of a cue, split into name and role, with aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.extract.gender import PRONOUN_GENDER, entity_gender, name_gender
from factcheck.extract.types import ExtractedSource

TITLES = {
    "speaker", "president", "minister", "ambassador", "secretary", "chairman", "chairwoman",
    "chair", "director", "governor", "mayor", "senator", "sen.", "rep.", "representative",
    "general", "gen.", "colonel", "col.", "chief", "prime", "deputy", "spokesman",
    "spokeswoman", "spokesperson", "commissioner", "judge", "justice", "prosecutor",
    "attorney", "king", "queen", "prince", "pope", "bishop", "captain", "capt.", "lt.",
    "sergeant", "sgt.", "officer", "inspector", "superintendent", "premier", "chancellor",
    "vice", "foreign", "defense", "defence", "interior", "finance", "head", "leader",
    "ceo", "cfo", "founder", "executive", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.",
    "miss", "sir", "dame", "lord", "lady", "councillor", "councilor", "councilman",
    "councilwoman", "coach", "manager", "editor", "analyst", "economist", "adviser",
    "advisor", "envoy", "official", "lawmaker", "mp", "congressman", "congresswoman",
    "state", "assistant", "associate", "senior", "acting", "former", "emeritus", "council",
    "federation", "party", "union", "national", "parliament", "house", "senate",
}
ROLE_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "representative",
    "source", "sources", "member", "head", "chief", "director", "lawyer", "attorney",
    "adviser", "advisor", "aide", "minister", "spokespeople", "chairman", "president",
    "leader", "secretary", "statement", "researcher", "economist", "analyst", "expert",
    "executive", "officer", "ambassador", "envoy", "team", "staff", "office",
    "data", "figures", "statistics", "numbers", "estimate", "estimates", "calculations",
    "projections", "forecast", "forecasts",
}
WORK_NOUNS = {
    "article", "report", "study", "paper", "survey", "analysis", "author", "piece", "op-ed",
    "column", "book", "letter", "document", "memo", "editorial", "essay", "blog", "post",
    "research", "commentary", "review", "investigation", "authors", "writer", "researchers",
    "poll", "assessment", "filing", "lawsuit", "complaint", "indictment", "ruling",
}
PUBLICATION_NOUNS = {"article", "op-ed", "column", "editorial", "essay", "blog", "post",
                     "piece", "commentary", "book", "paper"}
HE_SHE = {"he", "she", "him", "her"}
IT_THEY = {"it", "they", "them", "we"}
GOV_WORDS = {"government", "authority", "ministry", "police", "army", "military", "kremlin",
             "cabinet", "administration", "department", "embassy", "court", "parliament", "council",
             "white house", "pentagon", "authorities", "state"}
KIND_BY_ENT = {"PERSON": "person", "ORG": "organization", "GPE": "government",
               "NORP": "organization", "FAC": "organization", "LAW": "document",
               "WORK_OF_ART": "publication"}
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+")
# "the company said": a definite generic noun names the organisation last mentioned
GENERIC_ORGS = {"company", "firm", "group", "operator", "business", "lender", "carrier",
                "insurer", "retailer", "manufacturer", "utility", "organisation", "organization",
                "airline", "conglomerate", "startup", "automaker", "chain", "brand", "club",
                "charity", "publisher", "broadcaster", "network", "militia", "movement"}
ORG_NOUNS = GENERIC_ORGS | {"bank", "ministry", "agency", "department", "council", "union",
                            "party", "institute", "foundation", "authority", "commission",
                            "court", "government", "regulator", "board", "university",
                            "hospital", "fund", "front", "alliance", "association",
                            "federation", "newspaper", "service", "office", "embassy"}
ORG_KINDS = {"organization", "government"}
SHOW_FORMS = {"show", "shows", "suggest", "suggests", "indicate", "indicates"}
QUANTIFIERS = {"one", "some", "many", "several", "most", "all", "few", "none", "each", "both",
               "two", "three", "four", "others"}


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
    return doc[tokens[0].i:tokens[-1].i + 1].text


def _strip_det(tokens: list[Any]) -> list[Any]:
    while tokens and (tokens[0].dep_ in ("det", "punct", "cc") or tokens[0].is_space):
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
        if t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod", "flat", "amod") and \
                (t.head.i == head.i or t.head.i in {c.i for c in chain}):
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


def _kind(tokens: list[Any]) -> str:
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
    if head.pos_ == "PRON" or low in HE_SHE | IT_THEY | {"i", "you"}:
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
    if head.pos_ == "PROPN" and head.lower_ in WORK_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "by" for c in head.children):
        return _work_mention(head)  # "Analysis by the Campaign for ..." (capitalised noun)
    if head.pos_ == "PROPN":
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
            name_toks = name_toks + list(head.doc[head.i + 1:end])
        role_toks = _strip_det([t for t in head.subtree if t.i < name_toks[0].i
                                and t.i >= head.left_edge.i])
        role = _text(role_toks) or None
        appos = [a for a in appos if not a.like_num]  # "Reyes, 54, said": an age
        if appos:
            role = _text(_strip_det(list(appos[0].subtree))) or role
        pair = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                     and head.ent_type_ == "PERSON"), None)
        if pair is not None and any(c.lower_ == "and" for c in head.children):
            name_toks = [*name_toks, *head.doc[head.i + 1:pair.i + 1]]  # "Ken and Lisa Osei"
        name = HONORIFIC.sub("", _text(name_toks))
        return Mention(name, role, _kind(name_toks) if cut == 0 else "person")
    if head.like_num or low in QUANTIFIERS:  # "one of the people", "two of the officials"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(c.dep_ == "pobj" for c in of.children):
            toks = _strip_det(list(head.subtree))
            return Mention(_text(toks), None, _kind(toks))
    close = juxtaposed_name(head)
    if close is not None:  # "the charity WaterFirst", parsed apart
        return Mention(_text(close), _text(_core(head)), _kind(close))
    last = head.doc[head.right_edge.i]
    if not appos and last.dep_ == "appos" and last.pos_ == "PROPN" and last.i > head.i + 2 and (
            low in ORG_NOUNS or low in ROLE_NOUNS):
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
            toks = [t for t in org.subtree if not (t.i == org.i and t.lower_ in SHOW_FORMS)]
            toks = _strip_det(toks) or [org]
            role = _text(_strip_det([t for t in head.subtree if t.lower_ not in SHOW_FORMS]))
            return Mention(_text(toks), role, _kind(toks))
    core = _core(head)
    return Mention(_text(core) or head.text, None, _kind(core))


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
    compounds = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return compounds[0] if compounds else None


def juxtaposed_name(head: Any) -> list[Any] | None:
    """'the charity WaterFirst': a name right after a common noun, whatever the parse."""
    doc, i = head.doc, head.i + 1
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].ent_type_ in (
            "ORG", "PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"):
        i += 1
    return list(doc[head.i + 1:i]) if i > head.i + 1 else None


def _propn_run(prep: Any) -> Any:
    """The last token of the proper-noun run right after a preposition, if any."""
    doc, i = prep.doc, prep.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN":
        i += 1
    return doc[i - 1] if i > prep.i + 1 else None


def _work_mention(head: Any) -> Mention:
    """'An article by X posted on Y' -> X; 'the author' / 'the study' -> resolved later."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return split_name_role(pobj)
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            inner = split_name_role(c)
            return inner
    kind = "publication" if head.lemma_.lower() in PUBLICATION_NOUNS else "document"
    return Mention(None, _text(_strip_det(_core(head))), kind, work=True)


class SourceRegistry:
    """Sources of one article; a surname or shorter mention resolves to the earlier full name."""

    def __init__(self) -> None:
        self.sources: list[ExtractedSource] = []
        self.last_person: ExtractedSource | None = None
        self.last_other: ExtractedSource | None = None
        self.last_any: ExtractedSource | None = None
        self.last_author: str | None = None  # of the latest cited work
        self.last_publisher: str | None = None
        self.recent: list[tuple[str, str]] = []  # (name, "person"|"org"), in text order
        self.gender: dict[str, str] = {}  # surname -> "m" | "f", as the text shows it
        # name indexes keep find() independent of the number of sources
        self._order: dict[int, int] = {}
        self._exact: dict[str, list[ExtractedSource]] = {}
        self._suffix: dict[tuple[str, ...], list[ExtractedSource]] = {}
        self._prefix: dict[tuple[str, ...], list[ExtractedSource]] = {}
        self._full: dict[tuple[str, ...], list[ExtractedSource]] = {}

    def _index(self, src: ExtractedSource) -> None:
        self._order.setdefault(id(src), len(self._order))
        for name in (src.name, *src.aliases):
            _push(self._exact, _norm(name), src)
        full = tuple(_norm(src.name).split())
        _push(self._full, full, src)
        for k in range(1, len(full)):
            _push(self._suffix, full[k:], src)
            _push(self._prefix, full[:k], src)

    def learn_genders(self, ents: list[Any]) -> None:
        """One pass over the article's people: 'Mr. Brenner' later on tells 'she' earlier
        on that Brenner is not meant."""
        for ent in ents:
            if ent.label_ == "PERSON":
                key = _surname(HONORIFIC.sub("", ent.text).strip(" ,.’'"))
                if key and key not in self.gender:
                    g = entity_gender(ent)
                    if g:
                        self.gender[key] = g

    def note_entity(self, ent: Any) -> None:
        """A PERSON or ORG mention outside any cue: a possible antecedent later on."""
        if ent.label_ == "PERSON":
            name = HONORIFIC.sub("", ent.text).strip(" ,.’'")
            if not name:
                return
            known = self.find(name)
            if known is not None and known.kind in ORG_KINDS:  # NER called an org a person
                self.recent.append((known.name, "org"))
                return
            self.recent.append((name, "person"))
            key = _surname(name)
            if key not in self.gender:
                g = entity_gender(ent)
                if g:
                    self.gender[key] = g
        elif ent.label_ == "ORG" and _salient(ent.root):
            self.recent.append((_strip_the(ent.text), "org"))

    def find(self, name: str) -> ExtractedSource | None:
        """The latest source of that exact name or alias; else the latest whose name ends
        with it (surname), that it ends with (a later full name of a person), or that it
        begins (an organisation's short name: 'Castellan' after 'Castellan Terminals')."""
        key = _norm(name)
        exact = self._exact.get(key)
        if exact:
            return max(exact, key=lambda x: self._order[id(x)])
        parts = tuple(key.split())
        cands = [x for x in self._suffix.get(parts, ())
                 if tuple(_norm(x.name).split())[-len(parts):] == parts]
        for k in range(1, len(parts)):
            cands += [x for x in self._full.get(parts[k:], ())
                      if x.kind == "person" and tuple(_norm(x.name).split()) == parts[k:]]
        cands += [x for x in self._prefix.get(parts, ())
                  if x.kind in ORG_KINDS and tuple(_norm(x.name).split())[:len(parts)] == parts]
        return max(cands, key=lambda x: self._order[id(x)]) if cands else None

    def add(self, mention: Mention) -> ExtractedSource | None:
        if not mention.name:
            return None
        src = self.find(mention.name)
        if src is None:
            src = ExtractedSource(mention.name, mention.kind, mention.role, [])
            self.sources.append(src)
        else:
            if mention.name != src.name and mention.name not in src.aliases:
                if len(mention.name) > len(src.name):
                    src.aliases.append(src.name)
                    src.name = mention.name
                else:
                    src.aliases.append(mention.name)
            if mention.role and not src.role:
                src.role = mention.role
            if src.kind == "unknown":
                src.kind = mention.kind
        if mention.role and mention.name and mention.role not in src.aliases:
            full = f"{mention.role} {mention.name}"
            if full not in src.aliases and len(mention.role) < 60:
                src.aliases.append(full)
        self._index(src)
        self.last_any = src
        if src.kind == "person":
            self.last_person = src
            self.recent.append((src.name, "person"))
            key = _surname(src.name)
            if key not in self.gender and name_gender(src.name):
                self.gender[key] = name_gender(src.name) or ""
        else:
            self.last_other = src
            if src.kind in ORG_KINDS and any(ch.isupper() for ch in src.name):
                self.recent.append((src.name, "org"))
        return src

    def resolve_org_noun(self, lemma: str) -> ExtractedSource | None:
        """'the bank' -> the latest 'Norvane Bank'; 'the company' -> the latest organisation."""
        for name, kind in reversed(self.recent[-60:]):
            if kind == "org" and _norm(name).split()[-1].rstrip("s") == lemma.rstrip("s"):
                return self.add(Mention(name, None, "organization"))
        if lemma in GENERIC_ORGS:
            for name, kind in reversed(self.recent[-60:]):
                if kind == "org":
                    return self.add(Mention(name, None, "organization"))
        return None

    def by_role(self, noun: str) -> ExtractedSource | None:
        """The latest named source whose role has this noun ('spokesman', 'minister')."""
        for src in reversed(self.sources):
            if src.role and noun in src.role.lower().split() and src.kind == "person":
                return src
        return None

    def resolve_pronoun(self, pronoun: str) -> ExtractedSource | None:
        if pronoun in HE_SHE:
            want = PRONOUN_GENDER[pronoun]
            for name, kind in reversed(self.recent[-60:]):
                if kind != "person":
                    continue
                key = _surname(name)
                if self.gender.get(key) in (None, want):
                    self.gender[key] = want  # the text now tells us
                    return self.add(Mention(name, None, "person"))
            if self.last_person is not None:
                return self.last_person
            return self.last_any
        if pronoun in ("it",):
            return self.last_other or self.last_any
        return self.last_any


def _salient(tok: Any) -> bool:
    """A subject (or the apposition/conjunct of one): an organisation later 'the company'."""
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return True
        if tok.dep_ not in ("appos", "conj", "compound"):
            return False
        tok = tok.head
    return False


def _strip_the(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name)


def _push(index: dict, key: Any, src: ExtractedSource) -> None:
    bucket = index.setdefault(key, [])
    if not any(x is src for x in bucket):
        bucket.append(src)


def _surname(name: str) -> str:
    parts = _norm(name).split()
    return parts[-1] if parts else ""


@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())
