"""A ledger to triage, built in tests: a newsroom that checks the mayor's promises and has no
use for lottery figures (the shipped model, trained on debates, ranks figures first)."""

from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.reviews import add_review
from factcheck.vocab import Status

PLACES = [
    "Eastgate",
    "Lower Mill",
    "Harbor Row",
    "Kell Park",
    "Norton",
    "Ashby",
    "Crane Hill",
    "Mirewood",
    "Southbank",
    "Old Quay",
    "Tarn",
    "Vale End",
]


def lottery(i: int) -> str:
    return f"The county lottery jackpot reached {3 + i}.{i} million dollars in week {10 + i}."


def promise(i: int) -> str:
    return f"The mayor promised to open a clinic in {PLACES[i]}."


def build_ledger(session, labelled: int = 11):
    """A newsroom that checks the mayor's promises and has no use for lottery figures:
    `labelled` of each are reviewed, one of each is left for triage to rank."""
    sentences = [lottery(i) for i in range(labelled + 1)] + [
        promise(i) for i in range(labelled + 1)
    ]
    article, _ = store_article(
        session, ArticleInput(text="\n\n".join(sentences) + "\n", filename="week.txt")
    )
    claims = {
        s: add_claim(session, article_id=article.id, data=NewClaim(s), actor="t") for s in sentences
    }
    for i in range(labelled):
        add_review(
            session,
            claim_id=claims[lottery(i)].id,
            status=Status.UNVERIFIABLE,
            rationale="lottery figures are not our beat",
            reviewer="ana",
        )
        add_review(
            session,
            claim_id=claims[promise(i)].id,
            status=Status.FALSE,
            rationale="no clinic opened",
            reviewer="ana",
        )
    session.commit()
    return claims[lottery(labelled)], claims[promise(labelled)]
