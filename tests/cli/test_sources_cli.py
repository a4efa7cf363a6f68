"""`factcheck sources show`: a source's claims, and the claims others make on its word."""

import json

from factcheck.extract import ExtractedCitation, ExtractedClaim, ExtractionResult
from factcheck.services.articles import ArticleInput
from factcheck.services.ingest import ingest_article

TEXT = "A report by the Harbour Gazette found that 30 ships docked, Ivo Marr said."
QUOTE = "30 ships docked"


def _claim_on_the_gazettes_word() -> ExtractionResult:
    start = TEXT.index(QUOTE)
    claim = ExtractedClaim(
        quote=QUOTE,
        start=start,
        end=start + len(QUOTE),
        sentence_start=0,
        sentence_end=len(TEXT),
        attribution="according_to",
        cue="found",
        speaker="Ivo Marr",
        speaker_kind="person",
    )
    report = ExtractedCitation("A report", "Ivo Marr", "Harbour Gazette", None, "found", 0, 8)
    return ExtractionResult(TEXT, [claim], [], [], [report])


def test_claims_on_a_sources_word_have_their_speaker_as_in_claims_list(cli, ledger):
    data = ArticleInput(text=TEXT, filename="gazette.txt")
    extraction = _claim_on_the_gazettes_word()
    ledger.run(lambda session: ingest_article(session, data=data, extraction=extraction))
    shown = json.loads(cli("sources", "show", "Harbour Gazette", "-f", "json").stdout)
    listed = json.loads(cli("claims", "list", "-f", "json").stdout)
    (on_its_word,) = shown["claims_on_its_word"]
    assert on_its_word["speaker"] == "Ivo Marr"
    assert on_its_word == listed[0]
