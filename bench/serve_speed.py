"""Server-side time of the review desk's pages on a large ledger: an article of 200 claims,
its claim panel, a claim page, the queue (and their JSON twins).

    python bench/serve_speed.py --claims 1000000                 # SQLite in a temp dir
    python bench/serve_speed.py --db sqlite:////tmp/x/scale.db   # re-measure a ledger
    python bench/serve_speed.py --claims 1000000 --db postgresql+psycopg://user@host/db

An empty database is migrated and filled by bench/synthetic.py (bulk inserts: 200 claims
an article, ~1% reviewed). Each page is requested in-process through the ASGI app, signed
in; the time is measured inside the app, from the request's arrival to the last byte of
the response (best and median of --repeat). Prints a Markdown table; targets: the article
page under 150 ms, the queue under 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGETS = {"article": 0.150, "queue": 0.100}


class Timed:
    """ASGI wrapper noting how long each request took inside the app."""

    def __init__(self, app):
        self.app, self.last = app, 0.0

    async def __call__(self, scope, receive, send):
        started = time.perf_counter()
        await self.app(scope, receive, send)
        self.last = time.perf_counter() - started


def measure(client, timed: Timed, path: str, repeat: int, json: bool) -> list[float]:
    headers = {"accept": "application/json"} if json else {}
    times = []
    for _ in range(repeat):
        response = client.get(path, headers=headers)
        if response.status_code != 200:
            raise SystemExit(f"{path}: {response.status_code} {response.text[:300]}")
        times.append(timed.last)
    return times


def sign_in(client, app, url: str) -> None:
    """The printed link's token (SQLite), or the URL's role and password (PostgreSQL)."""
    import re

    if not app.state.desk.database.per_user:
        client.get("/signin?token=bench")
        return
    from sqlalchemy.engine import make_url

    role = make_url(url)
    form = client.get("/signin").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    data = {"csrf": csrf, "role": role.username or "", "password": role.password or ""}
    client.post("/signin", data=data)


def prepare(url: str, claims: int) -> dict:
    from scale import existing_counts
    from synthetic import populate

    from factcheck import db

    db.upgrade(url)
    counts = existing_counts(url)
    if counts["claims"]:
        print(f"using the {counts['claims']:,} claims already in {url}")
        return counts
    started = time.perf_counter()
    with db.session_scope(url) as session:
        counts = populate(session, claims=claims)
    print(f"\ngenerated {counts} in {time.perf_counter() - started:.0f} s")
    with db.get_engine(url).begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    return counts


def pages(counts: dict, url: str) -> list[tuple[str, str, str]]:
    from sqlalchemy import func, select

    from factcheck.db import session_scope
    from factcheck.models import Claim

    middle = max(1, counts["articles"] // 2)
    with session_scope(url, read_only=True) as session:
        first, n = session.execute(
            select(func.min(Claim.id), func.count()).where(Claim.article_id == middle)
        ).one()
    print(f"article {middle}: {n} claims")
    return [
        ("article", f"article page, {n} claims", f"/articles/{middle}"),
        ("article", "article page with the claim panel", f"/articles/{middle}?claim={first}"),
        ("claim", "claim page", f"/claims/{first + 7}"),
        ("queue", "queue (50 most check-worthy unreviewed)", "/queue"),
        ("queue", "queue --attribution rumored", "/queue?attribution=rumored"),
        ("queue", "queue --status false", "/queue?status=false"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='factcheck-serve-')) / 's.db'}"
    counts = prepare(url, args.claims)

    from starlette.testclient import TestClient

    from factcheck.web.app import create_app

    app = create_app(url, token="bench")
    timed = Timed(app)
    engine = app.state.desk.database.dialect
    with TestClient(timed, base_url="http://127.0.0.1:8470") as client:
        sign_in(client, app, url)
        print(
            f"\n| page ({engine}, {counts['claims']:,} claims) | HTML best | HTML median "
            "| JSON best | target |"
        )
        print("|---|---|---|---|---|")
        for kind, label, path in pages(counts, url):
            client.get(path)  # warm: caches, the templates' compilation
            html = measure(client, timed, path, args.repeat, json=False)
            twin = measure(client, timed, path, args.repeat, json=True)
            target = TARGETS.get(kind)
            verdict = (
                ""
                if target is None
                else (f"< {target * 1000:.0f} ms: {'yes' if min(html) < target else 'NO'}")
            )
            print(
                f"| {label} (`{path}`) | {min(html) * 1000:.0f} ms | "
                f"{statistics.median(html) * 1000:.0f} ms | {min(twin) * 1000:.0f} ms "
                f"| {verdict} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
