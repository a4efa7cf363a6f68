"""Small text helpers shared by the CLI, the services and the reports: excerpts and links."""

from __future__ import annotations


def shorten(text: str | None, width: int = 80, *, words: bool = False) -> str:
    """One line of at most `width` characters, an ellipsis when cut; with `words`, cut at
    a word boundary and without trailing punctuation (ClaimReview's claimReviewed)."""
    text = " ".join((text or "").split())
    if words:
        text = text.rstrip(" .;:,")
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if words and " " in cut:
        cut = cut[: cut.rfind(" ")].rstrip(" ,;:")
    return cut + "…"


def web_url(value: str | None) -> str | None:
    """The URL if it is safe to link (http/https), else None: no javascript: links."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None
