"""Load on loopback: 5 reviewers × 100 verdicts through HTTP against a real server, at once.
Nothing is lost and the review chain holds. Seconds; deselect with -m "not load"."""

from __future__ import annotations

import re
import threading
import time

import httpx
import pytest
from sqlalchemy import select

from factcheck.models import Review
from tests.conftest import PG_URL
from tests.web.live import live_desk

pytestmark = pytest.mark.load

REVIEWERS, REVIEWS = 5, 100
STATUSES = ("verified", "false", "mixed", "misleading", "mostly_true")


def _csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def _clients(desk, pg_roles) -> list[tuple[httpx.Client, str]]:
    """Five signed-in HTTP clients: five roles on PostgreSQL; on SQLite (one person's
    ledger, one sign-in link) five browsers sharing the session the link opened."""
    clients = []
    if desk.sign_in_link:
        first = httpx.Client(base_url=desk.base, timeout=60)
        page = first.get(desk.sign_in_link, follow_redirects=True).text
        clients.append((first, _csrf(page)))
        for _ in range(REVIEWERS - 1):
            other = httpx.Client(base_url=desk.base, timeout=60, cookies=first.cookies)
            clients.append((other, clients[0][1]))
        return clients
    for n in range(1, REVIEWERS + 1):
        client = httpx.Client(base_url=desk.base, timeout=60)
        form = client.get("/signin").text
        page = client.post(
            "/signin",
            follow_redirects=True,
            data={"csrf": _csrf(form), "role": pg_roles[f"rev{n}"], "password": "x"},
        )
        assert page.status_code == 200, page.text
        clients.append((client, _csrf(page.text)))
    return clients


def test_five_reviewers_lose_nothing(db_url, harbor, session, request):
    pg_roles = request.getfixturevalue("pg_roles") if PG_URL else None
    claims = list(harbor.claims.values())
    barrier = threading.Barrier(REVIEWERS)
    recorded: list[list[int]] = [[] for _ in range(REVIEWERS)]
    failures: list[str] = []

    def reviewer(n: int, client: httpx.Client, csrf: str) -> None:
        barrier.wait()
        for i in range(REVIEWS):
            claim_id = claims[(n + i) % len(claims)]  # everyone on the same few claims
            answer = client.post(
                f"/claims/{claim_id}/review",
                headers={"accept": "application/json"},
                data={
                    "csrf": csrf,
                    "status": STATUSES[(n + i) % 5],
                    "note": f"r{n} #{i}",
                    "override": "1",  # they disagree on purpose: no override warning
                },
            )
            if answer.status_code != 201:
                failures.append(f"{answer.status_code} {answer.text[:200]}")
                continue
            recorded[n].append(answer.json()["review"]["seq"])

    with live_desk(db_url) as desk:
        clients = _clients(desk, pg_roles)
        threads = [
            threading.Thread(target=reviewer, args=(n, c, t)) for n, (c, t) in enumerate(clients)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        elapsed = time.perf_counter() - started
        for client, _ in clients:
            client.close()
    assert failures == []
    seqs = [seq for mine in recorded for seq in mine]
    assert len(seqs) == REVIEWERS * REVIEWS == len(set(seqs))
    session.rollback()
    stored = session.execute(select(Review.seq, Review.rationale)).all()
    notes = {note for _seq, note in stored}
    assert {f"r{n} #{i}" for n in range(REVIEWERS) for i in range(REVIEWS)} <= notes
    assert len(stored) == 1 + REVIEWERS * REVIEWS  # the fixture's one review, and ours
    from factcheck.services.audit import verify_ledger

    assert verify_ledger(session).chain_break is None
    print(
        f"\n{REVIEWERS * REVIEWS} reviews over HTTP in {elapsed:.1f} s "
        f"({REVIEWERS * REVIEWS / elapsed:.0f}/s), 0 lost"
    )
