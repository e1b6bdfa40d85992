"""Language identification of a cleaned body (py3langid: ships its model, deterministic).

py3langid's character n-gram model is sure of itself on real paragraphs of any language
(a French or German sentence scores above 0.8 with English near zero), but short English
wire copy full of figures and abbreviations ("Net 1.2 mln vs 900,000 Revs ...") carries
almost no English n-grams and lands on whatever label is nearest: Nigerian Pidgin, "no
linguistic content", Danish. So the classifier reads the words only (no figures or
punctuation), may answer only ISO 639-1 languages, and English is taken when it scores
close to the best label or when English function words make up a good share of the words.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.clean.language_rules import ENGLISH_STOP_WORDS, EXCLUDED_LANGUAGES

ENGLISH = "en"
# langid needs some text to be reliable; below this many letters we do not judge.
MIN_LETTERS = 20
# Classifying the first part of a long body is as good as the whole and bounded in time.
MAX_CHARS = 20000
# English is taken when its probability is at least this share of the best label's (text
# with no clear language, such as a results table); genuine foreign text gives near 0.
ENGLISH_CLOSE_RATIO = 0.2
# ... or when English function words are at least this share of the words and English
# has at least ENGLISH_STOP_RATIO of the best label's probability.
ENGLISH_STOP_SHARE = 0.15
ENGLISH_STOP_RATIO = 0.01
# Neither rule applies to text of fewer distinct words than this ("word word word ..."):
# one word repeated is evidence for no language, and the classifier's answer stands.
MIN_DISTINCT_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _identifier():
    """py3langid's model with normalised probabilities, limited to ISO 639-1 labels."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    labels = [
        code for code in identifier.labels if len(code) == 2 and code not in EXCLUDED_LANGUAGES
    ]
    identifier.set_languages(labels)
    return identifier


def english_stop_share(words: list[str]) -> float:
    """Share of ``words`` that are English function words (see ENGLISH_STOP_WORDS)."""
    if not words:
        return 0.0
    return sum(word.lower() in ENGLISH_STOP_WORDS for word in words) / len(words)


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or "" when there is too little text to tell."""
    words = _WORD.findall(text[:MAX_CHARS])
    if sum(len(word) for word in words) < MIN_LETTERS:
        return ""
    try:
        ranked = _identifier().rank(" ".join(words))
    except Exception:  # the classifier should not fail, but a document must never be lost
        return ""
    best, best_score = ranked[0]
    if best == ENGLISH or best_score <= 0:
        return best
    if len({word.lower() for word in words}) < MIN_DISTINCT_WORDS:
        return best
    english = dict(ranked).get(ENGLISH, 0.0) / best_score
    if english >= ENGLISH_CLOSE_RATIO:
        return ENGLISH
    if english >= ENGLISH_STOP_RATIO and english_stop_share(words) >= ENGLISH_STOP_SHARE:
        return ENGLISH
    return best
