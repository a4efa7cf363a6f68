"""A small fictional ledger for report tests: claims of several statuses, overlaps, XSS."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from factcheck.services.articles import ArticleInput, store_article
from factcheck.services.claims import NewClaim, add_claim
from factcheck.services.evidence import add_evidence
from factcheck.services.links import add_link
from factcheck.services.reviews import add_review
from factcheck.vocab import Attribution, Relation, Stance, Status

MILL_TEXT = (
    "Workers at the Dunmore paper mill walked out on Tuesday.\n\n"
    "The owners said that output had doubled since 2019. "
    "The mill has reportedly dumped dye into the Aver river for years "
    "(though the owners deny this). "
    "It is rumored that the mill will close by winter.\n\n"
    "According to the union, 340 people work at the site."
)

XSS_TEXT = (
    "Officials said <script>alert(1)</script> was found in the council portal. "
    'The mayor wrote "><img src=x onerror=alert(1)> in a memo & nobody noticed.'
)
XSS_TITLE = "<script>alert('title')</script> Portal | memo"


@dataclass
class Ledger:
    article_id: int
    text: str
    claims: dict[str, int] = field(default_factory=dict)
    statuses: dict[int, str] = field(default_factory=dict)


def _claim(session, article_id, key, quote, ledger, **kwargs):
    claim = add_claim(session, article_id=article_id, data=NewClaim(quote, **kwargs), actor="t")
    ledger.claims[key] = claim.id
    ledger.statuses[claim.id] = "unverified"
    return claim.id


def _review(session, ledger, key, status, reviewer, note="checked"):
    add_review(
        session,
        claim_id=ledger.claims[key],
        status=status,
        rationale=note,
        reviewer=reviewer,
        override=True,  # these ledgers have reviewers who disagree on purpose
    )
    ledger.statuses[ledger.claims[key]] = status.value


@pytest.fixture
def mill(session) -> Ledger:
    """An article whose claims cover every shape a report must draw."""
    article, _ = store_article(
        session,
        ArticleInput(
            text=MILL_TEXT,
            filename="mill.txt",
            title="Dunmore mill strike",
            outlet="Aver Valley Post",
            url="https://news.example/dunmore-mill",
            authors=["Ines Carrow"],
        ),
    )
    ledger = Ledger(article.id, MILL_TEXT)
    said = dict(speaker="Dunmore Paper Ltd", attribution=Attribution.SAID, cue="said")
    _claim(session, article.id, "output", "output had doubled since 2019", ledger, **said)
    _claim(
        session,
        article.id,
        "dye",
        "The mill has reportedly dumped dye into the Aver river for years",
        ledger,
        attribution=Attribution.REPORTEDLY,
        cue="reportedly",
    )
    # Nested inside "dye", and crossing out of it: both must still render as valid markup.
    _claim(session, article.id, "river", "dumped dye into the Aver river", ledger)
    _claim(session, article.id, "cross", "for years (though the owners", ledger)
    _claim(
        session,
        article.id,
        "deny",
        "the owners deny this",
        ledger,
        speaker="Dunmore Paper Ltd",
        attribution=Attribution.DENIED,
        cue="deny",
    )
    _claim(
        session,
        article.id,
        "close",
        "the mill will close by winter",
        ledger,
        attribution=Attribution.RUMORED,
        cue="rumored",
    )
    _claim(
        session,
        article.id,
        "staff",
        "340 people work at the site",
        ledger,
        speaker="Aver Millworkers Union",
        attribution=Attribution.ACCORDING_TO,
        cue="According to",
    )
    _claim(session, article.id, "walkout", "Workers at the Dunmore paper mill walked out", ledger)
    _review(session, ledger, "output", Status.FALSE, "ana", "Output rose 12 percent")
    _review(session, ledger, "staff", Status.VERIFIED, "ana", "Payroll filing")
    _review(session, ledger, "walkout", Status.MOSTLY_TRUE, "ben", "Most shifts")
    _review(session, ledger, "river", Status.MISLEADING, "ben", "Dye was treated")
    _review(session, ledger, "river", Status.VERIFIED, "ana", "Water board report")
    _review(session, ledger, "deny", Status.UNVERIFIABLE, "ana", "No statement on file")
    add_link(
        session,
        from_id=ledger.claims["deny"],
        to_id=ledger.claims["dye"],
        relation=Relation.DENIES,
        created_by="t",
    )
    add_evidence(
        session,
        claim_id=ledger.claims["output"],
        stance=Stance.REFUTES,
        added_by="ana",
        url="https://stats.example/mills",
        publisher="Valley Statistics Office",
        excerpt="Output grew 12% | 2019-2024",
    )
    add_evidence(
        session,
        claim_id=ledger.claims["staff"],
        stance=Stance.SUPPORTS,
        added_by="ana",
        reference="Dunmore payroll filing 2024",
    )
    session.commit()
    return ledger


@pytest.fixture
def xss(session) -> Ledger:
    """An article whose every user-supplied field tries to inject markup."""
    article, _ = store_article(
        session,
        ArticleInput(
            text=XSS_TEXT,
            filename="portal.txt",
            title=XSS_TITLE,
            outlet='"><img src=x onerror=alert(2)>',
            url="javascript:alert(3)",
        ),
    )
    ledger = Ledger(article.id, XSS_TEXT)
    _claim(
        session,
        article.id,
        "script",
        "<script>alert(1)</script> was found in the council portal",
        ledger,
        speaker="<b>Officials</b>",
        attribution=Attribution.SAID,
        cue="said",
    )
    _claim(
        session,
        article.id,
        "img",
        '"><img src=x onerror=alert(1)> in a memo',
        ledger,
        speaker='Mayor "><img src=x onerror=alert(4)>',
        attribution=Attribution.SAID,
        cue="wrote",
    )
    _review(session, ledger, "script", Status.FALSE, "<i>eve</i>", "<script>alert(5)</script>")
    add_evidence(
        session,
        claim_id=ledger.claims["img"],
        stance=Stance.CONTEXT,
        added_by="eve",
        url="https://x.example/?q=<script>",
        excerpt="<img src=x onerror=alert(6)>",
    )
    session.commit()
    return ledger


@pytest.fixture
def render_report(session):
    """render_report([article ids] or None for the corpus, "html"|"md"|"json") -> str."""
    from factcheck.models import Article
    from factcheck.reporting.environment import make_environment, render
    from factcheck.services.report_views import build_context

    def run(article_ids=None, fmt="html", template_dir=None, **options) -> str:
        articles = [session.get(Article, i) for i in article_ids or []]
        context = build_context(session, articles=articles, corpus=not articles, **options)
        kind = "article" if articles else "corpus"
        env = make_environment(template_dir)
        return "".join(render(env, f"{kind}.{fmt}", context.as_dict()))

    return run
