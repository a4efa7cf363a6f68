"""PostgreSQL: each reviewer signs in as their database role and the grants decide."""

from __future__ import annotations

import lxml.html
from sqlalchemy import select

from factcheck.models import Review
from tests.web.conftest import csrf_of, sign_in


def _fresh(app):
    from tests.web.conftest import client_class

    return client_class()(app, base_url="http://127.0.0.1:8470")


def test_a_reader_reads_but_is_refused_a_verdict(app, harbor, pg_roles, session):
    with _fresh(app) as reader:
        csrf = sign_in(reader, pg_roles["reader"])
        queue = reader.get("/queue")
        assert queue.status_code == 200 and f"Signed in as <strong>{pg_roles['reader']}" in (
            queue.text
        )
        refused = reader.post(
            f"/claims/{harbor.claims['cargo']}/review",
            data={"csrf": csrf, "status": "false", "note": "not mine to say"},
        )
        assert refused.status_code == 403
        dom = lxml.html.fromstring(refused.text)
        (error,) = dom.xpath("//p[@id='review-error']")
        assert "permission denied" in error.text
        assert dom.xpath("//textarea[@name='note']/text()") == ["not mine to say"]
    session.rollback()
    assert session.scalars(select(Review.reviewer)).all() == ["ben"]


def test_a_reviewer_role_records_verdicts_under_its_own_name(app, harbor, pg_roles, session):
    with _fresh(app) as reviewer:
        csrf = sign_in(reviewer, pg_roles["rev1"])
        done = reviewer.post(
            f"/claims/{harbor.claims['cargo']}/review",
            data={
                "csrf": csrf,
                "status": "false",
                "note": "tonnage records",
                "stance": "refutes",
                "url": "https://records.example/t",
            },
            follow_redirects=False,
        )
        assert done.status_code == 303
    session.rollback()
    assert session.scalars(select(Review.reviewer).order_by(Review.seq)).all() == [
        "ben",
        pg_roles["rev1"],
    ]


def test_an_unknown_role_cannot_sign_in(app, harbor, pg_roles):
    with _fresh(app) as stranger:
        form = stranger.get("/signin")
        refused = stranger.post(
            "/signin",
            data={"csrf": csrf_of(form.text), "role": "no_such_role_here", "password": "x"},
        )
        assert refused.status_code == 401 and "sign-in refused by the database" in refused.text
        assert 'value="no_such_role_here"' in refused.text  # the name typed is kept
        assert stranger.get("/queue", follow_redirects=False).status_code == 303
        forged = stranger.post("/signin", data={"role": pg_roles["rev1"], "password": ""})
        assert forged.status_code == 403
