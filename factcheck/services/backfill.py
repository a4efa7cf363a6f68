"""Events for a ledger that has rows but no trail: a migration from before the trail
(0006), or a backup made before it. One event per row as it stands (marked `migrated`, the
original time in its payload), then the old per-claim history as `legacy` events."""

from datetime import UTC, datetime

import sqlalchemy as sa

BATCH = 1000


_EVENTS = sa.table(
    "ledger_events",
    sa.column("seq", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("claim_id", sa.Integer),
    sa.column("article_id", sa.Integer),
    sa.column("actor", sa.String),
    sa.column("db_role", sa.String),
    sa.column("payload", sa.JSON),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


class _Chain:
    """Appends events after one another and inserts them in batches."""

    def __init__(self, bind) -> None:
        from factcheck.services.ledger_events import GENESIS_HASH

        self.bind, self.seq, self.head, self.rows = bind, 0, GENESIS_HASH, []
        self.now = datetime.now(UTC)
        self.role = (
            bind.execute(sa.text("SELECT session_user")).scalar()
            if bind.dialect.name == "postgresql"
            else None
        )

    def add(self, kind, actor, payload, claim_id=None, article_id=None) -> None:
        from factcheck.services.ledger_events import event_hash

        self.seq += 1
        row = {
            "seq": self.seq,
            "kind": kind,
            "claim_id": claim_id,
            "article_id": article_id,
            "actor": actor or "migration",
            "db_role": self.role,
            "payload": payload,
            "created_at": self.now,
            "prev_hash": self.head,
        }
        row["hash"] = self.head = event_hash(**row)
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.bind.execute(sa.insert(_EVENTS), self.rows)
            self.rows = []


def _rows(bind, sql: str):
    return bind.execute(sa.text(sql)).mappings()


def _when(value) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else value


def backfill_events(bind) -> int:
    from factcheck.services import trail

    chain = _Chain(bind)
    for a in _rows(bind, "SELECT * FROM articles ORDER BY id"):
        payload = {key: a[key] for key in ("slug", "version", "sha256", "url", "title")}
        chain.add("article_version", "migration", _migrated(payload, a), article_id=a["id"])
    for c in _rows(bind, "SELECT * FROM claims ORDER BY id"):
        payload = trail.claim_state(_Row(c), origin=c["origin"])
        chain.add(
            "claim_created", c["origin_detail"], _migrated(payload, c), c["id"], c["article_id"]
        )
    for r in _rows(bind, "SELECT * FROM reviews ORDER BY seq"):
        payload = {"review_id": r["id"], "reviewer": r["reviewer"], "status": r["status"]}
        payload.update(seq=r["seq"], hash=r["hash"], rationale=r["rationale"])
        chain.add("review", r["reviewer"], _migrated(payload, r), r["claim_id"])
    for e in _rows(bind, "SELECT * FROM evidence ORDER BY id"):
        payload = {"evidence_id": e["id"], **trail.evidence_state(_Row(e))}
        chain.add("evidence_added", e["added_by"], _migrated(payload, e), e["claim_id"])
    for k in _rows(bind, "SELECT * FROM links ORDER BY id"):
        payload = {"link_id": k["id"], "origin": k["origin"], **trail.link_state(_Row(k))}
        payload.update({"from": k["from_claim_id"], "to": k["to_claim_id"]})
        chain.add("link_added", k["created_by"], _migrated(payload, k), k["from_claim_id"])
    for v in _rows(bind, "SELECT * FROM claim_events ORDER BY id"):
        fields = ("action", "field", "old_value", "new_value", "note")
        payload = {key: v[key] for key in fields}
        chain.add("legacy", v["actor"], _migrated(payload, v), v["claim_id"])
    chain.flush()
    return chain.seq


class _Row:
    """Attribute access to a row mapping, as the trail's state functions read rows."""

    def __init__(self, mapping) -> None:
        self._mapping = mapping

    def __getattr__(self, name):
        return self._mapping.get(name)


def _migrated(payload: dict, row) -> dict:
    accessed = payload.get("accessed")
    if accessed is not None:
        payload["accessed"] = _when(accessed)[:10]
    return {**payload, "migrated": True, "recorded_at": _when(row["created_at"])}
