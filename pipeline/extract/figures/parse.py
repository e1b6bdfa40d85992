"""Read the value of a written number: digits with separators, or English number words.

These functions see only the number's own text; deciding whether a number is a figure
at all is the job of figures_scan / figures_filter.
"""

from __future__ import annotations

import re

from pipeline.extract.figures import rules as R

_WORD_SPLIT = re.compile(r"[\s\-]+")


def parse_digits(text: str) -> float | None:
    """'3,000' -> 3000.0, '2.27' -> 2.27; None for anything that is not one number."""
    cleaned = re.sub(r"[,\u202f\u00a0\u2009]", "", text).strip()
    try:
        return float(cleaned)
    except ValueError:
        return None


def parse_words(text: str) -> tuple[float | None, str]:
    """'two hundred and five' -> (205.0, ''), 'nine million' -> (9e6, 'million'), 'a dozen' -> 12.

    Returns the value and the scale word used (for Figure.scale; "lakh crore" when scale
    words are written together, which multiply).  Unknown words
    give (None, '') so that a caller never reads a half-parsed number.
    """
    total = 0.0
    current = 0.0
    seen = False
    scale_word = ""
    previous = ""
    last_scaled = 0.0  # the amount the last scale word produced
    for word in _WORD_SPLIT.split(text.lower().strip()):
        if not word:
            continue
        if word == "and":
            # "one hundred and six" joins; "three and two thirds" is two numbers
            if previous in R.UNITS_WORDS:
                return None, ""
            continue
        previous = word
        if word not in R.SCALE_WORDS:
            last_scaled = 0.0
        if word in ("a", "an"):
            current = current or 1.0
            seen = True
            continue
        if word in R.FRACTION_WORDS:
            current = (current or 1.0) * R.FRACTION_WORDS[word]
        elif word in R.UNITS_WORDS:
            if current % 100 >= 10 and current % 10 == 0 and R.UNITS_WORDS[word] < 10:
                current += R.UNITS_WORDS[word]  # "fifty two"
            elif current and current % 100 != 0:
                return None, ""  # "two three": a list, not one number
            else:
                current += R.UNITS_WORDS[word]
        elif word in R.WORD_MULTIPLIERS:
            if word.endswith("s") and not seen:
                return None, ""  # "dozens of" is vague, not a number
            current = (current or 1.0) * R.WORD_MULTIPLIERS[word]
        elif word in R.SCALE_WORDS:
            if not seen:
                return None, ""  # a bare "million" or "dozens" is not a number
            if last_scaled and not current:
                # "a thousand million", "three lakh crore": scale words together multiply
                total += last_scaled * (R.SCALE_WORDS[word] - 1)
                last_scaled *= R.SCALE_WORDS[word]
                scale_word = f"{scale_word} {R.SCALE_CANONICAL.get(word, word)}"
            else:
                last_scaled = (current or 1.0) * R.SCALE_WORDS[word]
                total += last_scaled
                scale_word = R.SCALE_CANONICAL.get(word, word)
            current = 0.0
        else:
            return None, ""
        seen = True
    if not seen:
        return None, ""
    return total + current, scale_word


def parse_ordinal(text: str) -> int | None:
    """'24th' -> 24, 'first' -> 1, 'twenty-first' -> 21."""
    low = text.lower().strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", low)
    if m:
        return int(m.group(1))
    if low in R.ORDINAL_WORDS:
        return R.ORDINAL_WORDS[low]
    parts = _WORD_SPLIT.split(low)
    if len(parts) == 2 and parts[0] in R.UNITS_WORDS and parts[1] in R.ORDINAL_WORDS:
        return R.UNITS_WORDS[parts[0]] + R.ORDINAL_WORDS[parts[1]]
    return None
