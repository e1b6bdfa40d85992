"""Normalisation and one-to-one matching rules used by the scorer (``pipeline.evaluate``).

The rules follow ``eval/FORMAT.md`` ("Matching used in scoring"). They live apart from the
scorer so that each rule can be tested on its own and so the unit vocabulary stays data.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence

# Coarse classes: scoring collapses the three place labels into one, and does not score
# any other OntoNotes label (NORP, EVENT, PRODUCT, ...).
COARSE_CLASS: dict[str, str] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
}

# Unit spellings read as one word. Keys are lower-case, already stripped of full stops;
# values are the singular word the unit is compared as. Plurals of the values are handled
# by ``singular`` so they need no entry here.
UNIT_SYNONYMS: dict[str, str] = {
    "%": "percent",
    "pct": "percent",
    "per cent": "percent",
    "percentage": "percent",
    "pp": "percentage point",
    "ppt": "percentage point",
    "percentage_point": "percentage point",
    "percent point": "percentage point",
    "#": "count",
    "km": "kilometre",
    "kms": "kilometre",
    "kilometer": "kilometre",
    "km2": "square kilometre",
    "km²": "square kilometre",
    "sq km": "square kilometre",
    "square kilometer": "square kilometre",
    "m": "metre",
    "meter": "metre",
    "m2": "square metre",
    "m²": "square metre",
    "sqm": "square metre",
    "sq m": "square metre",
    "square meter": "square metre",
    "m3": "cubic metre",
    "m³": "cubic metre",
    "cubic meter": "cubic metre",
    "cm": "centimetre",
    "centimeter": "centimetre",
    "mm": "millimetre",
    "millimeter": "millimetre",
    "ha": "hectare",
    "kg": "kilogram",
    "kilo": "kilogram",
    "g": "gram",
    "t": "tonne",
    "ton": "tonne",
    "metric ton": "tonne",
    "lb": "pound",
    "lbs": "pound",
    "mi": "mile",
    "ft": "foot",
    "feet": "foot",
    "sq ft": "square foot",
    "square feet": "square foot",
    "in": "inch",
    "l": "litre",
    "liter": "litre",
    "ml": "millilitre",
    "milliliter": "millilitre",
    "kw": "kilowatt",
    "mw": "megawatt",
    "gw": "gigawatt",
    "kwh": "kilowatt hour",
    "mwh": "megawatt hour",
    "gwh": "gigawatt hour",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "yr": "year",
    "yrs": "year",
    "°c": "degree celsius",
    "℃": "degree celsius",
    "celsius": "degree celsius",
    "°f": "degree fahrenheit",
    "fahrenheit": "degree fahrenheit",
    "km/h": "kilometre per hour",
    "kph": "kilometre per hour",
    "mph": "mile per hour",
    "$": "usd",
    "us$": "usd",
    "us dollar": "usd",
    "€": "eur",
    "euro": "eur",
    "£": "gbp",
    "pound sterling": "gbp",
    "¥": "jpy",
    "yen": "jpy",
    "won": "krw",
    "₩": "krw",
    "yuan": "cny",
    "renminbi": "cny",
    "rmb": "cny",
    "rupee": "inr",
    "₹": "inr",
}

# Irregular plurals that the suffix rules below would get wrong.
IRREGULAR_SINGULAR: dict[str, str] = {"feet": "foot", "people": "person", "celsius": "celsius"}

# Curly and typographic quotes made straight before body snippets are compared.
QUOTE_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u00b4": "'", "\u0060": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
    }
)

RELATIVE_TOLERANCE = 0.005  # values within 0.5% of the gold value match

_WS = re.compile(r"\s+")


def normalise_name(text: str) -> str:
    """The key two names are compared by: no case, accents, punctuation, symbols or spaces.

    Spaces go too so that ``Sung-ho``, ``Sung ho`` and ``Sungho`` agree. Accents are
    removed by decomposing and dropping combining marks, then recomposing, so Hangul and
    other scripts whose syllables decompose come back whole.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    kept = [
        ch
        for ch in decomposed
        if unicodedata.category(ch)[0] not in ("M", "P", "S", "Z", "C") and not ch.isspace()
    ]
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


