"""The shared text helpers: one excerpt rule and one safe-link rule for CLI, services, reports."""

from factcheck.text import shorten, web_url


def test_shorten_cuts_to_one_line_with_an_ellipsis():
    assert shorten("Port  fees\nrose", 80) == "Port fees rose"
    assert shorten("abcdefghij", 5) == "abcd…"
    assert shorten(None) == ""


def test_shorten_by_words_never_cuts_inside_a_word():
    text = "The ministry denies that the port handled thirty ships last week."
    cut = shorten(text, 30, words=True)
    assert cut == "The ministry denies that the…" and len(cut) <= 30
    assert shorten("Short claim.", 30, words=True) == "Short claim"


def test_only_http_addresses_are_links():
    assert web_url(" https://port.example/log ") == "https://port.example/log"
    assert web_url("javascript:alert(1)") is None and web_url(None) is None
