"""The sources of one article: names, aliases, gender and recency for later mentions."""

from __future__ import annotations

import re
from typing import Any

from factcheck.extract.gender import PRONOUN_GENDER, entity_gender, name_gender
from factcheck.extract.lexicon.people import GENERIC_ORGS, ORG_KINDS
from factcheck.extract.speakers import HE_SHE, HONORIFIC, Mention, norm_name
from factcheck.extract.types import ExtractedSource


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
            _push(self._exact, norm_name(name), src)
        full = tuple(norm_name(src.name).split())
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
            known = self.find(_strip_the(ent.text))
            if known is not None and known.kind == "person":  # NER called a person an org
                self.recent.append((known.name, "person"))
                return
            self.recent.append((_strip_the(ent.text), "org"))

    def find(self, name: str) -> ExtractedSource | None:
        """The latest source of that exact name or alias; else the latest whose name ends
        with it (surname), that it ends with (a later full name of a person), or that it
        begins (an organisation's short name: 'Castellan' after 'Castellan Terminals')."""
        key = norm_name(name)
        exact = self._exact.get(key)
        if exact:
            return max(exact, key=lambda x: self._order[id(x)])
        parts = tuple(key.split())
        cands = [
            x
            for x in self._suffix.get(parts, ())
            if tuple(norm_name(x.name).split())[-len(parts) :] == parts
        ]
        for k in range(1, len(parts)):
            cands += [
                x
                for x in self._full.get(parts[k:], ())
                if x.kind == "person" and tuple(norm_name(x.name).split()) == parts[k:]
            ]
        cands += [
            x
            for x in self._prefix.get(parts, ())
            if x.kind in ORG_KINDS and tuple(norm_name(x.name).split())[: len(parts)] == parts
        ]
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
            if kind == "org" and norm_name(name).split()[-1].rstrip("s") == lemma.rstrip("s"):
                return self.add(Mention(name, None, "organization"))
        if lemma in GENERIC_ORGS:
            for name, kind in reversed(self.recent[-60:]):
                # "the company" is not the regulator or ministry named in between
                if kind == "org" and norm_name(name).split()[-1] not in PUBLIC_BODIES:
                    return self.add(Mention(name, None, "organization"))
        return None

    def gender_of(self, name: str) -> str | None:
        """'m' or 'f' when the text has shown the person's gender, else None."""
        return self.gender.get(_surname(HONORIFIC.sub("", name).strip(" ,.’'"))) or None

    def by_role(self, noun: str) -> ExtractedSource | None:
        """The latest named source whose role has this noun ('spokesman', 'minister')."""
        for src in reversed(self.sources):
            if src.role and _role_head(src.role) == noun and src.kind == "person":
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
            if self.last_other is not None:
                return self.last_other  # the last thing that spoke: a letter, a group, a firm
            for name, kind in reversed(self.recent[-60:]):
                # "Acme Corp. makes parts. It said ...": none spoke yet. (A one-word "org"
                # is as often a person the tagger missed: "Kasich".)
                if kind == "org" and len(name.split()) >= 2:
                    return self.add(Mention(name, None, "organization"))
            return self.last_any
        return self.last_any


PUBLIC_BODIES = {
    "ministry",
    "agency",
    "department",
    "council",
    "authority",
    "commission",
    "court",
    "government",
    "regulator",
    "embassy",
    "office",
    "police",
    "parliament",
}


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
    parts = norm_name(name).split()
    return parts[-1] if parts else ""


_ROLE_PREPOSITIONS = {"of", "for", "at", "to", "in", "with", "on", "from"}


def _role_head(role: str) -> str:
    """The noun a role is: 'spokesman' of 'a spokesman for the ministry', not 'ministry'
    ('the ministry said' is no person); 'speaker' of 'Federation Council Speaker'."""
    words = role.lower().replace(",", " ").split()
    cut = next((k for k, w in enumerate(words) if w in _ROLE_PREPOSITIONS), len(words))
    return words[cut - 1] if cut else ""
