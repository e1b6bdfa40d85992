"""Rules from the judged draw of seed 20261263 (sentences written for the tests): wire
spellings of national dollars ("1.44 Canadian dlrs", "2.5 billion dlrs Canadian"); a number
after "band" is a label; a capitalised number word in running text starts a name ("about
Six Flags"); a compared "a year earlier" does not set the year of a bare month after it;
a place before a trade title ("the Kelby producer") is no company; a body led by a name is
not that name; a trip in the present tense in a month ahead is a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import find_dates
from pipeline.extract.figures import find_figures
from tests.extract.test_relations import run
from tests.extract.test_relations_unseen_news import NEWS, when


@pytest.mark.parametrize("text, unit", [
    ("Delta gained 31 cents to 1.44 Canadian dlrs in Toronto.", "CAD"),
    ("It has tax credits of about 2.5 billion dlrs Canadian.", "CAD"),
    ("The fund holds 3 mln Hong Kong dlrs.", "HKD"),
    ("The fund holds 3 mln dlrs.", "USD"),
    ("Reserves fell to 7.1 billion N.Z. Dlrs in May.", "NZD"),
    ("It issued 75 mln H.K. dlrs of notes.", "HKD"),
    # crowns: the crown of the country named around the amount, else no country's
    ("The Stockholm firm earned 231 mln crowns.", "SEK"),
    ("A Danish brewer earned 40 mln crowns.", "DKK"),
    ("It paid 5 mln Norwegian crowns.", "NOK"),
    ("Profit was 231 mln crowns.", "crown"),
    ("The offer is 371 Irish pence a share.", "IEP"),
])
def test_wire_spellings_of_national_currencies(nlp, text, unit):
    assert [f.unit for f in find_figures(nlp(text)) if f.value >= 1] == [unit]


@pytest.mark.parametrize("text, values", [
    ("It bought 30 mln stg of band two bank bills.", [3e7]),
    ("Beta has been approached about Six Flags by several buyers.", []),
    ("Acme bought six stores in Ohio.", [6]),
])
def test_numbers_that_are_labels_or_names(nlp, text, values):
    assert [f.value for f in find_figures(nlp(text))] == values


def test_a_compared_year_earlier_sets_no_year(nlp):
    doc = nlp("Exports fell 4.2 pct from a year earlier to 52,310 cars in May. "
              "Two years ago, in March, the plant opened.")
    got = {d.text: d.value for d in find_dates(doc, dt.date(1987, 6, 18))}
    assert got["in May"] == "1987-05"
    assert got["in March"] == "1985-03"


NAMES = {**NEWS, "Kelby Basin": ("LOC", "Kelby Basin"), "Moscow": ("GPE", "Moscow"),
         "Delta Corp": ("ORG", "Delta Corp")}


def test_a_place_before_a_trade_title_is_no_company(nlp):
    text = "The Kelby Basin producer reported a fall in net profit to 41.2 mln dlrs."
    from tests.extract.test_relations import figure

    rows, _ = run(nlp, text, NAMES, figures=[figure("41.2 mln dlrs", text, 4.12e7, "USD")])
    assert not [r for r in rows if r[0] == "statistic" and r[1] == "Kelby Basin"]


def test_a_body_led_by_a_name_is_not_that_name():
    import pipeline

    tables = pipeline.extract_texts(["Banque Nova has joined the group led by Delta Media, "
                                     "which is bidding for the station."])
    assert not (tables["relations"]["type"] == "membership").any()


def test_a_trip_in_a_month_ahead_is_a_plan(nlp):
    text = "A decision will be made before Secretary of State Paul Grey goes to Moscow in April."
    rows, _ = run(nlp, text, NAMES, dates=[when("in April", text, "1987-04", "month")])
    assert not [r for r in rows if r[0] == "visit"]
    text = "Secretary of State Paul Grey went to Moscow in April."
    rows, _ = run(nlp, text, NAMES, dates=[when("in April", text, "1987-04", "month")])
    assert [r[:3] for r in rows if r[0] == "visit"] == [("visit", "Paul Grey", "Moscow")]


# --- rules from the judged draw of seed 20261270 ------------------------------------------

def test_a_place_before_a_market_job_is_no_employer():
    import pipeline

    tables = pipeline.extract_texts(["Still, Chicago analyst Peter Lindqvist, of Delta "
                                     "Securities Inc, said the rally would go on."])
    names = tables["entities"].set_index("entity_id")["name"].to_dict()
    rows = [(names.get(r.subject_id), names.get(r.object_id))
            for r in tables["relations"].itertuples() if r.type == "position"]
    assert ("Peter Lindqvist", "Chicago") not in rows


def test_an_apposition_after_a_places_container_is_the_next_item():
    import pipeline

    tables = pipeline.extract_texts(["New sites included a plant in Tulsa, Oklahoma, a "
                                     "technical centre in Dayton, Ohio, and a laboratory "
                                     "in Austin, Texas."])
    names = tables["entities"].set_index("entity_id")["name"].to_dict()
    rows = {(names.get(r.subject_id), names.get(r.object_id))
            for r in tables["relations"].itertuples() if r.type == "located_in"}
    assert not {("Oklahoma", "Dayton"), ("Oklahoma", "Ohio"), ("Tulsa", "Dayton")} & rows
    assert {("Tulsa", "Oklahoma"), ("Dayton", "Ohio")} <= rows


# --- rules from the judged draw of seed 20261277 ------------------------------------------

def test_a_figure_on_what_a_stake_is_held_in_is_not_the_holders():
    import pipeline

    tables = pipeline.extract_texts(["Ostland has increased its share in a 90-billion-yen "
                                     "steel joint venture with Japan from 25 to 37 pct."])
    stats = tables["relations"][tables["relations"]["type"] == "statistic"]
    assert 9e10 not in set(stats["value"])
    assert {25.0, 37.0} <= set(stats["value"])
    # a count of the things held stays the holder's
    tables = pipeline.extract_texts(["Delta Energy owns or has an interest in a total of "
                                     "36.1 mln acres of land across Ostland."])
    stats = tables["relations"][tables["relations"]["type"] == "statistic"]
    assert 3.61e7 in set(stats["value"])


def test_a_peoples_word_is_no_place():
    import pipeline

    tables = pipeline.extract_texts(["Delta Trading Co Ltd, a major Thai rubber exporter has "
                                     "formed a joint venture with a Chinese firm."])
    assert not (tables["relations"]["type"] == "located_in").any()
