"""Claims recorded by hand: exact anchors, forgiving matching, refusals, recorded edits."""

import pytest

from factcheck.errors import BadInput, ConflictError, NotFound
from factcheck.models import ClaimEvent
from factcheck.services.articles import AddOutcome, ArticleInput, store_article
from factcheck.services.claims import ClaimFilters, NewClaim, add_claim, edit_claim, list_claims
from factcheck.vocab import Attribution, Certainty


@pytest.fixture
def article(session, sample_text):
    stored, _ = store_article(session, ArticleInput(text=sample_text, filename="port.txt"))
    session.commit()
    return stored


def test_claim_offsets_are_exact_even_when_the_quote_was_typed_loosely(session, article):
    typed = 'We will not accept a pay cut  while the port\nposts record profits,"'
    claim = add_claim(session, article_id=article.id, data=NewClaim(typed), actor="t")
    assert article.text[claim.start : claim.end] == claim.quote
    assert claim.quote.endswith("profits,”")  # the curly mark of the article, not the typed one
    assert claim.prefix == article.text[claim.start - 32 : claim.start]
    assert claim.suffix == article.text[claim.end : claim.end + 32]
    assert claim.direct_quote


def test_a_quote_not_in_the_article_is_refused_with_the_closest_passage(session, article):
    with pytest.raises(BadInput, match=r"quote not found.*closest passage: .*overtime pay"):
        add_claim(
            session,
            article_id=article.id,
            data=NewClaim("cut overtime wages by 15 percent"),
            actor="t",
        )


def test_an_ambiguous_quote_needs_an_occurrence(session, article):
    with pytest.raises(BadInput, match=r"occurs .* times.*occurrence"):
        add_claim(session, article_id=article.id, data=NewClaim("Port Authority"), actor="t")
    second = add_claim(
        session, article_id=article.id, data=NewClaim("Port Authority", occurrence=2), actor="t"
    )
    first = add_claim(
        session, article_id=article.id, data=NewClaim("Port Authority", occurrence=1), actor="t"
    )
    assert first.start < second.start


def test_denial_claim_has_speaker_and_negated_certainty(session, article):
    claim = add_claim(
        session,
        article_id=article.id,
        data=NewClaim(
            "though the authority denies this",
            "Calloway Port Authority",
            Attribution.DENIED,
            "denies",
        ),
        actor="t",
    )
    assert claim.certainty == Certainty.NEGATED
    assert claim.speaker_id is not None


def test_cue_must_occur_in_the_article(session, article):
    with pytest.raises(BadInput, match="cue"):
        add_claim(
            session,
            article_id=article.id,
            data=NewClaim("There are reports", cue="allegedly", attribution=Attribution.REPORTEDLY),
            actor="t",
        )


def test_unknown_article_is_not_found(session):
    with pytest.raises(NotFound):
        add_claim(session, article_id=999, data=NewClaim("x"), actor="t")


def test_same_bytes_again_is_unchanged_and_a_new_text_is_a_new_version(session, sample_text):
    first, outcome1 = store_article(session, ArticleInput(text=sample_text, filename="p.txt"))
    again, outcome2 = store_article(session, ArticleInput(text=sample_text, filename="p.txt"))
    newer, outcome3 = store_article(
        session, ArticleInput(text=sample_text + "\nUpdate: talks resume.", filename="p.txt")
    )
    assert (outcome1, outcome2, outcome3) == (
        AddOutcome.ADDED,
        AddOutcome.UNCHANGED,
        AddOutcome.NEW_VERSION,
    )
    assert again.id == first.id
    assert newer.version == 2 and newer.slug == first.slug
    assert not first.is_current and newer.is_current


def test_edits_are_recorded_and_stale_edits_refused(session, article):
    claim = add_claim(session, article_id=article.id, data=NewClaim("There are reports"), actor="t")
    session.commit()
    version = claim.lock_version
    edit_claim(
        session,
        claim_id=claim.id,
        changes={"attribution": Attribution.REPORTEDLY, "speaker": None},
        actor="ed",
        expected_version=version,
    )
    session.commit()
    events = session.query(ClaimEvent).filter_by(claim_id=claim.id).all()
    assert [(e.field, e.old_value, e.new_value) for e in events] == [
        ("attribution", "asserted", "reportedly")
    ]
    with pytest.raises(ConflictError, match="version"):
        edit_claim(
            session,
            claim_id=claim.id,
            changes={"cue": "There are reports"},
            actor="ed",
            expected_version=version,
        )