def name_keys(names: Iterable[str]) -> frozenset[str]:
    """The normalised, non-empty keys of a set of names."""
    return frozenset(k for k in (normalise_name(n) for n in names) if k)


def coarse_class(label: str) -> str | None:
    """PERSON, ORG or PLACE for a scored label, None for labels that are not scored."""
    return COARSE_CLASS.get(str(label or "").strip().upper())


def singular(word: str) -> str:
    """English singular of one unit word; short tokens (codes, symbols) are left alone."""
    if word in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalise_unit(unit: str) -> str:
    """The form two units are compared in: lower case, singular, abbreviations as words."""
    text = unicodedata.normalize("NFKC", str(unit or "")).casefold().replace("_", " ")
    text = _WS.sub(" ", text.replace(".", "")).strip()
    if not text:
        return ""
    text = UNIT_SYNONYMS.get(text, text)
    words = " ".join(singular(w) for w in text.split(" "))
    return UNIT_SYNONYMS.get(words, words)


def normalise_snippet(text: str) -> str:
    """Body text as snippets are looked for in it: NFKC, straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", str(text or "")).translate(QUOTE_MAP)
    return _WS.sub(" ", text).strip()


def normalise_date_value(value: str) -> str:
    """A normalised date value compared as written, ignoring surrounding space and case."""
    return str(value or "").strip().upper()


def parse_number(value) -> float | None:
    """A finite float from a table cell, or None for an empty or unreadable cell."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        text = str(value).strip().replace(",", "").replace("_", "")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def values_close(gold: float | None, predicted: float | None) -> bool:
    """True when the prediction lies within 0.5% of the gold value (exact when gold is 0)."""
    if gold is None or predicted is None:
        return False
    return abs(predicted - gold) <= RELATIVE_TOLERANCE * abs(gold)


def relative_gap(gold: float | None, predicted: float | None) -> float:
    """How far apart two values are, relative to the gold one (for preferring close pairs)."""
    if gold is None or predicted is None:
        return math.inf
    if gold == 0:
        return 0.0 if predicted == 0 else math.inf
    return abs(predicted - gold) / abs(gold)


def max_matching(edges: Sequence[tuple[int, int, tuple]]) -> dict[int, int]:
    """A maximum one-to-one matching between gold and predicted items.

    ``edges`` are ``(gold_index, predicted_index, rank)``; a smaller rank is a better pair.
    Pairs are first taken greedily in rank order (so exact-name pairs win over alias pairs),
    then augmenting paths (Kuhn's algorithm) make the matching maximum without losing a
    matched item. Ties are broken by index, so the result never depends on set order.
    Returns ``{gold_index: predicted_index}``.
    """
    ordered = sorted(edges, key=lambda e: (e[2], e[0], e[1]))
    adjacency: dict[int, list[int]] = {}
    for g, p, _rank in ordered:
        adjacency.setdefault(g, [])
        if p not in adjacency[g]:
            adjacency[g].append(p)
    gold_to_pred: dict[int, int] = {}
    pred_to_gold: dict[int, int] = {}
    for g, p, _rank in ordered:
        if g not in gold_to_pred and p not in pred_to_gold:
            gold_to_pred[g] = p
            pred_to_gold[p] = g

    def augment(g: int, seen: set[int]) -> bool:
        for p in adjacency.get(g, ()):
            if p in seen:
                continue
            seen.add(p)
            if p not in pred_to_gold or augment(pred_to_gold[p], seen):
                gold_to_pred[g] = p
                pred_to_gold[p] = g
                return True
        return False

    for g in sorted(adjacency):
        if g not in gold_to_pred:
            augment(g, set())
    return dict(sorted(gold_to_pred.items()))
