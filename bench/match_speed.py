"""Benchmark: `factcheck match` on generated articles, with rewordings and syndicated copies.

    python bench/match_speed.py [--articles 250 500 1000] [--db-dir /tmp] [--limit 5]

Each size gets a fresh SQLite ledger of generated stories (made-up places, firms and people;
no corpus text). A story is told by an original article, one or two rewordings by other
outlets (sometimes with a different number: a contradiction) and zero to two syndicated
copies (the same sentences under another outlet's intro), with unrelated filler claims in
every article. `factcheck match --format json` then runs as a new process, as a user types
it; wall time, peak resident memory and the size of its output are printed per size.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from synthetic import _article_row, _claim_row  # noqa: E402

SYLLABLES = "bar vel dor mik tas lun quo ren sab tor wex yal zim fen gor hul kip nar ost pel"
FACTS = [
    (
        "{firm} will cut {n} jobs at its {town} plant by the end of the year.",
        "The {town} plant of {firm} is set to lose {n} jobs before the year ends.",
    ),
    (
        "The {town} council approved a budget of {n} million for the new {thing}.",
        "Councillors in {town} voted through {n} million to build the {thing}.",
    ),
    (
        "{person} said the {thing} in {town} would open in {month}.",
        "The {thing} in {town} is due to open in {month}, {person} said.",
    ),
    (
        "Police in {town} arrested {n} people after the protest at the {thing}.",
        "{n} protesters were detained by {town} police outside the {thing}.",
    ),
    (
        "{firm} denied that its {town} site had polluted the {river} river.",
        "{firm} rejected claims that the {town} site polluted the {river}.",
    ),
    (
        "Flooding along the {river} forced {n} families from their homes in {town}.",
        "{n} households in {town} were evacuated as the {river} burst its banks.",
    ),
    (
        "{person} claimed that the {thing} had cost taxpayers {n} million.",
        "According to {person}, taxpayers paid {n} million for the {thing}.",
    ),
    (
        "Ticket prices on the {town} ferry will rise by {n} percent in {month}.",
        "Fares on the ferry to {town} go up {n} percent from {month}.",
    ),
]
VERBS = ["counted", "exported", "repaired", "registered", "planted", "printed", "hired"]
THINGS = ["bridge", "stadium", "tram line", "library", "hospital wing", "marina", "depot"]
MONTHS = ["March", "April", "May", "June", "September", "October"]
OUTLETS = ["Coastal Courier", "Valley Ledger", "Northern Post", "Harbor Wire", "Daily Mirrorfield"]


def name(rng: random.Random, parts: int = 2) -> str:
    words = SYLLABLES.split()
    return "".join(rng.choice(words) for _ in range(parts)).capitalize()


def story_cast(rng: random.Random) -> dict:
    return {
        "town": name(rng, 3),
        "firm": name(rng, 2) + " " + rng.choice(["Industries", "Holdings", "Energy", "Foods"]),
        "person": f"{name(rng)} {name(rng, 3)}",
        "river": name(rng, 2),
        "thing": rng.choice(THINGS),
        "month": rng.choice(MONTHS),
    }


def articles(count: int, seed: int = 11) -> list[list[str]]:
    """Sentences of `count` articles (each sentence one claim), story by story."""
    rng = random.Random(seed)
    out: list[list[str]] = []
    while len(out) < count:
        cast = story_cast(rng)
        facts = rng.sample(FACTS, 5)
        numbers = [rng.randint(3, 900) for _ in facts]
        original = [a.format(n=n, **cast) for (a, _), n in zip(facts, numbers, strict=True)]
        tellings = [original]
        for _ in range(rng.choice((1, 1, 2))):  # rewordings, now and then another number
            changed = [n if rng.random() > 0.2 else n + rng.randint(1, 50) for n in numbers]
            tellings.append(
                [b.format(n=n, **cast) for (_, b), n in zip(facts, changed, strict=True)]
            )
        told = [telling + filler(rng) for telling in tellings]
        for _ in range(rng.choice((0, 1, 1, 2))):  # syndicated copies of the original
            told.append([f"This story first ran in the {rng.choice(OUTLETS)}.", *told[0]])
        out.extend(told)
    return out[:count]


def filler(rng: random.Random) -> list[str]:
    """Claims that belong to no story: made-up words, so they match nothing by chance."""
    return [
        f"The {name(rng)} {name(rng, 3).lower()} of {name(rng, 3)} "
        f"{rng.choice(VERBS)} {rng.randint(2, 999)} {name(rng).lower()}s "
        f"in {rng.randint(1990, 2024)}."
        for _ in range(rng.randint(4, 10))
    ]


def build(url: str, count: int) -> int:
    from sqlalchemy.orm import Session

    from factcheck import db

    db.upgrade(url)
    rng = random.Random(5)
    claim_id = 0
    with Session(db.get_engine(url)) as session:
        for article_id, sentences in enumerate(articles(count), start=1):
            text = " ".join(sentences)
            session.execute(insert(_table("Article")), [_article_row(article_id, text)])
            rows, offset = [], 0
            for sentence in sentences:
                claim_id += 1
                end = offset + len(sentence)
                rows.append(
                    _claim_row(claim_id, article_id, text, offset, end, "asserted", None, None, rng)
                )
                offset = end + 1
            session.execute(insert(_table("Claim")), rows)
        session.commit()
    db.get_engine(url).dispose()
    return claim_id


def _table(model: str):
    from factcheck import models

    return getattr(models, model).__table__


def run_match(url: str, limit: int) -> tuple[float, float, list]:
    """`factcheck match` as a new process: wall time, its peak RSS in MB, the suggestions."""
    command = [sys.executable, "-m", "factcheck", "match", "--db", url, "--format", "json"]
    command += ["--limit", str(limit)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"match failed: {done.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far: sizes run smallest first
    return elapsed, max(peak, before) / 1024, json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--db-dir", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.db_dir) as tmp:
        print("articles  claims  build s  match s  peak RSS MB  suggestions  output KB  copies")
        for count in sorted(args.articles):
            url = f"sqlite:///{Path(tmp) / f'match{count}.db'}"
            started = time.perf_counter()
            claims = build(url, count)
            built = time.perf_counter() - started
            elapsed, peak, found = run_match(url, args.limit)
            size = len(json.dumps(found)) / 1024
            copies = sum(1 for s in found if s["from"]["copies"] or s["to"]["copies"])
            print(
                f"{count:8d} {claims:7d} {built:8.1f} {elapsed:8.1f} {peak:12.0f} "
                f"{len(found):12d} {size:10.0f} {copies:7d}",
                flush=True,
            )


if __name__ == "__main__":
    main()
