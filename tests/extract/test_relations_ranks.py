"""Ranking and statistic rules for ranks held and for counts a named body has, on
sentences written for the tests: ordinals held by a ranked object, by a name written
right before them or reached by a move, superlatives after "as", in a small clause or
after a bare copula, and counts on a noun that stands for a named body ("the network of
80 cities"). Mentions and figures are built by hand (``run``, ``figure``).
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import figure, run

CITIES = {n: ("GPE", n) for n in ["Nantes", "Vienna", "Zurich", "Tokyo", "France", "Berlin",
                                  "Europe"]}
BODIES = {n: ("ORG", n) for n in ["Nordic Cities Network", "Tornby Park", "Acme Corp",
                                  "Beta Ltd"]}
NAMES = {**CITIES, **BODIES}


def ranks(rows):
    return sorted((s, v) for t, s, _o, _r, _d, v in rows if t == "ranking")


def stats(rows):
    return sorted((s, v) for t, s, _o, _r, _d, v in rows if t == "statistic")


def rank_figs(text, *pairs):
    return [figure(t, text, v, "rank") for t, v in pairs]


# --- counts on a noun standing for a named body ------------------------------------


def test_counted_phrase_on_an_anaphor_is_the_bodys(nlp):
    text = ("The Nordic Cities Network was founded in 1990.\n\n"
            "The network of over 80 cities now represents 60 million people.")
    rows, _ = run(nlp, text, NAMES, figures=[
        figure("over 80", text, 80, "count", "cities"),
        figure("60 million", text, 60e6, "count", "people")])
    assert stats(rows) == [("Nordic Cities Network", 80), ("Nordic Cities Network", 60e6)]


def test_with_phrase_on_an_anaphor_is_the_bodys(nlp):
    text = ("Acme Corp makes engines. The company, with 3,000 employees, "
            "opened a plant in Nantes.")
    rows, _ = run(nlp, text, NAMES,
                  figures=[figure("3,000", text, 3000, "count", "employees")])
    assert stats(rows) == [("Acme Corp", 3000)]


def test_named_membership_counts_the_bodys_members(nlp):
    text = ("The forum drew mayors from a Nordic Cities Network membership of 150 "
            "cities.")
    rows, _ = run(nlp, text, NAMES, figures=[figure("150", text, 150, "count", "cities")])
    assert stats(rows) == [("Nordic Cities Network", 150)]


def test_indefinite_group_noun_names_nobody(nlp):
    text = "Acme Corp makes engines. A network of 80 suppliers serves the plant."
    rows, _ = run(nlp, text, NAMES, figures=[figure("80", text, 80, "count", "suppliers")])
    assert stats(rows) == []


# --- quotes around a name are no speech ----------------------------------------------


def test_quoted_name_does_not_block_a_carried_owner(nlp):
    text = ("Tornby Park lies north of Nantes. By 2015, the park had attracted 1,083 "
            'researchers through the "Talent Plan" project.')
    rows, _ = run(nlp, text, NAMES,
                  figures=[figure("1,083", text, 1083, "count", "researchers")])
    assert stats(rows) == [("Tornby Park", 1083)]


def test_quoted_speech_still_blocks_a_carried_owner(nlp):
    text = ('Tornby Park lies north of Nantes. "The park has attracted 1,083 researchers '
            'so far," a spokesman said.')
    rows, _ = run(nlp, text, NAMES,
                  figures=[figure("1,083", text, 1083, "count", "researchers")])
    assert stats(rows) == []


# --- ordinals ------------------------------------------------------------------------


def test_active_ranking_verb_ranks_its_object_not_the_field(nlp):
    text = "A recent survey ranked Nantes 6th among 50 cities."
    rows, _ = run(nlp, text, NAMES, figures=[
        *rank_figs(text, ("6th", 6)), figure("50", text, 50, "count", "cities")])
    assert ranks(rows) == [("Nantes", 6)]
    assert stats(rows) == []  # the 50 cities are the survey's field, not Nantes's


def test_planned_ranking_ranks_nobody(nlp):
    text = "The survey will rank Nantes 6th next year."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("6th", 6)))
    assert ranks(rows) == []


def test_size_of_a_survey_is_not_the_winners(nlp):
    text = "Nantes came first in a survey of 50 cities."
    rows, _ = run(nlp, text, NAMES, figures=[
        *rank_figs(text, ("first", 1)), figure("50", text, 50, "count", "cities")])
    assert ranks(rows) == [("Nantes", 1)]
    assert stats(rows) == []


def test_names_written_before_ordinals_hold_them(nlp):
    text = "In the index Vienna ranked first, Zurich second and Tokyo third."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(
        text, ("first", 1), ("second", 2), ("third", 3)))
    assert ranks(rows) == [("Tokyo", 3), ("Vienna", 1), ("Zurich", 2)]


def test_ordinal_naming_a_thing_after_a_name_is_no_rank(nlp):
    text = "The fair was held in Nantes 4th district last week."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("4th", 4)))
    assert ranks(rows) == []


@pytest.mark.parametrize("text, fig, value", [
    ("Nantes's ranking rose to 5th in the index.", "5th", 5),
    ("Nantes climbed three places to 9th in the index.", "9th", 9),
    ("Berlin has moved up to fourth in the index.", "fourth", 4),
    ("Berlin ranked 4th overall.", "4th", 4),
    ("Nantes is No. 3 in the world for biotech patents.", "No. 3", 3),
])
def test_rank_reached_or_held(nlp, text, fig, value):
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, (fig, value)))
    assert [v for _s, v in ranks(rows)] == [value]


def test_rank_started_from_is_not_reached(nlp):
    text = "Nantes fell from 5th in the index."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("5th", 5)))
    assert ranks(rows) == []


def test_second_ordinal_object_is_the_same_subjects(nlp):
    text = "Acme Corp ranked 29th in the world and 1st in France."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("29th", 29), ("1st", 1)))
    assert ranks(rows) == [("Acme Corp", 1), ("Acme Corp", 29)]


# --- superlatives ----------------------------------------------------------------------


@pytest.mark.parametrize("text, fig", [
    ("Nantes has 500,000 residents, making it the third largest city in France.",
     "third largest"),
    ("As the third largest city in France, Nantes attracts many firms.", "third largest"),
    ("Nantes ranks as the third largest city in France.", "third largest"),
    ("Nantes was ranked as the 3rd most innovative city in Europe.", "3rd most innovative"),
    ("The index ranks Nantes as the 3rd most innovative city in Europe.",
     "3rd most innovative"),
    ("Nantes is the third largest in France.", "third largest"),
])
def test_superlative_ranks(nlp, text, fig):
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, (fig, 3)))
    assert ranks(rows) == [("Nantes", 3)]


def test_late_as_phrase_of_another_verb_ranks_nobody(nlp):
    text = "Acme Corp sees Nantes as the third largest market in Europe."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("third largest", 3)))
    assert ranks(rows) == []


# --- members of the page's organisation --------------------------------------------

LEAD = ("The Nordic Cities Network opened an office in Nantes. The Nordic Cities Network "
        "promotes urban cooperation.\n\n")


def test_members_without_owner_are_the_page_bodys(nlp):
    text = LEAD + ("Around 140 members, including Nantes and Vienna, work together on "
                   "climate projects.")
    rows, _ = run(nlp, text, NAMES, figures=[
        figure("Around 140", text, 140, "count", "members")])
    assert stats(rows) == [("Nordic Cities Network", 140)]


@pytest.mark.parametrize("tail", [
    "Around 140 members of the union work together on climate projects.",  # another body's
    '"Around 140 members work with us," a spokesman said.',  # someone's words
    "Around 140 members could join the plan.",  # a possibility
])
def test_members_with_an_owner_or_unsaid_are_not_the_page_bodys(nlp, tail):
    text = LEAD + tail
    rows, _ = run(nlp, text, NAMES, figures=[
        figure("Around 140", text, 140, "count", "members")])
    assert stats(rows) == []


def test_no_page_body_when_two_organisations_are_named_as_often(nlp):
    text = ("Acme Corp and Beta Ltd opened offices in Nantes. Acme Corp and Beta Ltd "
            "promote trade.\n\nAround 140 members work together on climate projects.")
    rows, _ = run(nlp, text, NAMES, figures=[
        figure("Around 140", text, 140, "count", "members")])
    assert stats(rows) == []


def test_projects_as_a_noun_are_no_forecast(nlp):
    text = "Tornby Park lies north of Nantes. The park has incubated 100 innovation projects."
    rows, _ = run(nlp, text, NAMES, figures=[
        figure("100", text, 100, "count", "innovation projects")])
    assert stats(rows) == [("Tornby Park", 100)]
    text = "Tornby Park lies north of Nantes. Officials project that the park will have 100 firms."
    rows, _ = run(nlp, text, NAMES, figures=[figure("100", text, 100, "count", "firms")])
    assert stats(rows) == []


def test_subject_inside_quoted_words_is_no_paragraph_topic(nlp):
    text = ('Maria Lopez said: "Our plan will help France reach its goals."\n'
            "Sales rose 20 percent.")
    rows, _ = run(nlp, text, {**NAMES, "Maria Lopez": ("PERSON", "Maria Lopez")},
                  figures=[figure("20 percent", text, 20, "percent")])
    assert stats(rows) == []
    text = "France exports cheese to many countries.\nSales rose 20 percent."
    rows, _ = run(nlp, text, NAMES, figures=[figure("20 percent", text, 20, "percent")])
    assert stats(rows) == [("France", 20)]


def test_seats_of_a_board_are_not_the_page_bodys_members(nlp):
    text = LEAD + "The 16-member board of directors met on Monday."
    rows, _ = run(nlp, text, NAMES, figures=[figure("16", text, 16, "count", "member")])
    assert stats(rows) == []


def test_a_position_held_is_no_ranking_field(nlp):
    text = "Acme Corp had a cash position of 808 mln dlrs at the end of the year."
    rows, _ = run(nlp, text, NAMES, figures=[figure("808 mln dlrs", text, 8.08e8, "USD")])
    assert stats(rows) == [("Acme Corp", 8.08e8)]


@pytest.mark.parametrize("text, fig, expected", [
    ("The publicity helped Nantes into third place in the index.", "third", [("Nantes", 3)]),
    ("Berlin knocked Nantes down into second place in the index.", "second", [("Nantes", 2)]),
    # an object that is no name: nobody's rank, and not the subject's either
    ("Acme Corp helped the team to third place.", "third", []),
])
def test_object_moved_into_a_place_holds_it(nlp, text, fig, expected):
    value = {"third": 3, "second": 2}[fig]
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, (fig, value)))
    assert ranks(rows) == expected


def test_coordinated_superlative_ranks_the_same_subject(nlp):
    text = "France was the 4th richest country but only the 11th most generous donor."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(
        text, ("4th richest", 4), ("11th most generous", 11)))
    assert ranks(rows) == [("France", 4), ("France", 11)]


def test_relative_clause_is_not_negated_by_its_main_clause(nlp):
    text = "Nantes, which finished seventh in the index, has not grown since 2000."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("seventh", 7)))
    assert ranks(rows) == [("Nantes", 7)]
    text = "Nantes did not finish seventh in the index."
    rows, _ = run(nlp, text, NAMES, figures=rank_figs(text, ("seventh", 7)))
    assert ranks(rows) == []


def test_quoted_phrase_without_a_verb_keeps_the_paragraph_topic(nlp):
    text = ('Acme Corp is in "excellent financial condition", its chairman said.\n'
            "Sales rose 20 percent.")
    rows, _ = run(nlp, text, NAMES, figures=[figure("20 percent", text, 20, "percent")])
    assert stats(rows) == [("Acme Corp", 20)]


def test_amount_hung_on_an_anaphor_by_of_is_not_the_bodys(nlp):
    text = ("Acme Corp lobbied the government. The plan brings savings for the "
            "government of 50 mln dlrs.")
    rows, _ = run(nlp, text, NAMES, figures=[figure("50 mln dlrs", text, 5e7, "USD")])
    assert stats(rows) == []


def test_distance_of_a_planned_building_is_no_statistic(nlp):
    text = "Acme Corp opened a plant. The complex, to be built 20 miles east of Nantes, will grow."
    rows, _ = run(nlp, text, NAMES, figures=[figure("20 miles", text, 20, "mile")])
    assert stats(rows) == []


def test_taking_account_of_an_amount_is_no_ranking_field(nlp):
    text = "Acme Corp cut its forecast before taking account of 103 mln dlrs of aid."
    rows, _ = run(nlp, text, NAMES, figures=[figure("103 mln dlrs", text, 1.03e8, "USD")])
    assert stats(rows) == [("Acme Corp", 1.03e8)]
