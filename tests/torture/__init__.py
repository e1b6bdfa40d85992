"""A corpus of awkward inputs, written at test time (no binary junk committed)."""
