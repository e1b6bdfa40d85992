"""Names the model misses or mistypes, on made-up sentences: forms of address, datelines,
company-kind nouns, list items, place names with particles or a country, officers' titles.

Rules are tested on hand-built candidates, so that they hold whatever the model proposes.
"""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.extract.entities.acronyms import parentheses
from pipeline.extract.entities.fragments import (
    company_with_country,
    in_country_names,
    joined_places,
    place_particles,
)
from pipeline.extract.entities.kinds import Cues, Knowledge, decide
from pipeline.extract.entities.missed import (
    addressed_names,
    dateline_places,
    kind_noun_names,
    list_organisations,
)
from pipeline.extract.entities.spans import Cand, clean_span


def cand(text, phrase, label, **kw):
    s = text.index(phrase)
    return Cand(s, s + len(phrase), label, **kw)


def texts(text, cands):
    return sorted((text[c.start : c.end], c.label) for c in cands)


# ----------------------------------------------------------------------------- address


def test_name_after_a_form_of_address_is_a_person():
    text = "The deal was signed by Mr Dong-Hyun Park and Dr. Ana Sousa on Monday."
    out = addressed_names(text, [cand(text, "Ana Sousa", "PERSON")])
    assert texts(text, out) == [("Ana Sousa", "PERSON"), ("Dong-Hyun Park", "PERSON")]


def test_family_name_in_capitals_replaces_the_acronym_reading():
    text = "Mr. KIM Jae-won Mayor of Tornby City spoke first."
    out = addressed_names(text, [cand(text, "KIM", "ORG"), cand(text, "Tornby City", "GPE")])
    assert texts(text, out) == [("KIM Jae-won", "PERSON"), ("Tornby City", "GPE")]


@pytest.mark.parametrize("text", ["Prof. Dr. Ana Sousa spoke.", "Shares of Mr Price Group fell.",
                                  "Mr. President, we agree."])
def test_no_name_from_a_second_form_an_organisation_or_a_title(text):
    found = texts(text, addressed_names(text, []))
    assert ("Dr", "PERSON") not in found and ("Mr Price Group", "PERSON") not in found
    assert all(name not in ("Price", "President", "Dr") for name, _label in found)


def test_title_then_family_name_in_capitals_is_a_person():
    text = "Mayor KIM: our city first signed in 1996."
    [c] = clean_span(text, text.index("KIM"), text.index(":"), "ORG")
    assert (c.label, c.title) == ("PERSON", "Mayor")
    text = "Minister ICT: a portfolio."  # a common abbreviation stays out
    assert clean_span(text, text.index("ICT"), text.index(":"), "ORG") == []


def test_letter_before_a_common_word_is_no_name():
    text = "They reached millennials and Gen Z-ers online."
    assert clean_span(text, text.index("Gen"), text.index(" online"), "PERSON") == []


# ----------------------------------------------------------------------------- datelines


def test_place_in_capitals_opening_a_dateline():
    text = "LISBON, Portugal—June 3, 2024 — The network today announced a new president."
    assert texts(text, dateline_places(text, [])) == [("LISBON", "GPE")]
    text = "ZORBLATT, Portugal—June 3 — The network opened."
    assert dateline_places(text, []) == []


# ----------------------------------------------------------------------------- companies


def test_name_after_a_company_kind_noun_is_an_organisation():
    text = "The park's biggest tenant is pharmaceutical company Zentor, with drugmaker Halvex."
    out = kind_noun_names(text, [cand(text, "Halvex", "PERSON")])
    assert ("Zentor", "ORG") in texts(text, out)
    assert [c.hint for c in out if text[c.start : c.end] == "Halvex"] == ["ORG"]


def test_title_after_a_company_noun_is_not_a_company():
    text = "The company Chairman Lee said so."
    assert kind_noun_names(text, []) == []
    text = "Documentary maker Ana Ruiz filmed it."  # "maker" is a person's job too
    assert kind_noun_names(text, []) == []


def test_possessive_after_a_form_of_address_is_not_part_of_the_name():
    text = "Mr Lund's Budget was praised, and Mr O'Hara agreed."
    assert texts(text, addressed_names(text, [])) == [("O'Hara", "PERSON")]


def test_an_officers_title_after_a_name_makes_it_an_organisation():
    text = "It was signed by Tornby Labs' chief executive officer and president, Mr Ana Ruiz."
    [c] = clean_span(text, 17, text.index("' chief"), "PERSON")
    assert c.hint == "ORG"
    assert decide(Counter(PERSON=3, ORG=2), Cues(org_role=1), Knowledge(),
                  ["Tornby Labs"]) == "ORG"
    # a person with a title of his own stays a person
    assert decide(Counter(PERSON=3), Cues(person=1, org_role=1), Knowledge(),
                  ["Ana Ruiz"]) == "PERSON"


def test_company_named_with_a_country_is_one_organisation():
    text = "Park manager Zentor Australia announced it, as did Tucson Argentina."
    cands = [cand(text, "Zentor", "GPE"), cand(text, "Australia", "GPE"),
             cand(text, "Tucson", "GPE"), cand(text, "Argentina", "GPE")]
    assert texts(text, company_with_country(text, cands)) == [
        ("Argentina", "GPE"), ("Tucson", "GPE"), ("Zentor Australia", "ORG")]


