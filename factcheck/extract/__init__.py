"""Claim extraction: text in, anchored and attributed claims out (spaCy loaded lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.extract.types import (
    ExtractedCitation,
    ExtractedClaim,
    ExtractedLink,
    ExtractedSource,
    ExtractionResult,
)

PIPELINE_VERSION = "extract-2"

if TYPE_CHECKING:
    from factcheck.extract.extractor import Extractor

__all__ = [
    "PIPELINE_VERSION",
    "ExtractedCitation",
    "ExtractedClaim",
    "ExtractedLink",
    "ExtractedSource",
    "ExtractionResult",
    "Extractor",
    "load_nlp",
]


def load_nlp(model: str | None = None) -> Any:
    """Load the spaCy model once per process (see factcheck.extract.model)."""
    from factcheck.extract.model import load_nlp as _load

    return _load(model)


def __getattr__(name: str) -> Any:
    # Extractor pulls in no spaCy either, but keep `import factcheck.extract` minimal.
    if name == "Extractor":
        from factcheck.extract.extractor import Extractor

        return Extractor
    raise AttributeError(name)
