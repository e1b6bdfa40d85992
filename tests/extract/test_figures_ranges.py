"""Figures stage: ranges, multiples, shares written as fractions, measures, spelled counts.

One made-up sentence per rule.
"""

from __future__ import annotations

import pytest

from pipeline.annotate import load_nlp
from pipeline.extract.figures import find_figures

_NLP = load_nlp()


def figs(text: str):
    return find_figures(_NLP(text))


def rows(text: str) -> list[tuple]:
    return [(f.text, round(f.value, 4), f.unit, f.qualifier) for f in figs(text)]


# --- ranges ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # a move and the level it reached, far apart, are two figures, not a range
    ("Acme rose one penny to 488.", [("one penny", 0.01, "GBP", ""), ("488", 488, "count", "")]),
    ("Output fell 2 to 310 in May.", [("2", 2, "count", ""), ("310", 310, "count", "")]),
    # a change written as a range stays one
    ("Profits rose 10 to 15 pct.",
     [("10", 10, "percent", "at_least"), ("15 pct", 15, "percent", "at_most")]),
    # a minor unit said once is both ends'
    ("Shares will sell for 10 to 15 cents.",
     [("10", 0.1, "USD", "at_least"), ("15 cents", 0.15, "USD", "at_most")]),
])
def test_moves_levels_and_minor_units(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the unit written once after an amount and its bracketed year-earlier one
    ("It took 3,426 (1,682) tonnes of rye and 88,494 (nil) tonnes of oats.",
     [("3,426", 3426, "tonne", ""), ("1,682", 1682, "tonne", ""),
      ("88,494", 88494, "tonne", "")]),
    # a bracketed amount after a measured one, with or without its year
    ("Ostland shipped 229,176 tonnes (1985 - 182,959).",
     [("229,176 tonnes", 229176, "tonne", ""), ("182,959", 182959, "tonne", "")]),
    ("Output was 5,000 tonnes (4,000) last year.",
     [("5,000 tonnes", 5000, "tonne", ""), ("4,000", 4000, "tonne", "")]),
    # a bracketed note is no amount's
    ("The firm has 40 (see below) employees.", [("40", 40, "count", "")]),
])
def test_units_shared_across_brackets(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Every spring 15-25 student envoys travel abroad.",
     [("15", 15, "count", "at_least"), ("25", 25, "count", "at_most")]),
    ("Between 40 and 60 start-ups will move in.",
     [("40", 40, "count", "at_least"), ("60", 60, "count", "at_most")]),
    ("The plant will hire 200 to 300 workers.",
     [("200", 200, "count", "at_least"), ("300", 300, "count", "at_most")]),
    ("Rents are 10-15% higher downtown.",
     [("10", 10, "percent", "at_least"), ("15%", 15, "percent", "at_most")]),
    ("The fund will raise $2-4 billion.",
     [("$2", 2e9, "USD", "at_least"), ("4 billion", 4e9, "USD", "at_most")]),
    ("The city set aside KRW 3-5 trillion.",
     [("KRW 3", 3e12, "KRW", "at_least"), ("5 trillion", 5e12, "KRW", "at_most")]),
])
def test_a_range_is_a_low_and_a_high_figure(sentence, expected):
    assert rows(sentence) == expected


def test_both_ends_of_a_range_say_what_they_count():
    found = figs("Each year 30-50 young farmers join the scheme.")
    assert [f.about for f in found] == ["young farmers", "young farmers"]


def test_from_to_is_a_change_whose_unit_is_shared():
    assert rows("Turnout rose from 40 to 55 percent.") == [
        ("40", 40, "percent", ""), ("55 percent", 55, "percent", "")]


@pytest.mark.parametrize("sentence", [
    "The programme ran from 2018-2022 in the region.",
    "The hotline is 031-220-4000 for visitors.",
    "Norway beat Chile 1-3 on Sunday.",
    "It was a 1-3 defeat for the hosts.",
    "The talks last 2-3 days.",
    "The fair runs 10-14 June in Oslo.",
])
def test_not_ranges(sentence):
    assert [f for f in figs(sentence) if f.qualifier in ("at_least", "at_most")] == []


