"""Write gold/*.json for the blind-round articles (annotated before the extractor was run on
them, then used to fix general rules; same conventions as devset/build_gold.py). The
annotations are in the modules beside this one, by round (blind_round*.py; blind_round8.py
holds the claims added in round 8), written in devset/gold_notation.py's A/S/F.

    python tests/extract/blind/build_gold.py

First scores, before the rules were fixed on each round (the same scorer):
  round 1 (h1-h4; h2 then moved to devset/10): attr_f1 0.964, speaker 0.900, forbidden 0.017
  round 2 (h5-h7): attr_f1 0.971, speaker 0.955, claim_recall 1.000
  round 3 (h8-h9): attr_f1 0.983, speaker 0.965 (one gold speaker later corrected)
  round 4 (h10): attributions 7/8, speakers 7/7
  round 5 (r1-r2): attr_f1 1.000, speaker 0.833 ("the charity WaterFirst" misparsed; two
    "state/local media reported" that the gold first named, now unnamed as DESIGN says)
  round 6 (s1-s3): claim_recall 1.000, forbidden 2/57 (two credit-less captions), attr_f1 0.988,
    speaker 0.878 ("quoted as saying" unnamed, "posted on Facebook that" missed, a quote's own
    subject taken for the speaker, "the company" resolved to a regulator), links 3/3
  round 7 (t1-t3): claim_recall 0.982, forbidden 0.016 ("Get in touch." after a reader
    question), attr_f1 0.935 (six Q&A answers left asserted), speaker 0.977 ("according to
    reports in Spain" named 'reports'), links 3/3
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "devset"))
import blind_round1  # noqa: E402
import blind_round2  # noqa: E402
import blind_round5  # noqa: E402
import blind_round6  # noqa: E402
import blind_round7  # noqa: E402
import blind_round8  # noqa: E402
import blind_rounds3_4  # noqa: E402
import build_gold as bg  # noqa: E402

ARTICLES = {
    **blind_round1.ARTICLES,
    **blind_round2.ARTICLES,
    **blind_rounds3_4.ARTICLES,
    **blind_round5.ARTICLES,
    **blind_round6.ARTICLES,
    **blind_round7.ARTICLES,
}
ROUND8 = blind_round8.ROUND8


def main() -> None:
    bg.HERE = HERE
    bg.ROUND8_ALL.update(ROUND8)
    for name, spec in ARTICLES.items():
        gold = bg.build(name, spec)
        path = HERE / "gold" / (Path(name).stem + ".json")
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(gold['claims'])} claims, {len(gold['links'])} links")


if __name__ == "__main__":
    main()
