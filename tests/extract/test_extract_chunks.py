"""Texts longer than one spaCy call: cut at paragraphs, offsets exact, same claims."""

from __future__ import annotations

import pytest

from factcheck.extract.chunks import split_text

PARAGRAPH = (
    "The harbour authority said on Monday that 40 ships were waiting to unload. "
    "Dock workers denied that the strike had caused the delay.\n\n"
)


def test_pieces_cover_the_text_exactly_and_end_at_paragraphs():
    text = "".join(PARAGRAPH.replace("40", str(n)) for n in range(30))
    pieces = split_text(text, 1000)
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= 1000
        assert piece.endswith("\n\n")  # no paragraph was cut in two


def test_a_single_line_longer_than_the_limit_is_cut_at_sentences_then_spaces():
    line = "Officials said the port reopened. " * 100  # no line break at all
    pieces = split_text(line, 500)
    assert "".join(p for _, p in pieces) == line
    assert all(p.endswith(". ") for _, p in pieces[:-1])
    unbroken = "x" * 1200
    assert [len(p) for _, p in split_text(unbroken, 500)] == [500, 500, 200]


@pytest.fixture
def small_nlp(nlp):
    """The session model with a max_length far below the test text, restored afterwards."""
    saved = nlp.max_length
    nlp.max_length = 400
    yield nlp
    nlp.max_length = saved


def test_text_over_max_length_is_extracted_with_exact_offsets(small_nlp, extractor):
    text = "".join(PARAGRAPH.replace("40", str(n)) for n in range(1, 12))
    assert len(text) > 3 * small_nlp.max_length
    result = extractor.extract(text, name="long.txt")
    assert len(result.claims) == 22  # two per paragraph: "said" and "denied"
    paragraph_results = [
        extractor.extract(PARAGRAPH.replace("40", str(n)), name="p.txt") for n in range(1, 12)
    ]
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.quote
        assert text[claim.sentence_start : claim.sentence_end].find(claim.quote) >= 0
        for start, end in (
            (claim.cue_start, claim.cue_end),
            (claim.speaker_start, claim.speaker_end),
        ):
            assert (start is None) == (end is None)
            if start is not None:
                assert 0 <= start < end <= len(text)
    # every paragraph's claims are there, in order, and the denial links point at them
    assert [c.quote for c in result.claims] == [
        c.quote for r in paragraph_results for c in r.claims
    ]
    assert [c.speaker for c in result.claims[:2]] == ["harbour authority", "Dock workers"]


def test_extract_many_keeps_order_across_long_and_short_texts(small_nlp, extractor):
    long_text = PARAGRAPH * 8
    items = [("a.txt", PARAGRAPH, None), ("b.txt", long_text, None), ("c.txt", PARAGRAPH, None)]
    results = list(extractor.extract_many(items, batch_size=3))
    assert [r.article for r in results] == ["a.txt", "b.txt", "c.txt"]
    assert len(results[1].claims) == 8 * len(results[0].claims)
    assert all(long_text[c.start : c.end] == c.quote for c in results[1].claims)


def test_ingest_of_an_article_over_max_length_stores_every_claim(small_nlp, cli, tmp_path):
    """Through the command line, as a user runs it: no E088, claims anchored in the file."""
    import json

    from factcheck.extract import load_nlp

    assert load_nlp() is small_nlp  # the command uses the same (cached) model
    text = "".join(PARAGRAPH.replace("40", str(n)) for n in range(1, 9))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = cli("ingest", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["claims"] == 16
    claims = json.loads(cli("claims", "list", "--format", "json").stdout)
    assert all(text[c["start"] : c["end"]] == c["quote"] for c in claims)
    assert cli("audit", "verify").exit_code == 0


def test_long_runs_without_spaces_do_not_stall_the_tokenizer(extractor):
    """10,000 '=' in a row took spaCy's tokenizer ~30 s (affixes stripped one by one);
    such runs are parsed masked, and the claims keep the real characters."""
    import time

    rule = "=" * 10_000
    emoji = "😀" * 300
    text = f"The port said {emoji} ships were late.\n\n{rule}\n\n" + PARAGRAPH
    began = time.perf_counter()
    result = extractor.extract(text, name="odd.txt")
    assert time.perf_counter() - began < 10
    assert all(text[c.start : c.end] == c.quote for c in result.claims)
    assert any(emoji in c.quote for c in result.claims)  # restored, not "xxx"
    assert any("40 ships were waiting" in c.quote for c in result.claims)
    assert not any("x" * 50 in c.quote or "x" * 50 in c.claim_text for c in result.claims)


def test_mask_long_runs_keeps_length_and_whitespace():
    from factcheck.extract.chunks import LONG_RUN, mask_long_runs

    text = "short words\n" + "!" * (LONG_RUN + 5) + " tail " + "a" * (LONG_RUN - 1)
    masked, runs = mask_long_runs(text)
    assert len(masked) == len(text)
    assert runs == [(12, 12 + LONG_RUN + 5)]
    assert masked[12 : 12 + LONG_RUN + 5] == "x" * (LONG_RUN + 5)
    assert masked[:12] == text[:12] and masked[-LONG_RUN + 1 :] == text[-LONG_RUN + 1 :]