def test_a_share_and_a_scaled_level_are_no_range():
    # "rose 6.95 pct to 132.79 billion taka": a change, then the level it reached
    assert rows("Money supply rose 6.95 pct to 132.79 billion taka in May.") == [
        ("6.95 pct", 6.95, "percent", ""), ("132.79 billion taka", 132.79e9, "BDT", "")]
    assert rows("Prices rose 2.5 pct to 40 billion in May.")[0] == (
        "2.5 pct", 2.5, "percent", "")


# --- multiples ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, value", [
    ("Patent filings grew 7.5-fold in ten years.", "7.5-fold", 7.5),
    ("Exports rose 12 fold over the period.", "12 fold", 12),
    ("Sales reached 3.4 times the level of 2015.", "3.4 times", 3.4),
    ("The new port is four times larger than the old one.", "four times", 4),
    ("The park now hosts six times as many firms.", "six times", 6),
])
def test_multiples_have_unit_times(sentence, text, value):
    found = [f for f in figs(sentence) if f.unit == "times"]
    assert [(f.text, f.value) for f in found] == [(text, value)]


def test_times_counting_occasions_is_not_a_multiple():
    assert [f.unit for f in figs("The envoys have met five times since May.")] == ["count"]


# --- shares written as fractions ------------------------------------------------------

@pytest.mark.parametrize("sentence, text, value, qualifier", [
    ("The bloc holds more than a quarter of global trade.", "more than a quarter", 25,
     "more_than"),
    ("Half of the residents own a car.", "Half", 50, ""),
    ("Two-thirds of the members voted yes.", "Two-thirds", 66.6667, ""),
    # written apart, the numerator is no count of two
    ("More than two thirds of the members voted yes.", "More than two thirds", 66.6667,
     "more_than"),
    ("Nearly a third of exports go to Asia.", "Nearly a third", 33.3333, "approximately"),
])
def test_fractions_of_a_whole_are_percentages(sentence, text, value, qualifier):
    assert rows(sentence) == [(text, value, "percent", qualifier)]


@pytest.mark.parametrize("sentence", [
    "Profits fell in the first half of the year.",
    "The pact lasted a quarter of a century.",
    "Output dipped in the second half of 2021.",
    "The other half of the island is wild.",
])
def test_fractions_of_time_or_place_are_not_shares(sentence):
    assert [f for f in figs(sentence) if f.unit == "percent"] == []


# --- measures -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, unit, value", [
    ("The campus covers 12.4km2 of land.", "km2", 12.4),
    ("A 3.2-square kilometer zone was created.", "km2", 3.2),
    ("The depot stores 500 m3 of grain.", "m3", 500),
    ("The flats average 85 sqm each.", "m2", 85),
    ("The accord cuts 1.5 gigatons of carbon.", "gigaton", 1.5),
    ("The reserve spans 40 hectares.", "hectare", 40),
])
def test_measures_keep_their_unit(sentence, unit, value):
    assert [(f.unit, f.value) for f in figs(sentence)] == [(unit, value)]


# --- spelled counts -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text", [
    ("Two new bridges are being built.", "Two"),
    ("Rome has twinning ties with all five Nordic capitals.", "five"),
    ("The group added two Asian megacities this year.", "two"),
    # nouns used as modifiers, and quote marks, before the counted noun
    ("The council held two investment promotion video calls.", "two"),
    ('Two new "smart" libraries are being built.', "Two"),
    # a singular owner's possessive tells how many the owner has
    ("The town welcomed guests from our two twin towns.", "two"),
])
def test_spelled_counts_of_what_follows(sentence, text):
    assert [f.text for f in figs(sentence)] == [text]


@pytest.mark.parametrize("sentence", [
    "A two-way exchange was agreed.",
    "One or two firms may leave.",
    "Two of them stayed behind.",
    "Mayors of Nantes and Turin praised their two cities.",
    "The scheme focuses on two areas: housing and jobs.",
])
def test_spelled_two_that_counts_nothing(sentence):
    assert figs(sentence) == []


def test_repeated_count_after_the_refers_back():
    assert [f.text for f in figs("The club has 24 members. Of the 24 members, six are "
                                 "women.")] == ["24", "six"]


