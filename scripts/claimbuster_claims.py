"""Run the Extractor over ClaimBuster's debate sentences, one sentence a paragraph, and cache
every claim (quote, attribution, speaker kind, the scorer's score) by sentence, as JSON.

    PYTHONPATH=. python3 scripts/claimbuster_claims.py [--out /tmp/cb_claims.json]

The sentences carry no debate name, but their ids run in order through the transcripts:
blocks of 1,000 ids stand in for debates (about 280 sentences each). The cache holds no
sentence text of the dataset beyond the claims' quotes and stays outside the repository.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "corpus" / "claimbuster" / "sentences.json"
BLOCK = 1000


def debates(path: Path = DATA) -> dict[int, list[dict]]:
    """Sentences grouped into pseudo-debates (blocks of ids), each in id order."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    out: dict[int, list[dict]] = {}
    for row in sorted(rows, key=lambda r: r["sentence_id"]):
        out.setdefault(row["sentence_id"] // BLOCK, []).append(row)
    return out


def extract_debate(extractor, rows: list[dict]) -> list[dict]:
    """Claims of one transcript, each with the index of its sentence in `rows`."""
    text, spans = "", []
    for row in rows:
        if text:
            text += "\n\n"
        spans.append((len(text), len(text) + len(row["text"])))
        text += row["text"]
    result = extractor.extract(text, "debate")
    claims, k = [], 0
    for c in result.claims:
        while k + 1 < len(spans) and c.start >= spans[k + 1][0]:
            k += 1
        claims.append(
            {
                "sentence": k,
                "quote": c.quote,
                "attribution": c.attribution,
                "speaker_kind": c.speaker_kind,
                "direct_quote": c.direct_quote,
                "score": c.checkworthiness,
                "claim_type": c.claim_type,
            }
        )
    return claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/cb_claims.json"))
    args = parser.parse_args()
    from factcheck.extract import Extractor

    extractor = Extractor()
    started = time.perf_counter()
    out = {}
    for block, rows in debates().items():
        out[block] = {
            "labels": [r["label"] for r in rows],
            "claims": extract_debate(extractor, rows),
        }
    args.out.write_text(json.dumps(out), encoding="utf-8")
    print(
        f"{sum(len(v['claims']) for v in out.values())} claims, "
        f"{time.perf_counter() - started:.1f} s -> {args.out}"
    )


if __name__ == "__main__":
    main()
