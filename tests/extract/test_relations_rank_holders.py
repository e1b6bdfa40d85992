"""Who holds a rank, on sentences written for the tests: a name before "at"/"in" and a
lone ordinal in a list a ranking verb gives ("ranks A at 26th, B at 56th"), a bracketed
short form after the name, a place named in a "metro area" / "cluster" phrase, "was 3rd
in the list", "the 3rd-ranked city". Mentions and figures are built by hand.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import figure, run

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


def ranks(rows):
    return sorted((s, v) for t, s, _o, _r, _d, v in rows if t == "ranking")


def rank_figs(text, *pairs):
    return [figure(t, text, v, "rank") for t, v in pairs]


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


def test_area_phrase_naming_two_places_ranks_neither(nlp):
    text = "The Tornby-Harlow cluster ranks first in the index."
    rows, _ = run(nlp, text, {"Tornby": ("GPE", "Tornby")},
                  figures=rank_figs(text, ("first", 1)))
    assert ranks(rows) == []


def test_area_of_a_thing_other_than_a_place_is_not_ranked(nlp):
    text = "The Tornby University research area ranks first in the index."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("first", 1)))
    assert ranks(rows) == []


def test_ordinal_after_a_copula_in_a_list_is_held(nlp):
    text = "Tornby University was 3rd in the list."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("3rd", 3)))
    assert ranks(rows) == [("Tornby University", 3)]


def test_ranked_compound_ranks_the_apposed_name(nlp):
    text = "The 3rd-ranked city, Kellby, grew fast."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("3rd", 3)))
    assert ranks(rows) == [("Kellby", 3)]


def test_names_tied_at_a_rank_each_hold_it(nlp):
    text = "Tornby University and Harlow Institute tied at 71st in the list."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("71st", 71)))
    assert ranks(rows) == [("Harlow Institute", 71), ("Tornby University", 71)]


def test_names_accounting_jointly_for_a_rank_hold_nothing(nlp):
    text = "Tornby University and Harlow Institute will tie at 71st in the list."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("71st", 71)))
    assert ranks(rows) == []


def test_ranked_verb_joined_to_an_earlier_verb_ranks_its_subject(nlp):
    text = "Kellby advanced four places and was ranked 2nd best city in the index."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("2nd best", 2)))
    assert ranks(rows) == [("Kellby", 2)]


def stats(rows):
    return sorted((s, v) for t, s, _o, _r, _d, v in rows if t == "statistic")


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
