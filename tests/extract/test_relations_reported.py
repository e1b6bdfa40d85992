"""Precision rules from the second judged news draw: units the figure stage lost, amounts
planned or dated after the page, outlets that report talks, days of a relative clause,
announced meetings, purposes and fronted members (figure_guards.py, context.py,
modality.py, members.py). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.model import DateMention
from tests.extract.test_relations import NAMES, facts, figure, run

NEWS = {**NAMES, "Gamma Inc": ("ORG", "Gamma Inc"),
        "Oslo Power and Light Co": ("ORG", "Oslo Power and Light Co"), "Norway": ("GPE", "Norway"),
        "Daily Courier of Nantes": ("ORG", "Daily Courier of Nantes"), "IMF": ("ORG", "IMF"),
        "Nantes": ("GPE", "Nantes"), "Congress": ("ORG", "Congress"),
        "Omega Partners": ("ORG", "Omega Partners"), "Zeta Corp": ("ORG", "Zeta Corp"),
        "Paul Grey": ("PERSON", "Paul Grey"), "Anna": ("GPE", "Anna"),
        "Oslo": ("GPE", "Oslo")}


def stat_rows(model, text, figs, dates=()):
    rows, _ = run(model, text, NEWS, dates=dates, figures=figs)
    return {(t, s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"}


def relative(text: str, sentence: str, value: str, granularity: str,
             anchor: str = "1987-03-12") -> DateMention:
    start = sentence.index(text)
    return DateMention(start, start + len(text), text, value, "date", granularity,
                       anchor=anchor)


UNIT_CASES = [
    # a measure noun counted: the figure stage lost the unit
    ("Norway produced 9.8 mln metric tonnes of grain.",
     [figure("9.8 mln", "Norway produced 9.8 mln metric tonnes of grain.", 9.8e6, "count",
             "metric tonnes")], set()),
    ("Norway produced 9.8 mln cars.",
     [figure("9.8 mln", "Norway produced 9.8 mln cars.", 9.8e6, "count", "cars")],
     {("statistic", "Norway", 9.8e6)}),
    # a currency counted: an amount of money whose unit the figure stage lost
    ("Acme Corp has assets of 19.54 billion Canadian dlrs.",
     [figure("19.54 billion", "Acme Corp has assets of 19.54 billion Canadian dlrs.",
             1.954e10, "count", "Canadian dlrs")], set()),
    ("Acme Corp sold 75 mln H.K. dlr bonds.",
     [figure("75 mln", "Acme Corp sold 75 mln H.K. dlr bonds.", 7.5e7, "count")], set()),
    # the unit said once, after the second of two joined figures
    ("Acme Corp issued notes of 5,000 and 50,000 marks.",
     [figure("5,000", "Acme Corp issued notes of 5,000 and 50,000 marks.", 5000, "count"),
      figure("50,000 marks", "Acme Corp issued notes of 5,000 and 50,000 marks.", 50000,
             "DEM")], {("statistic", "Acme Corp", 50000)}),
    # a bare number after a figure with a unit takes that unit; after a plain count it
    # stays a count
    ("Acme Corp sold 45 bln dlrs of bonds, up from 42.91 bln.",
     [figure("45 bln dlrs", "Acme Corp sold 45 bln dlrs of bonds, up from 42.91 bln.",
             4.5e10, "USD"),
      figure("42.91 bln", "Acme Corp sold 45 bln dlrs of bonds, up from 42.91 bln.",
             4.291e10, "count")], {("statistic", "Acme Corp", 4.5e10)}),
    ("Acme Corp now has 26 plants, up from 24 last year.",
     [figure("26", "Acme Corp now has 26 plants, up from 24 last year.", 26, "count",
             "plants"),
      figure("24", "Acme Corp now has 26 plants, up from 24 last year.", 24, "count")],
     {("statistic", "Acme Corp", 26), ("statistic", "Acme Corp", 24)}),
]


@pytest.mark.parametrize(("text", "figs", "expected"), UNIT_CASES)
def test_units_lost_by_the_figure_stage(nlp, text, figs, expected):  # noqa: F811
    assert stat_rows(nlp, text, figs) == expected


def test_a_target_or_budget_is_not_an_amount(nlp):  # noqa: F811
    text = "Acme Corp's target range for growth is 6.5 pct."
    assert stat_rows(nlp, text, [figure("6.5 pct", text, 6.5, "percent")]) == set()
    text = "Acme Corp's growth rate is 6.5 pct."
    assert stat_rows(nlp, text, [figure("6.5 pct", text, 6.5, "percent")]) == {
        ("statistic", "Acme Corp", 6.5)}


def test_a_belief_is_not_an_amount(nlp):  # noqa: F811
    text = "Acme Corp believes it can generate 700 mln dlrs in cash."
    assert stat_rows(nlp, text, [figure("700 mln dlrs", text, 7e8, "USD")]) == set()


def test_a_figure_for_a_period_after_the_page_is_a_plan(nlp):  # noqa: F811
    text = "Acme Corp set aside 46 mln stg in capital spending for next year."
    figs = [figure("46 mln stg", text, 4.6e7, "GBP")]
    assert stat_rows(nlp, text, figs, [relative("next year", text, "1988", "year")]) == set()
    text = "Acme Corp set aside 46 mln stg in capital spending for last year."
    figs = [figure("46 mln stg", text, 4.6e7, "GBP")]
    assert stat_rows(nlp, text, figs, [relative("last year", text, "1986", "year")]) == {
        ("statistic", "Acme Corp", 4.6e7)}


def test_a_newspaper_is_not_the_government_it_reports_on(nlp):  # noqa: F811
    text = ("Nantes is short of cash. The Daily Courier of Nantes said the government's "
            "talks with the IMF were going well.")
    rows, _ = run(nlp, text, NEWS)
    assert facts(rows, "meeting") == {("Nantes", "IMF")}
    text = ("The Daily Courier of Nantes said the government's talks with the IMF were "
            "going well.")
    rows, _ = run(nlp, text, NEWS)
    assert facts(rows, "meeting") == set()


def test_a_relative_clause_does_not_take_the_main_clauses_day(nlp):  # noqa: F811
    text = "Earlier today, Omega Partners bid for Zeta Corp, a company formed by Paul Grey."
    dates = [relative("Earlier today", text, "1987-03-12", "day")]
    rows, _ = run(nlp, text, NEWS, dates=dates)
    found = [(s, o, d) for t, s, o, _r, d, _v in rows if t == "founding"]
    assert found == [("Paul Grey", "Zeta Corp", "")]


@pytest.mark.parametrize(("text", "when", "value", "expected"), [
    # a day fixed on the calendar is a programme; a day relative to the report is a plan
    ("Paul Grey will visit Oslo on March 14.", "March 14", "1987-03-14",
     {("Paul Grey", "Oslo")}),
    ("Paul Grey will visit Oslo tomorrow.", "tomorrow", "1987-03-13", set()),
])
def test_announced_visits(nlp, text, when, value, expected):  # noqa: F811
    dates = [relative(when, text, value, "day")]
    rows, _ = run(nlp, text, NEWS, dates=dates)
    assert facts(rows, "visit") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an infinitive of purpose after an action on an object is not yet done
    ("Paul Grey boarded the plane to visit his wife Anna.", set()),
    ("Paul Grey boarded a plane to visit Oslo.", set()),
    # the small parser makes it a complement of "left"; it is a purpose all the same
    ("Paul Grey left the White House to visit Oslo.", set()),
    ("Paul Grey visited Oslo.", {("Paul Grey", "Oslo")}),
])
def test_purpose_is_not_a_visit(nlp, text, expected):  # noqa: F811
    rows, _ = run(nlp, text, NEWS)
    assert facts(rows, "visit") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the fronted phrase is only "a member of X", and the member follows the comma
    ("A member of Congress endorsed a Gamma Inc proposal, Acme Corp said.", set()),
    ("A member of Congress since 1990, Acme Corp endorsed the plan.",
     {("Acme Corp", "Congress")}),
])
def test_fronted_member(nlp, text, expected):  # noqa: F811
    rows, _ = run(nlp, text, NEWS)
    assert facts(rows, "membership") == expected


def test_a_target_set_is_not_an_amount(nlp):  # noqa: F811
    text = "Acme Corp set a six pct target for banks."
    assert stat_rows(nlp, text, [figure("six pct", text, 6, "percent")]) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a figure right after a possessive mark is the possessor's
    ("Acme Corp said it lowered Oslo Power and Light Co's 490 mln dlrs of debt.",
     {("statistic", "Oslo Power and Light Co", 4.9e8)}),
    ("Acme Corp said it lowered Delta Power and Light Co's 490 mln dlrs of debt.", set()),
    ("Acme Corp said it lowered its 490 mln dlrs of debt.",
     {("statistic", "Acme Corp", 4.9e8)}),
])
def test_possessive_mark_before_a_figure(nlp, text, expected):  # noqa: F811
    assert stat_rows(nlp, text, [figure("490 mln dlrs", text, 4.9e8, "USD", "debt")]) == \
        expected


@pytest.mark.parametrize(("text", "expected"), [
    # a country inside a list of cities does not contain the city before it
    ("Offices will open in Nantes, Norway, Oslo and Turin.", set()),
    ("Offices opened in Oslo, Norway.", {("Oslo", "Norway")}),
])
def test_country_in_a_list(nlp, text, expected):  # noqa: F811
    names = {**NEWS, "Turin": ("GPE", "Turin")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "located_in") == expected


def test_former_before_a_nationality(nlp):  # noqa: F811
    names = {**NEWS, "Japanese": ("NORP", "Japanese"), "Japan": ("GPE", "Japan")}
    rows, _ = run(nlp, "Officials met former Japanese Foreign Minister Paul Grey.", names)
    assert [r[3] for r in rows if r[0] == "position"] == ["former Foreign Minister"]


def test_a_rank_aimed_at_is_no_rank(nlp):  # noqa: F811
    text = "Norway is aiming to become the world's fourth largest producer."
    rows, _ = run(nlp, text, NEWS, figures=[figure("fourth", text, 4, "rank")])
    assert [r for r in rows if r[0] == "ranking"] == []
    text = "Norway became the world's fourth largest producer."
    rows, _ = run(nlp, text, NEWS, figures=[figure("fourth", text, 4, "rank")])
    assert [(r[0], r[1], r[5]) for r in rows] == [("ranking", "Norway", 4)]


def test_a_body_named_a_pact_is_no_agreement(nlp):  # noqa: F811
    names = {**NEWS, "Nordic Pact": ("ORG", "Nordic Pact"), "Sweden": ("GPE", "Sweden")}
    text = "The Nordic Pact, formed by Norway and Sweden, meets yearly."
    rows, _ = run(nlp, text, names)
    assert facts(rows, "agreement") == set()


@pytest.mark.parametrize(("text", "expected"), [
    # an owner before "'s" and a place after "of" are not members of the list
    ("Gamma Inc's members are Acme Corp, Beta Ltd's Zeta Corp and Omega Partners of "
     "Norway.", {("Acme Corp", "Gamma Inc"), ("Zeta Corp", "Gamma Inc"),
                 ("Omega Partners", "Gamma Inc")}),
])
def test_member_list_owners_and_places(nlp, text, expected):  # noqa: F811
    rows, _ = run(nlp, text, NEWS)
    assert facts(rows, "membership") == expected


@pytest.mark.parametrize(("text", "fig", "expected"), [
    # "number N" after a noun labels a thing; after a verb or a possessive it is a rank
    ("Acme Corp adopted accounting statement number 86 last year.", "86", []),
    ("Acme Corp reached number 11 in the chart.", "11", [("ranking", "Acme Corp", 11)]),
])
def test_numbered_labels_are_no_rank(nlp, text, fig, expected):  # noqa: F811
    rows, _ = run(nlp, text, NEWS, figures=[figure(fig, text, int(fig), "count")])
    assert [(r[0], r[1], r[5]) for r in rows] == expected


def test_a_carried_speaker_is_no_topic(nlp):  # noqa: F811
    text = ("Fuel prices were down 11 pct, the department said. "
            "Heating oil prices rose 16.7 pct in February.")
    names = {**NEWS, "Labor Department": ("ORG", "Labor Department")}
    text = "The Labor Department issued data. " + text
    rows, _ = run(nlp, text, names, figures=[figure("16.7 pct", text, 16.7, "percent")])
    assert [r for r in rows if r[0] == "statistic"] == []
