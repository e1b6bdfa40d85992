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
    dateline_companies,
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


def test_name_after_a_maker_or_a_bank_is_an_organisation():
    text = "Software maker Zentor hired staff, and the bank Halvex lent it money."
    assert texts(text, kind_noun_names(text, [])) == [("Halvex", "ORG"), ("Zentor", "ORG")]
    text = "Film maker Ana Ruiz and policy maker Tom Hale spoke."
    assert kind_noun_names(text, []) == []


def test_company_before_an_officers_title_is_an_organisation():
    from pipeline.extract.entities.missed import organisations_before_titles

    text = "Zentor chief executive Ana Roe and Halvex CEO Tom Hale spoke."
    assert texts(text, organisations_before_titles(text, [])) == [
        ("Halvex", "ORG"), ("Zentor", "ORG")]
    # a title word, a known place, a common word: no company
    for text in ("Former CEO Ana Roe spoke.", "Paris chairman Tom Hale spoke.",
                 "The chairman Tom Hale spoke.", "Acting Chief Executive Ana Roe spoke.",
                 "Committee Chairman Tom Hale spoke.", "Presidential spokesman Tom Hale "
                 "spoke.", "Company chairman Ana Roe spoke."):
        assert organisations_before_titles(text, []) == []


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
    text = "He heads Kelco do Brasil."  # an organisation's name goes on too
    c = cand(text, "Kelco", "ORG")
    place_particles(text, [c])
    assert text[c.start : c.end] == "Kelco do Brasil"


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


# ----------------------------------------------------------------------------- round 5


def test_name_after_a_title_where_the_model_found_none_is_a_person():
    from pipeline.extract.entities.missed import titled_names

    text = "Lake Orvy Mayor Ana Sofía Beltrán Quintero signed the accord with Governor Lind."
    out = titled_names(text, [cand(text, "Lake Orvy", "GPE")])
    assert texts(text, out) == [("Ana Sofía Beltrán Quintero", "PERSON"), ("Lake Orvy", "GPE")]
    assert next(c for c in out if c.label == "PERSON").title == "Mayor"


@pytest.mark.parametrize("text", [
    "Governor Tornby Science Park officials met.",  # organisation words
    "Mayor Ana Sousa spoke.",  # the model's own candidate stays as it is
    "Governor Buenos Aires welcomed them.",  # a place the gazetteer knows
    "General Motors Company said so.",  # an ambiguous title opens other names
])
def test_no_titled_person_from_organisations_places_or_found_names(text):
    from pipeline.extract.entities.missed import titled_names

    given = [cand(text, "Ana Sousa", "PERSON")] if "Sousa" in text else []
    out = titled_names(text, given)
    assert [c for c in out if c.rule == "titled"] == []


def test_hyphenated_place_names_and_their_short_form():
    from pipeline.extract.entities.missed import hyphenated_place_names

    text = "The band toured Aix-en-Provence in May; Aix, they said, was the best stop."
    short = text.index("Aix,")
    out, links = hyphenated_place_names(text, [Cand(short, short + 3, "PERSON")])
    assert ("Aix-en-Provence", "GPE") in texts(text, out) and ("Aix", "GPE") in texts(text, out)
    assert len(links) == 1
    # a connective name the gazetteer does not know is left alone
    text = "The Velmo-sur-Quarn team won."
    assert hyphenated_place_names(text, []) == ([], [])


def test_place_body_after_a_level_of_government_is_one_organisation():
    from pipeline.extract.entities.headwords import place_bodies

    text = ("In Velmora the Velmora provincial People's Committee and Tornby Municipal Water "
            "Board met")
    second = text.index("Velmora", 5)
    given = [cand(text, "Velmora", "GPE"),  # labelled a place elsewhere in the text
             Cand(second, second + 7, "PERSON"), cand(text, "People's Committee", "ORG"),
             cand(text, "Tornby", "GPE"), cand(text, "Municipal Water Board", "ORG")]
    out = place_bodies(text, given)
    assert ("Velmora provincial People's Committee", "ORG") in texts(text, out)
    assert ("Tornby Municipal Water Board", "ORG") in texts(text, out)
    # a place and an organisation side by side stay two names
    text = "the Tornby Treasury said"
    given = [cand(text, "Tornby", "GPE"), cand(text, "Treasury", "ORG")]
    assert texts(text, place_bodies(text, given)) == [("Tornby", "GPE"), ("Treasury", "ORG")]


