"""Every page of the desk and its JSON twin, in the CLI's JSON shapes."""

from __future__ import annotations

import json

import lxml.html

JSON = {"accept": "application/json"}


def _dom(response):
    assert response.status_code == 200, response.text[-2000:]
    return lxml.html.fromstring(response.text)


def test_the_queue_lists_unreviewed_claims_most_check_worthy_first(client, harbor):
    rows = client.get("/queue", headers=JSON).json()
    ids = [c["id"] for c in rows["queue"]]
    assert harbor.claims["staff"] not in ids  # verified: no longer in the queue
    assert set(ids) == {harbor.claims[k] for k in ("cargo", "crews", "deny")}
    scores = [c["checkworthiness"] for c in rows["queue"]]
    assert scores == sorted(scores, reverse=True)
    assert rows["assigned"] == []  # nothing is assigned before issue 11's assignments
    assert client.get("/", headers=JSON).json() == rows
    page = _dom(client.get("/queue"))
    assert [a.text for a in page.xpath("//table[@class='claims']//th/a")] == [str(i) for i in ids]


def test_queue_rows_have_the_shape_of_claims_list_json(client, cli, harbor):
    listed = json.loads(cli("claims", "list", "--format", "json").output)
    entry = client.get("/queue", headers=JSON).json()["queue"][0]
    same = next(c for c in listed if c["id"] == entry["id"])
    extra = {"queue_score"}
    assert set(entry) - extra == set(same)
    assert {k: entry[k] for k in same} == same


def test_queue_takes_the_claims_list_filters(client, harbor):
    said = client.get("/queue?attribution=said", headers=JSON).json()["queue"]
    assert [c["id"] for c in said] == [harbor.claims["cargo"]]
    verified = client.get("/queue?status=verified", headers=JSON).json()["queue"]
    assert [c["id"] for c in verified] == [harbor.claims["staff"]]
    refused = client.get("/queue?status=nonsense")
    assert refused.status_code == 400 and "unknown status" in refused.text


def test_the_article_page_highlights_every_claim_by_status(client, harbor):
    page = _dom(client.get(f"/articles/{harbor.article_id}"))
    for key, claim_id in harbor.claims.items():
        marks = page.xpath(f'//div[@class="article-text"]//mark[@data-claim-id="{claim_id}"]')
        status = "verified" if key == "staff" else "unverified"
        assert marks and {m.get("data-status") for m in marks} == {status}
    assert page.xpath('//span[@class="cue"]') and page.xpath('//span[@class="speaker"]')
    assert page.xpath("//aside[@id='panel']//p[contains(., 'Choose a highlighted claim')]")


def test_the_claim_panel_shows_the_chosen_claim_with_a_review_form(client, harbor):
    claim_id = harbor.claims["staff"]
    page = _dom(client.get(f"/articles/{harbor.article_id}?claim={claim_id}"))
    panel = page.get_element_by_id("panel")
    assert f"Claim {claim_id}" in panel.text_content()
    assert "Guild roll" in panel.text_content()  # the last verdict's rationale
    (form,) = panel.xpath(".//form")
    assert form.get("action") == f"/claims/{claim_id}/review"
    assert page.xpath(f'//mark[@data-claim-id="{claim_id}" and contains(@class, "selected")]')


def test_the_article_json_is_articles_show_json(client, cli, harbor):
    shown = json.loads(cli("articles", "show", str(harbor.article_id), "--format", "json").output)
    twin = client.get(f"/articles/{harbor.article_id}", headers=JSON).json()
    assert set(twin) == set(shown) and twin["text"] == shown["text"]
    assert [c["id"] for c in twin["claims"]] == [c["id"] for c in shown["claims"]]
    assert {c["speaker"] for c in twin["claims"]} >= {"Brindle Harbour Board"}


