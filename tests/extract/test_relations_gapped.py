"""Statistic precision rules from a hand-read sample of statistic rows on the read Reuters
stories: lists whose verb is left out ("lost six billion, B 3.8 billion and C three
billion"; figure_guards.paired_owner, spans.from_spacy, figures.filter), a currency's
figures are not its country's, shares traded in a place are not the place's, an
investment in a company is not the company's figure, a body "at" which things are held
does not count them (owners.py), what an action affects is not its doer's (lexicon.py).
Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.extract.figures import find_figures
from tests.extract.test_relations import figure
from tests.extract.test_relations_unseen_news import stat_rows as news_rows

NAMES = {n: ("GPE", n) for n in ("Ostland", "Kelby", "Tornby")} | {
    n: ("ORG", n) for n in ("Acme Corp", "Beta Inc", "Gamma Ltd", "Ostbank", "Harbour Towns",
                            "Delta Gold")}


def stat_rows(nlp, text, figs):
    return news_rows(nlp, text, figs, NAMES)


# --- a list whose verb is left out ------------------------------------------------------

def test_figures_of_a_list_without_its_verb_are_each_names(nlp):
    text = ("Ostland lost about six billion dlrs, Kelby 3.8 billion, Tornby three billion "
            "and Varnia 0.8 billion.")
    figs = [figure("about six billion dlrs", text, 6e9, "USD"),
            figure("3.8 billion", text, 3.8e9, "USD"),
            figure("three billion", text, 3e9, "USD"),
            figure("0.8 billion", text, 8e8, "USD")]
    # Varnia is a name we do not know: its figure is nobody's we can say, not Ostland's
    assert stat_rows(nlp, text, figs) == {("Ostland", 6e9), ("Kelby", 3.8e9),
                                          ("Tornby", 3e9)}


def test_a_change_and_the_level_it_reached_after_a_listed_name(nlp):
    text = "Acme Corp gained 3.00 to 16.00, Beta Inc 90 cents to 16.50 and Gamma Ltd 9.00."
    figs = [figure("16.00", text, 16.0, "USD"), figure("90 cents", text, 0.9, "USD"),
            figure("16.50", text, 16.5, "USD"), figure("9.00", text, 9.0, "USD")]
    got = stat_rows(nlp, text, figs)
    assert {("Beta Inc", 0.9), ("Beta Inc", 16.5)} <= got
    assert not {("Acme Corp", 0.9), ("Acme Corp", 16.5)} & got


def test_a_name_run_on_into_an_amount_ends_before_it(nlp):
    from pipeline.extract.entities.spans import _before_amount

    doc = nlp("Kelby 3.8 billion")
    assert _before_amount(doc, 0, 3) == 1
    doc = nlp("Harbour Trust 728,239 off 64,533")  # a table's figure, thousands separated
    assert _before_amount(doc, 0, 3) == 2
    for text in ("Boeing 747", "Windows 3.1", "Apollo 11"):  # numbers that are the name's
        doc = nlp(text)
        assert _before_amount(doc, 0, len(doc)) == len(doc)


def test_a_scaled_amount_after_a_name_is_a_figure(nlp):
    text = "Ostland lost six billion dlrs, Kelby 3.8 billion and Tornby three billion."
    assert 3.8e9 in {f.value for f in find_figures(nlp(text))}
    # a bare number after a name completes the name
    assert not find_figures(nlp("He upgraded to Windows 11 last week."))


# --- more shapes of such lists ----------------------------------------------------------

def test_a_bracketed_figure_before_the_level_reached(nlp):
    # the figure before "to" ends in a bracket: looked for past it (this once crashed)
    text = "Acme Corp rose 3.00 to 16.00, Beta Inc (two pct) to 16.50."
    figs = [figure("16.00", text, 16.0, "USD"), figure("two pct", text, 2, "percent"),
            figure("16.50", text, 16.5, "USD")]
    assert ("Beta Inc", 2) in stat_rows(nlp, text, figs)


def test_a_listed_name_after_a_scaled_amount_and_and(nlp):
    text = ("Ostland had deficits with its partners -- Kelby 7.1 billion dlrs, Varnia 6.4 "
            "billion and Tornby 2.1 billion.")
    figs = [figure("7.1 billion dlrs", text, 7.1e9, "USD"),
            figure("6.4 billion", text, 6.4e9, "USD"), figure("2.1 billion", text, 2.1e9, "USD")]
    got = stat_rows(nlp, text, figs)
    assert ("Tornby", 2.1e9) in got  # "billion and Tornby": no unit's name
    assert ("Ostland", 6.4e9) not in got  # Varnia's, a name we do not know


# --- rules from the judged draw of seed 20261256 ------------------------------------------

def test_a_bare_price_quoted_at_a_place_is_not_its_count(nlp):
    text = "Barley from Kelby rose five per tonne to 140 and wheat rose 15 to 205 at Tornby."
    figs = [figure("15", text, 15, "count"), figure("205", text, 205, "count")]
    assert not {("Tornby", 15), ("Tornby", 205)} & stat_rows(nlp, text, figs)


# --- whose figure it is: one figure, one name ---------------------------------------------

@pytest.mark.parametrize("text, amount, value, unit, name", [
    # a currency is not its country
    ("The Ostland dollar has fallen by a total of about 40 pct in two years.",
     "about 40 pct", 40, "percent", "Ostland"),
    # what an action affects is not its doer's
    ("Beta Inc said it lowered its ratings on Gamma Ltd, affecting about 210 mln dlrs.",
     "about 210 mln dlrs", 2.1e8, "USD", "Beta Inc"),
    # a body at which things are held does not count them
    ("Ostbank figures showed that banks held 51 billion crowns in reserves at the central "
     "bank last month.", "51 billion crowns", 5.1e10, "SEK", "Ostbank"),
    # shares traded in a place are not its figure
    ("Acme shares fell 17 marks yesterday in Kelby to a year's low of 896.",
     "17 marks", 17, "DEM", "Kelby"),
    # an investment in a company is not the company's
    ("The loss includes writedowns of investments in Beta Inc of 11.8 mln dlrs.",
     "11.8 mln dlrs", 1.18e7, "USD", "Beta Inc"),
    # things a named holder has in a place are not the place's
    ("Delta Gold owns two mines in Tornby producing a combined 37,000 ounces of gold.",
     "37,000 ounces", 37000, "ounce", "Tornby"),
])
def test_a_name_that_does_not_hold_the_figure(nlp, text, amount, value, unit, name):
    assert (name, value) not in stat_rows(nlp, text, [figure(amount, text, value, unit)])


@pytest.mark.parametrize("text, amount, value, unit, name", [
    ("Total investment in Tornby reached 11.8 mln dlrs.", "11.8 mln dlrs", 1.18e7, "USD",
     "Tornby"),
    ("Investment in Tornby nearly doubled to 15.9 billion crowns from 8.6 billion.",
     "8.6 billion", 8.6e9, "SEK", "Tornby"),
    ("The death toll in Tornby rose to 23.", "23", 23, "count", "Tornby"),
    # a bare number that stands for the things counted
    ("Of the top ten clusters, seven are in Kelby, while three are in Tornby.",
     "three", 3, "count", "Tornby"),
    # deposits at a named bank are its figure
    ("Sight deposits of commercial banks at the Ostbank fell to 7.65 billion crowns.",
     "7.65 billion crowns", 7.65e9, "SEK", "Ostbank"),
])
def test_a_name_that_holds_the_figure(nlp, text, amount, value, unit, name):
    assert (name, value) in stat_rows(nlp, text, [figure(amount, text, value, unit)])
