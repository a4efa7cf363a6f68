"""Quotation propagation: a sentence inside quotation marks takes its quotation's speaker."""

from __future__ import annotations

from typing import Any

from factcheck.extract.lexicon import QUOTE_FRAME_VERBS
from factcheck.extract.speakers import mention_span
from factcheck.vocab import Attribution, Certainty

QUOTE_OPENERS = {'"', "“", "‘"}


def opens_quotation(text: str) -> bool:
    """The text starts with a quotation mark (typewriter '' included)."""
    return text[:1] in QUOTE_OPENERS or text.startswith("''")


COMPLEMENTS = {"ccomp", "dobj", "xcomp", "attr", "acomp"}


def colon_frames(doc: Any, recs: list[Any], resolve: Any) -> set[int]:
    """Frames that end in a colon and introduce the quotation of the next paragraph.

    "The ministry said in a statement:" followed by a paragraph in quotation marks: the
    frame becomes that quotation's speaker (propagate_quotes carries it over), and is no
    claim of its own. A paragraph without quotation marks after such a frame is a block
    quotation whose marks the page's layout carried (web copy loses them): it gets the
    frame's speaker here. Returns the indexes of such frames in `recs`.
    """
    frames: set[int] = set()
    text = doc.text  # built anew on every access: once per document
    for k, r in enumerate(recs[:-1]):
        nxt = recs[k + 1]
        if nxt.para != r.para + 1 or not _ends_with_colon(text, r.claim):
            continue
        framing = colon_frame_verb(doc[r.seg.start : r.seg.end].root)
        if framing is None:
            continue
        verb, subject = framing
        if r.claim.attribution != "asserted" and r.claim.cue_start != verb.idx:
            continue  # a claim of its own before the colon ('X said Y, adding:')
        source, role, kind = resolve(subject)
        if source is None:
            continue
        said_by_frame(r, verb, subject, (source, role, kind))
        r.colon_frame = True
        frames.add(k)
        if not (nxt.quoted >= 0.6 or opens_quotation(nxt.claim.quote)):
            _attribute_block(recs, k, nxt.para)
    return frames


def colon_frame_verb(root: Any) -> tuple[Any, Any] | None:
    """The verb of saying that a clause ending in a colon frames what follows, and its
    subject: 'X said:', 'X went on to say:' / 'X had this to say:' (the verb reached through
    the main verb's infinitive), 'X confirmed the account, reporting:' (a participle)."""
    subject = next((t for t in root.children if t.dep_ == "nsubj"), None)
    if subject is None:
        return None
    verb = root
    while verb.lemma_.lower() not in QUOTE_FRAME_VERBS:
        verb = next((t for t in verb.children if _infinitive(t)), None)
        if verb is None:
            break
    if verb is not None and not _has_complement(verb):
        return verb, subject
    participles = [
        t
        for t in root.children
        if t.dep_ in ("advcl", "xcomp", "conj")
        and t.tag_ == "VBG"
        and t.lemma_.lower() in QUOTE_FRAME_VERBS
        and not _has_complement(t)
    ]
    return (participles[-1], subject) if participles else None


def _infinitive(tok: Any) -> bool:
    """'to say' under 'went on' (xcomp) or 'had this' (the parser's ccomp)."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "ccomp"):
        return False
    return tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _has_complement(verb: Any) -> bool:
    return any(t.dep_ in COMPLEMENTS for t in verb.children)


def said_by_frame(rec: Any, verb: Any, subject: Any, resolved: tuple) -> None:
    """Give a quotation the speaker of a frame standing apart from it ('X said:' before
    it, '“…” / X said.' after it): cue and speaker anchored where the frame stands."""
    source, role, kind = resolved
    c = rec.claim
    c.attribution, c.cue, c.direct_quote = Attribution.SAID, verb.text, True
    c.cue_start, c.cue_end = verb.idx, verb.idx + len(verb.text)
    c.speaker, c.speaker_role, c.speaker_kind = source.name, role, kind
    c.speaker_start, c.speaker_end = mention_span(subject)
    c.certainty = Certainty.UNCOMMITTED
    rec.source = source


def _attribute_block(recs: list[Any], frame: int, para: int) -> None:
    """The unquoted paragraph after 'X said:' is X's, sentence by sentence."""
    donor = recs[frame]
    for r in recs[frame + 1 :]:
        if r.para != para:
            break
        if r.claim.attribution == "asserted":
            r.claim.take_attribution(donor.claim)
            r.claim.direct_quote, r.claim.certainty = True, Certainty.UNCOMMITTED
            r.source = donor.source


