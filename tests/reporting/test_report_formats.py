"""Markdown and JSON article reports, and the corpus report, read as a fact-checker needs."""

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import text, update

from factcheck.models import Claim
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim


def test_json_article_report_has_counts_claims_disputes_and_integrity(mill, render_report):
    data = json.loads(render_report([mill.article_id], "json"))
    (report,) = data["articles"]
    assert (
        report["article"]["title"] == "Dunmore mill strike"
        and len(report["article"]["sha256"]) == 64
    )
    assert report["text"] == mill.text
    assert report["counts"]["status"]["verified"] == 2
    assert report["counts"]["attribution"]["said"] == 1
    assert sum(report["counts"]["certainty"].values()) == report["total"] == 8
    claims = {c["id"]: c for c in report["claims"]}
    assert {i: c["status"] for i, c in claims.items()} == mill.statuses
    river = claims[mill.claims["river"]]
    assert river["last_review"]["by"] == "ana" and river["last_review"]["at"]
    disputed = {d["claim_id"]: d["kinds"] for d in report["disputes"]}
    assert disputed == {
        mill.claims["dye"]: ["denied"],
        mill.claims["river"]: ["reviewers_disagree"],
    }
    assert sorted(report["unsourced_open"]) == sorted([mill.claims["dye"], mill.claims["close"]])
    assert {e["stance"] for e in report["evidence"]} == {"refutes", "supports"}
    assert data["integrity"]["ok"] is True


def test_a_report_claim_is_the_claims_list_claim_with_its_context(
    mill, session, render_report, cli
):
    (report,) = json.loads(render_report([mill.article_id], "json"))["articles"]
    session.commit()  # the command opens the database on its own
    result = cli("claims", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    reported = {c["id"]: c for c in report["claims"]}
    for claim in listed:  # every key the CLI prints, with the same value
        assert {k: reported[claim["id"]][k] for k in claim} == claim
    river = reported[mill.claims["river"]]
    assert river["article_title"] == "Dunmore mill strike" and river["article_key"]
    assert river["evidence_count"] == 0


def test_markdown_report_marks_claims_and_keeps_tables_intact(mill, render_report):
    md = render_report([mill.article_id], "md")
    assert md.startswith("# Audit report: Dunmore mill strike")
    assert f"⟦output had doubled since 2019⟧[#{mill.claims['output']} False]" in md
    rows = [line for line in md.splitlines() if line.startswith("| ") and "doubled" in line]
    assert len(rows) == 1 and rows[0].count(" | ") == 7  # eight cells, no stray pipes
    evidence = next(line for line in md.splitlines() if "Valley Statistics" in line)
    assert r"Output grew 12% \| 2019-2024" in evidence
    assert "reviewers disagree" in md


def test_integrity_line_names_the_break(session, mill, render_report):
    session.execute(text("UPDATE reviews SET rationale = 'edited later' WHERE seq = 2"))
    session.commit()
    html = " ".join(render_report([mill.article_id], "html").split())
    assert "review chain <strong>BROKEN</strong> — review" in html and "seq 2" in html
    assert 'class="integrity broken"' in html


def test_corpus_report_track_record_reviewers_and_stale_claims(session, mill, render_report):
    other, _ = store_article(
        session, ArticleInput(text="The union said pay rose 3 percent.", filename="pay.txt")
    )
    add_claim(
        session,
        article_id=other.id,
        data=NewClaim("pay rose 3 percent", speaker="Aver Millworkers Union"),
        actor="t",
    )
    old = datetime.now(UTC) - timedelta(days=30)
    session.execute(update(Claim).where(Claim.id == mill.claims["close"]).values(created_at=old))
    session.commit()
    data = json.loads(render_report(None, "json", stale_days=14))
    assert [a["claims"] for a in data["articles"]] == [8, 1]
    union = next(s for s in data["sources"] if s["source"] == "Aver Millworkers Union")
    assert (union["claims"], union["verified"], union["false"], union["unverified"]) == (2, 1, 0, 1)
    owners = next(s for s in data["sources"] if s["source"] == "Dunmore Paper Ltd")
    assert (owners["claims"], owners["false"], owners["other_verdicts"]) == (2, 1, 1)
    reviewers = {r["reviewer"]: r for r in data["reviewers"]}
    assert reviewers["ana"]["reviews"] == 4 and reviewers["ben"]["statuses"] == {
        "misleading": 1,
        "mostly_true": 1,
    }
    assert [c["id"] for c in data["stale"]] == [mill.claims["close"]]
    assert {d["claim_id"] for d in data["disputes"]} == {mill.claims["dye"], mill.claims["river"]}
    md = render_report(None, "md", stale_days=14)
    assert "## Claims unverified for more than 14 days" in md
    assert "the mill will close by winter" in md.split("more than 14 days")[1]


def test_source_filter_keeps_only_that_speakers_claims(session, mill, render_report):
    from factcheck.services.sources import resolve_source

    owners = resolve_source(session, "Dunmore Paper Ltd")
    data = json.loads(
        render_report([mill.article_id], "json", source_id=owners.id, source_name=owners.name)
    )
    claims = data["articles"][0]["claims"]
    assert {c["speaker"] for c in claims} == {"Dunmore Paper Ltd"} and len(claims) == 2
    assert data["source"] == "Dunmore Paper Ltd"
