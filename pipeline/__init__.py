"""News pages in, normalised tables with provenance out."""

__version__ = "0.1.0"