def test_the_claim_page_marks_cue_and_speaker_in_context(client, harbor):
    claim_id = harbor.claims["cargo"]
    page = _dom(client.get(f"/claims/{claim_id}"))
    (context,) = page.find_class("context")
    (quote,) = context.xpath(f'.//mark[@data-claim-id="{claim_id}"]')
    assert quote.text == "cargo volumes had tripled since 2020"
    assert [s.text for s in context.find_class("cue")] == ["said"]
    assert [s.text for s in context.find_class("speaker")] == ["board"]
    history = page.xpath("//table[@class='history']//tr/td[2]/text()")
    assert history == ["created"]
    actions = {f.get("action") for f in page.xpath("//form[@method='post']")}
    for form in ("review", "evidence", "link", "dismiss"):
        assert f"/claims/{claim_id}/{form}" in actions


def test_the_claim_json_is_claims_show_json_with_history_and_disputes(client, cli, harbor):
    claim_id = harbor.claims["staff"]
    shown = json.loads(cli("claims", "show", str(claim_id), "--format", "json").output)
    twin = client.get(f"/claims/{claim_id}", headers=JSON).json()
    assert {k: twin[k] for k in shown} == shown
    assert [h["kind"] for h in twin["history"]] == ["created", "review"]
    assert twin["disputes"] == []


def test_disputes_search_log_and_corpus_have_json_twins(client, cli, harbor):
    cli("link", str(harbor.claims["deny"]), str(harbor.claims["crews"]), "--relation", "denies")
    cli_disputes = json.loads(cli("disputes", "--format", "json").output)
    twin = client.get("/disputes", headers=JSON).json()
    assert [d["claim"]["id"] for d in twin] == [harbor.claims["crews"]]
    assert twin == cli_disputes
    of_article = client.get(f"/disputes?article={harbor.article_id}", headers=JSON).json()
    assert of_article == json.loads(
        cli("disputes", "--article", str(harbor.article_id), "--format", "json").output
    )
    assert client.get(f"/disputes?article={harbor.article_id + 1}", headers=JSON).status_code == 404
    page = _dom(client.get("/disputes"))
    assert page.xpath(f'//a[@href="/claims/{harbor.claims["crews"]}"]')

    found = client.get("/search?search=board", headers=JSON).json()
    listed = json.loads(cli("claims", "list", "--search", "board", "--format", "json").output)
    assert [c["id"] for c in found] == [c["id"] for c in listed] != []

    log = client.get("/log", headers=JSON).json()
    # the ledger's trail, newest first: the link, the review, then what ingest created
    assert [(e["kind"], e["by"]) for e in log[:2]] == [("link_added", "tester"), ("review", "ben")]
    assert [e["seq"] for e in log] == sorted((e["seq"] for e in log), reverse=True)
    assert (
        client.get("/log?actor=ben", headers=JSON)
        .json()[0]["summary"]
        .endswith("reviewed verified by ben: Guild roll")
    )

    corpus = client.get("/corpus", headers=JSON).json()
    assert corpus["total"] == 4 and corpus["counts"]["status"]["verified"] == 1
    assert [r["reviewer"] for r in corpus["reviewers"]] == ["ben"]
    assert "Brindle Quay stoppage" in client.get("/corpus").text


def test_an_unknown_claim_or_article_is_a_404_page(client, harbor):
    assert client.get("/claims/999999").status_code == 404
    assert client.get("/claims/abc").status_code == 404
    missing = client.get("/articles/999999", headers=JSON)
    assert missing.status_code == 404 and "no article" in missing.json()["error"]


def test_unscored_claims_come_after_scored_ones_newest_first(client, harbor, session):
    from sqlalchemy import update

    from factcheck.models import Claim

    unscored = [harbor.claims["cargo"], harbor.claims["crews"]]
    session.execute(update(Claim).where(Claim.id.in_(unscored)).values(checkworthiness=None))
    session.commit()
    ids = [c["id"] for c in client.get("/queue", headers=JSON).json()["queue"]]
    assert ids == [harbor.claims["deny"], *sorted(unscored, reverse=True)]
    short = client.get("/queue?limit=2", headers=JSON).json()["queue"]
    assert [c["id"] for c in short] == ids[:2]