def test_ranking_head_after_an_organisation_makes_a_work():
    from pipeline.extract.entities.fragments import works_cut_short

    text = "Five schools made the Tornby University Rankings and the Kelton Group Report of May."
    given = [cand(text, "Tornby University", "ORG"), cand(text, "Kelton Group", "ORG")]
    works_cut_short(text, given)
    assert texts(text, given) == [("Kelton Group", "ORG"),  # "Report of ...": no head here
                                  ("Tornby University Rankings", "WORK_OF_ART")]


def test_acronym_of_a_publication_is_no_organisation():
    text = "The Tornby Innovation Index (TII) ranks cities."
    added, _links = parentheses(text, [cand(text, "Tornby Innovation Index", "ORG")])
    assert ("TII", "WORK_OF_ART") in texts(text, added)


def test_known_place_before_a_title_is_a_place():
    from pipeline.extract.entities.missed import places_before_titles

    text = "Present were Kerala Chief Minister Ana Roe and Mr Smith Director John Doe."
    out = places_before_titles(text, [cand(text, "Ana Roe", "PERSON")])
    assert texts(text, out) == [("Ana Roe", "PERSON"), ("Kerala", "GPE")]
    # a person the model saw there gets a place hint
    given = [cand(text, "Kerala", "PERSON")]
    places_before_titles(text, given)
    assert given[0].hint == "GPE"
    # an unknown name before a title is left alone, and so is a sentence's first word
    for text in ("Present were Velmoran Chief Minister Ana Roe and others.",
                 "No comment. But Prime Minister Ana Roe has said so."):
        assert places_before_titles(text, []) == []


def test_well_known_place_framed_as_a_place_is_one():
    from pipeline.extract.entities.known_places import places_in_context

    text = ("Tampere, a Finnish city, grew. Talks in Lyon ended, and the team flew from "
            "Osaka to the city of Porto.")
    assert texts(text, places_in_context(text, [])) == [
        ("Lyon", "GPE"), ("Osaka", "GPE"), ("Porto", "GPE"), ("Tampere", "GPE")]
    # a name the gazetteer does not know well, a longer name, no place word, or a name
    # already found
    for text in ("Talks in Velmora ended.", "They flew to Paris Hilton hotels.",
                 "Lyon said it would grow.", "Acme Tampere, a city firm, grew."):
        assert places_in_context(text, []) == []
    text = "Talks in Lyon ended."
    assert texts(text, places_in_context(text, [cand(text, "Lyon", "PERSON")])) == [
        ("Lyon", "PERSON")]


def test_unlabelled_park_named_for_a_known_place_is_an_organisation(nlp):
    from pipeline.extract.entities.headwords import head_noun_names

    text = "Hong also visited the Curitiba Business Park on Monday."
    assert texts(text, head_noun_names(nlp(text), [])) == [("Curitiba Business Park",
                                                            "ORG")]
    # a park named for no known place, or a two-word name, is left to the model
    for text in ("Hong also visited the Velmora Business Park on Monday.",
                 "Hong also visited Curitiba Park on Monday."):
        assert head_noun_names(nlp(text), []) == []


def test_known_place_before_an_extent_phrase_is_a_place():
    from pipeline.extract.entities.missed import places_before_extents

    text = "The Lyon metropolitan area grew, as did the Osaka region and the Smith area."
    assert texts(text, places_before_extents(text, [])) == [("Lyon", "GPE"), ("Osaka", "GPE")]
    # a person the model saw there gets a place hint
    given = [cand(text, "Lyon", "PERSON")]
    places_before_extents(text, given)
    assert given[0].hint == "GPE"
    # the tail of a longer run of capitalised words is left alone
    text = "Rain fell on the Upper Rhine Valley Lyon area."
    assert places_before_extents(text, []) == []


@pytest.mark.parametrize(("name", "label", "ok"), [
    ("Firm C", "GPE", False), ("Group B", "ORG", False), ("Malcolm X", "PERSON", True)])
def test_a_letter_standing_for_a_name_is_no_name(name, label, ok):
    from pipeline.extract.entities.spans import acceptable

    text = f"Then {name} said so."
    assert acceptable(text, 5, 5 + len(name), label) is ok


