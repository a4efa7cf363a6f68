"""The desk in a real headless Chromium (Selenium, Debian's chromium-driver): sign in, open
an article, click a highlighted claim, record a verdict with evidence, see it everywhere."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import PG_URL
from tests.web.live import live_desk

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), shutil.which("chromedriver")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER),
        reason="needs Debian's chromium and chromium-driver packages",
    ),
]


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1100",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--no-first-run",
        "--disable-background-networking",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def _shots_dir(tmp_path: Path) -> Path:
    """Screenshots go to FACTCHECK_SERVE_SHOTS when set (to look at), else the test's tmp."""
    folder = Path(os.environ.get("FACTCHECK_SERVE_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _wait_for_url(browser, url: str, seconds: float = 15) -> None:
    """A form's POST and redirect finish after click() returns (a PostgreSQL sign-in opens a
    connection as the role first): wait for the page, then assert on it."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    # on a timeout the assertion after this names the page the browser is on
    with contextlib.suppress(TimeoutException):
        WebDriverWait(browser, seconds).until(expected_conditions.url_to_be(url))


def _sign_in(browser, desk, pg_roles):
    from selenium.webdriver.common.by import By

    if desk.sign_in_link:
        browser.get(desk.sign_in_link)
    else:
        browser.get(desk.base + "/signin")
        browser.find_element(By.NAME, "role").send_keys(pg_roles["rev1"])
        browser.find_element(By.NAME, "password").send_keys("any")
        browser.find_element(By.CSS_SELECTOR, "form.stacked button").click()
    _wait_for_url(browser, desk.base + "/queue")
    assert browser.current_url == desk.base + "/queue"
    assert "Signed in as" in browser.find_element(By.CSS_SELECTOR, "header.desk").text


def test_review_a_claim_by_clicking_it_in_the_article(browser, db_url, harbor, tmp_path, request):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    pg_roles = request.getfixturevalue("pg_roles") if PG_URL else None
    claim_id = harbor.claims["cargo"]
    shots = _shots_dir(tmp_path)
    with live_desk(db_url) as desk:
        _sign_in(browser, desk, pg_roles)
        browser.find_element(By.CSS_SELECTOR, f"tr#q-{claim_id} td:last-child a").click()
        assert browser.current_url.startswith(f"{desk.base}/articles/{harbor.article_id}")
        mark = browser.find_element(By.ID, f"mark-{claim_id}")
        assert mark.get_attribute("data-status") == "unverified"
        # A click on the text of the mark (not its label link): the desk's own script
        # opens the claim in the panel.
        browser.execute_script("arguments[0].scrollIntoView()", mark)
        mark.click()
        panel = browser.find_element(By.ID, "panel")
        assert f"Claim {claim_id}" in panel.find_element(By.TAG_NAME, "h2").text
        Select(panel.find_element(By.NAME, "status")).select_by_value("false")
        panel.find_element(By.NAME, "note").send_keys("Tonnage records show 40 percent")
        Select(panel.find_element(By.NAME, "stance")).select_by_value("refutes")
        panel.find_element(By.NAME, "url").send_keys("https://records.example/tonnage")
        panel.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

        flash = browser.find_element(By.CSS_SELECTOR, "p.flash").text
        assert "is false with evidence" in flash
        mark = browser.find_element(By.ID, f"mark-{claim_id}")
        assert mark.get_attribute("data-status") == "false"
        browser.save_screenshot(str(shots / "article.png"))

        browser.get(desk.base + "/queue?status=false")
        row = browser.find_element(By.ID, f"q-{claim_id}")
        assert "False" in row.text
        browser.get(desk.base + "/queue")
        assert not browser.find_elements(By.ID, f"q-{claim_id}")  # reviewed: off the queue

        browser.get(f"{desk.base}/claims/{claim_id}")
        history = browser.find_element(By.CSS_SELECTOR, "table.history").text
        assert "evidence" in history and "false: Tonnage records show 40 percent" in history
        assert browser.find_element(By.CSS_SELECTOR, "tr.verdict").text.startswith(
            pg_roles["rev1"] if pg_roles else "ana"
        )
        link = browser.find_element(By.CSS_SELECTOR, "ul.evidence-list a")
        assert link.get_attribute("href") == "https://records.example/tonnage"
        browser.save_screenshot(str(shots / "claim.png"))
    refused = [
        entry["message"]
        for entry in browser.get_log("browser")
        if "Content Security Policy" in entry["message"]
    ]
    assert refused == []
    assert (shots / "article.png").stat().st_size > 20_000
