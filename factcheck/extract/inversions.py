"""Inverted frames: '“…,” said X' and 'Any reading of it, said X, would ...'.

The speaker comes after the verb, where the small parser often gives the name to the
clause that follows, or makes a description the subject; these helpers find the name and
where the quote ends (at the speaker's mention, not in the frame's adverbials).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.extract.clauses import Segment
    from factcheck.extract.cues import Cue

AFTER_QUOTE = ("”", '"', "''", ",", "’")
# The object of these verbs is who was spoken to, never who spoke: '“…,” X tells the Gazette'
ADDRESSED_VERBS = {"tell", "inform", "assure", "remind", "ask", "urge", "warn"}


def inverted_name(verb: Token) -> Token | None:
    """'Any reading of it, said Paula Brandt, an expert, would ...': a speech verb right
    after a comma or quotation and right before a name; the parser often makes the name
    the subject of the clause that follows and an earlier noun the verb's subject."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in AFTER_QUOTE:
        return None
    if verb.lemma_.lower() in ADDRESSED_VERBS:
        return None  # '…, a close adviser, told AFP': the name after was spoken to
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    named = _name_after(verb)
    if named is not None and any(c.i > named.i and c.pos_ == "NOUN" for c in subjects):
        return named  # 'said Skelly, a strategist': the description parsed as the subject
    if any(c.i > verb.i or c.pos_ == "PROPN" for c in subjects):
        return None  # the parse already has it, or a name before the verb speaks
    return named


def _name_before(verb: Token) -> Token | None:
    """'“…,” Tom Hadley III, founder of the Center, tells the Gazette': the last name after
    the quotation's close and before the verb."""
    doc = verb.doc
    start = verb.i - 1
    while start > 0 and not doc[start].is_quote and verb.i - start <= 16:
        start -= 1
    if not doc[start].is_quote:
        return None
    names = [e for e in doc.ents if e.start > start and e.end <= verb.i and e.label_ == "PERSON"]
    return names[0][-1] if names else None


def inverted_object(verb: Token) -> Token | None:
    """'“It is Bernie's to lose,” added another Democrat': after a quotation, the speaker
    of an inverted frame parsed as the verb's object."""
    doc = verb.doc
    if verb.lemma_.lower() in ADDRESSED_VERBS:
        return _name_before(verb)
    if verb.i == 0 or doc[verb.i - 1].text not in AFTER_QUOTE:
        return None
    obj = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("PROPN", "NOUN")
        ),
        None,
    )
    return obj if obj is not None else _name_after(verb)


def _name_after(verb: Token) -> Token | None:
    """'“…,” said Mr. Moreno, now 81 and retired': the parser made the name the subject of
    the description that follows it; the name right after the verb is the speaker."""
    doc = verb.doc
    end = verb.i + 1
    while (
        end < len(doc)
        and end - verb.i <= 5
        and (doc[end].pos_ == "PROPN" or doc[end].ent_type_ in ("PERSON", "ORG"))
    ):  # a surname the tagger took for an adverb: 'said Skelly, a strategist'
        end += 1
    if end == verb.i + 1 or doc[end - 1].ent_type_ not in ("PERSON", "ORG"):
        return None
    return doc[end - 1] if end == len(doc) or doc[end].is_punct else None


def inverted_end(doc: Doc, cue: Cue, head: Token, seg: Segment) -> int:
    """'“…,” said X during a visit' ends at X (plus a sentence-final stop)."""
    verb = cue.anchor
    if not (head.i > verb.i and verb.i > seg.start and seg.start <= head.i < seg.end):
        return seg.end
    before = doc[seg.start : verb.i].text
    if not any(q in before for q in ("”", '"', "''")):
        return seg.end
    end = _phrase_end(head, seg.end)
    if end < seg.end and doc[end].text in (".", "!", "…"):
        end += 1
    return end


def _phrase_end(head: Token, limit: int) -> int:
    """End of the speaker's mention: a name ends the quote ('said Mr. Moreno during a
    visit', 'said Skelly, a strategist'); a description runs to its last word ('said the
    chief of staff to the mayor'), not into a clause or an adverbial of the frame."""
    end = head.i + 1
    if head.pos_ == "PROPN":
        return end
    for child in head.rights:
        if child.dep_ not in ("prep", "compound", "amod", "nummod"):
            break
        end = max(end, child.right_edge.i + 1)
    doc = head.doc
    for tok in doc[head.i + 1 : end]:  # 'one of two witnesses who relayed ...': cut the clause
        if tok.text == "," or tok.dep_ in ("relcl", "acl"):
            end = tok.left_edge.i if tok.dep_ != "punct" else tok.i
            break
    return min(end, limit)
