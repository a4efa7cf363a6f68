"""Grammatical gender of people named in an article, from the text itself (for he/she)."""

from __future__ import annotations

from typing import Any

HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "madam": "f",
}
GENDERED_ROLES = {
    "spokesman": "m",
    "chairman": "m",
    "congressman": "m",
    "councilman": "m",
    "businessman": "m",
    "policeman": "m",
    "king": "m",
    "prince": "m",
    "father": "m",
    "brother": "m",
    "son": "m",
    "husband": "m",
    "boy": "m",
    "man": "m",
    "grandfather": "m",
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
    "councilwoman": "f",
    "businesswoman": "f",
    "policewoman": "f",
    "queen": "f",
    "princess": "f",
    "mother": "f",
    "sister": "f",
    "daughter": "f",
    "wife": "f",
    "girl": "f",
    "woman": "f",
    "grandmother": "f",
    "actress": "f",
    "duchess": "f",
}
PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
# A small, deliberately common list; the text's own pronouns and honorifics come first.
_MALE = (
    "john james robert michael william david richard joseph thomas charles christopher daniel "
    "matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward "
    "ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin "
    "scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry "
    "peter henry carl arthur harold jose juan carlos luis miguel pedro antonio ahmed mohammed "
    "muhammad ali omar hassan ivan sergei vladimir dmitry alexei igor oleg yuri viktor andrei "
    "hans klaus jurgen pierre francois emmanuel giuseppe marco luca wei li jun hiroshi "
    "rahul amit raj tom tomas nikola boris emil jakob lukas anton martin simon"
)
FIRST_NAMES_M = set(_MALE.split())
_FEMALE = (
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
    "betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa "
    "deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda "
    "pamela emma nicole helen samantha katherine christine debra rachel carolyn janet "
    "catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren "
    "christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa "
    "ann sara madison frances kathryn janice jean abigail alice julia judy sophia grace denise "
    "amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte "
    "marie kayla alexis lori fatima aisha leila yasmin olga natalia tatiana svetlana irina "
    "elena ekaterina anastasia ingrid greta sofia giulia chiara francesca mei yuki priya "
    "ana ines lucia carmen rosa valentina angela nadia ilse petra miriam"
)
FIRST_NAMES_F = set(_FEMALE.split())


def name_gender(name: str) -> str | None:
    first = name.split()[0].lower().strip(".,") if name.split() else ""
    if first in FIRST_NAMES_M:
        return "m"
    if first in FIRST_NAMES_F:
        return "f"
    return None


def entity_gender(ent: Any) -> str | None:
    """Evidence around one PERSON mention: honorific, gendered role word just before it,
    a possessive/reflexive pronoun later in the clause it is the subject of, a first name."""
    doc = ent.doc
    i = ent.start
    while i >= max(0, ent.start - 4):  # "ministry spokesman Col. Yuri Banek", "Mrs. Calloway"
        t = doc[i]
        g = HONORIFICS.get(t.lower_) or GENDERED_ROLES.get(t.lower_)
        if g:
            return g
        if (i < ent.start and t.pos_ in ("ADP", "VERB", "AUX", "DET", "PRON")) or (
            t.is_punct and t.text != "."
        ):
            break
        i -= 1
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
        sent_end = verb.sent.end
        for t in doc[ent.end : min(sent_end, ent.end + 40)]:
            if t.ent_type_ == "PERSON":
                break
            if (
                t.lower_ in ("his", "himself", "herself")
                or (t.lower_ == "her" and t.tag_ == "PRP$")
            ) and _under(t, verb):
                return PRONOUN_GENDER[t.lower_]
    for ap in root.children:  # "Carla Moreno, a mother of two"
        if ap.dep_ == "appos" and ap.lower_ in GENDERED_ROLES:
            return GENDERED_ROLES[ap.lower_]
    return name_gender(ent.text)


def _under(tok: Any, verb: Any) -> bool:
    cur = tok
    for _ in range(12):
        if cur.i == verb.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def untagged_people(doc: Any, a: int, b: int) -> list[Any]:
    """'Ana Lopez runs the firm.': the subject the tagger left without an entity, a proper
    name of two or more words that starts with a known first name, as a PERSON span (a
    later "she" may stand for her)."""
    from spacy.tokens import Span

    people = []
    root = doc[a:b].root  # the main clause's subject only: this runs on every sentence
    for tok in root.children:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or tok.ent_type_:
            continue
        first = tok.left_edge.i
        words = doc[first : tok.i + 1]
        if len(words) < 2 or not all(t.pos_ == "PROPN" and not t.ent_type_ for t in words):
            continue
        if name_gender(words.text) is not None:
            people.append(Span(doc, first, tok.i + 1, label="PERSON"))
    return people
