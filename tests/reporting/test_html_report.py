"""The HTML audit report: highlights per status, links, escaping, standalone and accessible."""

import json
import re

import lxml.html
import pytest


@pytest.fixture
def mill_html(mill, render_report):
    return render_report([mill.article_id], "html")


def marks_of(tree, claim_id):
    return tree.xpath(f'//mark[@data-claim-id="{claim_id}"]')


def test_every_claim_is_highlighted_with_its_status_and_linked_to_its_row(mill, mill_html):
    tree = lxml.html.fromstring(mill_html)
    for claim_id, status in mill.statuses.items():
        marks = marks_of(tree, claim_id)
        assert marks, f"claim {claim_id} not highlighted"
        assert {m.get("data-status") for m in marks} == {status}
        first = tree.get_element_by_id(f"mark-{claim_id}")
        assert first.get("tabindex") == "0" and f"Claim {claim_id}" in first.get("title")
        row = tree.get_element_by_id(f"claim-{claim_id}")
        assert row.tag == "tr"
        assert row.xpath(f'.//a[@href="#mark-{claim_id}"]')
        assert tree.xpath(f'//mark//a[@href="#claim-{claim_id}"]')


def test_marked_text_reads_as_the_article_and_overlaps_nest(mill, mill_html):
    tree = lxml.html.fromstring(mill_html)
    (body,) = tree.find_class("article-text")
    for ref in body.find_class("claim-ref"):
        ref.drop_tree()  # the small "3 Verified" labels are not article text
    assert body.text_content() == mill.text
    river = marks_of(tree, mill.claims["river"])
    assert all(m.xpath(f'ancestor::mark[@data-claim-id="{mill.claims["dye"]}"]') for m in river)
    # "cross" starts inside "dye" and ends after it: split into two segments.
    cross = marks_of(tree, mill.claims["cross"])
    assert len(cross) == 2 and "".join(m.text_content() for m in cross).startswith("for years (")


def test_tooltip_shows_speaker_and_cue_on_hover_and_focus(mill, mill_html):
    tree = lxml.html.fromstring(mill_html)
    deny = tree.get_element_by_id(f"mark-{mill.claims['deny']}")
    assert "Dunmore Paper Ltd" in deny.get("title") and "“deny”" in deny.get("title")
    # The same text appears as a tooltip when the mark gets keyboard focus.
    assert "mark.claim[tabindex]:focus::after {\n  content: attr(title);" in mill_html


def test_claim_table_row_has_reviewer_date_and_evidence(mill, mill_html):
    tree = lxml.html.fromstring(mill_html)
    row = tree.get_element_by_id(f"claim-{mill.claims['output']}")
    cells = [c.text_content().strip() for c in row]
    assert cells[2] == "Dunmore Paper Ltd" and cells[3] == "said (“said”)"
    assert cells[5] == "Falsenot published" and cells[7] == "1"  # <br> between the two
    assert cells[6].startswith("ana, 20") and cells[6].endswith("Output rose 12 percent")


def test_reports_give_the_reason_and_mark_what_is_published(mill, session, render_report):
    from factcheck.services.publishing import publish_claims

    publish_claims(session, claim_ids=[mill.claims["output"]], editor="ed")
    html = lxml.html.fromstring(render_report([mill.article_id], "html"))
    row = html.get_element_by_id(f"claim-{mill.claims['output']}")
    assert row.find_class("published")[0].text_content().startswith("published: False, 20")
    assert row.find_class("rationale")[0].text_content() == "Output rose 12 percent"
    markdown = render_report([mill.article_id], "md")
    line = next(x for x in markdown.splitlines() if x.startswith(f"| {mill.claims['output']} |"))
    assert "False (published: False" in line and ": Output rose 12 percent |" in line
    data = json.loads(render_report([mill.article_id], "json"))
    claim = next(c for c in data["articles"][0]["claims"] if c["id"] == mill.claims["output"])
    assert claim["last_review"]["note"] == "Output rose 12 percent"
    assert claim["last_review"]["by"] == "ana"
    assert (claim["published"]["status"], claim["published"]["by"]) == ("false", "ed")


