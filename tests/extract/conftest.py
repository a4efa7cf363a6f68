"""One spaCy model and one Extractor for the whole test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from factcheck.extract import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def extractor(nlp):
    from factcheck.extract import Extractor

    return Extractor(nlp)


@pytest.fixture
def extract(extractor):
    """extract(text) -> ExtractionResult, checking the anchoring invariant every time."""

    def run(text, meta=None):
        res = extractor.extract(text, name="t.txt", meta=meta)
        for c in res.claims:
            assert text[c.start : c.end] == c.quote
            assert c.sentence_start <= c.start < c.end <= c.sentence_end
        return res

    return run


@pytest.fixture
def claim_with():
    """claim_with(res, fragment) -> the first claim whose quote contains fragment."""

    def find(res, fragment):
        for c in res.claims:
            if fragment in c.quote:
                return c
        raise AssertionError(f"no claim contains {fragment!r}: {[c.quote for c in res.claims]}")

    return find
