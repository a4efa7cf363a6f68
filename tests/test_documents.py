"""read_document: exact text for txt/md, article text for HTML, BadInput for bad files."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from factcheck import documents
from factcheck.documents import MAX_BYTES, iter_document_paths, read_document
from factcheck.errors import BadInput


def test_txt_is_kept_byte_for_byte(tmp_path):
    raw = "\ufeffLine one  \r\n\r\n  “Quoted”\ttext.\n".encode()
    p = tmp_path / "a.txt"
    p.write_bytes(raw)
    doc = read_document(p)
    assert doc.text == raw.decode("utf-8")  # BOM, CRLF and spacing all kept
    assert doc.format == "txt" and doc.name == "a.txt"
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()


def test_markdown_title(tmp_path):
    p = tmp_path / "b.md"
    p.write_text("# Port reopens\n\nThe port reopened on Monday.\n", encoding="utf-8")
    doc = read_document(p)
    assert doc.format == "md" and doc.title == "Port reopens"
    assert doc.text.startswith("# Port reopens")


HTML = """<html><head><title>Port reopens after strike</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Coast Times">
<meta property="article:published_time" content="2024-03-05">
</head><body><script>alert(1)</script><nav>Home | World</nav>
<article><h1>Port reopens after strike</h1>
<p>The port authority said on Monday that the strike had ended after three weeks of talks
with the dockworkers union and that cargo would move again by Wednesday.</p>
<p>Workers will return on Tuesday, officials said, and volumes are expected to recover by
April, according to the chamber of commerce in the harbor town.</p>
</article><script>var tracking = "secret";</script></body></html>"""


def test_html_article_text_and_metadata(tmp_path):
    p = tmp_path / "c.html"
    p.write_text(HTML, encoding="utf-8")
    doc = read_document(p)
    assert doc.format == "html"
    assert "strike had ended" in doc.text
    assert "alert(1)" not in doc.text and "tracking" not in doc.text
    assert doc.title == "Port reopens after strike"
    assert doc.authors == ["Jane Roe"]
    assert doc.outlet == "Coast Times"
    assert str(doc.published) == "2024-03-05"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("e.txt", b"", "empty"),
        ("w.txt", b"  \n\t\n", "empty"),
        ("l.txt", "caf\xe9".encode("latin-1"), "UTF-8"),
        ("n.txt", b"abc\x00def", "binary"),
        ("x.pdf", b"%PDF-1.4", "unsupported"),
        ("s.html", b"<html><body><script>alert(1)</script></body></html>", "no article text"),
    ],
)
def test_bad_files_raise_bad_input(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(BadInput, match=message) as info:
        read_document(p)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(BadInput, match="cannot read"):
        read_document(tmp_path / "nope.txt")


def test_size_limit_checked_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    p.write_text("Some text.", encoding="utf-8")
    monkeypatch.setattr(documents, "MAX_BYTES", 5)
    with pytest.raises(BadInput, match="limit"):
        read_document(p)
    assert MAX_BYTES == 50 * 1024 * 1024


def test_iter_document_paths_expands_directories(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.md", "sub/c.html", "sub/d.htm", "e.pdf", "f.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    got = iter_document_paths([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in got] == [
        "a.md",
        "b.txt",
        "sub/c.html",
        "sub/d.htm",
    ]
    single = tmp_path / "e.pdf"
    assert iter_document_paths([single]) == [single]  # explicit files pass through


def test_plain_text_headline_and_byline_become_title_and_authors(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Ferry fares to rise in spring\n\nBy Ana Reed and Tom Vale\n\n"
        "The ferry company said on Monday that fares would rise by 8 percent.\n",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.title == "Ferry fares to rise in spring"
    assert document.authors == ["Ana Reed", "Tom Vale"]


def test_a_first_sentence_is_not_mistaken_for_a_headline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("The ferry company said fares would rise.\nMore follows.\n", encoding="utf-8")
    assert read_document(path).title is None
    assert read_document(path).authors == []


def _device(path):
    """A character device node like /dev/zero (1, 5), made inside the test's folder."""
    try:
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody writes: reading it would hang forever
    with pytest.raises(BadInput, match=r"not a regular file \(FIFO\)") as info:
        read_document(fifo)
    assert "\n" not in str(info.value)


def test_symlink_to_a_device_is_refused_despite_its_zero_size(tmp_path):
    zero = _device(tmp_path / "zero")
    link = tmp_path / "article.txt"
    link.symlink_to(zero)
    with pytest.raises(BadInput, match=r"not a regular file \(character device\)"):
        read_document(link)


def test_dangling_symlink_says_so(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    with pytest.raises(BadInput, match="dangling symlink"):
        read_document(link)


def test_symlink_to_a_regular_file_is_read(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("The port reopened on Monday.", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert read_document(link).text == "The port reopened on Monday."


def test_a_folder_reports_every_file_it_skips_and_why(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.rst").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    os.mkfifo(tmp_path / "pipe.txt")  # a supported name: taken, and refused when read
    (tmp_path / "loop").symlink_to(tmp_path)
    skipped: list = []
    files = iter_document_paths([tmp_path], skipped)
    assert [p.name for p in files] == ["a.txt", "pipe.txt"]
    reasons = {p.name: why for p, why in skipped}
    assert reasons["pipe"] == "FIFO"
    assert reasons["dangling"] == "dangling symlink"
    assert reasons["loop"] == "symlink to a folder (not followed)"
    assert "unsupported file type '.rst'" in reasons["notes.rst"]