def _ends_with_colon(text: str, claim: Any) -> bool:
    after = text[claim.end : claim.sentence_end + 1].strip()
    return after.startswith(":") or claim.quote.rstrip().endswith(":")


def drop_records(recs: list[Any], dropped: set[int]) -> list[Any]:
    """Remove records, keeping the parent indexes of the rest pointing at the same records."""
    if not dropped:
        return recs
    new_index: dict[int, int] = {}
    kept = []
    for k, r in enumerate(recs):
        if k not in dropped:
            new_index[k] = len(kept)
            kept.append(r)
    for r in kept:
        if r.parent is not None:
            r.parent = new_index.get(r.parent)
    return kept


def propagate_quotes(recs: list[Any]) -> None:
    """A sentence wholly inside quotation marks belongs to the speaker of its quotation."""
    for k, r in enumerate(recs):
        c = r.claim
        if c.attribution != "asserted" or r.quoted < 0.6:
            continue
        donor = _quote_donor(recs, k)
        if donor is None:
            continue
        c.take_attribution(donor.claim)
        c.direct_quote, c.certainty = True, Certainty.UNCOMMITTED
        c.claim_text = c.quote.strip('“”"‘’ ')
        r.source = donor.source


def _is_donor(r: Any) -> bool:
    return r.claim.attribution in ("said", "claimed") and r.claim.direct_quote


def _quotation_of_unit(recs: list[Any], j: int) -> Any:
    """The direct quotation among the claims of record j's sentence, if it has one."""
    unit = recs[j].unit
    return next(
        (o for o in recs[: j + 1] if o.unit == unit and _is_donor(o) and o.source is not None),
        None,
    )


def _quote_donor(recs: list[Any], k: int) -> Any:
    r = recs[k]
    for other in recs:
        if other is not r and _is_donor(other) and set(other.regions) & set(r.regions):
            return other
    unnamed = None  # the paragraph's last quotation whose speaker is unresolved
    for j in range(k - 1, -1, -1):
        o = recs[j]
        if o.para != r.para:
            ends_colon = o.colon_frame or o.claim.quote.rstrip().endswith(":")
            if o.para == r.para - 1 and _is_donor(o) and ends_colon:
                return o
            break
        if o.claim.attribution in ("said", "claimed") and o.source is not None:
            # 'Brin said the council knew. "They ignored us."'; of a sentence's claims, the
            # quotation ('"…," Jealous said, suggesting that …') frames what continues it
            return _quotation_of_unit(recs, j) or o
        if unnamed is None and _is_donor(o):
            unnamed = o  # '"…," he said. "…"' with "he" unresolved: still a quotation

    for j in range(k + 1, len(recs)):
        o = recs[j]
        if o.para != r.para:
            break
        if _is_donor(o):
            return o
        if o.quoted < 0.6:
            break
    # a paragraph that opens with a bare quotation continues the speaker of the paragraph
    # before ('Gair said the pier was unsafe.' / '‘The timbers are rotten.’')
    prev = recs[k - 1] if k > 0 else None
    if (
        prev is not None
        and prev.para == r.para - 1
        and opens_quotation(r.claim.quote)
        and prev.claim.attribution in ("said", "claimed")
        and prev.source is not None
    ):
        return prev
    return unnamed
