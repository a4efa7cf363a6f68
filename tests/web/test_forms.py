"""The claim page's forms: review with evidence, evidence, link, dismiss, restore; refusals
shown in the page with the form kept and nothing written."""

from __future__ import annotations

import lxml.html
from sqlalchemy import func, select

from factcheck.models import Evidence, Review
from tests.web.conftest import ME

JSON = {"accept": "application/json"}


def _post(client, path, **fields):
    return client.post(path, data={"csrf": client.csrf, **fields}, follow_redirects=False)


def _count(session, model) -> int:
    session.rollback()  # a fresh snapshot: the app wrote through its own connections
    try:
        return session.scalar(select(func.count()).select_from(model))
    finally:
        session.rollback()  # and no lock held while the app writes (SQLite: BEGIN IMMEDIATE)


def test_a_verdict_with_evidence_is_recorded_and_shown(client, harbor, session):
    claim_id = harbor.claims["cargo"]
    response = _post(
        client,
        f"/claims/{claim_id}/review",
        status="false",
        note="Board tonnage records show 40 percent, not triple",
        stance="refutes",
        url="https://records.example/tonnage",
        excerpt="up 40%",
    )
    assert response.status_code == 303 and response.headers["location"] == f"/claims/{claim_id}"
    page = client.get(f"/claims/{claim_id}")
    assert "Review 2 recorded: claim" in page.text  # the flash, once
    dom = lxml.html.fromstring(page.text)
    (verdict,) = dom.xpath("//tr[@class='verdict']")
    assert verdict.xpath("th/text()") == [ME] and "False" in verdict.text_content()
    assert dom.xpath("//a[@href='https://records.example/tonnage']")
    kinds = dom.xpath("//table[@class='history']//tr/td[2]/text()")
    assert kinds == ["created", "evidence", "review"]
    queue = client.get("/queue", headers=JSON).json()["queue"]
    assert claim_id not in [c["id"] for c in queue]
    assert "Review 2 recorded" not in client.get(f"/claims/{claim_id}").text


def test_the_article_panel_form_returns_to_the_article(client, harbor):
    claim_id = harbor.claims["crews"]
    back = f"/articles/{harbor.article_id}?claim={claim_id}#panel"
    response = _post(
        client,
        f"/claims/{claim_id}/review",
        status="unverifiable",
        note="No hiring records",
        next=back,
    )
    assert response.headers["location"] == back
    page = lxml.html.fromstring(client.get(back).text)
    marks = page.xpath(f'//mark[@data-claim-id="{claim_id}"]')
    assert {m.get("data-status") for m in marks} == {"unverifiable"}
    elsewhere = _post(
        client, f"/claims/{claim_id}/review", status="mixed", note="x", next="//evil.example/"
    )
    assert elsewhere.headers["location"] == f"/claims/{claim_id}"


def test_a_refused_review_keeps_the_form_and_writes_nothing(client, harbor, session):
    claim_id = harbor.claims["cargo"]
    before = (_count(session, Review), _count(session, Evidence))
    response = _post(
        client,
        f"/claims/{claim_id}/review",
        status="false",
        note="  ",
        stance="refutes",
        url="https://records.example/tonnage",
    )
    assert response.status_code == 400
    dom = lxml.html.fromstring(response.text)
    (error,) = dom.xpath("//p[@id='review-error']")
    assert "needs a note" in error.text
    (form,) = dom.xpath("//form[contains(@class, 'review-form')]")
    assert form.xpath(".//select[@name='status']/option[@selected]/@value") == ["false"]
    assert form.xpath(".//select[@name='stance']/option[@selected]/@value") == ["refutes"]
    assert form.xpath(".//input[@name='url']/@value") == ["https://records.example/tonnage"]
    assert (_count(session, Review), _count(session, Evidence)) == before
    bad_url = _post(
        client, f"/claims/{claim_id}/evidence", stance="supports", url="javascript:alert(1)"
    )
    assert bad_url.status_code == 400 and "must start with http" in bad_url.text
    assert _count(session, Evidence) == before[1]


