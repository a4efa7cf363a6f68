"""Two reviewers on the same claim at the same moment: both verdicts stand, each sees both."""

from __future__ import annotations

import threading

import lxml.html
import pytest

from tests.conftest import PG_URL
from tests.web.conftest import TOKEN, client_class, sign_in


@pytest.fixture
def two_reviewers(db_url, monkeypatch, request):
    """Two signed-in browsers and the names they review under: two roles on PostgreSQL,
    on SQLite two desks on the same ledger opened by people configured as ana and ben."""
    from factcheck.web.app import create_app

    clients, names = [], []
    if PG_URL:
        roles = request.getfixturevalue("pg_roles")
        app = create_app(db_url)
        for role in (roles["rev1"], roles["rev2"]):
            client = client_class()(app, base_url="http://127.0.0.1:8470").__enter__()
            client.csrf = sign_in(client, role)
            clients.append(client)
            names.append(role)
    else:
        for name in ("ana", "ben"):
            monkeypatch.setenv("FACTCHECK_REVIEWER", name)
            app = create_app(db_url, token=TOKEN)
            client = client_class()(app, base_url="http://127.0.0.1:8470").__enter__()
            client.csrf = sign_in(client)
            clients.append(client)
            names.append(name)
    yield list(zip(clients, names, strict=True))
    for client in clients:
        client.__exit__(None, None, None)


def test_both_verdicts_are_kept_and_each_reviewer_sees_the_other(harbor, two_reviewers):
    claim_id = harbor.claims["cargo"]
    barrier = threading.Barrier(2)
    answers = {}

    def review(client, name, status):
        barrier.wait()
        answers[name] = client.post(
            f"/claims/{claim_id}/review",
            data={"csrf": client.csrf, "status": status, "note": f"{name} checked"},
        )

    threads = [
        threading.Thread(target=review, args=(client, name, status))
        for (client, name), status in zip(two_reviewers, ("false", "mostly_true"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    # one is recorded; the other is told whose verdict it would replace (the CLI's
    # override warning), keeps its form, and records its own verdict by overriding
    codes = sorted(answer.status_code for answer in answers.values())
    assert codes == [200, 409], codes
    (late_name,) = [name for name, answer in answers.items() if answer.status_code == 409]
    (first_name,) = [name for name in answers if name != late_name]
    warning = answers[late_name].text
    assert f"replace {first_name}" in warning and "override" in warning
    late = dict((name, client) for client, name in two_reviewers)[late_name]
    status = {two_reviewers[0][1]: "false", two_reviewers[1][1]: "mostly_true"}[late_name]
    again = late.post(
        f"/claims/{claim_id}/review",
        data={"csrf": late.csrf, "status": status, "note": f"{late_name} checked", "override": "1"},
    )
    assert again.status_code == 200, again.text[:300]
    expected = {two_reviewers[0][1]: "False", two_reviewers[1][1]: "Mostly true"}
    for client, _name in two_reviewers:
        page = client.get(f"/claims/{claim_id}").text
        assert _verdicts(page) == expected  # nothing lost: each sees both verdicts
        assert "reviewers disagree" in page


def _verdicts(html: str) -> dict[str, str]:
    page = lxml.html.fromstring(html)
    return {
        row.xpath("th/text()")[0]: row.xpath("td[1]//text()")[0]
        for row in page.xpath("//tr[@class='verdict']")
    }
