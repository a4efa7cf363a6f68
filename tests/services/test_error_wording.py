"""Services name the inputs at fault in their own words; only the CLI writes flag names."""

import pytest

from factcheck.errors import BadInput
from factcheck.services.evidence import add_evidence
from factcheck.services.reviews import add_review
from factcheck.vocab import Stance, Status
from tests.cli.test_errors import assert_one_line_error


@pytest.fixture
def claim(ledger) -> int:
    return ledger.claim(ledger.article("Fees rose 4 percent in May."), "Fees rose 4 percent")


def test_a_service_error_names_the_input_not_the_flag(session, claim):
    with pytest.raises(BadInput) as review:
        add_review(session, claim_id=claim, status=Status.FALSE, rationale=" ", reviewer="a")
    with pytest.raises(BadInput) as evidence:
        add_evidence(session, claim_id=claim, stance=Stance.REFUTES, added_by="a")
    assert review.value.fields == ("note",) and "--" not in str(review.value)
    assert evidence.value.fields == ("url", "reference") and "--" not in str(evidence.value)


def test_the_cli_adds_its_flags_to_the_message(cli, claim):
    result = cli("evidence", "add", str(claim), "--stance", "refutes")
    assert_one_line_error(result, "evidence needs a url or a reference (--url or --reference)")
    result = cli("review", str(claim), "--status", "false", "--note", " ")
    assert_one_line_error(result, "needs a note saying why (--note)")
