"""factcheck: every assertion in a news article, anchored, attributed and reviewed."""

__version__ = "0.1.0"
