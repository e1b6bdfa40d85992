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
    for name in ("South Korea", "Republic of Korea", "Korea", "ROK", "the Republic of Korea"):
        assert g.country_code(name) == "KR", name
    for name in ("United States", "United States of America", "U.S.", "USA", "US", "America"):
        assert g.country_code(name) == "US", name
    for name in ("China", "People's Republic of China", "People’s Republic of China", "PRC"):
        assert g.country_code(name) == "CN", name
    for name in ("United Kingdom", "UK", "Britain", "Great Britain"):
        assert g.country_code(name) == "GB", name
    assert g.country_code("Republic of France") == "FR"  # a state form before a short name
    assert g.country_code("Kingdom of France") is None  # a historical state
    assert g.country_code("Seoul") is None


def test_region_names_lose_romanised_type_words():
    assert "Busan" in _region_forms("Busan-gwangyeoksi")
    assert "Anhui" in _region_forms("Anhui Sheng")
    assert "Adygeya" in _region_forms("Adygeya, Respublika")
    assert "Baden-Württemberg" in _region_forms("Baden-Württemberg")
    assert "Baden" not in _region_forms("Baden-Württemberg")


def test_alternate_city_names_share_the_city():
    g = gazetteer()
    assert g.places("Pusan").city.ident == g.places("Busan").city.ident
    assert g.places("Kwangju").city.ident == g.places("Gwangju").city.ident
    assert g.places("Qingdao").city.population > 1_000_000
    assert not g.places("Zorblatt")


def test_knowledge_needs_every_form_to_be_a_place():
    assert knowledge(["Jordan"]).country
    assert not knowledge(["Jordan", "Michael Jordan"]).any
    assert knowledge(["DAEJEON"]).population > 0  # capitals in a dateline are a name
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
    assert cues("Vice Mayor Yoo said so.", "Yoo", title="Vice Mayor").person
    # a role followed by a name is that name's title; "said" after the role is no apposition
    assert not cues("In Kalmar, Mayor Lund said so.", "Kalmar").person
    assert not cues("Zentor, the chief executive said, will grow.", "Zentor").person
    # places and organisations are members, hosts and leaders too
    assert not cues("Dortmund, a member of the network, agreed.", "Dortmund").person
    assert not cues("Busan, host of the 2002 Games, bid again.", "Busan").person


def test_place_cues():
    assert cues("They met in Kalmar last week.", "Kalmar").place
    assert cues("The mayor of Kalmar spoke.", "Kalmar").sure_place
    assert not cues("The stock capital of Zentor Inc tripled.", "Zentor Inc").sure_place
    assert cues("Kalmar is a port city.", "Kalmar").place
    assert cues("KALMAR, Sweden, May 3 -- The fair opened.", "KALMAR").place
    assert cues("Officials from Kalmar (Sweden) came.", "Kalmar").place
    assert not cues("Zentor, South Korea's largest firm, grew.", "Zentor").place
    assert not cues("Zentor said it would grow.", "Zentor").place


# ----------------------------------------------------------------------------- decisions


def test_decide_person_evidence_beats_a_town_named_like_a_person():
    town = Knowledge(population=150_000)
    assert decide(Counter(GPE=1), Cues(person=1), town, ["Jackson"]) == "PERSON"
    assert decide(Counter(PERSON=1), Cues(person=1), town, ["Jackson"]) == "PERSON"


def test_decide_well_known_city_beats_a_bare_person_label():
    assert decide(Counter(PERSON=2), Cues(), Knowledge(population=3_000_000),
                  ["Qingdao"]) == "GPE"


def test_decide_small_town_needs_place_words():
    town = Knowledge(population=30_000)
    assert decide(Counter(PERSON=1), Cues(), town, ["Bentley"]) is None
    assert decide(Counter(PERSON=1), Cues(place=1), town, ["Bentley"]) == "GPE"


def test_decide_organisation_named_after_a_city_needs_place_use():
    city = Knowledge(population=500_000)
    assert decide(Counter(ORG=2), Cues(), city, ["Leeds"]) is None
    assert decide(Counter(ORG=2), Cues(place=1), city, ["Leeds"]) == "GPE"
    assert decide(Counter(ORG=1), Cues(), Knowledge(region=True), ["Tatarstan"]) == "GPE"


def test_decide_country_and_odd_labels():
    assert decide(Counter(ORG=1), Cues(), Knowledge(country=True), ["Korea"]) == "GPE"
    assert decide(Counter(NORP=1), Cues(), Knowledge(population=9_000_000), ["Xian"]) == "GPE"
    assert decide(Counter(PRODUCT=1), Cues(), Knowledge(population=50_000), ["Martin"]) is None
    assert decide(Counter(ORG=1), Cues(sure_place=1), Knowledge(), ["Apple"]) == "GPE"
    assert decide(Counter(ORG=1), Cues(sure_place=1, place=1), Knowledge(), ["Navas"]) == "GPE"
    assert decide(Counter(ORG=1), Cues(), Knowledge(), ["Zentor"]) is None


