"""Write gold/*.json for the dev-set articles from their annotations (exact offsets).

    python tests/extract/devset/build_gold.py

Annotation conventions (same format as the shared corpus gold): one claim per assertion
sentence or independently attributed clause; an attributed claim's span includes its frame
("X said ..."); speakers list the full name, the surname and, for spokespeople, the body they
speak for; unnamed-but-described sources ("officials", "sources familiar with the matter")
keep their noun phrase; captions, credits, questions and promos are forbidden.

The annotations are in the modules beside this one, by article (dev_articles_*.py, and
dev_round8.py for the claims added in round 8), written in gold_notation.py's A/S/F.
"""

from __future__ import annotations

import json
from pathlib import Path

# The data modules sit beside this file: on the path when it runs, and when the blind
# builder imports it (it puts this folder first).
import dev_articles_01_03
import dev_articles_04_06
import dev_articles_07_09
import dev_articles_10
import dev_round8

HERE = Path(__file__).resolve().parent
ARTICLES = {
    **dev_articles_01_03.ARTICLES,
    **dev_articles_04_06.ARTICLES,
    **dev_articles_07_09.ARTICLES,
    **dev_articles_10.ARTICLES,
}
ROUND8 = dev_round8.ROUND8


def _find_unique(text: str, quote: str, name: str) -> int:
    start = text.find(quote)
    if start < 0:
        raise SystemExit(f"{name}: quote not in article: {quote[:70]!r}")
    if text.find(quote, start + 1) >= 0:
        raise SystemExit(f"{name}: quote not unique: {quote[:70]!r}")
    return start


ROUND8_ALL = dict(ROUND8)  # the blind set's builder adds its own


def build(name: str, spec: dict) -> dict:
    text = (HERE / "articles" / name).read_text(encoding="utf-8")
    claims = []
    for c in [*spec["claims"], *ROUND8_ALL.get(name, [])]:
        start = _find_unique(text, c["quote"], name)
        out = {
            "quote": c["quote"],
            "start": start,
            "end": start + len(c["quote"]),
            "role": c["role"],
        }
        for key in ("attribution", "also_accept", "cue", "speaker"):
            if key in c:
                out[key] = c[key]
        claims.append(out)
    links = []
    for frm, to in spec["links"]:
        ends = []
        for prefix in (frm, to):
            hits = [c["quote"] for c in claims if c["quote"].startswith(prefix)]
            if len(hits) != 1:
                raise SystemExit(f"{name}: link end {prefix!r} matches {len(hits)} claims")
            ends.append(hits[0])
        links.append({"from": ends[0], "to": ends[1], "relation": "denies"})
    return {"article": name, "meta": spec["meta"], "claims": claims, "links": links}


def main() -> None:
    out_dir = HERE / "gold"
    out_dir.mkdir(exist_ok=True)
    for name, spec in ARTICLES.items():
        gold = build(name, spec)
        path = out_dir / (Path(name).stem + ".json")
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(gold['claims'])} claims, {len(gold['links'])} links")


if __name__ == "__main__":
    main()
