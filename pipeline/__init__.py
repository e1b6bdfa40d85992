"""News pages in, normalised tables with provenance out.

From Python::

    import pipeline
    tables = pipeline.extract_texts(["Tornby Mayor Ann Moreau visited Genoa ..."])
    tables = pipeline.extract_corpus("corpus", out="outputs")
    tables = pipeline.load("outputs")
    tables.relations, tables.visits, tables.names()

The functions live in ``pipeline.api`` and are imported on first use, so that
``import pipeline`` (and the command line's start-up) loads neither pandas nor spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Tables", "extract_corpus", "extract_texts", "load", "__version__"]

if TYPE_CHECKING:
    from pipeline.api import extract_corpus, extract_texts, load
    from pipeline.output.frames import Tables

_LAZY = {
    "load": "pipeline.api",
    "extract_texts": "pipeline.api",
    "extract_corpus": "pipeline.api",
    "Tables": "pipeline.output.frames",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
