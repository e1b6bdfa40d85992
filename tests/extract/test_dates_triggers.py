"""Per-pattern triggers of date detection: same atoms as trying every pattern everywhere."""

import re

import pytest

from pipeline.extract.dates import detect
from pipeline.extract.dates import rules as R

# Made-up text with a match of every pattern of the rule table.
SENTENCES = [
    "The filing is dated 2021-03-04, the memo 2021.03.05 and the fax 3/6/2021.",
    "Talks ran from early March 3 to 5, 2020 and resumed on Tuesday, April 7, 2020.",
    "Shops closed on Christmas Eve 2019 and on Good Friday.",
    "The fair ran from the 3rd to the 5th of May 2018; it opened on 9 June 2018.",
    "Sales fell in October 2017 and in the year ended June 30.",
    "Later that year, and again the following month, the comparable quarter improved.",
    "He was born in nineteen sixty-four and moved in March of last year.",
    "Prices rose in September and last winter, and in the third quarter of 2016.",
    "Output grew in Q3 2015, over the weekend and in the latest quarter.",
    "Profit doubled in the first half of 2014 and in spring 2013; 2012 Summer was dry.",
    "Rain came in the autumn, as in the 1990s and the sixties.",
    "Music of the 18th century and from the 16th to the 17th centuries was played.",
    "It marked the 50th anniversary; prices fell for the third straight year.",
    "Revenue in fiscal 2011 and FY2010 rose, as from 2008-09 and in 2007.",
    "Yesterday and on Friday morning, two years ago, the firm said three weeks earlier.",
    "Months ago it planned three more days of talks over several years.",
    "For decades it paid every two weeks and annually; it is now quiet.",
    "Payment is due on the fifth and from the 21st onwards.",
]
TEXT = " ".join(SENTENCES)


def brute_force_scan(text: str) -> list[detect.Atom]:
    """Every pattern in every window: what ``scan`` must equal."""
    triggers = detect.pattern_triggers
    detect.pattern_triggers = lambda: [None] * len(R.PATTERNS)
    try:
        return detect.scan(text)
    finally:
        detect.pattern_triggers = triggers


def test_the_text_exercises_every_pattern():
    names = {atom.rule for atom in detect.scan(TEXT)}
    assert names == {name for name, _ in R.PATTERNS}


@pytest.mark.parametrize("text", [TEXT, *SENTENCES, TEXT.upper(), TEXT.lower()])
def test_triggers_keep_every_atom(text):
    assert detect.scan(text) == brute_force_scan(text)


def test_triggers_skip_patterns_without_their_words():
    triggers = dict(zip((n for n, _ in R.PATTERNS), detect.pattern_triggers(), strict=True))
    words, digit = triggers["ago"]
    assert "ago" in words and not digit
    assert detect.scan("Nothing of the kind happened here.") == []


def test_letters_a_case_blind_pattern_reads_as_ascii_are_all_listed():
    found = {chr(c) for c in range(128, 0x110000) if re.fullmatch("[a-z]", chr(c), re.I)}
    assert found == set(R.ASCII_LETTER_LOOKALIKES)


def test_lookalike_letters_still_trigger():
    text = "It happened three wee\u212as ago and in \u017feptember 2020."
    assert detect.scan(text) == brute_force_scan(text)
    assert any(a.rule == "ago" for a in detect.scan(text))


def one_by_one_windows(text: str) -> list[tuple[int, int]]:
    """Windows as every digit and trigger word gives them, one match at a time."""
    words = re.compile(detect.trigger_pattern().pattern + r"|\d", re.IGNORECASE)
    out: list[tuple[int, int]] = []
    for m in words.finditer(text):
        start = max(0, m.start() - detect._WINDOW)
        end = min(len(text), m.end() + detect._WINDOW)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


@pytest.mark.parametrize("text", [
    TEXT, "Q1 and q3 2020, 5q1 and 2,500,000 units" + " filler words" * 20 + " 7 days",
    "x" * 200 + "1" + "y" * 47 + "2" + " " * 49 + "Monday", "no trigger at all", ""])
def test_windows_are_those_of_each_digit_and_word(text):
    assert detect.windows(text) == one_by_one_windows(text)
