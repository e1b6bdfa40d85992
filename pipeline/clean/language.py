"""Language identification of a cleaned body (py3langid: ships its model, deterministic).

py3langid's character n-gram model is sure of itself on real paragraphs of any language
(a French or German sentence scores above 0.8 with English near zero), but short English
wire copy full of figures and abbreviations ("Net 1.2 mln vs 900,000 Revs ...") carries
almost no English n-grams and lands on whatever label is nearest: Nigerian Pidgin, "no
linguistic content", Danish. So the classifier reads the words only (no figures or
punctuation), may answer only ISO 639-1 languages, and English is taken when it scores
close to the best label or when English function words make up a good share of the words.


Pages from Korean, Japanese or Chinese sites are often mostly English with lines in their
own script ("Jeonju (전주) Mayor Ahn met ... 전주시는 과학도시입니다."). Those letters cannot be
English, so ``decide_language`` judges a page on the passages written in Latin script: a
page whose Latin-script passages are English and hold most of its letters is English, and
``foreign_spans`` names the passages in other scripts, which annotation then skips.
"""

from __future__ import annotations

import re
from array import array
from functools import cache
from pathlib import Path
from typing import NamedTuple

from pipeline.clean.language_rules import (
    CJK_SENTENCE_ENDS,
    ENGLISH_STOP_WORDS,
    EXCLUDED_LANGUAGES,
    ISO_639_1,
    LATIN_LETTERS,
    WESTERN_SENTENCE_ENDS,
)

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

# A page judged another language by all its text is still English when its Latin-script
# passages are English and hold at least this share of its letters (a bilingual page
# counts: Hangul and CJK write a sentence in about half the characters English needs) ...
MIN_LATIN_SHARE = 0.5
# ... or at least this many letters: a whole English article on a page that is otherwise
# in another script is worth annotating.
MIN_LATIN_LETTERS = 2000
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(f"[{LATIN_LETTERS}]")
_OTHER = re.compile(f"(?![{LATIN_LETTERS}])[^\\W\\d_]")
# A passage: a line, or a sentence inside a line (a Western sentence end must be followed
# by whitespace, so "3.5" and "U.S." do not split).
_PASSAGE = re.compile(
    f"[^\\n]*?(?:[{re.escape(WESTERN_SENTENCE_ENDS)}]+(?=\\s)|[{CJK_SENTENCE_ENDS}]+|$)",
    re.MULTILINE,
)


@cache
def _identifier():
    """py3langid's model with normalised probabilities, limited to ISO 639-1 labels.

    Built as ``LanguageIdentifier.from_model_file`` builds it and then limited with its
    ``set_languages``, from the limited model kept in the prebuilt store (see
    ``language_model``).
    """
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = language_model()
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True,
                              tk_row=row)


def language_model() -> tuple:
    """py3langid's model as ``_identifier`` uses it (n-gram weights, class priors, labels,
    tokeniser DFA, state rows, outputs), from the prebuilt store (``pipeline.prebuilt``).

    The shipped file is LZMA-compressed (decompressing it costs 0.5 s per process), holds
    labels we never answer and half-precision weights that every classification converts
    again. So the store holds the model as ``set_languages`` leaves it, weights in single
    precision (the exact values the classifier computes with: same scores, a quarter of
    the time), and the weights and DFA are memory-mapped rather than read: a process
    pages in only the rows its texts reach, and processes share them.
    """
    from pipeline import prebuilt

    return prebuilt.stored("py3langid-iso639-1", _limited_model, sources=MODEL_SOURCES,
                           packages=("py3langid",), suffix=".npy", write=_write_model,
                           read=_read_model)


MODEL_SOURCES = ("clean/language.py", "clean/language_rules.py")


def _limited_model() -> tuple:
    """The shipped model, limited by py3langid's own ``set_languages`` to ISO 639-1."""
    import numpy
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    full = LanguageIdentifier(numpy.asarray(ptc), numpy.asarray(pc), classes, nextmove,
                              output, norm_probs=True, tk_row=row)
    full.set_languages([code for code in full.labels
                        if len(code) == 2 and code not in EXCLUDED_LANGUAGES])
    weights = numpy.ascontiguousarray(full.nb_ptc, dtype=numpy.float32)
    return weights, full.nb_pc, full.nb_classes, nextmove, row, output


def _write_model(path: Path, model: tuple) -> None:
    """The parts as consecutive .npy records (read back straight into their arrays)."""
    import numpy
    from numpy.lib import format as npy

    ptc, pc, classes, nextmove, row, output = model
    parts = (ptc, pc, numpy.array(classes), _as_numpy(nextmove), _as_numpy(row),
             numpy.array(output, dtype=numpy.int64))
    with path.open("wb") as f:
        for part in parts:
            npy.write_array(f, part, allow_pickle=False)