def test_number_opening_a_quoted_name_is_part_of_it():
    assert [f.text for f in figs('Nine scholars joined the "100 Talents" plan.')] == ["Nine"]


def test_prices_ranging_from_to_are_a_range():
    assert rows("Tickets range from $40 to $65 this year.") == [
        ("$40", 40, "USD", "at_least"), ("$65", 65, "USD", "at_most")]


@pytest.mark.parametrize("sentence, unit, value", [
    ("The mall adds a 52,000-square-foot wing.", "square foot", 52000),
    ("The silo holds 1,800 metric tons of rice.", "tonne", 1800),
    ("Batteries charge up to 80-percent in an hour.", "percent", 80),
])
def test_unit_words_joined_by_hyphens(sentence, unit, value):
    assert [(f.unit, f.value) for f in figs(sentence)] == [(unit, value)]


# --- numbers that state no amount ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "For bookings call +44 (0)20 7946 0958 today.",
    "Visitors can phone +82 51 888 1234 for help.",
    "Nurses hear many alarms per shift[3], the study says.",
    "The licence lets you (1) copy the code and (2) share it.",
    "She never asked for it in the first place.",
    "The hosts scored twice in the fourth quarter.",
    "The museum made a ten-part film about the river.",
    "The fire began at 12 Route 9 near the bridge.",
])
def test_numbers_that_state_no_amount(sentence):
    assert figs(sentence) == [], [(f.text, f.unit) for f in figs(sentence)]


def test_ordinal_after_a_rank_verb_is_still_a_rank():
    assert rows("The port ranked fourth in Asia.") == [("fourth", 4, "rank", "")]


@pytest.mark.parametrize("sentence, text, value", [
    ("Oslo was named the third most livable city.", "third most livable", 3),
    ("The port is 7th among European ports.", "7th", 7),
    ("Our campus was second globally last year.", "second", 2),
])
def test_more_ranks(sentence, text, value):
    found = [f for f in figs(sentence) if f.unit == "rank"]
    assert [(f.text, f.value) for f in found] == [(text, value)]


def test_first_city_among_peers_is_no_rank():
    assert figs("It was the first city among its peers to sign.") == []


# --- bare amounts compared with a measured one ------------------------------------------

def measured(text: str) -> list[tuple]:
    return [(f.text, round(f.value, 4), f.unit) for f in figs(text)]


@pytest.mark.parametrize("sentence, expected", [
    # a bare amount compared with a measured one takes its unit
    ("Copper output fell to 640 tonnes in May from 910 in April and 1,205 in May last year.",
     [("640 tonnes", 640, "tonne"), ("910", 910, "tonne"), ("1,205", 1205, "tonne")]),
    ("Rice stocks rose to 8.4 mln tonnes against 7.9 mln a year earlier.",
     [("8.4 mln tonnes", 8.4e6, "tonne"), ("7.9 mln", 7.9e6, "tonne")]),
    ("Tornby's jobless rate eased to 6.1 pct from 6.4 in March.",
     [("6.1 pct", 6.1, "percent"), ("6.4", 6.4, "percent")]),
    # a noun of its own after the amount: counted things, not the unit before
    ("The firm shipped 640 tonnes to buyers from 12 countries in May.",
     [("640 tonnes", 640, "tonne"), ("12", 12, "count")]),
    # no comparison between them
    ("It shipped 640 tonnes in May; 12 ships were loaded.",
     [("640 tonnes", 640, "tonne"), ("12", 12, "count")]),
    # a change in percent is taken on a level: the level is not a percentage
    ("Tornby's output rose 3.2 pct from 44.17 billion a year earlier.",
     [("3.2 pct", 3.2, "percent"), ("44.17 billion", 44.17e9, "count")]),
    # a share's level passes its unit on
    ("Kelby cut its stake to 30 pct from 40.",
     [("30 pct", 30, "percent"), ("40", 40, "percent")]),
    # "and" only continues a compared list, not any amount before it
    ("It sold 550 warrants at 9.50 dlrs per share, and 60 in May.",
     [("550", 550, "count"), ("9.50 dlrs", 9.5, "USD"), ("60", 60, "count")]),
])
def test_the_unit_of_a_bare_amount_compared_with_a_measured_one(sentence, expected):
    assert measured(sentence) == expected
