"""Figures stage, ranks (pipeline/extract/figures/ranks.py): one made-up sentence per rule."""

from __future__ import annotations

import pytest

from pipeline.annotate import load_nlp
from pipeline.extract.figures import find_figures

_NLP = load_nlp()


def rows(sentence: str) -> list[tuple[str, float, str, str]]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(_NLP(sentence))]


def ranks(sentence: str) -> list[tuple[str, float]]:
    return [(f.text, f.value) for f in find_figures(_NLP(sentence)) if f.unit == "rank"]


@pytest.mark.parametrize("sentence, expected", [
    # the place held in a ranking the sentence names, after at/to/from/in
    ("The index puts Nantes at 12th, Porto at 31st and Graz at 48th.",
     [("12th", 12), ("31st", 31), ("48th", 48)]),
    ("The college slipped in the league table to 19th.", [("19th", 19)]),
    ("The city's ranking fell from 8th last year.", [("8th", 8)]),
    ("In the new list, Kyoto came in 36th.", [("36th", 36)]),
    ("In the chart, the single dropped to third.", [("third", 3)]),
])
def test_position_in_a_named_ranking(sentence, expected):
    assert ranks(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # no ranking named in the sentence
    "The parade moved to 5th Avenue.",
    "Guests arrived at 10th and left early.",
    # the ordinal orders the noun after it, or is a day of a month
    "In the ranking update, the 3rd edition listed 20 firms.",
    "The ranking list is published from 21st to 25th May.",
    "The list closes on the 14th of June.",
    # "at first" is an idiom
    "At first the list looked short.",
])
def test_ordinals_that_hold_no_place(sentence):
    assert ranks(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Madrid and Rome took the second and third rank respectively.",
     [("second", 2), ("third", 3)]),
    ("The twins finished first and second place.", [("first", 1), ("second", 2)]),
])
def test_coordinated_ordinals_before_a_rank_noun(sentence, expected):
    assert ranks(sentence) == expected


def test_first_ranking_is_an_edition_not_a_rank():
    assert ranks("The first ranking of green cities came out in May.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("The port advanced four places in the survey.", [("four", 4, "rank", "")]),
    ("Two firms climbed more than 15 spots.",
     [("Two", 2, "count", ""), ("more than 15", 15, "rank", "more_than")]),
    ("The club dropped three places after the defeat.", [("three", 3, "rank", "")]),
    ("The song is down four places this week.", [("four", 4, "rank", "")]),
])
def test_places_moved_are_a_change_of_rank(sentence, expected):
    assert rows(sentence) == expected


def test_places_visited_are_counts():
    assert rows("The delegates toured four places in Velmora.") == [("four", 4, "count", "")]


def test_value_of_a_ranking_is_a_rank():
    assert rows("Its world ranking improved from 210 to 168.") == [
        ("210", 210, "rank", ""), ("168", 168, "rank", "")]


def test_value_of_a_count_is_not_a_rank():
    assert rows("Its staff grew from 210 to 268.") == [
        ("210", 210, "count", ""), ("268", 268, "count", "")]


@pytest.mark.parametrize("sentence, expected", [
    ("The single went straight in at number four.", [("number four", 4)]),
    ("The album climbed to number 12 in its second week.", [("number 12", 12)]),
])
def test_chart_position_written_number_n(sentence, expected):
    assert ranks(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The minister spoke at Number 10 on Friday.",
    "A number 9 bus crashed.",
])
def test_number_n_that_is_no_position(sentence):
    assert ranks(sentence) == []


@pytest.mark.parametrize("sentence, direction", [
    ("The port advanced four places in the survey.", "increase"),
    ("The club slipped three places.", "decrease"),
    ("The firm moved up two spots.", "increase"),
])
def test_places_moved_carry_the_direction_a_held_rank_has_not(sentence, direction):
    (f,) = [f for f in find_figures(_NLP(sentence)) if f.unit == "rank"]
    assert f.direction == direction
    (held,) = find_figures(_NLP("The port ranked fourth in Asia."))
    assert held.direction == ""


@pytest.mark.parametrize("sentence, expected", [
    ("The 3rd-ranked city, Tornby, grew fast.", [("3rd", 3)]),
    ("Tornby was 3rd in the list.", [("3rd", 3)]),
    ("Tornby was first in the latest world ranking.", [("first", 1)]),
    ("Tornby's rank is fifth.", [("fifth", 5)]),
])
def test_rank_held_after_a_copula_or_joined_to_ranked(sentence, expected):
    assert ranks(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Tornby was third in the race.",
    "It was first in a list of reforms.",
    "The meeting was the first in the series.",
    "Its size is fifth of what it was.",
])
def test_order_that_is_no_rank(sentence):
    assert ranks(sentence) == []
