"""`factcheck ingest` on folders: good files stored, bad ones reported, reruns write nothing."""

import json

from sqlalchemy import create_engine, func, select

from factcheck.models import Article

STORY = "The ferry company said on Monday that fares would rise by {n} percent in May.\n"


def _articles(url):
    engine = create_engine(url)
    with engine.connect() as connection:
        count = connection.scalar(select(func.count()).select_from(Article))
    engine.dispose()
    return count


def test_a_folder_with_good_and_bad_files_stores_the_good_and_reports_the_bad(
    cli, db_url, tmp_path
):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a_good.txt").write_text(STORY.format(n=4), encoding="utf-8")
    (folder / "b_latin1.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    (folder / "c_empty.md").write_text("  \n", encoding="utf-8")
    (folder / "d_binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "e_good.md").write_text(STORY.format(n=6), encoding="utf-8")

    result = cli("ingest", str(folder), "--no-extract", "--format", "json")
    assert result.exit_code == 1
    outcomes = {row["path"].rsplit("/", 1)[-1]: row["outcome"] for row in json.loads(result.stdout)}
    assert outcomes == {
        "a_good.txt": "added",
        "b_latin1.txt": "error",
        "c_empty.md": "error",
        "d_binary.txt": "error",
        "e_good.md": "added",
    }
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3 and all(line.count("b_latin1.txt") <= 1 for line in errors)
    assert "Traceback" not in result.output
    assert _articles(db_url) == 2


def test_rerun_is_unchanged_and_an_edited_file_is_a_new_version(cli, db_url, tmp_path):
    story = tmp_path / "ferry.txt"
    story.write_text(STORY.format(n=4), encoding="utf-8")
    assert cli("ingest", str(story), "--no-extract").exit_code == 0
    again = cli("ingest", str(story), "--no-extract", "--format", "json")
    assert json.loads(again.stdout)[0]["outcome"] == "unchanged"
    story.write_text(STORY.format(n=5), encoding="utf-8")
    changed = json.loads(cli("ingest", str(story), "--no-extract", "--format", "json").stdout)
    assert (changed[0]["outcome"], changed[0]["version"]) == ("new_version", 2)
    assert _articles(db_url) == 2


def test_metadata_options_need_a_single_file(cli, tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(STORY.format(n=1), encoding="utf-8")
    result = cli("ingest", str(tmp_path), "--title", "Ferries", "--no-extract")
    assert result.exit_code == 1 and "single file" in result.stderr
