"""Run the shared scorer on the shared sample corpus (read at test time, never copied)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = (Path(__file__).resolve().parents[2] / ".." / "shared").resolve()

pytestmark = pytest.mark.spacy


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="shared corpus not present")
def test_shared_scorer_targets(extractor, tmp_path):
    articles, gold = SHARED / "corpus" / "articles", SHARED / "corpus" / "gold"
    pred = tmp_path / "pred"
    pred.mkdir()
    for g in sorted(gold.glob("*.json")):
        name = json.loads(g.read_text(encoding="utf-8"))["article"]
        text = (articles / name).read_text(encoding="utf-8")
        res = extractor.extract(text, name=name)
        (pred / g.name).write_text(json.dumps(res.to_json()), encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score_extraction.py"),
            "--gold",
            str(gold),
            "--articles",
            str(articles),
            "--pred",
            str(pred),
            "--quiet",
        ],
        capture_output=True,
        text=True,
    )
    line = out.stdout.strip().splitlines()[-1]
    m = dict(re.findall(r"(\w+)=([\d.]+)", line))
    assert float(m["claim_recall"]) == 1.0, line
    assert float(m["forbidden_rate"]) == 0.0, line
    assert float(m["attr_f1"]) >= 0.97, line
    assert float(m["speaker_accuracy"]) >= 0.95, line
    assert float(m["link_recall"]) == 1.0, line
    assert int(m["anchor_errors"]) == 0, line
