"""Domain services: one module per noun; each takes a keyword-only session and never commits."""
