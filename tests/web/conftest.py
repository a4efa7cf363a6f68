"""A small fictional ledger for the desk, the app on it, and clients signed in or not."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.reviews import add_review
from factcheck.vocab import Attribution, Status
from tests.conftest import PG_URL

TOKEN = "test-sign-in-token"
# Who the desk says is acting: the reviewer configured (SQLite) or the role signed in as.
ME = "postgres" if PG_URL else "ana"

HARBOR_TEXT = (
    "Dock workers at Brindle Quay stopped work on Friday.\n\n"
    "The harbour board said that cargo volumes had tripled since 2020. "
    "The board has reportedly hired crews from abroad "
    "(though the board denies this).\n\n"
    "According to the dockers' guild, 410 people work at the quay."
)
HOSTILE_TEXT = (
    'Officials said <script>alert("text")</script> sat in the portal. '
    'The clerk wrote "><img src=x onerror=alert(2)> in a memo & left.'
)
HOSTILE_TITLE = "<script>alert('title')</script> Portal"


@dataclass
class Ledger:
    article_id: int
    claims: dict[str, int] = field(default_factory=dict)


def _claim(session, ledger, key, quote, **kwargs):
    claim = add_claim(
        session, article_id=ledger.article_id, data=NewClaim(quote, **kwargs), actor="t"
    )
    ledger.claims[key] = claim.id
    return claim.id


@pytest.fixture
def harbor(session) -> Ledger:
    article, _ = store_article(
        session,
        ArticleInput(
            text=HARBOR_TEXT,
            filename="harbor.txt",
            title="Brindle Quay stoppage",
            outlet="Quay Courier",
            url="https://news.example/quay",
        ),
    )
    ledger = Ledger(article.id)
    _claim(
        session,
        ledger,
        "cargo",
        "cargo volumes had tripled since 2020",
        speaker="Brindle Harbour Board",
        attribution=Attribution.SAID,
        cue="said",
    )
    _claim(
        session,
        ledger,
        "crews",
        "The board has reportedly hired crews from abroad",
        attribution=Attribution.REPORTEDLY,
        cue="reportedly",
    )
    _claim(
        session,
        ledger,
        "deny",
        "the board denies this",
        speaker="Brindle Harbour Board",
        attribution=Attribution.DENIED,
        cue="denies",
    )
    _claim(
        session,
        ledger,
        "staff",
        "410 people work at the quay",
        speaker="Dockers' Guild",
        attribution=Attribution.ACCORDING_TO,
        cue="According to",
    )
    add_review(
        session,
        claim_id=ledger.claims["staff"],
        status=Status.VERIFIED,
        rationale="Guild roll",
        reviewer="ben",
    )
    session.commit()
    return ledger


@pytest.fixture
def hostile(session) -> Ledger:
    article, _ = store_article(
        session,
        ArticleInput(
            text=HOSTILE_TEXT,
            filename="hostile.txt",
            title=HOSTILE_TITLE,
            url="javascript:alert('url')",
        ),
    )
    ledger = Ledger(article.id)
    _claim(
        session,
        ledger,
        "script",
        '<script>alert("text")</script> sat in the portal',
        speaker="<b>Officials</b>",
        attribution=Attribution.SAID,
        cue="said",
    )
    _claim(session, ledger, "img", '"><img src=x onerror=alert(2)> in a memo')
    session.commit()
    return ledger


@pytest.fixture
def app(db_url, monkeypatch):
    from factcheck.web.app import create_app

    monkeypatch.setenv("FACTCHECK_REVIEWER", "ana")
    return create_app(db_url, token=TOKEN)


def client_class():
    """Starlette's TestClient (it warns that it would rather run on httpx2 than httpx)."""
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx`", category=UserWarning)
        from starlette.testclient import TestClient
    return TestClient


@pytest.fixture
def anonymous(app):
    TestClient = client_class()

    with TestClient(app, base_url="http://127.0.0.1:8470") as client:
        yield client


def sign_in(client, role: str = "postgres", password: str = "") -> str:
    """Sign in through the link (SQLite) or a role login (PostgreSQL); the CSRF token."""
    if client.app.state.desk.database.per_user:
        form = client.get("/signin")
        data = {"csrf": csrf_of(form.text), "role": role, "password": password}
        response = client.post("/signin", data=data, follow_redirects=True)
    else:
        response = client.get(f"/signin?token={TOKEN}", follow_redirects=True)
    assert response.status_code == 200, response.text
    return csrf_of(response.text)


def csrf_of(html: str) -> str:
    import re

    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


@pytest.fixture
def client(app, anonymous):
    anonymous.csrf = sign_in(anonymous)
    return anonymous


@pytest.fixture
def pg_roles(db_url):
    """Login roles on the test schema: a reader (SELECT only) and five reviewers (may also
    write what reviewing writes). Dropped afterwards: roles are server-wide."""
    import uuid

    from sqlalchemy import create_engine, text

    from factcheck.db import resolve_url

    if not PG_URL:
        pytest.skip("database roles are PostgreSQL's (FACTCHECK_TEST_PG_URL)")
    schema = db_url.rsplit("search_path%3D", 1)[1]
    tag = uuid.uuid4().hex[:8]
    kinds = ("reader", "rev1", "rev2", "rev3", "rev4", "rev5")
    names = {kind: f"desk_{kind}_{tag}" for kind in kinds}
    admin = create_engine(resolve_url(PG_URL))
    with admin.begin() as connection:
        for name in names.values():
            connection.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD 'pw-{tag}'"))
            connection.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {name}'))
            connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO {name}'))
        for name in [names[kind] for kind in kinds if kind.startswith("rev")]:
            connection.execute(
                text(f'GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA "{schema}" TO {name}')
            )
            connection.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO {name}'))
    yield names
    with admin.begin() as connection:
        for name in names.values():
            connection.execute(text(f"DROP OWNED BY {name}"))
            connection.execute(text(f"DROP ROLE {name}"))
    admin.dispose()
