"""The ingest pipeline: one result per file through a progress callback, several workers
storing what one stores, and several processes on PostgreSQL splitting one folder."""

from __future__ import annotations

import json
import time
import traceback
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from factcheck.models import Article, Claim, Source
from factcheck.services.articles import ArticleInput
from factcheck.services.ingest_pipeline import IngestOptions, ingest_files
from tests.conftest import PG_URL
from tests.workers import run_workers

# Claims are advisory locks; on SQLite every claim succeeds (one writer at a time).
ON_POSTGRESQL = pytest.mark.skipif(not PG_URL, reason="needs FACTCHECK_TEST_PG_URL")

TEMPLATE = (
    "Officials in {town} said on Monday that the tunnel would reopen in {month}. "
    "According to the regional engineer, repairs cost {cost} million euros. "
    "Drivers have reportedly waited hours at the detour (though the operator denies this). "
    "\u201cWe expect traffic to return to normal,\u201d said councillor {name}.\n\n"
)


def _write(folder: Path, count: int, paragraphs: int = 2) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for i in range(count):
        text = "".join(
            TEMPLATE.format(town=f"Town{i}", month="June", cost=3 + i + k, name=f"Ivo Marr{i}")
            for k in range(paragraphs)
        )
        (folder / f"tunnel_{i:02d}.txt").write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


def _rows(url, query):
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    engine.dispose()
    return rows


def test_each_file_reports_once_through_the_progress_callback(db_url, tmp_path):
    files = _write(tmp_path / "in", 3)
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01 binary")
    files.append(tmp_path / "in" / "broken.txt")
    seen = []
    options = IngestOptions(extract=False)
    results = ingest_files(files, db=db_url, options=options, progress=seen.append)
    assert sorted(r.path.name for r in seen) == sorted(f.name for f in files)
    assert {r.path.name: r.outcome for r in results} == {
        "broken.txt": "error",
        "tunnel_00.txt": "added",
        "tunnel_01.txt": "added",
        "tunnel_02.txt": "added",
    }
    (tmp_path / "in" / "tunnel_01.txt").write_text("The operator said the tunnel is shut.\n")
    again = ingest_files(files[:3], db=db_url, options=options)
    assert [r.outcome for r in again] == ["unchanged", "new_version", "unchanged"]
    assert _rows(db_url, select(func.count()).select_from(Article)) == [(4,)]


@pytest.mark.spacy
def test_two_workers_store_exactly_what_extract_prints(cli, db_url, tmp_path):
    _write(tmp_path / "in", 5, paragraphs=3)
    printed = cli("extract", str(tmp_path / "in"), "--workers", "1")
    expected = {
        (line["article"], c["start"], c["end"], c["attribution"], c["speaker"] or None)
        for line in map(json.loads, printed.stdout.splitlines())
        for c in line["claims"]
    }
    result = cli("ingest", str(tmp_path / "in"), "--workers", "2", "--batch-size", "2")
    assert result.exit_code == 0, result.output
    stored = _rows(
        db_url,
        select(Article.filename, Claim.start, Claim.end, Claim.attribution, Source.name)
        .join(Article, Claim.article_id == Article.id)
        .outerjoin(Source, Claim.speaker_id == Source.id),
    )
    assert {(f, s, e, str(a), n) for f, s, e, a, n in stored} == expected
    assert len(expected) >= 5 * 3 * 3


@pytest.mark.spacy
def test_two_workers_store_the_rows_one_process_stores(db_url, second_db_url, tmp_path):
    from factcheck.testing.ledger_diff import ledger_differences, ledger_rows

    files = _write(tmp_path / "in", 7, paragraphs=3)
    (tmp_path / "in" / "tunnel_03.txt").write_text(  # a cited work, a source's alias
        "An article by Mara Vell posted on the Tunnel Gazette said the repairs were late. "
        "Vell said the operator was to blame, according to the regional engineer.\n"
    )
    one = ingest_files(files, db=db_url, options=IngestOptions(workers=1))
    two = ingest_files(files, db=second_db_url, options=IngestOptions(workers=2, batch_size=3))
    assert [r.as_dict() for r in one] == [r.as_dict() for r in two]
    assert ledger_differences(db_url, second_db_url) == []
    rows = ledger_rows(db_url)
    assert len(rows["claims"]) >= 6 * 3 * 3 and rows["links"] and rows["citations"]
    assert len(rows["ledger_events"]) == 7 + len(rows["claims"]) + len(rows["links"])


