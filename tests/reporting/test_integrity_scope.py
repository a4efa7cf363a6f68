"""The report's integrity line: whole review chain, anchors of the reported articles."""

from sqlalchemy import text

from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.report_views import build_context


def test_article_report_checks_its_own_anchors_and_the_corpus_report_all(session):
    ours, _ = store_article(session, ArticleInput(text="Fares rose by 4 percent.", filename="a"))
    other, _ = store_article(session, ArticleInput(text="Ferries ran late all week.", filename="b"))
    add_claim(session, article_id=ours.id, data=NewClaim("Fares rose by 4 percent."), actor="t")
    broken = add_claim(session, article_id=other.id, data=NewClaim("Ferries ran late"), actor="t")
    session.commit()
    session.execute(text("UPDATE claims SET start = start + 1 WHERE id = :id"), {"id": broken.id})
    session.commit()

    article_line = build_context(session, articles=[ours]).integrity
    corpus_line = build_context(session, corpus=True).integrity
    assert (article_line["claims_checked"], article_line["anchor_error_count"]) == (1, 0)
    assert article_line["scope"] == "the reported articles"
    assert (corpus_line["claims_checked"], corpus_line["anchor_error_count"]) == (2, 1)
