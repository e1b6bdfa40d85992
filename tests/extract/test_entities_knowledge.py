"""Entity types from place knowledge and from the words around every mention.

Sentences are made up for the tests. Where a rule depends on what the model says, the
decision function is also tested on its own with the model's votes given, so that the rule
holds whatever model is installed.
"""

from __future__ import annotations

from collections import Counter

from pipeline.extract.entities import find_entities
from pipeline.extract.entities.gazetteer import _region_forms, gazetteer
from pipeline.extract.entities.kinds import (
    Cues,
    Knowledge,
    decide,
    knowledge,
    lists_of_names,
    mention_cues,
)
from pipeline.extract.entities.spans import Cand


def types(nlp, text):
    _mentions, entities = find_entities(nlp(text))
    return {e.name: e.type for e in entities}, entities


# ----------------------------------------------------------------------------- gazetteer


def test_country_names_codes_and_customary_forms():
    g = gazetteer()
    for name in ("United Arab Emirates", "the United Arab Emirates", "UAE", "U.A.E."):
        assert g.country_code(name) == "AE", name
    for name in ("Netherlands", "the Netherlands", "Holland"):
        assert g.country_code(name) == "NL", name
    for name in ("Myanmar", "Burma"):
        assert g.country_code(name) == "MM", name
    for name in ("Tanzania", "United Republic of Tanzania"):
        assert g.country_code(name) == "TZ", name
    assert g.country_code("Republic of Chile") == "CL"  # a state form before a short name
    assert g.country_code("Kingdom of Prussia") is None  # a historical state
    assert g.country_code("Quito") is None


def test_region_names_lose_romanised_type_words():
    assert "Jeollanam" in _region_forms("Jeollanam-do")
    assert "Anhui" in _region_forms("Anhui Sheng")
    assert "Adygeya" in _region_forms("Adygeya, Respublika")
    assert "Mecklenburg-Vorpommern" in _region_forms("Mecklenburg-Vorpommern")
    assert "Mecklenburg" not in _region_forms("Mecklenburg-Vorpommern")


def test_alternate_city_names_share_the_city():
    g = gazetteer()
    assert g.places("Tientsin").city.ident == g.places("Tianjin").city.ident
    assert g.places("Chonju").city.ident == g.places("Jeonju").city.ident
    assert g.places("Hefei").city.population > 1_000_000
    assert not g.places("Zorblatt")


def test_knowledge_needs_every_form_to_be_a_place():
    assert knowledge(["Chad"]).country
    assert not knowledge(["Chad", "Chad Hollis"]).any
    assert knowledge(["KAOHSIUNG"]).population > 0  # capitals in a dateline are a name
    assert not knowledge(["UN"]).any


# ----------------------------------------------------------------------------- cues


def cues(text, name, title=""):
    s = text.index(name)
    return mention_cues(text, s, s + len(name), title)


def test_person_cues():
    assert cues("Mr. Florence Tam spoke.", "Florence Tam").person
    assert cues("Iris Vale, Mayor of Lisbon, spoke.", "Iris Vale").person
    assert cues("Tom Reyes, chief executive of Zentor, said so.", "Tom Reyes").person
    assert cues("Anna Kim (45), a teacher, said so.", "Anna Kim").person
    assert cues("Vice Mayor Noh said so.", "Noh", title="Vice Mayor").person
    # a person's role in lower case right before the name
    assert cues("It grew, chief executive Merete Olsen said.", "Merete Olsen").person
    assert cues("Zentor spokeswoman Ana Roe declined.", "Ana Roe").person
    # not a role that also comes before companies or teams
    assert not cues("The broadcaster Zentor TV aired it.", "Zentor TV").person
    assert not cues("The league champion Kalmar FC lost.", "Kalmar FC").person
    # a role followed by a name is that name's title; "said" after the role is no apposition
    assert not cues("In Kalmar, Mayor Lund said so.", "Kalmar").person
    assert not cues("Zentor, the chief executive said, will grow.", "Zentor").person
    # places and organisations are members, hosts and leaders too
    assert not cues("Bremen, a member of the network, agreed.", "Bremen").person
    assert not cues("Kalmar, host of the 2002 Games, bid again.", "Kalmar").person
    # kin named after a possessive are people, whatever place the name also is
    assert cues("He left to visit his wife Florence in hospital.", "Florence").person
    assert cues("Reyes's son Lyon joined the firm.", "Lyon").person
    assert not cues("The son of Lyon's mayor spoke.", "Lyon").person