def _read_model(path: Path) -> tuple:
    """The stored parts; the weights and the DFA's table stay in the mapped file."""
    import mmap

    with path.open("rb") as f:
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        ptc, pc, classes, nextmove, row, output = (_mapped_record(f, mapped)
                                                    for _ in range(6))
        if f.tell() != len(mapped):
            raise ValueError(f"{path}: not a stored language model")
    return (ptc, pc.copy(), classes.tolist(), _as_view(nextmove), _as_array(row),
            output.tolist())


def _mapped_record(f, mapped):
    """The next .npy record of ``f`` as a read-only array over ``mapped`` (no copy)."""
    import numpy
    from numpy.lib import format as npy

    version = npy.read_magic(f)
    read_header = npy.read_array_header_1_0 if version == (1, 0) else \
        npy.read_array_header_2_0
    shape, fortran, dtype = read_header(f)
    if dtype.hasobject:
        raise ValueError("object arrays are not stored")
    count = int(numpy.prod(shape, dtype=numpy.int64))
    values = numpy.frombuffer(mapped, dtype=dtype, count=count, offset=f.tell())
    f.seek(f.tell() + values.nbytes)
    return values.reshape(shape, order="F" if fortran else "C")


# array typecodes of unsigned integers by size (the loader's tables are array.arrays)
_TYPECODES = {array(code).itemsize: code for code in ("Q", "L", "I", "H", "B")}


def _as_numpy(values: array):
    import numpy

    return numpy.frombuffer(values, dtype=f"u{values.itemsize}")


def _as_view(values) -> memoryview:
    """``values`` indexed as the array.array ``_as_array`` would give, without a copy."""
    return memoryview(values).cast("B").cast(_TYPECODES[values.dtype.itemsize])


def _as_array(values) -> array:
    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(memoryview(values).cast("B"))
    return out


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


class LanguageDecision(NamedTuple):
    language: str  # ISO 639-1 code, or "" when there is too little text to tell
    non_english_share: float | None  # share of letters not processed as English


def given_language(value: str) -> str:
    """The ISO 639-1 code of a language given as metadata ("en", "EN", "en-GB", "zh_Hant"),
    or "" when the value is not one (the caller ignores it and detects the language)."""
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return code if code in ISO_639_1 else ""


def foreign_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of every passage whose letters are mostly of a script other than Latin.

    A passage is a line, or a sentence within a line; one that is mostly Latin keeps its
    other-script words ("Jeonju (전주) Mayor"), since names are glossed that way.
    """
    if body.isascii() or not _OTHER.search(body):
        return []
    spans = []
    for match in _PASSAGE.finditer(body):
        passage = match.group()
        other = len(_OTHER.findall(passage))
        if other and other > len(_LATIN.findall(passage)):
            start = match.start() + len(passage) - len(passage.lstrip())
            spans.append((start, match.start() + len(passage.rstrip())))
    return spans


def decide_language(body: str, given: str = "") -> LanguageDecision:
    """The language of a cleaned body (``given``, a code from metadata, wins) and the share
    of its letters that will not be processed as English.

    A page that all its text marks as another language is English when its Latin-script
    passages are English and hold most of its letters (MIN_LATIN_SHARE) or a whole article
    (MIN_LATIN_LETTERS); pages English as a whole are never reconsidered, so a page that
    has no letters outside the Latin script is judged exactly as by ``detect_language``.
    """
    if not body:
        return LanguageDecision(given or detect_language(body), None)
    language = given or detect_language(body)
    spans = foreign_spans(body)
    if language not in (ENGLISH, "") and spans and not given:
        latin = _latin_passages(body, spans)
        letters = len(_LETTER.findall(body))
        latin_letters = len(_LATIN.findall(latin))
        enough = latin_letters >= MIN_LATIN_SHARE * letters or latin_letters >= MIN_LATIN_LETTERS
        if enough and detect_language(_OTHER.sub(" ", latin)) == ENGLISH:
            language = ENGLISH
    if language not in (ENGLISH, ""):
        return LanguageDecision(language, 1.0)
    return LanguageDecision(language, _letter_share(body, spans))


def _latin_passages(body: str, spans: list[tuple[int, int]]) -> str:
    parts, last = [], 0
    for start, end in spans:
        parts.append(body[last:start])
        last = end
    parts.append(body[last:])
    return "\n".join(parts)


def _letter_share(body: str, spans: list[tuple[int, int]]) -> float:
    if not spans:
        return 0.0
    letters = len(_LETTER.findall(body))
    inside = sum(len(_LETTER.findall(body, start, end)) for start, end in spans)
    return round(inside / letters, 4) if letters else 0.0
