"""Precision rules on general news: amounts proposed or compared, prices per piece, places
moved, and triggers under plans, reports, conditions and schedules (figure_words.py,
figures.py, modality.py). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.model import Figure
from tests.extract.test_relations import NAMES, facts, figure, nlp, run  # noqa: F401

NEWS = {**NAMES, "Gamma Inc": ("ORG", "Gamma Inc"), "Britain": ("GPE", "Britain")}


def stats(text, figs, direction=""):
    figures = [figure(t, text, v, u) for t, v, u in figs]
    if direction:
        figures = [Figure(f.start, f.end, f.text, f.value, f.unit, direction=direction)
                   for f in figures]
    return figures


STATISTIC_CASES = [
    # an amount asked, offered or aimed at belongs to no one yet
    ("Acme Corp made a takeover bid for 68 pct of Beta Ltd.", [("68 pct", 68, "percent")],
     set()),
    ("Acme Corp raised its production target of 110,000 tonnes.",
     [("110,000 tonnes", 110000, "tonne")], set()),
    ("Acme Corp dropped a planned $10bn merger with Beta Ltd.", [("$10bn", 1e10, "USD")],
     set()),
    # ... but a count of proposals is a fact
    ("Acme Corp made six new pledges on Monday.", [("six", 6, "count")],
     {("statistic", "Acme Corp", 6)}),
    # a compared figure with its own holder is not the subject's
    ("Acme Corp filed 12,000 patents, compared with 20,000 in Britain.",
     [("12,000", 12000, "count"), ("20,000", 20000, "count")],
     {("statistic", "Acme Corp", 12000)}),
    # a price or share per piece is not an amount owned; a rate in time is
    ("Acme Corp paid 31 dlrs a share for the stock.", [("31 dlrs", 31, "USD")], set()),
    ("Acme Corp sells wheat at 85 cents per bushel.", [("85 cents", 0.85, "USD")], set()),
    ("Acme Corp produces 45,000 tonnes a year.", [("45,000 tonnes", 45000, "tonne")],
     {("statistic", "Acme Corp", 45000)}),
    # promised, offered, targeted, estimated: not stated amounts
    ("Acme Corp will pay $30m for the plant.", [("$30m", 3e7, "USD")], set()),
    ("Acme Corp offered $30m for the plant.", [("$30m", 3e7, "USD")], set()),
    ("Acme Corp targeted growth of 6% this year.", [("6%", 6, "percent")], set()),
    ("Acme Corp expects to report a loss of $3m.", [("$3m", 3e6, "USD")], set()),
    ("Acme Corp reported a loss of $3m.", [("$3m", 3e6, "USD")],
     {("statistic", "Acme Corp", 3e6)}),
    # "number" as a verb counts; "the number 10 shirt" names a shirt
    ("Lyon's residents number 500,000.", [("500,000", 500000, "count")], set()),
    ("Maria Lopez took over the number 10 shirt at Acme Corp.", [("10", 10, "count")],
     set()),
    # a pasted table: which column a number is in is not in the words
    ("Output: Lyon 3.57 3.42 3.28 Turin 3.08 2.88 2.64.", [("3.42", 3.42, "count")],
     set()),
    ("Lyon 12 / 15 / Turin 9 / 7 / Oslo 4 / 3 / Bergen 2 / 1", [("15", 15, "count")], set()),
    ("Lyon had 12,000 residents in 1990 and 15,000 in 2000.", [("12,000", 12000, "count")],
     {("statistic", "Lyon", 12000)}),
    # a name in apposition to a name does not own the figure
    ("Acme Corp, Gamma Inc, sold 300 cars.", [("300", 300, "count")],
     {("statistic", "Acme Corp", 300)}),
]


@pytest.mark.parametrize(("text", "figs", "expected"), STATISTIC_CASES)
def test_amounts_not_owned(nlp, text, figs, expected):  # noqa: F811
    rows, _ = run(nlp, text, NEWS, figures=stats(text, figs))
    got = {(t, s, v) for t, s, _o, _r, _d, v in rows if t in ("statistic", "ranking")}
    if text.startswith("Acme Corp, Gamma"):
        assert ("statistic", "Gamma Inc", 300) not in got
    else:
        assert got == expected


def test_places_moved_are_no_rank(nlp):  # noqa: F811
    text = "Acme Corp climbed 20 places to third in the table."
    figs = stats(text, [("20 places", 20, "rank")], direction="increase")
    rows, _ = run(nlp, text, NEWS, figures=figs)
    assert [r for r in rows if r[0] == "ranking" and r[5] == 20] == []


HEDGED_CASES = [
    ("The meeting between Maria Lopez and Anna Berg is due to take place in May.",
     "meeting", set()),
    ("Maria Lopez is set to visit Oslo next week.", "visit", set()),
    ("Maria Lopez was scheduled to meet Anna Berg on Friday.", "meeting", set()),
    ("If Maria Lopez visits Oslo, she will meet the mayor.", "visit", set()),
    ("Lyon agreed to sign a twinning agreement with Turin.", "agreement", set()),
    ("Lyon agreed a twinning agreement with Turin.", "agreement", {("Lyon", "Turin")}),
    ("The proposed merger of Acme Corp and Beta Ltd was called off.", "agreement", set()),
    ("The agreement between Lyon and Turin will boost trade.", "agreement",
     {("Lyon", "Turin")}),
    # a relative clause states its own fact under a planned main clause
    ("Gamma Inc will buy Acme Corp, which was founded by Maria Lopez.", "founding",
     {("Maria Lopez", "Acme Corp")}),
    ("Anna Berg denied allegations that Maria Lopez visited Oslo.", "visit", set()),
]


@pytest.mark.parametrize(("text", "rtype", "expected"), HEDGED_CASES)
def test_triggers_under_plans_and_reports(nlp, text, rtype, expected):  # noqa: F811
    rows, _ = run(nlp, text, NEWS)
    assert facts(rows, rtype) == expected
