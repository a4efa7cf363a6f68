"""`ingest` reads text articles' metadata: front matter, dateline, a folder manifest."""

import json

import pytest

MD = (
    "---\ntitle: Floodgates row\nurl: https://lorne.example/floods\noutlet: Lorne Post\n"
    "published: 2024-03-02\n---\n\n"
    "The water company denied that any floodgates had been opened before Saturday.\n"
)
WIRE = "VARNA CITY, March 3, 2024 (Northwire) - The port handled 30 ships on Monday.\n"


def _articles(cli):
    return {a["filename"]: a for a in json.loads(cli("articles", "list", "-f", "json").output)}


def test_a_manifest_gives_each_file_its_metadata(cli, tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    (folder / "b.md").write_text(MD, encoding="utf-8")
    manifest = folder / "manifest.csv"
    manifest.write_text(
        "file,title,url,author,published\n"
        "a.txt,Port busy,https://wire.example/a,Ivo Petrov;Ana Ruiz,2024-03-04\n",
        encoding="utf-8",
    )
    result = cli("ingest", str(folder), "--no-extract", "--manifest", str(manifest))
    assert result.exit_code == 0, result.output
    articles = _articles(cli)
    wire = articles["a.txt"]
    assert (wire["title"], wire["url"], wire["published"]) == (
        "Port busy", "https://wire.example/a", "2024-03-04"
    )  # fmt: skip
    assert wire["authors"] == ["Ivo Petrov", "Ana Ruiz"] and wire["outlet"] == "Northwire"
    story = articles["b.md"]  # no row: its front matter speaks
    assert (story["title"], story["outlet"], story["published"]) == (
        "Floodgates row", "Lorne Post", "2024-03-02"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("file,title\nmissing.txt,X\n", "'missing.txt' is not among the files"),
        ("name,title\na.txt,X\n", "needs a 'file' column"),
        ("file,colour\na.txt,red\n", "unknown columns colour"),
        ("file,published\na.txt,3 March\n", "published must be YYYY-MM-DD"),
    ],
)
def test_manifest_mistakes_are_one_line_errors_and_write_nothing(cli, tmp_path, content, message):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    (folder / "m.csv").write_text(content, encoding="utf-8")
    result = cli("ingest", str(folder), "--no-extract", "--manifest", str(folder / "m.csv"))
    assert result.exit_code == 1 and message in result.output
    assert _articles(cli) == {}


@pytest.mark.spacy
def test_no_claim_comes_from_front_matter_and_offsets_index_the_file(cli, tmp_path):
    path = tmp_path / "floods.md"
    path.write_text(MD, encoding="utf-8")
    result = cli("ingest", str(path))
    assert result.exit_code == 0, result.output
    shown = json.loads(cli("articles", "show", "1", "-f", "json").output)
    assert shown["text"] == MD and shown["url"] == "https://lorne.example/floods"
    body = MD.index("The water company")
    assert shown["claims"], "the denial is extracted"
    for claim in shown["claims"]:
        assert claim["start"] >= body
        assert MD[claim["start"] : claim["end"]] == claim["quote"]