@ON_POSTGRESQL
def test_a_claimed_article_is_refused_to_a_second_process_until_released(db_url):
    from factcheck.db import get_engine
    from factcheck.services.ingest_claims import FileClaims

    data = ArticleInput(text="x", filename="tunnel.txt", url="https://example.org/t")
    first = FileClaims(get_engine(db_url))
    second = FileClaims(create_engine(db_url))  # another pool: another session
    try:
        assert first.try_claim(data)
        assert not second.try_claim(data)
        assert second.try_claim(ArticleInput(text="x", filename="other.txt"))
        first.release(data)
        assert second.try_claim(data)
    finally:
        first.close()
        second.close()


def _ingest_worker(url: str, folder: str, barrier, results) -> None:
    try:
        from factcheck.extract import Extractor

        Extractor()  # load the model before the start line, so both start together
        parsed = []
        extract_many = Extractor.extract_many

        def counted(self, items, batch_size=16):
            for name, text, meta in items:
                parsed.append(name)
                yield from extract_many(self, [(name, text, meta)], batch_size)

        Extractor.extract_many = counted
        files = sorted(Path(folder).iterdir())
        barrier.wait(timeout=120)
        options = IngestOptions(workers=1, batch_size=2)
        outcome = ingest_files(files, db=url, options=options)
        results.put(("ok", [(r.path.name, r.outcome, r.error) for r in outcome], parsed))
    except BaseException:
        results.put(("error", traceback.format_exc()))


@pytest.mark.spacy
@ON_POSTGRESQL
def test_two_ingest_processes_split_a_folder_and_store_each_article_once(db_url, tmp_path):
    _write(tmp_path / "in", 16, paragraphs=4)
    outcomes = run_workers(
        _ingest_worker,
        lambda n, barrier, results: (db_url, str(tmp_path / "in"), barrier, results),
        2,
    )
    assert [o[1] for o in outcomes if o[0] == "error"] == []
    added = [sorted(name for name, outcome, _ in o[1] if outcome == "added") for o in outcomes]
    unchanged = [
        sorted(name for name, outcome, _ in o[1] if outcome == "unchanged") for o in outcomes
    ]
    # every file added by exactly one process, found stored by the other; both did work
    assert sorted(added[0] + added[1]) == [f"tunnel_{i:02d}.txt" for i in range(16)]
    assert added[0] == unchanged[1] and added[1] == unchanged[0]
    assert added[0] and added[1]
    parsed = [o[2] for o in outcomes]  # no file parsed twice: the claims split the work
    assert sorted(parsed[0] + parsed[1]) == [f"tunnel_{i:02d}.txt" for i in range(16)]
    assert _rows(db_url, select(func.count()).select_from(Article)) == [(16,)]
    per_article = _rows(db_url, select(Claim.article_id, func.count()).group_by(Claim.article_id))
    assert len(per_article) == 16 and len({n for _, n in per_article}) == 1


@ON_POSTGRESQL
@pytest.mark.parametrize("extract", [False, pytest.param(True, marks=pytest.mark.spacy)])
def test_a_file_held_by_another_process_is_stored_once_its_holder_lets_go(
    db_url, tmp_path, extract
):
    import threading

    from factcheck.db import get_engine
    from factcheck.services.ingest_claims import FileClaims
    from factcheck.services.ingest_pipeline import read_stage

    files = _write(tmp_path / "in", 3)
    held = next(read_stage(files[1:2], IngestOptions(), print))
    holder = FileClaims(create_engine(db_url))  # as if another ingest were parsing it
    assert holder.try_claim(held.data)
    seen = []
    worker = threading.Thread(
        target=lambda: seen.extend(
            ingest_files(files, db=db_url, options=IngestOptions(extract=extract))
        )
    )
    worker.start()
    stored = select(func.count()).select_from(Article)
    deadline = time.monotonic() + 120  # parsing the other two may take a while
    while _rows(db_url, stored) != [(2,)] and time.monotonic() < deadline:
        time.sleep(0.2)
    worker.join(timeout=1)
    assert worker.is_alive()  # the other two are stored; it waits for the held one
    assert _rows(db_url, stored) == [(2,)]
    holder.close()  # the holder let go without storing it: ours to store
    worker.join(timeout=30)
    assert {r.path.name: r.outcome for r in seen} == {f.name: "added" for f in files}
    if extract:  # the one stored last, on its own, has its claims as the others do
        per_file = {r.path.name: r.claims for r in seen}
        assert per_file[files[1].name] == per_file[files[0].name] > 0
    get_engine(db_url).dispose()