# ----------------------------------------------------------------------------- whole stage


def test_well_known_cities_are_places(nlp):
    found, _ = types(nlp, "Qingdao forges friendly ties with Gwangju. Busan and Genoa "
                          "signed an agreement in Pusan last year.")
    for name in ("Qingdao", "Gwangju", "Busan", "Genoa"):
        assert found.get(name) == "GPE", (name, found)


def test_a_titled_person_named_like_a_town_stays_a_person(nlp):
    found, _ = types(nlp, "Mayor Florence Tam met Colin Jackson. Jackson said the plan "
                          "was good, and Mr. Tam agreed.")
    assert found["Florence Tam"] == "PERSON"
    assert found["Colin Jackson"] == "PERSON"


def test_apposition_role_makes_a_person(nlp):
    found, _ = types(nlp, "Marisol Quintero, Mayor of Bogotá, will replace Idris Dampha, "
                          "Mayor of Dakar, in January.")
    assert found["Marisol Quintero"] == "PERSON"
    assert found["Idris Dampha"] == "PERSON"
    assert found["Bogotá"] == "GPE" and found["Dakar"] == "GPE"


def test_city_of_prefix_and_republic_forms_join_the_place(nlp):
    found, entities = types(nlp, "Velmora is twinned with the City of Lille in the Republic "
                                 "of France. Lille is a research hub in France.")
    [lille] = [e for e in entities if e.name == "Lille"]
    assert "City of Lille" in lille.aliases
    [france] = [e for e in entities if "France" in [e.name, *e.aliases]]
    assert {"France", "Republic of France"} <= {france.name, *france.aliases}


def test_names_of_one_country_are_one_entity_in_an_article(nlp):
    _found, entities = types(nlp, "The Republic of Korea and Chile met. South Korea said the "
                                  "ROK would invest in Chile.")
    [korea] = [e for e in entities if "South Korea" in [e.name, *e.aliases]]
    assert {"Republic of Korea", "ROK"} <= {korea.name, *korea.aliases}


def test_korea_beside_north_korea_stays_apart(nlp):
    _found, entities = types(nlp, "North Korea fired a missile. Korea and Japan protested.")
    names = [e.name for e in entities]
    assert "North Korea" in names and "Korea" in names


def test_items_of_a_list_of_places_are_places():
    text = "It spans Daedeok, Gwangju, Daegu, Busan, and Jeonbuk, with 14 smaller zones."
    cands = [Cand(text.index(w), text.index(w) + len(w), "GPE") for w in
             ("Daedeok", "Gwangju", "Daegu", "Busan", "Jeonbuk")]
    [items] = lists_of_names(text, cands)
    assert len(items) == 5
    assert lists_of_names("Daedeok met Gwangju. Busan", cands[:2]) == []


def test_list_kind_is_voted_in_the_article(nlp):
    found, _ = types(nlp, "The zones include Daedeok, Gwangju, Daegu, Busan, and Jeonbuk, "
                          "along with smaller ones.")
    assert found.get("Jeonbuk") == "GPE" and found.get("Daedeok") == "GPE"


def test_family_name_first_short_forms_join_the_person(nlp):
    _found, entities = types(nlp, "“We are ready,” said Jang Seo-yeon, director at the "
                                  "office. “Those systems are needed,” Jang said.")
    [jang] = [e for e in entities if e.name == "Jang Seo-yeon"]
    assert jang.type == "PERSON" and "Jang" in jang.aliases


def test_country_code_in_parentheses_is_a_place_not_an_acronym(nlp):
    _found, entities = types(nlp, "Ridgeway Capital Inc. (USA) and Harlow Rail Centre (UK) signed "
                                  "a deal in Denver.")
    by_name = {e.name: e for e in entities}
    assert "USA" not in by_name["Ridgeway Capital Inc."].aliases
    assert "Denver" in by_name and "USA" not in by_name["Denver"].aliases


def test_glosses_in_parentheses_do_not_break_a_list():
    text = "New members: Navas de Ribera (Spain), Velenje (Slovenia), Loulé (Portugal) and Karak."
    names = ["Navas de Ribera", "Spain", "Velenje", "Slovenia", "Loulé", "Portugal", "Karak"]
    cands = [Cand(text.index(w), text.index(w) + len(w), "GPE") for w in names]
    [items] = lists_of_names(text, cands)
    assert [text[c.start : c.end] for c in items] == ["Navas de Ribera", "Velenje", "Loulé",
                                                      "Karak"]
