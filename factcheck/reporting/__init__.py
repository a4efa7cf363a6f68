"""Audit reports: plain report data built from the ledger, rendered through Jinja templates."""
