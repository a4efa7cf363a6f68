"""The ledger builder fixture (factcheck.testing): a ledger in a few lines, as the CLI sees it."""

import json


def test_the_builder_makes_what_the_cli_then_reads(ledger, cli):
    article = ledger.article("The board said 30 ships docked. The guild denies this.")
    said = ledger.claim(article, "30 ships docked", speaker="Board", attribution="said")
    denial = ledger.claim(article, "The guild denies this", attribution="denied")
    ledger.link(denial, said, "denies")
    ledger.review(said, "false", note="port log: 3 ships", by="ana")
    ledger.publish(said)
    claims = json.loads(cli("claims", "list", "-f", "json").stdout)
    assert [(c["id"], c["status"], c["speaker"]) for c in claims] == [
        (said, "false", "Board"),
        (denial, "unverified", None),
    ]
    assert claims[0]["published"]["status"] == "false"
    (settled,) = json.loads(cli("disputes", "--resolved", "-f", "json").stdout)
    assert settled["claim"]["id"] == said  # the published verdict settled the denial


def test_each_test_gets_a_fresh_ledger(ledger, cli):
    assert json.loads(cli("articles", "list", "-f", "json").stdout) == []
