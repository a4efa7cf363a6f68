"""Citations: works an article relies on ("an article by X posted on Y's website")."""

from __future__ import annotations

import re
from typing import Any

from factcheck.extract.speakers import by_whom, split_name_role
from factcheck.extract.types import ExtractedCitation

CITED_WORKS = {
    "article",
    "report",
    "study",
    "paper",
    "survey",
    "analysis",
    "piece",
    "op-ed",
    "column",
    "book",
    "essay",
    "editorial",
    "commentary",
    "investigation",
    "memo",
    "research",
    "review",
    "blog",
    "post",
    "letter",
    "assessment",
    "poll",
}
SITE_WORDS = {"website", "site", "page", "blog", "portal", "channel", "account", "feed"}
URL = re.compile(r"https?://[^\s\"”’)<>\]]+")
QUOTED = re.compile(r"[“\"]([^”\"]{3,200})[”\"]")


def _pobj(prep: Any) -> Any:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


PUBLISH_VERBS = {"post", "publish", "appear", "release", "issue", "run", "print"}
SITE_SUFFIX = re.compile(r"[’']s\s+(?:website|site|web site|page|blog|portal)$")


def _publisher(work: Any) -> str | None:
    for t in work.subtree:
        if t.dep_ != "prep" or t.i < work.i:
            continue
        head_ok = t.head.i == work.i or (
            t.head.dep_ == "acl" and t.head.lemma_.lower() in PUBLISH_VERBS
        )
        if head_ok and t.lower_ in ("on", "in", "at", "from", "by"):
            obj = _pobj(t)
            if obj is None:
                continue
            if obj.lemma_.lower() in SITE_WORDS:
                poss = next((c for c in obj.children if c.dep_ in ("poss", "compound")), None)
                if poss is not None:
                    return _no_det(poss.doc, poss.left_edge.i, poss.i + 1)
            elif (
                t.lower_ != "by"
                and (obj.pos_ == "PROPN" or obj.ent_type_ == "ORG")
                and obj.ent_type_ not in ("GPE", "LOC", "DATE", "NORP")
            ):
                return SITE_SUFFIX.sub("", _no_det(obj.doc, obj.left_edge.i, obj.right_edge.i + 1))
    return None


def _no_det(doc: Any, s: int, e: int) -> str:
    while s < e - 1 and doc[s].dep_ == "det":
        s += 1
    return doc[s:e].text


def _cited_position(work: Any) -> bool:
    """A work the article relies on is a subject or a source ('an article by X notes',
    'according to a report by Y'), not a circumstance ('under investigation by Z')."""
    if work.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos", "dobj"):
        return True
    return work.dep_ == "pobj" and work.head.lower_ in ("to", "in", "from")


def find_citation(doc: Any, a: int, b: int) -> ExtractedCitation | None:
    """The first cited work of tokens [a, b) that names an author or publisher, if any."""
    for t in doc[a:b]:
        if t.tag_ != "NN" or t.lemma_.lower() not in CITED_WORKS or not _cited_position(t):
            continue
        author, publisher = None, None
        obj = by_whom(t)
        if obj is not None:
            m = split_name_role(obj)
            if m.kind == "person" or obj.ent_type_ == "PERSON":
                author = m.name
            else:
                publisher = m.name
        for c in t.children:
            if c.dep_ == "poss" and c.pos_ == "PROPN":
                publisher = split_name_role(c).name
        publisher = _publisher(t) or publisher
        if author is None and publisher is None:
            continue
        s, e = t.left_edge.i, t.right_edge.i + 1
        span = doc[s:e]
        title_m = QUOTED.search(span.text)
        url_m = URL.search(doc[a:b].text)
        return ExtractedCitation(
            title=title_m.group(1) if title_m else None,
            author=author,
            publisher=publisher,
            url=url_m.group(0) if url_m else None,
            cue_quote=span.text,
            start=span.start_char,
            end=span.end_char,
        )
    return None
