"""Triage on a ledger: labels from reviews, `triage fit` with its checks, rescoring, ranking."""

import pytest
from triage_ledger import build_ledger, lottery, promise

from factcheck.errors import BadInput
from factcheck.models import Claim, TriageWeights, as_utc
from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import ClaimFilters, NewClaim, add_claim, list_claims
from factcheck.services.reviews import add_review
from factcheck.services.triage import fit_ledger, labels, ledger_model, model_summary
from factcheck.vocab import Status


def test_verdicts_are_check_worthy_labels_unverifiable_is_not_and_open_reviews_are_none(
    session,
):
    open_lottery, open_promise = build_ledger(session, labelled=5)
    add_review(
        session,
        claim_id=open_promise.id,
        status=Status.IN_REVIEW,
        rationale="looking",
        reviewer="ana",
    )
    found = labels(session)
    assert sorted(found.values()).count(1) == 5 and sorted(found.values()).count(0) == 5
    assert open_lottery.id not in found and open_promise.id not in found


def test_fit_learns_the_newsrooms_judgment_and_reranks_the_unreviewed_claims(session):
    open_lottery, open_promise = build_ledger(session)
    # The shipped model, trained on debates, ranks the figures first.
    assert open_lottery.checkworthiness > open_promise.checkworthiness
    report = fit_ledger(session, actor="ana")
    session.commit()
    assert (report.labelled, report.positives) == (22, 11)
    assert report.held_out["test"] == 5 and report.held_out["train"] == 17
    assert report.held_out["fitted_auc"] >= report.held_out["prior_auc"]
    assert report.rescored == 24
    session.expire_all()
    lottery_now = session.get(Claim, open_lottery.id).checkworthiness
    promise_now = session.get(Claim, open_promise.id).checkworthiness
    assert promise_now > lottery_now
    top = list_claims(session, ClaimFilters(sort="checkworthiness", status=Status.UNVERIFIED))
    assert top[0].id == open_promise.id
    assert session.query(TriageWeights).count() == 1
    assert model_summary(session).source == "ledger fit 1"


def test_claims_recorded_after_a_fit_are_scored_by_the_ledgers_model(session):
    build_ledger(session)
    fit_ledger(session, actor="ana")
    article, _ = store_article(
        session, ArticleInput(text=promise(11) + " " + lottery(20), filename="more.txt")
    )
    new_promise = add_claim(session, article_id=article.id, data=NewClaim(promise(11)), actor="t")
    new_lottery = add_claim(session, article_id=article.id, data=NewClaim(lottery(20)), actor="t")
    assert new_promise.checkworthiness > new_lottery.checkworthiness
    assert ledger_model(session) is not None


def test_a_dry_run_reports_but_stores_and_rescores_nothing(session):
    open_lottery, _ = build_ledger(session)
    before = open_lottery.checkworthiness
    report = fit_ledger(session, actor="ana", dry_run=True)
    session.commit()
    assert not report.stored and report.rescored == 0
    assert session.query(TriageWeights).count() == 0
    session.expire_all()
    assert session.get(Claim, open_lottery.id).checkworthiness == before


def test_too_few_labels_are_refused_with_the_counts(session):
    build_ledger(session, labelled=4)
    with pytest.raises(BadInput, match=r"at least 20 labelled claims.*4 check-worthy.*4 not"):
        fit_ledger(session, actor="ana")
    assert session.query(TriageWeights).count() == 0


def test_a_rescore_is_no_edit_of_the_claim(session):
    open_lottery, _ = build_ledger(session)
    version, updated = open_lottery.lock_version, open_lottery.updated_at
    fit_ledger(session, actor="ana")
    session.commit()
    session.expire_all()
    again = session.get(Claim, open_lottery.id)
    assert (again.lock_version, as_utc(again.updated_at)) == (version, as_utc(updated))


def test_a_dismissal_labels_a_claim_not_check_worthy_until_restored(session):
    from factcheck.services.undo import dismiss_claim, restore_claim

    open_lottery, open_promise = build_ledger(session, labelled=2)
    dismiss_claim(session, claim_id=open_lottery.id, reason="not a claim", actor="ana")
    dismiss_claim(session, claim_id=open_promise.id, reason="not a claim", actor="ana")
    restore_claim(session, claim_id=open_promise.id, actor="ana")
    session.flush()
    found = labels(session)
    assert found[open_lottery.id] == 0 and open_promise.id not in found