@pytest.mark.parametrize(("name", "label"), [
    ("Tornby Gorge National Park", "LOC"), ("Kelton Innovation District", "LOC"),
    ("Kelton School District", "ORG")])
def test_park_and_city_quarter_heads_make_areas(name, label):
    from pipeline.extract.entities.spans import _relabel_by_head

    assert _relabel_by_head(name, "ORG") == label


def test_gathering_glued_before_an_acronym_led_name_is_cut_off():
    from pipeline.extract.entities.fragments import gathering_glued

    text = "During the Summit KLGA Africa signed three agreements with the Summit Group."
    given = [cand(text, "Summit KLGA Africa", "ORG"), cand(text, "Summit Group", "ORG")]
    gathering_glued(text, given)
    assert texts(text, given) == [("KLGA Africa", "ORG"), ("Summit Group", "ORG")]


def test_head_word_name_after_a_place_ends_before_for_a():
    from pipeline.extract.entities.headwords import _goes_on

    class Tok:  # the two spaCy attributes the check reads, on made-up words
        def __init__(self, text, i):
            self.text, self.lower_, self.i = text, text.lower(), i

    words = ["Garden", "for", "a", "dance", "Centre", "for", "the", "Arts"]
    doc = [Tok(w, i) for i, w in enumerate(words)]
    assert not _goes_on(doc, doc[1])
    assert _goes_on(doc, doc[5])


def test_name_of_a_body_starts_at_the_word_hyphened_before_it():
    from pipeline.extract.entities.fragments import hyphen_prefixed

    text = "They planted a tree in the Velmoran-Tornish Friendship Garden and met Orby-Lee."
    given = [cand(text, "Tornish Friendship Garden", "FAC"), cand(text, "Lee", "PERSON")]
    hyphen_prefixed(text, given)
    assert texts(text, given) == [("Lee", "PERSON"),
                                  ("Velmoran-Tornish Friendship Garden", "FAC")]


def test_short_form_introduced_by_hereinafter_is_an_alias():
    text = "They met in Velmora Province (hereinafter VP) and the Kelton Lake Authority " \
           "(hereafter referred to as \"KLA\")."
    added, links = parentheses(text, [cand(text, "Velmora Province", "GPE"),
                                      cand(text, "Kelton Lake Authority", "ORG")])
    assert texts(text, added) == [("KLA", "ORG"), ("VP", "GPE")]
    assert len(links) == 2


@pytest.mark.parametrize("text, name", [
    ("a deal with Tarvo Software's <TRV> Answer Systems Inc today", "Answer Systems Inc"),
    ("a deal with Answer Systems Inc <ANS today", "Answer Systems Inc"),
    ("a deal with <Answer Systems Inc> today", "Answer Systems Inc"),
])
def test_a_ticker_bracket_cut_in_two_is_not_part_of_the_name(text, name):
    """The model's span may begin inside a ticker's angle brackets ("SSW> Answer ...")."""
    start = text.index(name) - (len("TRV> ") if "TRV>" in text else 0)
    end = text.index(name) + len(name) + (len(" <ANS") if "<ANS" in text else 0)
    assert [text[c.start:c.end] for c in clean_span(text, start, end, "ORG")] == [name]


def test_a_name_inside_half_a_bracket_keeps_its_words():
    text = "Shares of <Tarvin Mining Ltd rose."
    [c] = clean_span(text, text.index("<"), text.index(" rose"), "ORG")
    assert text[c.start:c.end] == "Tarvin Mining Ltd"


def test_a_name_closed_by_a_bracket_keeps_its_words():
    text = "It bought <Riedel Inc> of Portland, Ore., last year."
    [c, *_] = clean_span(text, text.index("Riedel"), text.index(", Ore"), "ORG")
    assert text[c.start:c.end].startswith("Riedel Inc")


def test_company_opening_a_story_after_a_dateline():
    text = "The talks ended.\nLONDON - Tarvo Grain Corp is issuing a bond.\nLONDON - It rained."
    assert texts(text, dateline_companies(text, [])) == [("Tarvo Grain Corp", "ORG")]
    text = "ZORBLATT - Tarvo Grain Corp is issuing a bond."  # no dateline: a place unknown
    assert dateline_companies(text, []) == []