def test_the_corpus_report_gives_the_reason_of_each_disputed_verdict(mill, session, render_report):
    from factcheck.services.reviews import add_review
    from factcheck.vocab import Status

    add_review(session, claim_id=mill.claims["dye"], status=Status.MISLEADING,
               rationale="Permits allowed treated dye", reviewer="ben")  # fmt: skip
    html = lxml.html.fromstring(render_report(None, "html"))
    section = html.get_element_by_id("disputes").getparent()
    assert "ben: Permits allowed treated dye" in " ".join(section.text_content().split())
    assert "ben: Permits allowed treated dye" in render_report(None, "md")
    (dye,) = [
        d
        for d in json.loads(render_report(None, "json"))["disputes"]
        if d["claim_id"] == mill.claims["dye"]
    ]
    assert dye["last_review"]["by"] == "ben"
    assert dye["last_review"]["note"] == "Permits allowed treated dye"


def test_disputes_unsourced_and_integrity_sections(mill, mill_html):
    tree = lxml.html.fromstring(mill_html)
    disputes = tree.get_element_by_id(f"disputes-{mill.article_id}").getparent()
    text = " ".join(disputes.text_content().split())
    assert "denied by Dunmore Paper Ltd" in text  # the dye claim, denied by the owners
    assert "reviewers disagree" in text  # the river claim: ben says misleading, ana verified
    unsourced = tree.get_element_by_id(f"unsourced-{mill.article_id}").getparent()
    ids = {int(a.text) for a in unsourced.xpath(".//tbody//th/a")}
    assert ids == {mill.claims["dye"], mill.claims["close"]}
    assert "review chain verified (6 reviews)" in " ".join(mill_html.split())


def test_user_text_is_escaped_and_nothing_can_run(xss, render_report):
    html = render_report([xss.article_id], "html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=alert(1)&gt;" in html
    assert "<img" not in html and "<script" not in html.lower()
    assert 'href="javascript:' not in html
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//script | //img | //iframe | //object | //*[@onerror]")
    (body,) = tree.find_class("article-text")
    for ref in body.find_class("claim-ref"):
        ref.drop_tree()
    assert body.text_content() == xss.text


def test_report_is_standalone_and_accessible(mill_html):
    tree = lxml.html.fromstring(mill_html)
    assert tree.get("lang") == "en"
    assert "default-src 'none'" in mill_html  # CSP: nothing loads, nothing runs
    assert not re.search(r"<link|<script|\bsrc=|@import|url\(", mill_html)
    assert "@media print" in mill_html
    assert len(tree.xpath("//h1")) == 1 and tree.xpath("//h2") and tree.xpath("//h3")
    for table in tree.xpath("//table"):
        assert table.xpath("caption"), "every table has a caption"
        assert all(th.get("scope") in ("col", "row") for th in table.xpath(".//th"))
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids)), "ids are unique"


def test_an_orphaned_claim_is_listed_but_not_highlighted(session, mill, render_report):
    from sqlalchemy import update

    from factcheck.models import Claim

    orphan = mill.claims["staff"]
    session.execute(update(Claim).where(Claim.id == orphan).values(orphaned=True))
    session.commit()
    html = render_report([mill.article_id], "html")
    tree = lxml.html.fromstring(html)
    assert not marks_of(tree, orphan)
    row = tree.get_element_by_id(f"claim-{orphan}")
    assert "(orphaned" in row.text_content() and not row.xpath(".//a[@href]")
    assert "1 orphaned claim no longer anchored" in " ".join(html.split())


def test_a_claims_cue_is_marked_where_it_stands(mill, mill_html):
    tree = lxml.html.fromstring(mill_html)
    claim_id = mill.claims["output"]  # "The owners said that [output had doubled since 2019]"
    text = '//div[@class="article-text"]'
    (cue,) = tree.xpath(f'{text}//span[@class="cue"][@data-claim-id="{claim_id}"]')
    assert cue.text_content() == "said"
    assert cue.getnext().get("id") == f"mark-{claim_id}" or "that" in (cue.tail or "")
    # "Dunmore Paper Ltd" is named nowhere near the quote: no speaker span is invented
    assert not tree.xpath(f'//span[@class="speaker"][@data-claim-id="{claim_id}"]')
