"""Test support for factcheck and for code built on it: a ledger builder and its fixtures."""

from factcheck.testing.ledger import LedgerBuilder

__all__ = ["LedgerBuilder"]
