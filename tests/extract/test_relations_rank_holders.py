"""Who holds a rank, on sentences written for the tests: a name before "at"/"in" and a
lone ordinal in a list a ranking verb gives ("ranks A at 26th, B at 56th"), a bracketed
short form after the name, a place named in a "metro area" / "cluster" phrase, "was 3rd
in the list", "the 3rd-ranked city". Mentions and figures are built by hand.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import figure, run
from tests.extract.test_relations_ranks import rank_figs, ranks, stats

NAMES = {
    "Tornby University": ("ORG", "Tornby University"),
    "TU": ("ORG", "Tornby University"),
    "Vale Medical College": ("ORG", "Vale Medical College"),
    "VMC": ("ORG", "Vale Medical College"),
    "Harlow Institute": ("ORG", "Harlow Institute"),
    "Kellby": ("GPE", "Kellby"),
    "Tornby": ("GPE", "Tornby"),
    "Vale": ("GPE", "Vale"),
    "Harlow": ("GPE", "Harlow"),
}


def test_names_at_ordinals_in_a_ranked_list_hold_them(nlp):
    text = ("The index ranks Tornby University (TU) at 26th, Vale Medical College (VMC) "
            "at 56th and Harlow Institute at 64th.")
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(
        text, ("26th", 26), ("56th", 56), ("64th", 64)))
    assert ranks(rows) == [("Harlow Institute", 64), ("Tornby University", 26),
                           ("Vale Medical College", 56)]


def test_name_in_an_ordinal_that_orders_a_noun_holds_nothing(nlp):
    text = "Tornby University in 26th minute scored, the league said."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("26th", 26)))
    assert ranks(rows) == []


@pytest.mark.parametrize("text, fig, value, holder", [
    ("For the first time the Tornby metropolitan area ranked No. 1 for exports.",
     "No. 1", 1, "Tornby"),
    ("The Kellby metro area ranked second with $87 billion in exports.", "second", 2,
     "Kellby"),
])
def test_place_named_in_an_area_phrase_holds_its_rank(nlp, text, fig, value, holder):
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, (fig, value)))
    assert ranks(rows) == [(holder, value)]


@pytest.mark.parametrize("text, phrase, value, unit, held", [
    ("The Kellby metro area ranked second with $87 billion in exports.", "$87 billion",
     87e9, "USD", [("Kellby", 87e9)]),
    ("The Tornby metropolitan area had 2.1 million residents in 2020.", "2.1 million",
     2.1e6, "count", [("Tornby", 2.1e6)]),
    # an area named for a body is no place's
    ("The Harlow Institute area ranked second with $87 billion in exports.",
     "$87 billion", 87e9, "USD", []),
])
def test_place_named_in_an_extent_phrase_holds_its_statistics(nlp, text, phrase, value,
                                                              unit, held):
    rows, _ = run(nlp, text, NAMES, figures=[figure(phrase, text, value, unit)])
    assert stats(rows) == held


def test_area_phrase_naming_two_places_ranks_neither(nlp):
    text = "The Tornby-Harlow cluster ranks first in the index."
    rows, _ = run(nlp, text, {"Tornby": ("GPE", "Tornby")},
                  figures=rank_figs(text, ("first", 1)))
    assert ranks(rows) == []


@pytest.mark.parametrize("text, fig, value, held", [
    # an area of a thing other than a place is not ranked
    ("The Tornby University research area ranks first in the index.", "first", 1, []),
    # an ordinal after a copula in a list is held
    ("Tornby University was 3rd in the list.", "3rd", 3, [("Tornby University", 3)]),
    # a ranked compound ranks the apposed name
    ("The 3rd-ranked city, Kellby, grew fast.", "3rd", 3, [("Kellby", 3)]),
    # names tied at a rank each hold it
    ("Tornby University and Harlow Institute tied at 71st in the list.", "71st", 71,
     [("Harlow Institute", 71), ("Tornby University", 71)]),
    # names accounting jointly for a rank (a plan) hold nothing
    ("Tornby University and Harlow Institute will tie at 71st in the list.", "71st", 71, []),
    # a ranked verb joined to an earlier verb ranks its subject
    ("Kellby advanced four places and was ranked 2nd best city in the index.", "2nd best", 2,
     [("Kellby", 2)]),
])
def test_one_rank_in_a_sentence(nlp, text, fig, value, held):
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, (fig, value)))
    assert ranks(rows) == held


def test_places_moved_are_each_movers_statistic(nlp):
    text = "Tornby University and Harlow Institute climbed more than 20 spots in the list."
    fig = figure("more than 20", text, 20, "rank")
    fig.direction = "increase"
    rows, _ = run(nlp, text, NAMES, figures=[fig])
    assert stats(rows) == [("Harlow Institute", 20), ("Tornby University", 20)]
    assert ranks(rows) == []


def test_places_a_name_will_move_are_no_statistic(nlp):
    text = "Kellby could climb four places in the index."
    fig = figure("four", text, 4, "rank")
    fig.direction = "increase"
    rows, _ = run(nlp, text, NAMES, figures=[fig])
    assert stats(rows) == []
