"""Shared fixtures: the spaCy pipeline and one pipeline run over the sample corpus, once per
test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline the stages use, loaded once per session (as a run loads it)."""
    from pipeline.annotate import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """Run the whole pipeline on a copy of corpus/ and return (corpus, out, summary)."""
    from pipeline.run import RunOptions, run

    base = tmp_path_factory.mktemp("samples")
    corpus = base / "corpus"
    shutil.copytree(SAMPLES, corpus, ignore=shutil.ignore_patterns(".*"))
    out = base / "out"
    summary = run(RunOptions(corpus=corpus, out=out))
    return corpus, out, summary
