"""The HTML report in a real headless Chromium: it draws, every claim is marked, nothing runs."""

import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium package"),
]


def chromium(tmp_path: Path, page: Path, *mode: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        *mode,
        page.as_uri(),
    ]
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(tmp_path, mill, xss, render_report) -> Path:
    path = tmp_path / "report.html"
    path.write_text(render_report([mill.article_id, xss.article_id], "html"), encoding="utf-8")
    return path


def test_the_report_renders_to_a_screenshot(tmp_path, page):
    shot = tmp_path / "r.png"
    chromium(tmp_path, page, f"--screenshot={shot}", "--window-size=1280,2000")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 30_000  # a drawn page, not a blank one


def test_the_dom_marks_every_claim_with_its_status_and_runs_nothing(tmp_path, page, mill, xss):
    dom = chromium(tmp_path, page, "--dump-dom").stdout
    tree = lxml.html.fromstring(dom)
    for ledger in (mill, xss):
        for claim_id, status in ledger.statuses.items():
            marks = tree.xpath(f'//mark[@data-claim-id="{claim_id}"]')
            assert marks and {m.get("data-status") for m in marks} == {status}
            assert tree.get_element_by_id(f"claim-{claim_id}").tag == "tr"
    assert not tree.xpath("//script | //img | //iframe | //*[@onerror] | //*[@onload]")
    bodies = tree.find_class("article-text")
    assert len(bodies) == 2
    xss_text = bodies[1].text_content()
    assert "<script>alert(1)</script>" in xss_text and "onerror=alert(1)>" in xss_text
