"""Entity stage on sentences written for the tests: one test per correction rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.entities import find_entities
from pipeline.extract.entities.acronyms import parentheses
from pipeline.extract.entities.coref import group
from pipeline.extract.entities.names import (
    fold,
    fold_any,
    initials,
    is_native,
    name_key,
    place_base,
)
from pipeline.extract.entities.spans import Cand, clean_span


def run(nlp, text):
    doc = nlp(text)
    mentions, entities = find_entities(doc)
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    keys = {e.key for e in entities}
    assert {m.key for m in mentions} <= keys
    return mentions, entities


def entity(entities, name):
    found = [e for e in entities if e.name == name]
    assert found, f"{name!r} not in {[e.name for e in entities]}"
    return found[0]


def spans(text, phrase, label):
    s = text.index(phrase)
    return clean_span(text, s, s + len(phrase), label)


# ----------------------------------------------------------------------------- span rules


def test_angle_brackets_around_a_name_are_markup():
    text = "Shares of <Tarvin Mining Ltd> rose."
    [c] = spans(text, "<Tarvin Mining Ltd>", "ORG")
    assert text[c.start : c.end] == "Tarvin Mining Ltd"
    [c] = spans(text, "Tarvin Mining Ltd>", "ORG")
    assert text[c.start : c.end] == "Tarvin Mining Ltd"


@pytest.mark.parametrize("phrase, name", [
    ("Ostland Alliance for Fair Lending against", "Ostland Alliance for Fair Lending"),
    ("Tornby Fund for Clean Water with", "Tornby Fund for Clean Water"),
    ("Kelby Council for Trade and", "Kelby Council for Trade"),
])
def test_a_name_never_ends_in_a_lower_case_preposition(phrase, name):
    text = f"A protest by the {phrase} the bank's plan was dismissed."
    [c] = spans(text, phrase, "ORG")
    assert text[c.start : c.end] == name


def test_a_title_case_word_at_the_end_stays():
    text = "Shares of Tarvo Against Malaria rose."
    [c] = spans(text, "Tarvo Against Malaria", "ORG")
    assert text[c.start : c.end] == "Tarvo Against Malaria"


def test_leading_the_is_not_part_of_the_name(nlp):
    mentions, entities = run(nlp, "The talks were hosted by the United Nations in Geneva.")
    assert "United Nations" in [m.text for m in mentions]
    assert entity(entities, "United Nations").type == "ORG"


def test_trailing_possessive_is_not_part_of_the_name():
    text = "We met at the Lakeside Forum’s annual dinner."
    [c] = spans(text, "the Lakeside Forum’s", "ORG")
    assert text[c.start : c.end] == "Lakeside Forum"


def test_possessive_inside_a_span_splits_it():
    text = "He toured Marlow's Marine Research Institute yesterday."
    out = spans(text, "Marlow's Marine Research Institute", "ORG")
    assert [text[c.start : c.end] for c in out] == ["Marlow", "Marine Research Institute"]
    assert out[0].label is None  # typed by the other mentions of Marlow


def test_possessive_that_belongs_to_the_name_stays():
    text = "Shares of McDonald's rose."
    [c] = spans(text, "McDonald's", "ORG")
    assert text[c.start : c.end] == "McDonald's"


def test_city_dash_country_is_two_places():
    text = "She flew to Kaohsiung City - Taiwan last week."
    out = spans(text, "Kaohsiung City - Taiwan", "GPE")
    assert [text[c.start : c.end] for c in out] == ["Kaohsiung City", "Taiwan"]


def test_place_glued_to_a_title_is_a_place():
    text = "Velmora City Executive Mayor Park Hyung-joon spoke."
    [c] = spans(text, "Velmora City Executive", "ORG")
    assert (text[c.start : c.end], c.label) == ("Velmora City", "GPE")


def test_title_is_kept_apart_from_a_person_name():
    text = "Deputy Mayor Anna Kowalski opened the fair."
    [c] = spans(text, "Deputy Mayor Anna Kowalski", "PERSON")
    assert (text[c.start : c.end], c.title) == ("Anna Kowalski", "Deputy Mayor")


def test_title_before_a_name_makes_a_mislabelled_span_a_person():
    text = "Spokeswoman Lena Marsh declined to comment."
    [c] = spans(text, "Spokeswoman Lena Marsh", "ORG")
    assert (text[c.start : c.end], c.label, c.title) == ("Lena Marsh", "PERSON", "Spokeswoman")


@pytest.mark.parametrize("word", ["WED", "Main News", "Skip to content", "Share"])
def test_page_furniture_is_never_an_entity(word):
    text = f"{word}\nThe story starts here."
    assert clean_span(text, 0, len(word), "ORG") == []


def test_the_city_is_not_an_entity():
    text = "Officials said the city would grow."
    assert spans(text, "the city", "GPE") == []


def test_lowercase_start_is_not_a_name():
    text = "by walkintoKorea staff"
    assert spans(text, "walkintoKorea", "PERSON") == []


def test_currency_code_is_not_an_org():
    text = "It cost 40 USD."
    assert spans(text, "USD", "ORG") == []


def test_index_and_conference_are_not_organisations():
    text = "The Open Data Index and the Harbor Tech Conference."
    assert spans(text, "Open Data Index", "ORG")[0].label == "WORK_OF_ART"
    assert spans(text, "Harbor Tech Conference", "ORG")[0].label == "EVENT"


# ----------------------------------------------------------------------------- parentheses


def test_acronym_after_name_without_space(nlp):
    text = "The Korea Tourism Organization(KTO) opened an office in Paris. KTO expects visitors."
    mentions, entities = run(nlp, text)
    ent = entity(entities, "Korea Tourism Organization")
    assert ent.type == "ORG" and "KTO" in ent.aliases
    texts = [m.text for m in mentions if m.key == ent.key]
    assert texts == ["Korea Tourism Organization", "KTO", "KTO"]
    assert all("(" not in t and ")" not in t for t in texts)


def test_acronym_before_expansion_relabels_a_person_as_org():
    text = "They visited OSEA (Space Exploration Agency) in May."
    cands = [Cand(text.index("OSEA"), text.index("OSEA") + 4, "PERSON")]
    added, links = parentheses(text, cands)
    assert cands[0].label == "ORG"
    [exp] = added
    assert text[exp.start : exp.end] == "Space Exploration Agency"
    assert links == [((cands[0].start, cands[0].end), (exp.start, exp.end))]


def test_acronym_defines_an_untagged_expansion():
    text = "Members of the Blue Harbor Shipping Council (BHSC) met."
    added, _links = parentheses(text, [])
    assert sorted(text[c.start : c.end] for c in added) == ["BHSC", "Blue Harbor Shipping Council"]


def test_native_script_gloss_is_an_alias_and_a_mention(nlp):
    text = "Governor Kim Min-jae (김민재) visited the port on Friday."
    mentions, entities = run(nlp, text)
    ent = entity(entities, "Kim Min-jae")
    assert "김민재" in ent.aliases
    native = [m for m in mentions if m.text == "김민재"]
    assert native and native[0].key == ent.key
    assert text[native[0].start : native[0].end] == "김민재"
    assert [m.title for m in mentions if m.text == "Kim Min-jae"] == ["Governor"]


# ----------------------------------------------------------------------------- coreference


def test_titled_surname_joins_the_full_name(nlp):
    text = ("Executive Mayor Park Hyung-joon greeted the delegation. "
            "Mayor Park thanked the residents. Park said more visits would follow.")
    mentions, entities = run(nlp, text)
    ent = entity(entities, "Park Hyung-joon")
    assert ent.type == "PERSON"
    assert {"Mayor Park", "Park"} <= set(ent.aliases)
    assert sum(m.key == ent.key for m in mentions) >= 2


def test_surname_mislabelled_org_joins_the_person(nlp):
    text = "Prime Minister Jane Holloway met farmers in Leeds. Holloway said the plan works."
    _mentions, entities = run(nlp, text)
    ent = entity(entities, "Jane Holloway")
    assert ent.type == "PERSON" and "Holloway" in ent.aliases
    assert "Holloway" not in [e.name for e in entities]


def test_place_suffix_forms_are_one_place(nlp):
    text = "Officials from Kelvik City met us. Kelvik's volunteers were praised by Kelvik."
    _mentions, entities = run(nlp, text)
    ent = entity(entities, "Kelvik")
    assert ent.type == "GPE" and "Kelvik City" in ent.aliases


def test_majority_type_and_place_evidence_win_over_a_person_label():
    text = "Tarvo City grew. Tarvo’s port expanded. Tarvo is busy."
    second = text.index("Tarvo’s")
    third = text.index("Tarvo is")
    cands = [Cand(0, 10, "GPE"), Cand(second, second + 5, "PERSON"),
             Cand(third, third + 5, "ORG")]
    [g] = group(text, cands, [])
    assert (g.name, g.label) == ("Tarvo", "GPE")


def test_misspelled_surname_with_the_same_title_joins():
    text = "Deputy Mayor Anna Kowalski spoke. Later Deputy Mayor Kowalsky left."
    a = text.index("Anna Kowalski")
    b = text.index("Kowalsky")
    cands = [Cand(a, a + 13, "PERSON", title="Deputy Mayor"),
             Cand(b, b + 8, "PERSON", title="Deputy Mayor")]
    assert len(group(text, cands, [])) == 1


def test_different_surnames_stay_apart():
    text = "Deputy Mayor Anna Kowalski spoke. Later Deputy Mayor Brandt left."
    a = text.index("Anna Kowalski")
    b = text.index("Brandt")
    cands = [Cand(a, a + 13, "PERSON", title="Deputy Mayor"),
             Cand(b, b + 6, "PERSON", title="Deputy Mayor")]
    assert len(group(text, cands, [])) == 2


def test_ambiguous_short_name_stays_apart():
    text = "Tom Chen and Mei Chen spoke. Chen left."
    cands = [Cand(0, 8, "PERSON"), Cand(13, 21, "PERSON"), Cand(29, 33, "PERSON")]
    assert len(group(text, cands, [])) == 3


def test_customary_short_country_name_joins(nlp):
    _m, entities = run(nlp, "Korea's exports rose. South Korea's trade ministry was pleased.")
    assert "Korea" in entity(entities, "South Korea").aliases


def test_short_place_name_is_not_joined_by_its_last_word():
    text = "Ireland beat Northern Ireland. South Africa and Africa."
    cands = [Cand(0, 7, "GPE"), Cand(13, 29, "GPE"), Cand(31, 43, "GPE"), Cand(48, 54, "GPE")]
    assert len(group(text, cands, [])) == 4


def test_honorific_makes_a_mislabelled_span_a_person():
    text = "Ms Diemont said sales grew."
    [c] = spans(text, "Ms Diemont", "ORG")
    assert (text[c.start : c.end], c.label, c.title) == ("Diemont", "PERSON", "")


def test_acronym_spelling_initials_joins(nlp):
    text = "The Global Ocean Alliance met in Lisbon. GOA members agreed on new targets."
    _m, entities = run(nlp, text)
    assert "GOA" in entity(entities, "Global Ocean Alliance").aliases


def test_common_word_capitalised_in_a_heading_is_dropped(nlp):
    text = "Knowledge-based growth\nThe economy needs knowledge and skills, said Maria Lopez."
    _m, entities = run(nlp, text)
    assert "Knowledge" not in [e.name for e in entities]


def test_known_place_beside_its_plural_is_kept(nlp):
    from pipeline.extract.entities.spans import drop_common_words

    text = "Visitors came to Sichuan in May. Sichuans economy grew, and Technopolis firms."
    doc = nlp(text)

    def cand(word, label, nth=0):
        s = text.index(word)
        for _ in range(nth):
            s = text.index(word, s + 1)
        return Cand(s, s + len(word), label)

    cands = [cand("Sichuan", "GPE"), cand("Sichuans", "NORP")]
    kept = [text[c.start : c.end] for c in drop_common_words(doc, cands, text)]
    assert kept == ["Sichuan", "Sichuans"]
    # an organisation's head word alone is no name
    text = "The Commission said so, and Association members agreed."
    doc = nlp(text)
    given = [Cand(4, 14, "ORG"), Cand(text.index("Association"), text.index(" members"), "ORG")]
    assert drop_common_words(doc, given, text) == []
    # a common word beside its plural is still dropped
    text = "Technopolis rules. Technopolises grow."
    doc = nlp(text)
    assert drop_common_words(doc, [Cand(0, 11, "ORG")], text) == []


def test_list_item_between_places_is_a_place():
    text = "Partners include Bremen in Germany, Valencia in Spain and Tampa."
    from pipeline.extract.entities.spans import list_context

    def cand(word, label):
        s = text.index(word)
        return Cand(s, s + len(word), label)

    cands = [cand("Bremen", "GPE"), cand("Germany", "GPE"), cand("Valencia", "ORG"),
             cand("Spain", "GPE")]
    list_context(text, cands)
    assert cands[2].label == "GPE"


# ----------------------------------------------------------------------------- names


def test_place_base_keeps_names_where_city_is_part_of_the_place():
    assert place_base("Jeonju Metropolitan City") == "Jeonju"
    assert place_base("Kansas City") == "Kansas City"
    assert place_base("Orange County") == "Orange County"


def test_name_key_ignores_case_accents_punctuation_and_suffixes():
    assert name_key("the Málaga City", "GPE") == name_key("MALAGA", "GPE")
    assert name_key("Acme Corp.", "ORG") == name_key("Acme", "ORG")
    assert name_key("Acme Corp.", "PERSON") != name_key("Acme", "PERSON")


def test_initials_and_native_script():
    assert "WHA" in initials("World Harbour Association")
    assert "BOA" in initials("Bank of America") and "BA" in initials("Bank of America")
    assert is_native("노해진") and not is_native("Noh") and not is_native("123")


def test_no_numeric_or_temporal_labels(nlp):
    mentions, _ = run(nlp, "On March 3, 2024, Apple paid $5 million to 300 workers in Texas.")
    assert {m.label for m in mentions}.isdisjoint(
        {"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})


def test_empty_document(nlp):
    assert find_entities(nlp("")) == ([], [])


def test_repeats_of_a_found_name_become_mentions(nlp):
    from pipeline.extract.entities.spans import name_repeats

    doc = nlp("Orbis Labs grew fast. Analysts who follow Orbis Labs were surprised.")
    found = name_repeats(doc, [Cand(0, 10, "ORG")])
    assert [(doc.text[c.start : c.end], c.label, c.rule) for c in found] == [
        ("Orbis Labs", "ORG", "repeat")]


def test_token_texts_are_the_docs_distinct_token_texts(nlp):
    from pipeline.extract.entities.spans import token_texts

    doc = nlp("The knowledge economy: Knowledge-based firms, and the KNOWLEDGE they sell.")
    assert token_texts(doc) == {t.text for t in doc}
    assert "Knowledge" in token_texts(doc) and "knowledge" in token_texts(doc)
    assert token_texts(nlp("")) == set()


def test_repeats_do_not_take_other_stages_spans(nlp):
    from pipeline.extract.entities.spans import name_repeats

    doc = nlp("Sales rose in March, the company said on Friday 3 March 2024.")
    assert any(e.label_ == "DATE" and "March" in e.text for e in doc.ents)
    start = doc.text.index("March")
    found = name_repeats(doc, [Cand(start, start + 5, "PERSON")])
    dates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
    assert all(c.end <= s or c.start >= e for c in found for s, e in dates)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_fold_of_ascii_text_takes_a_shortcut_to_the_same_result(text):
    assert fold(text) == fold_any(text)


def test_fold_keeps_letters_of_any_script_and_drops_accents():
    assert fold("  Société  Générale, S.A. ") == "societe generale s a"
    assert fold("O’Hara-Smith") == fold("o'hara smith") == "o hara smith"
    assert fold("Łódź 2024") == "łodz 2024"


@pytest.mark.parametrize("phrase, company, seat", [
    ("Tarvo Grain Inc of Kelby", "Tarvo Grain Inc", "Kelby"),
    ("Ostland Mills Corp. of Tornby", "Ostland Mills Corp.", "Tornby"),
    ("Delta Freight Ltd of North Kelby", "Delta Freight Ltd", "North Kelby"),
])
def test_a_place_after_a_legal_form_is_the_seat_not_the_name(phrase, company, seat):
    text = f"The contract went to {phrase}, Ostland, for May delivery."
    found = {text[c.start : c.end]: c.label for c in spans(text, phrase, "ORG")}
    assert found == {company: "ORG", seat: "GPE"}


@pytest.mark.parametrize("phrase", ["Corporation of Tornby", "Group of Seven",
                                    "Bank of Ostland",
                                    # a country or continent: a subsidiary's name
                                    "Tarvo Hospital Corp of America",
                                    "Kelby Motor Co of Canada",
                                    "Tarvo Leasing Corp of North America",
                                    # a legal form after the place closes the name
                                    "Tarvo Petroleum Co of Ostland Ltd"])
def test_names_with_of_and_no_abbreviated_legal_form_stay_whole(phrase):
    text = f"The statement by the {phrase} came late."
    [c] = spans(text, phrase, "ORG")
    assert text[c.start : c.end] == phrase
