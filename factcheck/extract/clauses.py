"""Split a sentence into clause-level segments that are attributed differently."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.extract.cues import Cue, find_cue, is_mark
from factcheck.extract.frames import as_frame
from factcheck.extract.misparses import coordinated_frame

CONTRAST_MARKS = {"although", "though", "while", "whereas", "but", "even", "despite"}
RELATIVES = {"which", "who", "whom", "whose", "that", "where", "when"}
FINAL_PUNCT = {".", "!", "?", "…"}
OPENERS = {"“", '"', "‘", "(", "[", "''", "``"}
CLOSERS = {"”", '"', "’", "'", ")", "]", "''"}


@dataclass
class Segment:
    """Tokens [start, end) of one claim, its root, the tokens its cue may come from."""

    start: int
    end: int
    root: Any
    allowed: set[int] = field(default_factory=set)
    kind: str = "main"  # main | paren | conj | advcl | semi
    parent: int | None = None  # index (in the sentence's segment list) of the clause it denies
    cue: Cue | None = None
    speaker: tuple[int, int] | None = None  # tokens naming the source, when no parse does


def _is_verb(t: Any) -> bool:
    return t.pos_ in ("VERB", "AUX")


def _local_root(doc: Any, idxs: set[int]) -> Any:
    lo, hi = min(idxs), max(idxs) + 1
    roots = [t for t in doc[lo:hi] if t.i in idxs and (t.head.i not in idxs or t.head.i == t.i)]
    if not roots:
        return doc[lo]
    if len(roots) == 1:
        return roots[0]
    verbs = [r for r in roots if _is_verb(r)]
    pool = verbs or roots
    return max(pool, key=lambda r: sum(1 for t in r.subtree if t.i in idxs))


def _quoted_tok(layout: Any, tok: Any) -> bool:
    return layout.quoted_chars(tok.idx, tok.idx + 1) > 0


def _split_semicolons(doc: Any, a: int, b: int, layout: Any) -> list[tuple[int, int]]:
    parts, start = [], a
    for t in doc[a:b]:
        i = t.i
        if t.text == ";" and not _quoted_tok(layout, t):
            left, right = doc[start:i], doc[i + 1 : b]
            if (
                any(_is_verb(x) for x in left)
                and any(_is_verb(x) for x in right)
                and _differs(doc, start, i, i + 1, b, layout)
            ):
                parts.append((start, i))
                start = i + 1
    parts.append((start, b))
    return parts


def _part_attr(doc: Any, a: int, b: int, layout: Any) -> str:
    idxs = {i for i in range(a, b) if not doc[i].is_space}
    cue = find_cue(_tokens(doc, idxs), _local_root(doc, idxs), idxs, layout)
    return cue.attribution if cue else "asserted"


def _differs(doc: Any, a: int, m: int, n: int, b: int, layout: Any) -> bool:
    """Split at ';' only when the second half carries an attribution of its own: 'X says
    that A; B' keeps B as X's words, 'The agency says A; industry groups say B' is two
    reports by two sources."""
    return _part_attr(doc, n, b, layout) != "asserted"


def _parens(doc: Any, a: int, b: int) -> list[tuple[int, int]]:
    out, stack = [], []
    for t in doc[a:b]:
        i = t.i
        if t.text == "(":
            stack.append(i)
        elif t.text == ")" and stack:
            o = stack.pop()
            if not stack:
                out.append((o, i))
    return out


def _trim(doc: Any, s: int, e: int, allowed: set[int] | None = None) -> tuple[int, int]:
    """Drop leading conjunctions/marks/punctuation and trailing commas/dashes."""
    while s < e and (
        doc[s].is_space
        or (doc[s].dep_ in ("cc", "mark", "preconj") and not _opens_as_frame(doc[s], s, e))
        or (doc[s].is_punct and doc[s].text not in ("“", '"', "(", "‘", "''", "``"))
    ):
        s += 1
    while e > s and (
        doc[e - 1].is_space
        or doc[e - 1].dep_ in ("cc", "mark")
        or (is_mark(doc[e - 1]) and doc[e - 1].text not in FINAL_PUNCT | CLOSERS)
    ):
        e -= 1
    return s, e


def _second_of_report(doc: Any, root: Any, child: Any) -> bool:
    """A clause joined by a bare 'and' (no comma) right after the reported clause of the
    verb it hangs from continues that report."""
    cc = doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    report = next((c for c in root.children if c.dep_ == "ccomp" and c.i < child.i), None)
    return (
        cc is not None
        and cc.dep_ == "cc"
        and cc.lower_ == "and"
        and cc.i > 0
        and doc[cc.i - 1].text not in (",", ";", "—", "–")
        and report is not None
        and report.right_edge.i + 1 == cc.i
    )


def _opens_as_frame(tok: Any, s: int, e: int) -> bool:
    """'As the Ledger revealed, the council ...': the 'As' is part of what a reader reads."""
    return tok.lower_ == "as" and s <= tok.head.i < e and as_frame(tok.head)


def _tokens(doc: Any, idxs: set[int]) -> list[Any]:
    if not idxs:
        return []
    return [t for t in doc[min(idxs) : max(idxs) + 1] if t.i in idxs]


def _split_part(doc: Any, a: int, b: int, layout: Any, kind: str) -> list[Segment]:
    allowed = {t.i for t in doc[a:b] if not t.is_space}
    segs: list[Segment] = []
    parens: list[Segment] = []
    for o, c in _parens(doc, a, b):
        inner = set(range(o + 1, c))
        if not inner or not any(_is_verb(doc[i]) for i in inner):
            continue
        root = _local_root(doc, inner)
        cue = find_cue(_tokens(doc, inner), root, inner, layout)
        if cue is None:
            continue
        s, e = _trim(doc, o + 1, c)
        parens.append(Segment(s, e, root, inner, "paren", None, cue))
        allowed -= set(range(o, c + 1))
    if not allowed:
        return parens
    root = _local_root(doc, allowed)
    subs: list[Segment] = []
    # "X insist that A, although analysts estimate B": a contrast clause deeper down splits
    # off only when it carries its own cue
    deep = [
        t
        for t in doc[a:b]
        if t.i in allowed
        and t.dep_ == "advcl"
        and t.head.i != root.i
        and {c.lower_ for c in t.children if c.dep_ == "mark"} & CONTRAST_MARKS
    ]
    for child in list(root.children) + deep:
        if child.i not in allowed:
            continue
        marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "cc")}
        if not (
            (child.dep_ == "conj" and _is_verb(child))
            or (child.dep_ == "advcl" and marks & CONTRAST_MARKS)
        ):
            continue
        if child.left_edge.lower_ in RELATIVES or child.left_edge.tag_ in ("WDT", "WP", "WP$"):
            continue  # "..., and which X uses": a relative clause, not a new assertion
        if coordinated_frame(child):
            continue  # "..., a spokesman said on Friday, and ...": it frames the clause
        sub_idx = {i for i in range(child.left_edge.i, child.right_edge.i + 1)} & allowed
        sub_cue = find_cue(_tokens(doc, sub_idx), child, sub_idx, layout)
        rest = allowed - sub_idx
        main_cue = find_cue(_tokens(doc, rest), root, rest, layout)
        sub_attr = sub_cue.attribution if sub_cue else "asserted"
        main_attr = main_cue.attribution if main_cue else "asserted"
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
        if sub_attr == main_attr and not (
            sub_cue is not None and own_subject and child.dep_ == "conj"
        ):
            continue  # (a second report by its own source splits: '..., and some predicted')
        if sub_attr == "asserted" and (not own_subject or child.head.i != root.i):
            continue  # "X said A and urged B": B is still X's
        if sub_attr == "asserted" and _second_of_report(doc, root, child):
            continue  # "X said A fell 4% and B rose 2%": B hung on 'said' by the parser
        s, e = _trim(doc, min(sub_idx), max(sub_idx) + 1)
        if e - s < 3:
            continue
        subs.append(Segment(s, e, child, sub_idx, child.dep_, None, sub_cue))
        allowed = rest
    non_punct = [i for i in allowed if not is_mark(doc[i])]
    if non_punct:
        s, e = min(non_punct), max(non_punct) + 1
        while s - 1 in allowed and doc[s - 1].text in OPENERS:
            s -= 1
        while e < b and (doc[e].text in FINAL_PUNCT | CLOSERS) and e in allowed:
            e += 1
        s, e = _trim(doc, s, e)
        main_cue = find_cue(_tokens(doc, allowed), root, allowed, layout)
        if e > s:
            segs.append(Segment(s, e, root, allowed, kind, None, main_cue))
    for sub in subs:
        e = sub.end
        while e < b and doc[e].text in FINAL_PUNCT | CLOSERS:
            e += 1
        sub.end = e
    out = sorted(segs + subs, key=lambda x: x.start)
    main_pos = next((k for k, sg in enumerate(out) if sg in segs), None)
    for p in parens:
        prev = [k for k, sg in enumerate(out) if sg.start < p.start]
        p.parent = prev[-1] if prev else main_pos
    merged = sorted(out + parens, key=lambda x: x.start)
    # re-point parents after the merge
    for p in parens:
        if p.parent is not None:
            p.parent = merged.index(out[p.parent])
    return merged


def sentence_segments(doc: Any, a: int, b: int, layout: Any) -> list[Segment]:
    """All claim segments of the sentence made of tokens [a, b)."""
    out: list[Segment] = []
    parts = _split_semicolons(doc, a, b, layout)
    for pa, pb in parts:
        kind = "semi" if len(parts) > 1 else "main"
        base = len(out)
        segs = _split_part(doc, pa, pb, layout, kind)
        for sg in segs:
            if sg.parent is not None:
                sg.parent += base
        out.extend(segs)
    return out