def test_place_cues():
    assert cues("They met in Kalmar last week.", "Kalmar").place
    assert cues("The mayor of Kalmar spoke.", "Kalmar").sure_place
    assert not cues("The stock capital of Zentor Inc tripled.", "Zentor Inc").sure_place
    assert cues("Kalmar is a port city.", "Kalmar").place
    assert cues("KALMAR, Norway, May 3 -- The fair opened.", "KALMAR").place
    assert cues("Officials from Kalmar (Norway) came.", "Kalmar").place
    assert not cues("Zentor, Norway's largest firm, grew.", "Zentor").place
    assert not cues("Zentor said it would grow.", "Zentor").place


# ----------------------------------------------------------------------------- decisions


def test_decide_person_evidence_beats_a_town_named_like_a_person():
    town = Knowledge(population=150_000)
    assert decide(Counter(GPE=1), Cues(person=1), town, ["Jackson"]) == "PERSON"
    assert decide(Counter(PERSON=1), Cues(person=1), town, ["Jackson"]) == "PERSON"


def test_decide_well_known_city_beats_a_bare_person_label():
    assert decide(Counter(PERSON=2), Cues(), Knowledge(population=3_000_000),
                  ["Hefei"]) == "GPE"


def test_decide_small_town_needs_place_words():
    town = Knowledge(population=30_000)
    assert decide(Counter(PERSON=1), Cues(), town, ["Ashford"]) is None
    assert decide(Counter(PERSON=1), Cues(place=1), town, ["Ashford"]) == "GPE"


def test_decide_organisation_named_after_a_city_needs_place_use():
    city = Knowledge(population=500_000)
    assert decide(Counter(ORG=2), Cues(), city, ["Leeds"]) is None
    assert decide(Counter(ORG=2), Cues(place=1), city, ["Leeds"]) == "GPE"
    assert decide(Counter(ORG=1), Cues(), Knowledge(region=True), ["Bashkortostan"]) == "GPE"


def test_decide_country_and_odd_labels():
    assert decide(Counter(ORG=1), Cues(), Knowledge(country=True), ["Peru"]) == "GPE"
    assert decide(Counter(NORP=1), Cues(), Knowledge(population=9_000_000), ["Lanzhou"]) == "GPE"
    assert decide(Counter(PRODUCT=1), Cues(), Knowledge(population=50_000), ["Martin"]) is None
    assert decide(Counter(ORG=1), Cues(sure_place=1), Knowledge(), ["Apple"]) == "GPE"
    assert decide(Counter(ORG=1), Cues(sure_place=1, place=1), Knowledge(), ["Zarvas"]) == "GPE"
    assert decide(Counter(ORG=1), Cues(), Knowledge(), ["Zentor"]) is None


# ----------------------------------------------------------------------------- whole stage


def test_well_known_cities_are_places(nlp):
    # the small model calls "Chonju" NORP and "Monterrey" PERSON here
    found, _ = types(nlp, "Kaohsiung forges friendly ties with Chonju. Tianjin and Monterrey "
                          "signed an agreement in Tientsin last year.")
    for name in ("Kaohsiung", "Chonju", "Tianjin", "Monterrey"):
        assert found.get(name) == "GPE", (name, found)


def test_a_titled_person_named_like_a_town_stays_a_person(nlp):
    found, _ = types(nlp, "Mayor Florence Tam met Colin Jackson. Jackson said the plan "
                          "was good, and Mr. Tam agreed.")
    assert found["Florence Tam"] == "PERSON"
    assert found["Colin Jackson"] == "PERSON"


