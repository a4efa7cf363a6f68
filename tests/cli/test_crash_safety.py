"""`kill -9` during `factcheck ingest DIR` leaves no partial article; a rerun completes it."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, func, select

from factcheck.models import Article, Claim

pytestmark = pytest.mark.spacy

PARAGRAPH = (
    "Officials in {town} said on Monday that the new bridge would open in {month}. "
    "According to the county engineer, the project cost {cost} million dollars. "
    "Residents have reportedly complained about noise for months (though the contractor "
    "denies this). \u201cWe are proud of this work,\u201d said Mayor {mayor}.\n\n"
)


def _write_articles(folder, count):
    towns = ["Ashford", "Brill", "Corran", "Delby", "Eskton", "Farrow", "Glenmere", "Holt"]
    for i in range(count):
        text = "".join(
            PARAGRAPH.format(town=towns[i % 8], month="May", cost=10 + i + k, mayor=f"Ann Lee{i}")
            for k in range(12)
        )
        (folder / f"bridge_{i:02d}.txt").write_text(text, encoding="utf-8")


def _counts(url):
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            select(Article.filename, func.count(Claim.id))
            .outerjoin(Claim, Claim.article_id == Article.id)
            .group_by(Article.filename)
        ).all()
    engine.dispose()
    return dict(rows)


def _ingest(folder, url, **kwargs):
    return subprocess.Popen(
        # --batch-size 1: each article is stored as soon as it is parsed, so the kill lands
        # between commits rather than after the whole batch.
        [
            sys.executable,
            "-m",
            "factcheck",
            "ingest",
            str(folder),
            "--db",
            url,
            "--format",
            "json",
            "--batch-size",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def test_killed_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path, db_url):
    folder = tmp_path / "articles"
    folder.mkdir()
    _write_articles(folder, 8)

    process = _ingest(folder, db_url)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not _counts(db_url):
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    after_kill = _counts(db_url)
    assert 0 < len(after_kill) < 8, "the kill should land mid-way"

    rerun = _ingest(folder, db_url)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    outcomes = {row["path"].rsplit("/", 1)[-1]: row["outcome"] for row in json.loads(out)}
    final = _counts(db_url)
    assert len(final) == 8
    for name, claims in after_kill.items():
        assert outcomes[name] == "unchanged"
        assert claims == final[name], f"{name} was stored partially before the kill"
    assert all(claims > 0 for claims in final.values())
