"""Metadata of .txt/.md articles: front matter, bylines, datelines; offsets untouched."""

from datetime import date

import pytest

from factcheck.documents import read_document
from factcheck.errors import BadInput
from factcheck.text_metadata import masked, read_dateline

FRONT = (
    "---\ntitle: Floodgates row\nurl: https://lorne.example/floods\noutlet: Lorne Post\n"
    "author: [Mara Tell, Ode Lin]\npublished: 2024-03-02\n---\n"
    "# Ignored heading\n\nThe water company denied that any floodgates had been opened.\n"
)


def test_front_matter_gives_the_metadata_and_stays_in_the_stored_text(tmp_path):
    path = tmp_path / "floods.md"
    path.write_text(FRONT, encoding="utf-8")
    document = read_document(path)
    assert (document.title, document.url, document.outlet) == (
        "Floodgates row", "https://lorne.example/floods", "Lorne Post"
    )  # fmt: skip
    assert document.authors == ["Mara Tell", "Ode Lin"]
    assert document.published == date(2024, 3, 2)
    assert document.text == FRONT  # stored exactly as decoded
    blanked = document.extraction_text
    assert len(blanked) == len(FRONT) and "title" not in blanked
    body = FRONT.index("The water company")
    assert blanked[body:] == FRONT[body:]
    assert blanked.count("\n") == FRONT.count("\n")


def test_a_markdown_byline_and_a_wire_dateline(tmp_path):
    path = tmp_path / "wire.md"
    path.write_text(
        "# Port strike\n\n*By Ivo Petrov and Ana Ruiz*\n\n"
        "VARNA CITY, March 3, 2024 (Northwire) - The port handled 30 ships on Monday.\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.title == "Port strike"
    assert document.authors == ["Ivo Petrov", "Ana Ruiz"]
    assert (document.outlet, document.published) == ("Northwire", date(2024, 3, 3))


@pytest.mark.parametrize(
    ("opening", "place", "outlet", "has_date"),
    [
        ("VARNA CITY, March 3 (Northwire) - Ships", "VARNA CITY", "Northwire", True),
        ("LONDON (Reuters) — Prices", "LONDON", "Reuters", False),
        ("OSLO, 3 March 2024 - Talks", "OSLO", None, True),
        ("NATO said on Monday - in a statement", None, None, False),
    ],
)
def test_datelines(opening, place, outlet, has_date):
    found = read_dateline(opening + " continued.\n")
    if place is None:
        assert found is None
        return
    assert (found.place, found.outlet, found.published is not None) == (place, outlet, has_date)
    if has_date:
        assert (found.published.month, found.published.day) == (3, 3)
        assert found.published <= date.today()


def test_front_matter_that_is_not_yaml_is_a_one_line_error(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody text here.\n", encoding="utf-8")
    with pytest.raises(BadInput, match="front matter is not valid YAML"):
        read_document(path)


def test_text_without_front_matter_is_read_as_before():
    text = "Ships docked.\n---\nnot: front matter\n---\n"
    assert masked(text) == text


def test_extraction_skips_the_dateline_but_offsets_still_agree(tmp_path):
    text = "VARNA CITY, March 3 (Northwire) - The port handled 30 ships.\n"
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    blanked = document.extraction_text
    start = text.index("The port")
    assert blanked[:start].strip() == "" and blanked[start:] == text[start:]
    assert document.text == text
