"""Every value the extractor emits is a word of DESIGN.md's vocabulary (factcheck.vocab)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.vocab import Attribution, Certainty, ClaimType, SourceKind

pytestmark = pytest.mark.spacy
ARTICLES = sorted(Path(__file__).parent.glob("*/articles/*.txt"))


def test_extracted_values_are_vocabulary_values(extract):
    assert ARTICLES, "the dev and blind sets are missing"
    for path in ARTICLES:
        for claim in extract(path.read_text(encoding="utf-8")).claims:
            assert Attribution(claim.attribution) and Certainty(claim.certainty)
            assert ClaimType(claim.claim_type)
            assert claim.speaker_kind is None or SourceKind(claim.speaker_kind)
            assert 0.0 <= claim.checkworthiness <= 1.0, (path.name, claim.quote)