def test_an_override_warning_is_shown_with_the_form_and_can_be_overridden(client, harbor, db_url):
    """A claim assigned to someone else: the review service refuses without override; the
    page shows its message, keeps the form and offers the override box."""
    from factcheck.db import session_scope
    from factcheck.services.assignments import assign_claims

    claim_id = harbor.claims["deny"]
    with session_scope(db_url) as session:
        assign_claims(session, [claim_id], assignee="ben", due=None, actor="editor")
    warned = _post(client, f"/claims/{claim_id}/review", status="verified", note="Board memo")
    assert warned.status_code == 409 and "assigned to ben" in warned.text
    dom = lxml.html.fromstring(warned.text)
    assert dom.xpath("//form[contains(@class,'review-form')]//input[@name='override']")
    assert dom.xpath("//textarea[@name='note']/text()") == ["Board memo"]
    done = _post(
        client, f"/claims/{claim_id}/review", status="verified", note="Board memo", override="1"
    )
    assert done.status_code == 303
    page = client.get(f"/claims/{claim_id}").text
    assert "Board memo" in page


def test_evidence_link_dismiss_and_restore(client, harbor):
    crews, deny = harbor.claims["crews"], harbor.claims["deny"]
    added = _post(
        client,
        f"/claims/{crews}/evidence",
        stance="context",
        reference="Harbour board minutes, 3 May",
        publisher="Brindle Harbour Board",
    )
    assert added.status_code == 303
    linked = _post(
        client,
        f"/claims/{crews}/link",
        direction="in",
        other=str(deny),
        relation="denies",
        note="the denial in brackets",
    )
    assert linked.status_code == 303
    shown = client.get(f"/claims/{crews}", headers=JSON).json()
    assert [e["reference"] for e in shown["evidence"]] == ["Harbour board minutes, 3 May"]
    assert [(lk["from"], lk["relation"]) for lk in shown["links"]] == [(deny, "denies")]
    assert [d["kind"] for d in shown["disputes"]] == ["denied"]
    assert [d["claim"]["id"] for d in client.get("/disputes", headers=JSON).json()] == [crews]

    dismissed = _post(client, f"/claims/{deny}/dismiss", reason="a bracketed aside")
    assert dismissed.status_code == 303
    assert deny not in [c["id"] for c in client.get("/queue", headers=JSON).json()["queue"]]
    assert "Restore claim" in client.get(f"/claims/{deny}").text
    again = _post(client, f"/claims/{deny}/dismiss", reason="twice")
    assert again.status_code == 400 and "already dismissed" in again.text
    restored = _post(client, f"/claims/{deny}/restore", note="it is a claim")
    assert restored.status_code == 303
    assert deny in [c["id"] for c in client.get("/queue", headers=JSON).json()["queue"]]
    kinds = [h["kind"] for h in client.get(f"/claims/{deny}", headers=JSON).json()["history"]]
    assert kinds[-2:] == ["dismiss", "restore"]


def test_posts_have_json_answers(client, harbor):
    claim_id = harbor.claims["cargo"]
    made = client.post(
        f"/claims/{claim_id}/review",
        headers=JSON,
        data={"csrf": client.csrf, "status": "mixed", "note": "Partly"},
    )
    assert made.status_code == 201
    assert made.json()["review"]["status"] == "mixed" and made.json()["evidence"] is None
    refused = client.post(
        f"/claims/{claim_id}/link",
        headers=JSON,
        data={"csrf": client.csrf, "other": str(claim_id), "relation": "denies"},
    )
    assert refused.status_code == 400
    assert refused.json()["error"] == "a claim cannot be linked to itself"


def test_the_claim_page_names_every_kind_of_dispute(client, harbor):
    cargo, crews = harbor.claims["cargo"], harbor.claims["crews"]
    _post(client, f"/claims/{cargo}/review", status="disputed", note="Two board reports differ")
    for stance in ("supports", "refutes"):
        _post(client, f"/claims/{crews}/evidence", stance=stance, reference=f"{stance} memo")
    kinds = {
        claim_id: [
            d["kind"] for d in client.get(f"/claims/{claim_id}", headers=JSON).json()["disputes"]
        ]
        for claim_id in (cargo, crews, harbor.claims["staff"])
    }
    assert kinds == {
        cargo: ["status_disputed"],
        crews: ["evidence_conflict"],
        harbor.claims["staff"]: [],
    }
