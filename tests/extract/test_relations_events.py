"""Visits, meetings, memberships and agreements said in the ways city and network news
says them, on sentences written for the tests (every name invented or unrelated).

Each rule has a sentence that must give the row and near-misses that must not (plans,
moves, people joining employers, groups that are no envoys). Mentions are built by hand
(``run``), so the rules are tested apart from the entity stage.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import date, facts, figure, run
from tests.extract.test_relations_recall import gpe, org, person, roles

# --- memberships -------------------------------------------------------------------


def test_a_city_joining_a_network_is_a_member(nlp):
    text = "Tornby joined the Nordic Ports Network in 2010."
    rows, _ = run(nlp, text, {**gpe("Tornby"), **org("Nordic Ports Network")})
    assert facts(rows, "membership") == {("Tornby", "Nordic Ports Network")}


def test_a_person_joining_a_network_is_employment(nlp):
    text = "Anna Berg joined the Nordic Broadcasting Network in 2010."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **org("Nordic Broadcasting Network")})
    assert facts(rows, "membership") == set()


def test_member_of_in_apposition(nlp):
    text = "Tornby, a member of the Nordic Ports Network, hosts the annual forum."
    rows, _ = run(nlp, text, {**gpe("Tornby"), **org("Nordic Ports Network")})
    assert facts(rows, "membership") == {("Tornby", "Nordic Ports Network")}


def test_admitted_as_a_member_of(nlp):
    text = "Riga was admitted as a member of the Baltic Ports Union in 2014."
    rows, _ = run(nlp, text, {**gpe("Riga"), **org("Baltic Ports Union")},
                  [date("2014", text, "2014", "year")])
    assert {(s, o, d) for t, s, o, _r, d, _v in rows if t == "membership"} == {
        ("Riga", "Baltic Ports Union", "2014")}


def test_joined_as_a_member_of_the_topic_body(nlp):
    text = "The Baltic Ports Union has 40 members. Kiel joined as a full member in 2005."
    rows, _ = run(nlp, text, {**gpe("Kiel"), **org("Baltic Ports Union")})
    assert roles(rows, "membership") == {("Kiel", "Baltic Ports Union", "full member")}


def test_joined_as_a_member_with_no_body_about(nlp):
    text = "Kiel joined as a full member in 2005."
    rows, _ = run(nlp, text, gpe("Kiel"))
    assert facts(rows, "membership") == set()


def test_these_cities_joining_are_the_members_listed_before(nlp):
    text = ("The Harbour Forum welcomes its new members: Aarhus (Denmark), Kiel (Germany) "
            "and Gdansk (Poland). By joining the Baltic Ports Union, these cities are now "
            "part of a network of members.")
    names = {**org("Harbour Forum", "Baltic Ports Union"),
             **gpe("Aarhus", "Denmark", "Kiel", "Germany", "Gdansk", "Poland")}
    rows, _ = run(nlp, text, names)
    assert {(s, o) for s, o in facts(rows, "membership") if o == "Baltic Ports Union"} == {
        ("Aarhus", "Baltic Ports Union"), ("Kiel", "Baltic Ports Union"),
        ("Gdansk", "Baltic Ports Union")}


def test_these_cities_with_no_list_before_name_nobody(nlp):
    text = ("The port grew last year. By joining the Baltic Ports Union, these cities are "
            "now part of a network.")
    rows, _ = run(nlp, text, org("Baltic Ports Union"))
    assert facts(rows, "membership") == set()


# --- agreements --------------------------------------------------------------------


def test_an_interview_speaker_label_is_not_the_subject(nlp):
    # the small parser makes both "BAE" and "City" subjects of "established"; the
    # entity stage may type such a capitalised surname as an organisation
    text = ("NPC: Please introduce the current exchange projects.\nMayor BAE: Tornby City "
            "first established an official sisterhood relationship with Kiel, Germany in 1986.")
    names = {**org("BAE", "NPC"), **gpe("Tornby City", "Kiel", "Germany")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "agreement") == {("Tornby City", "Kiel")}


def test_coordinated_places_establishing_friendly_relations(nlp):
    text = "Aarhus and Kiel established friendly relations in 1995."
    rows, _ = run(nlp, text, gpe("Aarhus", "Kiel"), [date("1995", text, "1995", "year")])
    assert {(s, o, role, d) for t, s, o, role, d, _v in rows if t == "agreement"} == {
        ("Aarhus", "Kiel", "friendly city", "1995")}


def test_friendly_relations_with_a_third_place_pair_each_with_it(nlp):
    text = "Aarhus and Kiel established friendly relations with Oslo in 1995."
    rows, _ = run(nlp, text, gpe("Aarhus", "Kiel", "Oslo"))
    assert ("Aarhus", "Kiel") not in facts(rows, "agreement")


def test_planned_relations_give_nothing(nlp):
    text = "Aarhus and Kiel plan to establish friendly relations next year."
    rows, _ = run(nlp, text, gpe("Aarhus", "Kiel"))
    assert facts(rows, "agreement") == set()


@pytest.mark.parametrize("text", [
    "Kiel has eight sister cities, including Tornby and Aarhus.",
    "Kiel's sister cities include Tornby and Aarhus.",
])
def test_sister_cities_listed_beside_the_tie_noun(nlp, text):
    rows, _ = run(nlp, text, gpe("Kiel", "Tornby", "Aarhus"))
    assert facts(rows, "agreement") == {("Kiel", "Tornby"), ("Kiel", "Aarhus")}


@pytest.mark.parametrize("text", [
    "Kiel's sister city Tornby sent a delegation.",
    "Kiel and its sister city Tornby held a festival.",
    "Kiel and Tornby, sister cities since 1995, held a festival.",
])
def test_sister_city_named_beside_the_tie_noun(nlp, text):
    rows, _ = run(nlp, text, gpe("Kiel", "Tornby"))
    assert facts(rows, "agreement") == {("Kiel", "Tornby")}


def test_planned_sister_cities_give_nothing(nlp):
    text = "Kiel will have two new sister cities, including Tornby and Aarhus."
    rows, _ = run(nlp, text, gpe("Kiel", "Tornby", "Aarhus"))
    assert facts(rows, "agreement") == set()


def test_a_sister_city_programme_names_no_partner(nlp):
    text = "Kiel's sister city programme Tornby Exchange grew."
    rows, _ = run(nlp, text, {**gpe("Kiel"), **org("Tornby Exchange")})
    assert facts(rows, "agreement") == set()


def test_an_agreement_signed_by_two_parties_in_the_passive(nlp):
    text = "A memorandum of understanding was signed by Tornby and Kiel on May 3."
    rows, _ = run(nlp, text, gpe("Tornby", "Kiel"), [date("May 3", text, "2024-05-03")])
    assert {(s, o, d) for t, s, o, _r, d, _v in rows if t == "agreement"} == {
        ("Tornby", "Kiel", "2024-05-03")}


def test_exchanging_an_mou_is_signing_it(nlp):
    text = "Tornby and Kiel exchanged an MOU on trade."
    rows, _ = run(nlp, text, gpe("Tornby", "Kiel"))
    assert facts(rows, "agreement") == {("Tornby", "Kiel")}


@pytest.mark.parametrize("text", [
    "Tornby held an MOU signing ceremony with Kiel on May 3.",
    "The MOU signing ceremony between Tornby and Kiel was held on May 3.",
])
def test_a_signing_ceremony_names_the_parties(nlp, text):
    rows, _ = run(nlp, text, gpe("Tornby", "Kiel"))
    assert facts(rows, "agreement") == {("Tornby", "Kiel")}


def test_a_planned_signing_ceremony_gives_nothing(nlp):
    text = "Tornby will hold an MOU signing ceremony with Kiel next month."
    rows, _ = run(nlp, text, gpe("Tornby", "Kiel"))
    assert facts(rows, "agreement") == set()


def test_mou_talks_are_no_signing(nlp):
    text = "Tornby held MOU talks with Kiel on May 3."
    rows, _ = run(nlp, text, gpe("Tornby", "Kiel"))
    assert facts(rows, "agreement") == set()


# --- meetings ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Mayor Anna Berg and her delegation were welcomed by Mayor Luis Ortega.",
    "Mayor Anna Berg was received by Mayor Luis Ortega at his office.",
])
def test_received_by_someone_in_the_passive_is_meeting_them(nlp, text):
    rows, _ = run(nlp, text, person("Anna Berg", "Luis Ortega"))
    assert facts(rows, "meeting") in ({("Luis Ortega", "Anna Berg")},
                                      {("Anna Berg", "Luis Ortega")})


def test_a_proposal_welcomed_by_someone_is_no_meeting(nlp):
    text = "The Acme proposal was welcomed by Mayor Luis Ortega."
    rows, _ = run(nlp, text, {**person("Luis Ortega"), **org("Acme")})
    assert facts(rows, "meeting") == set()


def test_exchanging_views_with_someone_is_meeting_them(nlp):
    text = "Mayor Anna Berg exchanged views with Mayor Luis Ortega on trade."
    rows, _ = run(nlp, text, person("Anna Berg", "Luis Ortega"))
    assert facts(rows, "meeting") == {("Anna Berg", "Luis Ortega")}


def test_a_conversation_with_someone_is_meeting_them(nlp):
    text = "Mayor Anna Berg had a conversation with Mayor Luis Ortega."
    rows, _ = run(nlp, text, person("Anna Berg", "Luis Ortega"))
    assert facts(rows, "meeting") == {("Anna Berg", "Luis Ortega")}


def test_receiving_a_delegation_led_by_someone_is_meeting_them(nlp):
    text = "On April 9, Vice Mayor Tom Reyes received a delegation led by Governor Lars Ekdahl."
    rows, _ = run(nlp, text, person("Tom Reyes", "Lars Ekdahl"),
                  [date("April 9", text, "2024-04-09")])
    assert {(s, o, d) for t, s, o, _r, d, _v in rows if t == "meeting"} == {
        ("Tom Reyes", "Lars Ekdahl", "2024-04-09")}


def test_receiving_a_city_delegation_is_meeting_the_city(nlp):
    text = "Mayor Tom Reyes welcomed a delegation from Porto at the town hall."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **gpe("Porto")})
    assert facts(rows, "meeting") == {("Tom Reyes", "Porto")}


def test_welcoming_students_is_no_meeting_with_their_city(nlp):
    text = "Mayor Tom Reyes welcomed a group of students from Porto at the town hall."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **gpe("Porto")})
    assert facts(rows, "meeting") == set()


def test_a_delegation_to_be_received_is_a_plan(nlp):
    text = "Mayor Tom Reyes will receive a delegation from Porto next year."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **gpe("Porto")})
    assert facts(rows, "meeting") == set()


def test_receiving_a_courtesy_call_from_someone(nlp):
    text = "Mayor Anna Berg received a courtesy call from Ambassador Jan Olsen on May 3."
    rows, _ = run(nlp, text, person("Anna Berg", "Jan Olsen"))
    assert facts(rows, "meeting") == {("Anna Berg", "Jan Olsen")}


def test_meeting_a_delegation_from_a_city(nlp):
    text = "Mayor Anna Berg met with a delegation from Kiel on May 3."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Kiel")})
    assert facts(rows, "meeting") == {("Anna Berg", "Kiel")}


def test_meeting_in_a_city_is_no_meeting_with_it(nlp):
    text = "Mayor Anna Berg met with the press in Kiel on May 3."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Kiel")})
    assert facts(rows, "meeting") == set()


# --- visits ------------------------------------------------------------------------


def test_a_place_welcoming_a_delegation_is_visited_by_its_senders(nlp):
    text = "Kiel welcomed a delegation from Tornby on May 3."
    rows, _ = run(nlp, text, gpe("Kiel", "Tornby"))
    assert facts(rows, "visit") == {("Tornby", "Kiel")}
    assert facts(rows, "meeting") == set()


def test_the_visit_by_someone_to_a_place(nlp):
    text = "The visit by Mayor Anna Berg to Kiel lasted three days."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Kiel")})
    assert facts(rows, "visit") == {("Anna Berg", "Kiel")}


def test_the_delegation_is_the_one_introduced_before(nlp):
    text = ("A delegation from Tornby arrived on Monday. The delegation visited Kiel Harbour "
            "and the Old Museum.")
    names = {**gpe("Tornby"), "Kiel Harbour": ("FAC", "Kiel Harbour"),
             "Old Museum": ("FAC", "Old Museum")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "visit") == {("Tornby", "Kiel Harbour"), ("Tornby", "Old Museum")}


def test_a_delegation_with_no_sender_before_visits_for_nobody(nlp):
    text = "The port was busy on Monday. The delegation visited Kiel Harbour."
    rows, _ = run(nlp, text, {"Kiel Harbour": ("FAC", "Kiel Harbour")})
    assert facts(rows, "visit") == set()


def test_leaving_for_a_place_starts_a_visit(nlp):
    text = "Mayor Anna Berg left for Kiel on May 3 for a four-day trip."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Kiel")},
                  [date("May 3", text, "2024-05-03")])
    assert {(s, o, d) for t, s, o, _r, d, _v in rows if t == "visit"} == {
        ("Anna Berg", "Kiel", "2024-05-03")}


def test_leaving_one_place_for_another_is_a_move(nlp):
    text = "Anna Berg left Tornby for Kiel in 2019, where she now works."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Kiel", "Tornby")})
    assert facts(rows, "visit") == set()


def test_leaving_for_a_club_is_a_transfer(nlp):
    text = "Tom Reyes left for Rovers in 2019."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **org("Rovers")})
    assert facts(rows, "visit") == set()


def test_his_in_an_opening_phrase_is_the_main_subject(nlp):
    text = ("Mayor Luis Ortega made an official visit to Tallinn in July. During his trip "
            "to Riga on August 8, Governor Lars Ekdahl toured the harbour.")
    rows, _ = run(nlp, text, {**person("Luis Ortega", "Lars Ekdahl"), **gpe("Riga", "Tallinn")})
    assert facts(rows, "visit") == {("Luis Ortega", "Tallinn"), ("Lars Ekdahl", "Riga")}


def test_they_is_the_plural_group_not_a_singular_body_between(nlp):
    text = ("This time, 30 residents of Tornby visited Marlow in May. A tour was organised "
            "by the Marlow Office. The Marlow Friendship Club joined the tour. They visited "
            "Castle Rock. They took a tram. Then they went to the river. Lunch was fish. It "
            "was good. Next they went to the Old Market.")
    names = {**gpe("Tornby", "Marlow"), **org("Marlow Office", "Marlow Friendship Club"),
             "Castle Rock": ("FAC", "Castle Rock"), "Old Market": ("FAC", "Old Market")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "visit") == {("Tornby", "Marlow"), ("Tornby", "Castle Rock"),
                                    ("Tornby", "Old Market")}


# --- located_in --------------------------------------------------------------------


def test_examples_of_a_places_universities_are_in_it(nlp):
    text = ("It is home to Norway's top universities and research institutes, such as "
            "Bergen University and the Oslo Institute.")
    rows, _ = run(nlp, text, {**gpe("Norway"), **org("Bergen University", "Oslo Institute")})
    assert facts(rows, "located_in") == {("Bergen University", "Norway"),
                                         ("Oslo Institute", "Norway")}


def test_examples_of_a_places_partners_are_elsewhere(nlp):
    text = "Norway's trading partners such as Acme Corp and Beta Ltd protested."
    rows, _ = run(nlp, text, {**gpe("Norway"), **org("Acme Corp", "Beta Ltd")})
    assert facts(rows, "located_in") == set()


# --- near-misses of the rules above in general news ---------------------------------


def test_leaving_for_a_place_in_the_present_is_a_plan(nlp):
    text = "Trade minister Tom Reyes leaves for Kiel on Saturday."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **gpe("Kiel")})
    assert facts(rows, "visit") == set()


def test_member_in_apposition_takes_no_date_of_the_statement(nlp):
    text = "Yesterday, Tom Reyes, a member of the Harbour Board, said rates would rise."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **org("Harbour Board")},
                  [date("Yesterday", text, "2024-05-02")])
    assert {(s, o, d) for t, s, o, _r, d, _v in rows if t == "membership"} == {
        ("Tom Reyes", "Harbour Board", "")}


def test_its_inside_a_relative_clause_is_not_the_main_subject(nlp):
    text = ("Unlike Norway, which has restricted its production of oil by 80,000 barrels a "
            "day, Britain has refused to intervene.")
    rows, _ = run(nlp, text, gpe("Norway", "Britain"),
                  figures=[figure("80,000 barrels", text, 80000, "barrel")])
    assert "Britain" not in {s for t, s, *_ in rows if t == "statistic"}


def test_the_mayor_is_the_person_named_mayor_before(nlp):
    text = ("Mayor Anna Berg arrived in Kiel on Monday. The mayor visited the Kiel Science "
            "Park and met Governor Lars Ekdahl.")
    names = {**person("Anna Berg", "Lars Ekdahl"), **gpe("Kiel"),
             "Kiel Science Park": ("FAC", "Kiel Science Park")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "visit") == {("Anna Berg", "Kiel"), ("Anna Berg", "Kiel Science Park")}
    assert facts(rows, "meeting") == {("Anna Berg", "Lars Ekdahl")}


def test_the_governor_with_no_governor_named_before_is_nobody(nlp):
    text = "President Tom Reyes arrived in Kiel. The governor met Mayor Luis Ortega."
    rows, _ = run(nlp, text, {**person("Tom Reyes", "Luis Ortega"), **gpe("Kiel")})
    assert facts(rows, "meeting") == set()


def test_the_group_in_business_news_is_not_taken_back_to_an_earlier_group(nlp):
    text = ("A group of investors from Tornby met on Monday. The group said it bought "
            "500 shares.")
    rows, _ = run(nlp, text, gpe("Tornby"),
                  figures=[figure("500 shares", text, 500, "count")])
    assert "Tornby" not in {s for t, s, *_ in rows if t == "statistic"}


def test_things_counted_in_this_association_then_listed_are_members(nlp):
    text = ("The Harbour Towns Association now has 60 members. There are three Baltic "
            "nations in this association, including Latvia, Estonia and Lithuania.")
    names = {**org("Harbour Towns Association"), **gpe("Latvia", "Estonia", "Lithuania")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "membership") == {("Latvia", "Harbour Towns Association"),
                                         ("Estonia", "Harbour Towns Association"),
                                         ("Lithuania", "Harbour Towns Association")}


def test_cities_counted_in_a_named_network_such_as(nlp):
    text = "There are twelve cities in the Nordic Ports Network, such as Tornby and Kelso."
    rows, _ = run(nlp, text, {**org("Nordic Ports Network"), **gpe("Tornby", "Kelso")})
    assert facts(rows, "membership") == {("Tornby", "Nordic Ports Network"),
                                         ("Kelso", "Nordic Ports Network")}


def test_things_counted_in_a_place_are_no_members(nlp):
    text = ("The Nordic Ports Network met in Tornby. There are many firms in the region, "
            "including Acme Shipping and Borealis Freight.")
    names = {**org("Nordic Ports Network", "Acme Shipping", "Borealis Freight"),
             **gpe("Tornby")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "membership") == set()
    text = "There are twelve ports in Norway, including Tornby and Kelso."
    rows, _ = run(nlp, text, {**gpe("Norway", "Tornby", "Kelso")})
    assert facts(rows, "membership") == set()


def test_by_joining_inside_a_quotation(nlp):
    text = ("Anna Berg, the network's president, said: \u201cBy joining the Nordic Ports "
            "Network, Tornby and Kelso are building on their work.\u201d")
    names = {**person("Anna Berg"), **org("Nordic Ports Network"), **gpe("Tornby", "Kelso")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "membership") == {("Tornby", "Nordic Ports Network"),
                                         ("Kelso", "Nordic Ports Network")}


def test_by_joining_a_person_in_a_quotation_is_no_membership(nlp):
    text = ("Tornby's mayor said: \u201cBy joining Acme Shipping, Anna Berg left the "
            "Nordic Ports Network.\u201d")
    names = {**person("Anna Berg"), **org("Nordic Ports Network", "Acme Shipping"),
             **gpe("Tornby")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "membership") == set()


def test_offices_counted_in_a_network_name_no_members(nlp):
    text = "There are two offices in the Nordic Ports Network, including Tornby and Kelso."
    rows, _ = run(nlp, text, {**org("Nordic Ports Network"), **gpe("Tornby", "Kelso")})
    assert facts(rows, "membership") == set()
    text = "There are two nations in the Nordic Ports Network, including Acme Shipping."
    rows, _ = run(nlp, text, {**org("Nordic Ports Network", "Acme Shipping")})
    assert facts(rows, "membership") == set()


# --- courtesy calls, hosts and titled names (issue 11, round 3) ---------------------


def test_courtesy_call_reaches_the_person_after_a_title_and_address(nlp):
    text = ("A delegation from Tornby arrived on Monday. During their visit, the delegation "
            "paid a courtesy call to the Governor of Kelby HE. Ann Berg.")
    rows, _ = run(nlp, text, {**gpe("Tornby", "Kelby"), **person("Ann Berg")})
    assert facts(rows, "meeting") == {("Tornby", "Ann Berg")}


def test_title_run_ends_at_a_comma(nlp):
    text = "Mayor Tom Hale paid a courtesy call to the Governor of Kelby, Ann Berg said."
    rows, _ = run(nlp, text, {**gpe("Kelby"), **person("Tom Hale", "Ann Berg")})
    assert ("Tom Hale", "Ann Berg") not in facts(rows, "meeting")


def test_host_meets_the_named_holder_of_a_title(nlp):
    text = ("Mayor Tom Hale hosted the Speaker of the Tornby Assembly Hon. Ann Berg for a "
            "breakfast meeting.")
    rows, _ = run(nlp, text, {**org("Tornby Assembly"), **person("Tom Hale", "Ann Berg")})
    assert facts(rows, "meeting") == {("Tom Hale", "Ann Berg")}


def test_hosted_delegates_for_a_visit_in_a_place(nlp):
    text = ("The Harbour Forum hosted delegates from Tornby and Kelby for an exchange visit "
            "in Marlow.")
    rows, _ = run(nlp, text, {**org("Harbour Forum"), **gpe("Tornby", "Kelby", "Marlow")})
    assert facts(rows, "visit") == {("Tornby", "Marlow"), ("Kelby", "Marlow")}


@pytest.mark.parametrize("text", [
    "The Harbour Forum will host delegates from Tornby for an exchange visit in Marlow.",
    "The Harbour Forum hosted delegates from Tornby for a dinner in Marlow.",
])
def test_hosting_to_come_or_no_visit_gives_no_visit(nlp, text):
    rows, _ = run(nlp, text, {**org("Harbour Forum"), **gpe("Tornby", "Marlow")})
    assert facts(rows, "visit") == set()


def test_place_before_the_visit_noun_with_its_visitor(nlp):
    text = ("The council signed a letter with Kelby during the official Norland visit by "
            "Chairman Tom Hale.")
    rows, _ = run(nlp, text, {**gpe("Kelby", "Norland"), **person("Tom Hale")})
    assert facts(rows, "visit") == {("Tom Hale", "Norland")}


def test_a_cancelled_place_visit_is_none(nlp):
    text = "The Norland trip by Chairman Tom Hale was cancelled."
    rows, _ = run(nlp, text, {**gpe("Norland"), **person("Tom Hale")})
    assert facts(rows, "visit") == set()


def test_two_people_signing_one_agreement_met(nlp):
    text = "Mayor Anna Berg and Mayor Tom Hale signed the agreement on Monday."
    rows, _ = run(nlp, text, person("Anna Berg", "Tom Hale"))
    assert facts(rows, "meeting") == {("Anna Berg", "Tom Hale")}


@pytest.mark.parametrize("text, names", [
    ("Tornby and Kelby signed the agreement on Monday.", gpe("Tornby", "Kelby")),
    ("Anna Berg and Tom Hale sealed the deal on Monday.", person("Anna Berg", "Tom Hale")),
])
def test_places_signing_or_a_sealed_deal_is_no_meeting(nlp, text, names):
    rows, _ = run(nlp, text, names)
    assert facts(rows, "meeting") == set()


def test_members_of_the_delegation_went_where_it_went(nlp):
    text = ("Governor Tom Hale headed a delegation which visited Kelby Province in May. "
            "The talks were friendly. Other members of the delegation included Anna Berg "
            "and Lars Dahl.")
    rows, _ = run(nlp, text, {**gpe("Kelby Province"),
                              **person("Tom Hale", "Anna Berg", "Lars Dahl")})
    assert facts(rows, "visit") == {("Tom Hale", "Kelby Province"),
                                    ("Anna Berg", "Kelby Province"),
                                    ("Lars Dahl", "Kelby Province")}


def test_members_of_a_delegation_with_no_visit_went_nowhere(nlp):
    text = ("Governor Tom Hale headed a delegation to the forum. Other members of the "
            "delegation included Anna Berg.")
    rows, _ = run(nlp, text, person("Tom Hale", "Anna Berg"))
    assert facts(rows, "visit") == set()


def test_calling_on_a_person_is_meeting_them_where_they_are(nlp):
    text = "Mayor Anna Berg called on Governor Tom Hale of Kelby on Monday."
    rows, _ = run(nlp, text, {**gpe("Kelby"), **person("Anna Berg", "Tom Hale")})
    assert facts(rows, "meeting") == {("Anna Berg", "Tom Hale")}
    assert facts(rows, "visit") == {("Anna Berg", "Kelby")}


@pytest.mark.parametrize("text", [
    "Mayor Anna Berg called on Governor Tom Hale to resign.",
    "Mayor Anna Berg called on Governor Tom Hale for help with the budget.",
    "Mayor Anna Berg will call on Governor Tom Hale next week.",
])
def test_calling_on_a_person_for_something_is_a_demand(nlp, text):
    rows, _ = run(nlp, text, person("Anna Berg", "Tom Hale"))
    assert facts(rows, "meeting") == set()


def test_the_next_sentence_dates_the_visit_it_takes_back(nlp):
    text = ("The Harbour Forum hosted delegates from Tornby for an exchange visit in Marlow. "
            "The visit, which took place from May 3 to 5, included a tour.")
    rows, _ = run(nlp, text, {**org("Harbour Forum"), **gpe("Tornby", "Marlow")},
                  [date("from May 3 to 5", text, "2024-05-03/2024-05-05", "range")])
    assert {(s, o, d) for t, s, o, _r, d, _v in rows if t == "visit"} == {
        ("Tornby", "Marlow", "2024-05-03/2024-05-05")}


def test_a_new_paragraph_does_not_date_the_visit_before(nlp):
    text = ("The Harbour Forum hosted delegates from Tornby for an exchange visit in Marlow.\n"
            "The visit, which took place from May 3 to 5, included a tour.")
    rows, _ = run(nlp, text, {**org("Harbour Forum"), **gpe("Tornby", "Marlow")},
                  [date("from May 3 to 5", text, "2024-05-03/2024-05-05", "range")])
    assert {(s, o, d) for t, s, o, _r, d, _v in rows if t == "visit"} == {
        ("Tornby", "Marlow", "")}


def test_a_led_delegation_meets_for_its_sender_and_its_leader(nlp):
    text = ("A delegation from Tornby led by Mayor Anna Berg met Governor Tom Hale and "
            "Lars Dahl.")
    rows, _ = run(nlp, text, {**gpe("Tornby"), **person("Anna Berg", "Tom Hale",
                                                        "Lars Dahl")})
    assert facts(rows, "meeting") == {("Tornby", "Tom Hale"), ("Tornby", "Lars Dahl"),
                                      ("Anna Berg", "Tom Hale"), ("Anna Berg", "Lars Dahl")}


def test_a_group_that_is_no_envoy_keeps_its_one_party(nlp):
    text = "A group from Tornby led by Anna Berg met Tom Hale."
    rows, _ = run(nlp, text, {**gpe("Tornby"), **person("Anna Berg", "Tom Hale")})
    assert ("Tornby", "Tom Hale") not in facts(rows, "meeting")


@pytest.mark.parametrize("text", [
    "Mayor Anna Berg paid a courtesy call on Governor Tom Hale in Kelby.",
    "Mayor Anna Berg paid a courtesy call to the Governor of Kelby H.E. Tom Hale.",
])
def test_a_courtesy_call_on_a_person_is_a_visit_to_their_place(nlp, text):
    rows, _ = run(nlp, text, {**gpe("Kelby"), **person("Anna Berg", "Tom Hale")})
    assert facts(rows, "meeting") == {("Anna Berg", "Tom Hale")}
    assert facts(rows, "visit") == {("Anna Berg", "Kelby")}


def test_a_courtesy_call_on_a_company_head_visits_no_place(nlp):
    text = "Mayor Anna Berg paid a courtesy call to the Managing Director of Acme Eng. Tom Hale."
    rows, _ = run(nlp, text, {**org("Acme"), **person("Anna Berg", "Tom Hale")})
    assert facts(rows, "meeting") == {("Anna Berg", "Tom Hale")}
    assert facts(rows, "visit") == set()


def test_a_delegation_touring_a_named_company_site_in_a_place(nlp):
    text = "The delegation from Tornby toured the Acme plant in Kelby."
    rows, _ = run(nlp, text, {**gpe("Tornby", "Kelby"), **org("Acme")})
    assert facts(rows, "visit") == {("Tornby", "Acme"), ("Tornby", "Kelby")}


@pytest.mark.parametrize("text", [
    "Mayor Anna Berg will visit a water treatment plant in Kelby.",
    "Mayor Anna Berg visited the school with Tom Hale.",
])
def test_a_site_visit_needs_a_site_said_as_done_and_placed(nlp, text):
    rows, _ = run(nlp, text, {**gpe("Kelby"), **person("Anna Berg", "Tom Hale")})
    assert facts(rows, "visit") == set()


@pytest.mark.parametrize("text", [
    "Mayor Anna Berg hosted a dinner for Governor Tom Hale.",
    "Governor Tom Hale greeted Mayor Anna Berg at the airport.",
])
def test_a_dinner_in_ones_honour_or_a_greeting_is_a_meeting(nlp, text):
    rows, _ = run(nlp, text, person("Anna Berg", "Tom Hale"))
    assert {tuple(sorted(f)) for f in facts(rows, "meeting")} == {("Anna Berg", "Tom Hale")}


def test_a_dinner_to_come_is_no_meeting(nlp):
    rows, _ = run(nlp, "Mayor Anna Berg will host a dinner for Governor Tom Hale.",
                  person("Anna Berg", "Tom Hale"))
    assert facts(rows, "meeting") == set()


def test_welcomed_to_a_place_is_a_visit_there(nlp):
    text = "Governor Tom Hale welcomed the delegation from Tornby to Kelby on Monday."
    rows, _ = run(nlp, text, {**gpe("Tornby", "Kelby"), **person("Tom Hale")})
    assert facts(rows, "visit") == {("Tornby", "Kelby")}


def test_welcomed_to_a_board_is_no_visit(nlp):
    rows, _ = run(nlp, "Acme welcomed Tom Hale to the Kelby Council.",
                  {**org("Acme", "Kelby Council"), **person("Tom Hale")})
    assert facts(rows, "visit") == set()
