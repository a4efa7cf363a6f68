"""Benchmark: `triage fit` (fit on the labels, then rescore every claim) on a synthetic ledger.

    python bench/triage_speed.py [--claims 50000] [--labelled 400]

Claims are random sentences from a small word list, stored straight into a fresh SQLite
file in /tmp; half the labelled ones get `false`, half `unverifiable`.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

VOCABULARY = (
    "the port said that 3,200 workers lost jobs since 2019 and prices rose by 14 percent "
    "we think should will mayor council budget doubled lowest never voted"
)
WORDS = VOCABULARY.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=50_000)
    parser.add_argument("--labelled", type=int, default=400)
    args = parser.parse_args()
    from sqlalchemy import insert
    from sqlalchemy.orm import sessionmaker

    from factcheck import db as database
    from factcheck.models import Article, Claim
    from factcheck.services.reviews import add_review
    from factcheck.services.triage import fit_ledger
    from factcheck.vocab import Status

    url = f"sqlite:///{tempfile.mkdtemp(prefix='factcheck-triage-')}/triage.db"
    database.upgrade(url)
    rng = random.Random(1)
    with sessionmaker(database.get_engine(url))() as session:
        article = Article(
            slug="a",
            version=1,
            is_current=True,
            authors=[],
            format="txt",
            text="x",
            sha256="0" * 64,
        )
        session.add(article)
        session.flush()
        rows = [
            {
                "article_id": article.id,
                "start": 0,
                "end": 1,
                "claim_text": "x",
                "prefix": "",
                "suffix": "",
                "quote": " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))) + ".",
            }
            for _ in range(args.claims)
        ]
        session.execute(insert(Claim), rows)
        for i in range(1, args.labelled + 1):
            status = Status.FALSE if i % 2 else Status.UNVERIFIABLE
            add_review(session, claim_id=i, status=status, rationale="r", reviewer="bench")
        session.commit()
        started = time.perf_counter()
        report = fit_ledger(session, actor="bench")
        session.commit()
        elapsed = time.perf_counter() - started
    print(
        f"triage fit: {report.labelled} labels, {report.rescored} claims rescored, "
        f"{elapsed:.2f} s ({1e6 * elapsed / report.rescored:.0f} µs a claim) -> {url}"
    )


if __name__ == "__main__":
    main()
