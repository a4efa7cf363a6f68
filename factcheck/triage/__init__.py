"""Triage: which claims to check first (check-worthiness model, features, metrics)."""