def test_list_filters(session, article):
    add_claim(
        session,
        article_id=article.id,
        data=NewClaim(
            "There are reports that two shipping lines",
            attribution=Attribution.REPORTEDLY,
            cue="There are reports",
        ),
        actor="t",
    )
    add_claim(
        session,
        article_id=article.id,
        data=NewClaim(
            "the terminal handled 1.2 million containers last year",
            speaker="Port Authority",
            attribution=Attribution.ACCORDING_TO,
            cue="According to",
        ),
        actor="t",
    )
    session.commit()
    reported = list_claims(session, ClaimFilters(attribution=Attribution.REPORTEDLY))
    assert [c.cue for c in reported] == ["There are reports"]
    by_speaker = list_claims(session, ClaimFilters(speaker="port auth"))
    assert [c.attribution for c in by_speaker] == [Attribution.ACCORDING_TO]
    assert [c.quote[:7] for c in list_claims(session, ClaimFilters(search="MILLION"))] == [
        "the ter"
    ]


def test_search_is_a_case_insensitive_substring_match_with_literal_wildcards(session):
    text = "Turnout was 55% in Ashford. Turnout was 555 in Brill. The ÉCOLE reopened."
    stored, _ = store_article(session, ArticleInput(text=text, filename="w.txt"))
    for quote in (
        "Turnout was 55% in Ashford.",
        "Turnout was 555 in Brill.",
        "The ÉCOLE reopened.",
    ):
        add_claim(session, article_id=stored.id, data=NewClaim(quote), actor="t")
    session.commit()

    def found(search, **extra):
        return [c.quote for c in list_claims(session, ClaimFilters(search=search, **extra))]

    assert found("55%") == ["Turnout was 55% in Ashford."]
    assert found("ashford") == ["Turnout was 55% in Ashford."]
    assert len(found("turnout was 55")) == 2
    assert found("turnout", limit=1, offset=1) == ["Turnout was 555 in Brill."]
    assert found("brill", attribution=Attribution.ASSERTED) == ["Turnout was 555 in Brill."]
    # SQLite folds the case of ASCII letters only; other letters match as typed.
    assert found("ÉCOLE") == ["The ÉCOLE reopened."]
    assert found("absent words") == []


def test_disputed_filter_agrees_with_factcheck_disputes(session, article):
    from factcheck.services.disputes import derive_disputes
    from factcheck.services.evidence import add_evidence
    from factcheck.services.links import add_link
    from factcheck.services.reviews import add_review
    from factcheck.vocab import Relation, Stance, Status

    def claim(quote):
        return add_claim(session, article_id=article.id, data=NewClaim(quote), actor="t")

    denied, denial = claim("The authority has been accused"), claim("the authority denies this")
    add_link(session, from_id=denial.id, to_id=denied.id, relation=Relation.DENIES, created_by="t")
    both = claim("There are reports")
    for stance in (Stance.SUPPORTS, Stance.REFUTES):
        add_evidence(session, claim_id=both.id, stance=stance, added_by="t", url="https://e.org")
    split = claim("Harbor workers in Port Calloway walked off the job on Monday")
    add_review(session, claim_id=split.id, status=Status.VERIFIED, rationale="r", reviewer="a",
               override=True)  # fmt: skip
    add_review(session, claim_id=split.id, status=Status.FALSE, rationale="r", reviewer="b",
               override=True)  # fmt: skip
    agreed = claim("halting traffic")
    add_review(session, claim_id=agreed.id, status=Status.FALSE, rationale="r", reviewer="a")
    add_review(session, claim_id=agreed.id, status=Status.VERIFIED, rationale="r", reviewer="b",
               override=True)  # fmt: skip
    add_review(session, claim_id=agreed.id, status=Status.VERIFIED, rationale="r", reviewer="a",
               override=True)  # fmt: skip
    session.commit()

    listed = {c.id for c in list_claims(session, ClaimFilters(disputed=True))}
    assert listed == {denied.id, both.id, split.id}
    assert listed == {d.claim["id"] for d in derive_disputes(session)}
