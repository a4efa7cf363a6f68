"""Who may do what, and what hostile text can do: nothing."""

from __future__ import annotations

import lxml.html
import pytest
from sqlalchemy import func, select

from factcheck.models import Review
from tests.conftest import PG_URL
from tests.web.conftest import TOKEN

JSON = {"accept": "application/json"}
PAGES = ("/", "/queue", "/articles/1", "/claims/1", "/disputes", "/search", "/log", "/corpus")

sqlite_only = pytest.mark.skipif(
    bool(PG_URL), reason="the sign-in link is the SQLite desk's (PostgreSQL: test_roles.py)"
)


def _reviews(session) -> int:
    session.rollback()
    try:
        return session.scalar(select(func.count()).select_from(Review))
    finally:
        session.rollback()


def test_without_signing_in_every_page_and_post_is_refused(anonymous, harbor):
    for path in PAGES:
        page = anonymous.get(path, follow_redirects=False)
        assert page.status_code in (401, 303), path
        assert "Brindle" not in page.text
        assert anonymous.get(path, headers=JSON).status_code == 401
    posted = anonymous.post("/claims/1/review", data={"status": "false", "note": "x"})
    assert posted.status_code == 401


@sqlite_only
def test_the_sign_in_link_works_once_and_only_with_its_token(app, anonymous, harbor):
    from starlette.testclient import TestClient

    assert anonymous.get("/signin?token=wrong").status_code == 403
    assert anonymous.get("/signin").status_code == 403
    first = anonymous.get(f"/signin?token={TOKEN}", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/queue"
    cookie = first.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Path=/" in cookie
    assert anonymous.get("/queue").status_code == 200
    with TestClient(app, base_url="http://127.0.0.1:8470") as other:
        again = other.get(f"/signin?token={TOKEN}", follow_redirects=False)
        assert again.status_code == 403 and "used already" in again.text
        assert other.get("/queue").status_code == 401


def test_a_post_without_the_right_csrf_token_is_refused(client, harbor, session):
    before = _reviews(session)
    form = {"status": "false", "note": "forged"}
    for token in (None, "", "not-the-token", client.csrf[:-1]):
        data = form if token is None else {**form, "csrf": token}
        refused = client.post("/claims/1/review", data=data)
        assert refused.status_code == 403 and "security token" in refused.text
    elsewhere = client.post(
        "/claims/1/review",
        data={**form, "csrf": client.csrf},
        headers={"origin": "https://evil.example"},
    )
    assert elsewhere.status_code == 403
    assert _reviews(session) == before
    ok = client.post(
        "/claims/1/review",
        data={**form, "csrf": client.csrf},
        headers={"origin": "http://127.0.0.1:8470"},
        follow_redirects=False,
    )
    assert ok.status_code == 303 and _reviews(session) == before + 1


def test_signing_out_ends_the_session(client, harbor):
    assert client.post("/signout", data={"csrf": "wrong"}).status_code == 403
    out = client.post("/signout", data={"csrf": client.csrf}, follow_redirects=False)
    assert out.status_code == 303
    assert client.get("/queue", headers=JSON).status_code == 401


def test_every_response_carries_a_strict_content_security_policy(client, harbor):
    for path in (*PAGES, "/claims/999", "/static/desk.js", "/static/report.css", "/nowhere"):
        policy = client.get(path).headers["content-security-policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    for path in PAGES:
        dom = lxml.html.fromstring(client.get(path).text)
        assert [s.get("src") for s in dom.xpath("//script")] == ["/static/desk.js"]
        assert not dom.xpath("//script[not(@src)] | //style | //*[@style]")
        assert not [a for a in dom.xpath("//@*") if a.attrname.lower().startswith("on")]


def test_hostile_article_text_names_and_urls_are_inert(client, hostile):
    claim_id = hostile.claims["script"]
    client.post(
        f"/claims/{claim_id}/evidence",
        data={
            "csrf": client.csrf,
            "stance": "context",
            "reference": "<i>memo</i>",
            "excerpt": "</blockquote><script>alert(3)</script>",
            "url": 'https://x.example/a"b',
        },
    )
    client.post(
        f"/claims/{claim_id}/review",
        data={"csrf": client.csrf, "status": "false", "note": "<img src=x onerror=alert(4)>"},
    )
    for path in (
        f"/articles/{hostile.article_id}?claim={claim_id}",
        f"/claims/{claim_id}",
        "/queue?status=false",
        "/search?search=script",
        "/log",
        "/corpus",
    ):
        response = client.get(path)
        dom = lxml.html.fromstring(response.text)
        assert [s.get("src") for s in dom.xpath("//script")] == ["/static/desk.js"], path
        assert not dom.xpath("//img | //iframe | //object | //b | //i"), path
        assert not [a for a in dom.xpath("//@*") if a.attrname.lower().startswith("on")]
        hrefs = dom.xpath("//@href | //@src | //@action")
        assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))]
    page = lxml.html.fromstring(client.get(f"/claims/{claim_id}").text)
    text = page.text_content()
    assert '<script>alert("text")</script>' in text and "<b>Officials</b>" in text
    assert "<img src=x onerror=alert(4)>" in text and "</blockquote><script>alert(3)" in text
    article = lxml.html.fromstring(client.get(f"/articles/{hostile.article_id}").text)
    assert article.findtext(".//title").startswith("<script>alert('title')</script>")
    assert "javascript:alert('url')" in article.text_content()  # shown, never linked
    raw = client.get(f"/articles/{hostile.article_id}", headers=JSON).text
    assert "<script>" not in raw and "\\u003cscript\\u003e" in raw


def test_urls_that_could_run_are_refused_as_evidence(client, hostile):
    for url in (
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        " JavaScript:alert(1)",
    ):
        refused = client.post(
            f"/claims/{hostile.claims['img']}/evidence",
            data={"csrf": client.csrf, "stance": "supports", "url": url},
        )
        assert refused.status_code == 400, url
