"""Rules for what a news story says after its first sentence, on sentences written for the
tests: a person named again by the family name alone (entities/surnames.py), a group a
place hosted (a visit, not a location), a ranked noun's possessor (the ranking's scope,
not the owner of a figure), and a bare municipal title on a page naming officers of two
cities (either city's)."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.extract.entities.spans import Cand
from pipeline.extract.entities.surnames import surname_repeats
from tests.extract.test_relations import facts, figure, run


def _surnames(nlp, text, persons, others=()):
    doc = nlp(text)
    cands = [Cand(text.index(p), text.index(p) + len(p), "PERSON") for p in persons]
    cands += [Cand(text.index(o), text.index(o) + len(o), "ORG") for o in others]
    return [(text[c.start:c.end], c.start) for c in surname_repeats(doc, cands, text)]


def test_a_family_name_alone_is_the_one_person_who_bears_it(nlp):
    text = ("Mayor Anne Vasquelle visited Turin. Later Vasquelle met Mayor Paolo Conti, "
            "and Vasquelle's aides toured a plant.")
    found = _surnames(nlp, text, ["Anne Vasquelle", "Paolo Conti"])
    assert [name for name, _ in found] == ["Vasquelle", "Vasquelle"]
    # East Asian order: the family name comes first
    text = "Governor Yoon Sang-hee arrived in Lyon. Yoon thanked the hosts."
    assert [name for name, _ in _surnames(nlp, text, ["Yoon Sang-hee"])] == ["Yoon"]


def test_a_family_name_that_could_be_another_is_left_alone(nlp):
    # two people of the article bear it
    text = "Anne Vasquelle and Marc Vasquelle spoke. Vasquelle said the deal was done."
    assert _surnames(nlp, text, ["Anne Vasquelle", "Marc Vasquelle"]) == []
    # the word is part of another name, or written as a common word, or a known place
    text = "Anne Vasquelle chairs Vasquelle Holdings. Vasquelle said so."
    assert _surnames(nlp, text, ["Anne Vasquelle"], ["Vasquelle Holdings"]) == []
    text = "Tom Baker spoke. Baker said the baker closed."
    assert _surnames(nlp, text, ["Tom Baker"]) == []
    text = "Anne Lyon spoke to reporters. Lyon has a new tram line."
    assert _surnames(nlp, text, ["Anne Lyon"]) == []
    # part of a longer capitalised name
    text = "Anne Vasquelle spoke. The Vasquelle Prize was given."
    assert _surnames(nlp, text, ["Anne Vasquelle"]) == []


def test_hosting_a_group_is_its_visit_not_its_location(nlp):
    names = {n: ("GPE", n) for n in ("Turin", "Lyon")}
    rows, _ = run(nlp, "Turin hosted the delegation from Lyon for two days.", names)
    assert facts(rows, "located_in") == set()
    assert facts(rows, "visit") == {("Lyon", "Turin")}
    rows, _ = run(nlp, "Turin hosts the headquarters of Acme Corp.",
                  {**names, "Acme Corp": ("ORG", "Acme Corp")})
    assert facts(rows, "located_in") == {("Acme Corp", "Turin")}


def test_the_possessor_of_a_ranked_noun_is_not_the_figures_owner(nlp):
    text = "Kelby, Ostland's second largest city with 2 million people, is on the coast."
    names = {n: ("GPE", n) for n in ("Kelby", "Ostland")}
    rows, _ = run(nlp, text, names, figures=[figure("2 million", text, 2e6, "count")])
    assert [(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"] == [("Kelby", 2e6)]
    # the possessor of a rank itself holds it
    text = "Ostland hopes to climb from its current seventh position."
    rows, _ = run(nlp, text, names, figures=[figure("seventh", text, 7, "rank")])
    assert [(s, v) for t, s, _o, _r, _d, v in rows if t == "ranking"] == [("Ostland", 7)]
    text = "Ostland's 2 million people live on the coast."
    rows, _ = run(nlp, text, names, figures=[figure("2 million", text, 2e6, "count")])
    assert [(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"] == [("Ostland", 2e6)]


def _positions(text):
    tables = pipeline.extract_texts([text])
    names = tables.entities.set_index("entity_id")["name"]
    rows = tables.relations[tables.relations["type"] == "position"]
    return {(names[s], names[o]) for s, o in zip(rows.subject_id, rows.object_id,
                                                  strict=True)}


def test_a_bare_municipal_title_on_a_page_about_two_cities_names_neither():
    one = ("Delegation in Turin\n\nTurin hosted a delegation from Geneva on Monday. Turin "
           "officials showed it the city. Deputy Mayor Lena Holm welcomed the guests.\n")
    assert ("Lena Holm", "Turin") in _positions(one)
    two = ("Lyon mayor in Turin\n\nLyon Mayor Anne Berger visited Turin on Monday and met "
           "Turin Mayor Paolo Conti. Turin hosted the delegation from Lyon for two days, "
           "and Turin officials showed it the city. Deputy Mayor Lena Holm accompanied "
           "Berger.\n")
    held = _positions(two)
    assert ("Anne Berger", "Lyon") in held and ("Paolo Conti", "Turin") in held
    assert not any(person == "Lena Holm" for person, _ in held)


# --- member lists -------------------------------------------------------------------

NETWORK = {"Tarvo Forum": ("ORG", "Tarvo Forum"),
           **{n: ("GPE", n) for n in ("Accra", "Ghana", "Lima", "Peru", "Quito", "Ecuador",
                                      "The Hague")}}


@pytest.mark.parametrize("text", [
    "The Tarvo Forum welcomed three new members: Accra, Lima and Quito.",
    "The Tarvo Forum welcomed three new member cities on Monday: Accra, Ghana; Lima, Peru; "
    "and Quito, Ecuador.",
    "The Tarvo Forum welcomed Accra, Lima and Quito as new members.",
])
def test_new_members_listed_or_welcomed(nlp, text):
    rows, _ = run(nlp, text, NETWORK)
    assert facts(rows, "membership") == {("Accra", "Tarvo Forum"), ("Lima", "Tarvo Forum"),
                                         ("Quito", "Tarvo Forum")}


def test_items_of_a_semicolon_list_are_not_each_others_places(nlp):
    text = "The Tarvo Forum welcomed three new member cities on Monday: Accra, Ghana; " \
        "Lima, Peru; and Quito, Ecuador."
    rows, _ = run(nlp, text, NETWORK)
    located = facts(rows, "located_in")
    assert ("Accra", "Ghana") in located
    assert not {("Accra", "Lima"), ("Accra", "Peru"), ("Accra", "Quito")} & located


def test_guests_welcomed_as_guests_are_no_members(nlp):
    rows, _ = run(nlp, "The Tarvo Forum welcomed Accra officials as guests.", NETWORK)
    assert facts(rows, "membership") == set()


def test_a_name_the_model_ran_on_into_a_verb_ends_before_it(nlp):
    from pipeline.extract.entities.spans import from_spacy

    text = "The Global Parliament of Mayors welcomed Accra, Lima and Quito as new members."
    doc = nlp(text)
    assert any(e.text.endswith(" welcomed") for e in doc.ents)  # the model's own span
    names = [text[c.start:c.end] for c in from_spacy(doc)]
    assert "Global Parliament of Mayors" in names
    assert not any(n.endswith("welcomed") for n in names)
    # a lower-case word that is no verb stays ("Novar Electronics corp")
    text = "Novar Electronics corp said earnings rose."
    assert "Novar Electronics corp" in [text[c.start:c.end] for c in from_spacy(nlp(text))]


# --- talks a trip was made for; the office of a delegation's leader ----------------------

TALKS = {n: ("PERSON", n) for n in ("Raj Kumar", "Ana Roe")} | {"Berlin": ("GPE", "Berlin")}


def test_talks_a_trip_was_made_for_are_a_meeting(nlp):
    text = "Raj Kumar arrived in Berlin on Monday for talks with Ana Roe."
    rows, _ = run(nlp, text, TALKS)
    assert facts(rows, "meeting") == {("Raj Kumar", "Ana Roe")}
    for text in ("Raj Kumar will travel to Berlin for talks with Ana Roe.",
                 "On the talks with Ana Roe, Raj Kumar said little.",
                 "Raj Kumar hopes for talks with Ana Roe."):
        rows, _ = run(nlp, text, TALKS)
        assert facts(rows, "meeting") == set(), text


def test_the_leader_of_a_delegation_a_city_sent_holds_that_citys_office():
    text = ("Governor visit\n\nGovernor Maria Santos of Cebu received a delegation from Kobe "
            "led by Vice Mayor Kenji Ota on Tuesday. The delegation is in Cebu until "
            "Friday. Cebu and Kobe are sister cities.\n")
    held = _positions(text)
    assert ("Kenji Ota", "Kobe") in held and ("Kenji Ota", "Cebu") not in held


def test_a_family_name_that_is_also_a_small_town_is_still_a_family_name(nlp):
    # GeoNames has small towns called "Hong" and "Kim": only well-known places block
    text = "Mayor Kim Jae-won arrived. Kim visited a plant."
    assert [name for name, _ in _surnames(nlp, text, ["Kim Jae-won"])] == ["Kim"]


def test_a_place_before_a_based_modifier_is_no_employer(nlp):
    names = {"Ann Berg": ("PERSON", "Ann Berg"), "Tornby": ("GPE", "Tornby"),
             "Acme Corp": ("ORG", "Acme Corp")}
    text = "Ann Berg, president of Tornby, Calif.-based Acme Corp, said so."
    rows, _ = run(nlp, text, names)
    assert ("Ann Berg", "Tornby") not in facts(rows, "position")
    rows, _ = run(nlp, "Ann Berg, mayor of Tornby, Calif., said so.", names)
    assert ("Ann Berg", "Tornby") in facts(rows, "position")


# --- "it" after a subject that names no person, place or body; a rank moved to ----------

RANKED = {"Acme University": ("ORG", "Acme University"),
          "Tarvo Index": ("WORK_OF_ART", "Tarvo Index")}


def test_it_after_a_subject_that_is_no_entity_we_relate_is_that_subject(nlp):
    text = ("Acme University rose in the Tarvo Index. The Tarvo Index "
            "have ranked universities for six years. It covers 300 universities.")
    figs = [figure("300", text, 300, "count", "universities")]
    rows, _ = run(nlp, text, RANKED, figures=figs)
    assert [r for r in rows if r[0] == "statistic"] == []
    # after a subject that is the body, "it" is that body
    text = ("Acme University rose in the Tarvo Index. Acme University has grown "
            "for six years. It employs 300 teachers.")
    figs = [figure("300", text, 300, "count", "teachers")]
    rows, _ = run(nlp, text, RANKED, figures=figs)
    assert [(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"] == [
        ("Acme University", 300)]


def test_a_rank_reached_by_moving_is_held(nlp):
    text = "Acme University climbed three places to rank 7th in the Tarvo Index."
    rows, _ = run(nlp, text, RANKED, figures=[figure("7th", text, 7, "rank")])
    assert [(s, v) for t, s, _o, _r, _d, v in rows if t == "ranking"] == [
        ("Acme University", 7)]
    text = "Acme University bought a plane to rank 7th in the Tarvo Index."
    rows, _ = run(nlp, text, RANKED, figures=[figure("7th", text, 7, "rank")])
    assert [r for r in rows if r[0] == "ranking"] == []


def test_a_lone_word_subject_is_a_short_name_when_a_known_name_holds_it(nlp):
    names = {"Acme Corp": ("ORG", "Acme Corp")}
    text = "Acme Corp grew. Acme reported earnings. A year before, it lost 8 mln dlrs."
    rows, _ = run(nlp, text, names, figures=[figure("8 mln dlrs", text, 8e6, "USD")])
    assert [(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"] == [("Acme Corp", 8e6)]
    text = "Acme Corp grew. Zorbex reported earnings. A year before, it lost 8 mln dlrs."
    rows, _ = run(nlp, text, names, figures=[figure("8 mln dlrs", text, 8e6, "USD")])
    assert [r for r in rows if r[0] == "statistic"] == []


PLACES = {n: ("GPE", n) for n in ("Tornby", "Kelby", "Marlow", "Ostland Province")}


@pytest.mark.parametrize("text, rtype, expected", [
    # a city counted in people is in the place after them, not in a place said later
    ("Kelby, a city of 1 million people in Ostland Province, grew.", "located_in",
     {("Kelby", "Ostland Province")}),
    ("Kelby, a city of 1 million people, has a cluster in Ostland Province.", "located_in",
     set()),
    # "the cities of A and B" are both parties; one city named so is one party
    ("The cities of Tornby and Kelby renewed their sister city agreement on Monday.",
     "agreement", {("Tornby", "Kelby")}),
    ("The city of Tornby renewed its sister city agreement on Monday.", "agreement", set()),
])
def test_places_named_in_one_sentence(nlp, text, rtype, expected):
    rows, _ = run(nlp, text, PLACES)
    assert facts(rows, rtype) == expected


def test_a_group_from_the_cities_of_a_and_b_stands_for_both(nlp):
    names = {n: ("GPE", n) for n in ("Tornby", "Kelby", "Marlow")}
    rows, _ = run(nlp, "Officials from the cities of Tornby and Kelby visited Marlow.", names)
    assert facts(rows, "visit") == {("Tornby", "Marlow"), ("Kelby", "Marlow")}