def test_apposition_role_makes_a_person(nlp):
    found, _ = types(nlp, "Marisol Quintero, Mayor of Quito, will replace Idris Dampha, "
                          "Mayor of Accra, in January.")
    assert found["Marisol Quintero"] == "PERSON"
    assert found["Idris Dampha"] == "PERSON"
    assert found["Quito"] == "GPE" and found["Accra"] == "GPE"


def test_city_of_prefix_and_republic_forms_join_the_place(nlp):
    found, entities = types(nlp, "Tromsø is twinned with the City of Valparaíso in the Republic "
                                 "of Chile. Valparaíso is a research hub in Chile.")
    [port] = [e for e in entities if e.name == "Valparaíso"]
    assert "City of Valparaíso" in port.aliases
    [chile] = [e for e in entities if "Chile" in [e.name, *e.aliases]]
    assert {"Chile", "Republic of Chile"} <= {chile.name, *chile.aliases}


def test_names_of_one_country_are_one_entity_in_an_article(nlp):
    _found, entities = types(nlp, "The United Republic of Tanzania and Chile met. Tanzania "
                                  "said it would invest in Chile.")
    [tanzania] = [e for e in entities if "Tanzania" in [e.name, *e.aliases]]
    assert "United Republic of Tanzania" in {tanzania.name, *tanzania.aliases}
    _found, entities = types(nlp, "The Netherlands and Chile met. Holland said it would invest "
                                  "in Chile.")
    [dutch] = [e for e in entities if "Netherlands" in [e.name, *e.aliases]]
    assert "Holland" in dutch.aliases


def test_sudan_beside_south_sudan_stays_apart(nlp):
    _found, entities = types(nlp, "South Sudan fired a missile. Sudan and Chad protested.")
    names = [e.name for e in entities]
    assert "South Sudan" in names and "Sudan" in names


def test_items_of_a_list_of_places_are_places():
    text = "It spans Gunsan, Mokpo, Pohang, Gumi, and Suncheon, with 14 smaller zones."
    cands = [Cand(text.index(w), text.index(w) + len(w), "GPE") for w in
             ("Gunsan", "Mokpo", "Pohang", "Gumi", "Suncheon")]
    [items] = lists_of_names(text, cands)
    assert len(items) == 5
    assert lists_of_names("Gunsan met Mokpo. Pohang", cands[:2]) == []


def test_list_kind_is_voted_in_the_article(nlp):
    found, _ = types(nlp, "The zones include Ovalle, Mokpo, Pohang, Gumi, and Tarvik, "
                          "along with smaller ones.")
    assert found.get("Tarvik") == "GPE" and found.get("Ovalle") == "GPE"


def test_family_name_first_short_forms_join_the_person(nlp):
    _found, entities = types(nlp, "“We are ready,” said Yoon Sang-hee, director at the "
                                  "office. “Those systems are needed,” Yoon said.")
    [yoon] = [e for e in entities if e.name == "Yoon Sang-hee"]
    assert yoon.type == "PERSON" and "Yoon" in yoon.aliases


def test_country_code_in_parentheses_is_a_place_not_an_acronym(nlp):
    _found, entities = types(nlp, "Brightwater Inc. (USA) and Harlow Rail Centre (UK) signed "
                                  "a deal in Tucson.")
    by_name = {e.name: e for e in entities}
    assert "USA" not in by_name["Brightwater Inc."].aliases
    assert "Tucson" in by_name and "USA" not in by_name["Tucson"].aliases


def test_glosses_in_parentheses_do_not_break_a_list():
    text = "New members: Sella de Ribera (Malta), Kranjvik (Latvia), Ourém (Estonia) and Tarvik."
    names = ["Sella de Ribera", "Malta", "Kranjvik", "Latvia", "Ourém", "Estonia", "Tarvik"]
    cands = [Cand(text.index(w), text.index(w) + len(w), "GPE") for w in names]
    [items] = lists_of_names(text, cands)
    assert [text[c.start : c.end] for c in items] == ["Sella de Ribera", "Kranjvik", "Ourém",
                                                      "Tarvik"]