def test_name_between_two_organisations_of_a_list():
    text = ("Tenants came from the Tornby Research Institute, Kelton Polytechnic University and "
            "Avalon University in the past.")
    cands = [cand(text, "Tornby Research Institute", "ORG"),
             cand(text, "Avalon University", "ORG")]
    out = list_organisations(text, cands)
    assert ("Kelton Polytechnic University", "ORG") in texts(text, out)
    text = "Tenants came from the Tornby Institute, Kelton Hills and Avalon University."
    cands = [cand(text, "Tornby Institute", "ORG"), cand(text, "Avalon University", "ORG")]
    assert list_organisations(text, cands) == cands  # no organisation's head word


# ----------------------------------------------------------------------------- places


def test_place_name_goes_on_after_a_particle():
    text = "The team flew from Alcalá de Henares (Spain) and Vila do Conde."
    cands = [cand(text, "Alcalá", "GPE"), cand(text, "Vila", "GPE")]
    place_particles(text, cands)
    assert [text[c.start : c.end] for c in cands] == ["Alcalá de Henares", "Vila do Conde"]
    text = "She met Rosa de la Cruz."
    c = cand(text, "Rosa", "PERSON")
    place_particles(text, [c])
    assert text[c.start : c.end] == "Rosa"


def test_embassy_is_named_with_the_country_it_stands_in():
    text = "They visited the Tornish Embassy in Peru and the Kelton Embassy in Lima."
    cands = [cand(text, "Tornish Embassy", "ORG"), cand(text, "Peru", "GPE"),
             cand(text, "Kelton Embassy", "ORG"), cand(text, "Lima", "GPE")]
    assert texts(text, in_country_names(text, cands)) == [
        ("Kelton Embassy", "ORG"), ("Lima", "GPE"), ("Tornish Embassy in Peru", "ORG")]


def test_two_places_joined_by_a_hyphen_are_split():
    text = "This Gimhae City-Tucson City meeting was online; Bavaria joined."
    cands = [cand(text, "Gimhae City-Tucson City", "GPE"), cand(text, "Bavaria", "GPE")]
    assert texts(text, joined_places(text, cands)) == [
        ("Bavaria", "GPE"), ("Gimhae City", "GPE"), ("Tucson City", "GPE")]


def test_zone_abbreviation_ends_a_place_name():
    text = "Firms moved to the Tornby SEZ last year."
    [c] = clean_span(text, text.index("Tornby"), text.index(" last"), "LAW")
    assert c.label == "LOC"


def test_country_code_after_a_common_noun_is_its_abbreviation():
    text = "It invited science park (STP) staff; Zentor Inc. (USA) came."
    added, _links = parentheses(text, [cand(text, "Zentor Inc.", "ORG")])
    assert texts(text, added) == [("USA", "GPE")]


# ----------------------------------------------------------------------------- more cues


def test_one_small_letter_before_a_capital_opens_a_brand_name():
    text = "An analyst at iSense Consulting Group said so; see walkintoKorea."
    [c] = clean_span(text, text.index("iSense"), text.index(" said"), "ORG")
    assert text[c.start : c.end] == "iSense Consulting Group"
    assert clean_span(text, text.index("walkinto"), len(text) - 1, "ORG") == []
    text = "The new iPad Mini sold well."  # a product, not a company
    assert clean_span(text, text.index("iPad"), text.index(" sold"), "ORG") == []


def test_company_noun_in_apposition_is_organisation_evidence():
    from pipeline.extract.entities.kinds import mention_cues

    text = "Rides grew at Halvex Tomo, China's largest ride-hailing platform, last year."
    s = text.index("Halvex Tomo")
    assert mention_cues(text, s, s + len("Halvex Tomo"), "").org_role
    text = "Ana Ruiz, the city's largest landowner, spoke."
    assert not mention_cues(text, 0, len("Ana Ruiz"), "").org_role
    text = "Said its vice president Ana Ruiz, the firm wanted to cut costs."  # a new clause
    s = text.index("Ana Ruiz")
    assert not mention_cues(text, s, s + len("Ana Ruiz"), "").org_role


def test_a_twinned_name_is_surely_a_place():
    from pipeline.extract.entities.kinds import mention_cues

    text = "Zorvik has been the sister city of Kalmar since 2015."
    assert mention_cues(text, 0, len("Zorvik"), "").sure_place
    assert decide(Counter(ORG=2), Cues(sure_place=1), Knowledge(), ["Zorvik"]) == "GPE"


def test_one_word_brand_between_two_organisations_of_a_list():
    text = "Tenants include Zentor, Brightwater Systems, Halvex and Orvane."
    cands = [cand(text, "Zentor", "ORG"), cand(text, "Brightwater Systems", "ORG"),
             cand(text, "Orvane", "ORG")]
    assert ("Halvex", "ORG") in texts(text, list_organisations(text, cands))
    text = "Tenants include Zentor, Brightwater Systems, CEO and Orvane."
    cands = [cand(text, "Zentor", "ORG"), cand(text, "Brightwater Systems", "ORG"),
             cand(text, "Orvane", "ORG")]
    assert list_organisations(text, cands) == cands  # an acronym is not taken on trust
