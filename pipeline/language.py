"""Language identification of a cleaned body (py3langid: ships its model, deterministic)."""

from __future__ import annotations

import re

# langid needs some text to be reliable; below this many letters we do not judge.
MIN_LETTERS = 20
# Classifying the first part of a long body is as good as the whole and bounded in time.
MAX_CHARS = 20000
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or "" when there is too little text to tell."""
    sample = text[:MAX_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return ""
    try:
        import py3langid

        code, _score = py3langid.classify(sample)
    except Exception:  # the classifier should not fail, but a document must never be lost
        return ""
    return code
