"""`factcheck match`: listing, accepting as matched links, verdicts suggested across same_as."""

import json
from pathlib import Path

import pytest

PAIRS = Path(__file__).resolve().parents[1] / "data" / "pairs"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "articles"


def run(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def add_pair(cli, name: str) -> None:
    """Both articles of a hand-made pair, with their claims, through the CLI."""
    gold = json.loads((PAIRS / name / "gold.json").read_text(encoding="utf-8"))
    for side in ("a", "b"):
        added = run(cli, "articles", "add", str(PAIRS / name / f"{side}.txt"), "--format", "json")
        article_id = str(json.loads(added.output)["article"]["id"])
        for quote in gold[side]:
            run(cli, "claims", "add", article_id, "--quote", quote)


def listing(cli, *options):
    return json.loads(run(cli, "match", "--format", "json", *options).output)


def test_lists_suggestions_with_score_and_evidence(cli):
    add_pair(cli, "dam")
    items = listing(cli)
    top = items[0]
    assert [i["rank"] for i in items] == list(range(1, len(items) + 1))
    assert top["relation"] == "same_as" and 0.4 <= top["score"] <= 1
    assert "Orlava Dam" in top["evidence"]["shared_entities"]
    assert top["from"]["article_id"] != top["to"]["article_id"]
    table = run(cli, "match").output
    assert f"#1  id {top['id']}  same_as" in table and "shared names: " in table


def test_suggestion_ids_stay_the_same_after_another_accept(cli):
    add_pair(cli, "dam")
    before = listing(cli)
    assert len(before) >= 3
    first, third = before[0], before[2]
    assert first["id"] == f"{first['from']['id']}-{first['to']['id']}"
    run(cli, "match", "--accept", first["id"])
    after = listing(cli)
    assert third["id"] in [item["id"] for item in after]  # its rank moved, its id did not
    (link,) = json.loads(run(cli, "match", "--accept", third["id"], "-f", "json").output)
    assert (link["from"], link["to"]) == (third["from"]["id"], third["to"]["id"])


def test_accept_records_matched_links_and_they_are_not_suggested_again(cli):
    add_pair(cli, "dam")
    before = listing(cli)
    accepted = json.loads(run(cli, "match", "--accept", "1,2", "--format", "json").output)
    assert [link["origin"] for link in accepted] == ["matched", "matched"]
    assert accepted[0]["by"] == "tester"
    assert accepted[0]["score"] == before[0]["score"] and accepted[0]["note"]
    shown = json.loads(
        run(cli, "claims", "show", str(before[0]["from"]["id"]), "-f", "json").output
    )
    assert any(link["origin"] == "matched" for link in shown["links"])
    assert len(listing(cli)) == len(before) - 2


def test_accepting_a_same_as_then_reviewing_one_side_suggests_the_verdict(cli):
    add_pair(cli, "dam")
    top = listing(cli)[0]
    run(cli, "match", "--accept", "1")
    reviewed, other = top["to"]["id"], top["from"]["id"]
    run(cli, "review", str(reviewed), "--status", "verified", "--note", "Regional emergency log")
    shown = json.loads(run(cli, "claims", "show", str(other), "--format", "json").output)
    (suggestion,) = shown["suggested_verdicts"]
    assert suggestion["status"] == "verified" and suggestion["claim_id"] == reviewed
    assert suggestion["by"] == "tester"
    assert shown["status"] == "unverified"  # suggested, never applied without a review


def test_accept_all_takes_every_listed_suggestion(cli):
    add_pair(cli, "ferry")
    count = len(listing(cli, "--min-score", "0.5"))
    accepted = json.loads(
        run(cli, "match", "--accept-all", "--min-score", "0.5", "-f", "json").output
    )
    assert len(accepted) == count > 0
    assert {link["relation"] for link in accepted} <= {"same_as", "contradicts"}


def test_mistakes_are_one_line_errors(cli):
    add_pair(cli, "ferry")
    unknown = cli("match", "--accept", "99")
    assert unknown.exit_code == 1 and "no suggestion 99" in unknown.output
    garbled = cli("match", "--accept", "first")
    assert garbled.exit_code == 1 and "suggestion ids like 12-40" in garbled.output
    both = cli("match", "--accept", "1", "--accept-all")
    assert both.exit_code == 1
    assert cli("match", "--min-score", "2").exit_code != 0
    assert cli("match", "--article", "42").exit_code == 1


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_corpus_shared_assertion_is_the_top_same_as(cli):
    """Both sample articles say no Central Asian state supported the invasion."""
    files = sorted(CORPUS.glob("*.txt"))[:2]
    run(cli, "ingest", *map(str, files))
    same_as = [s for s in listing(cli) if s["relation"] == "same_as"]
    top = same_as[0]
    quotes = [top["from"]["quote"], top["to"]["quote"]]
    assert top["from"]["article_id"] != top["to"]["article_id"]
    assert all("supported" in quote and "Central Asia" in quote for quote in quotes)
    assert top["evidence"]["negated"] == [True, True]  # "none of" and "neither…nor" agree
    assert top["score"] >= 0.5


def test_a_dismissed_claim_is_suggested_no_more(cli):
    add_pair(cli, "dam")
    top = listing(cli)[0]
    run(cli, "claims", "dismiss", str(top["from"]["id"]), "--reason", "not a claim")
    assert top["id"] not in [item["id"] for item in listing(cli)]


def test_limit_keeps_the_best_suggestions_of_each_claim(cli, tmp_path):
    for n in range(5):
        quote = f"Harbour pilots in Ostwick said {n + 2} tugboats had been grounded since May."
        (tmp_path / f"pilots{n}.txt").write_text(quote, encoding="utf-8")
        added = run(cli, "articles", "add", str(tmp_path / f"pilots{n}.txt"), "--format", "json")
        run(cli, "claims", "add", str(json.loads(added.output)["article"]["id"]), "--quote", quote)
    every = listing(cli, "--limit", "0", "--min-score", "0")
    one = listing(cli, "--limit", "1", "--min-score", "0")
    assert len(one) < len(every)
    assert one[0]["id"] == every[0]["id"]  # the best of all is the best of its claims
    assert cli("match", "--limit", "-1").exit_code != 0
