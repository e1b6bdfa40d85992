"""Relation rules added for recall, on sentences written for the tests.

Each rule has sentences that must give a row and near-misses that must not (plans,
negations, demands, lists of neighbours, nationality words before job titles).
Mentions are built by hand (``mark``), so the rules are tested apart from the entity stage.
"""

from __future__ import annotations

from pipeline.extract.relations.nationality import demonyms
from pipeline.model import DateMention
from tests.extract.test_relations import KIM, date, facts, figure, run


def gpe(*names):
    return {n: ("GPE", n) for n in names}


def org(*names):
    return {n: ("ORG", n) for n in names}


def person(*names):
    return {n: ("PERSON", n) for n in names}


def roles(rows, rtype):
    return {(s, o, role) for t, s, o, role, *_ in rows if t == rtype}


# --- "the city of X" names X ---------------------------------------------------------


def test_agreement_signed_between_cities_named_by_of(nlp):
    text = ("A partnership agreement was signed between the city of Graz in Austria "
            "and the city of Pecs in Hungary.")
    rows, _ = run(nlp, text, gpe("Graz", "Austria", "Pecs", "Hungary"))
    assert facts(rows, "agreement") == {("Graz", "Pecs")}


def test_capital_of_is_not_the_country(nlp):
    text = "Officials from the capital of Norway visited Nantes."
    rows, _ = run(nlp, text, gpe("Norway", "Nantes"))
    assert facts(rows, "visit") == set()


def test_delegation_of_city_arrived(nlp):
    text = "A delegation of the Danish city of Aarhus has arrived in Turin."
    rows, _ = run(nlp, text, gpe("Aarhus", "Turin"))
    assert facts(rows, "visit") == {("Aarhus", "Turin")}


def test_delegation_headed_by_subject_visited(nlp):
    text = "Governor Anna Berg headed a delegation which visited Porto in May."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Porto")})
    assert facts(rows, "visit") == {("Anna Berg", "Porto")}


# --- nationality words -------------------------------------------------------------


def test_demonyms_come_from_the_package():
    table = demonyms()
    assert table["japanese"] == "JP"
    assert table["french"] == "FR"  # the most populous of the countries it names
    assert table["south korean"] == "KR"


def test_national_office_before_a_name(nlp):
    text = ("A meeting between Brazilian President Joao Silva and Finnish Prime Minister "
            "Liisa Koski took place. Brazil and Finland signed nothing.")
    rows, _ = run(nlp, text, {**person("Joao Silva", "Liisa Koski"),
                              **gpe("Brazil", "Finland")})
    assert facts(rows, "position") == {("Joao Silva", "Brazil"), ("Liisa Koski", "Finland")}


def test_nationality_before_a_job_is_no_position(nlp):
    text = "German economist Karl Weber said Germany would grow."
    rows, _ = run(nlp, text, {**person("Karl Weber"), **gpe("Germany")})
    assert facts(rows, "position") == set()


def test_nationality_needs_the_country_named(nlp):
    text = "Russian President Ivan Petrov arrived."
    rows, _ = run(nlp, text, person("Ivan Petrov"))
    assert facts(rows, "position") == set()


def test_national_place_noun_locates_places(nlp):
    text = ("A delegation from the Japanese city of Hagi visited Nantes. Chinese "
            "megacities Harbin and Chengdu joined. Japan and China agreed.")
    rows, _ = run(nlp, text, gpe("Hagi", "Nantes", "Harbin", "Chengdu", "Japan",
                                 "China"))
    assert {("Hagi", "Japan"), ("Harbin", "China"),
            ("Chengdu", "China")} <= facts(rows, "located_in")


def test_national_place_noun_not_for_such_as_or_other_nouns(nlp):
    text = ("Japanese cities such as Osaka grew. The Spanish club Valencia won. "
            "Japan and Spain agreed.")
    rows, _ = run(nlp, text, {**gpe("Osaka", "Japan", "Spain"), **org("Valencia")})
    assert facts(rows, "located_in") == set()


# --- positions ---------------------------------------------------------------------


def test_title_of_org_then_name(nlp):
    text = "He passed the baton to the Mayor of Dresden, Hans Vogel."
    rows, _ = run(nlp, text, {**person("Hans Vogel"), **gpe("Dresden")})
    assert facts(rows, "position") == {("Hans Vogel", "Dresden")}


def test_second_title_after_and(nlp):
    text = ("Yesterday Marco Rossi, Mayor of Verona and outgoing President of "
            "Eurotowns, handed over.")
    rows, _ = run(nlp, text, {**person("Marco Rossi"), **gpe("Verona"),
                              **org("Eurotowns")})
    assert facts(rows, "position") == {("Marco Rossi", "Verona"),
                                       ("Marco Rossi", "Eurotowns")}
    assert ("Marco Rossi", "Eurotowns", "outgoing President") in roles(rows, "position")


def test_two_titles_of_one_org(nlp):
    text = '"We are glad," said Lena Ortiz, president and CEO of Acme Partners.'
    rows, _ = run(nlp, text, {**person("Lena Ortiz"), **org("Acme Partners")})
    assert facts(rows, "position") == {("Lena Ortiz", "Acme Partners")}


def test_adjective_before_title(nlp):
    text = "We thank Omar Haddad, the distinguished Governor of Irbid, for his support."
    rows, _ = run(nlp, text, {**person("Omar Haddad"), **gpe("Irbid")})
    assert facts(rows, "position") == {("Omar Haddad", "Irbid")}


# --- agreements --------------------------------------------------------------------


def test_sister_cities_capitalised(nlp):
    text = "Mombasa and Tulsa have been Sister Cities since 1975."
    rows, _ = run(nlp, text, {**gpe("Mombasa", "Tulsa"), "Sister Cities": ("ORG", "SC")},
                  dates=[date("1975", text, "1975", "year")])
    assert {(t, s, o, d) for t, s, o, _r, d, _v in rows if t == "agreement"} == {
        ("agreement", "Mombasa", "Tulsa", "1975")}


def test_possessive_sister_city(nlp):
    text = "Bergen is Tampa's third sister city."
    rows, _ = run(nlp, text, gpe("Bergen", "Tampa"))
    assert facts(rows, "agreement") == {("Bergen", "Tampa")}


def test_one_of_sister_cities(nlp):
    text = "Many visitors come from Oslo, one of Austin's 16 sister cities."
    rows, _ = run(nlp, text, gpe("Oslo", "Austin"))
    assert facts(rows, "agreement") == {("Oslo", "Austin")}


def test_sister_city_to(nlp):
    text = "He welcomed Tulsa, which is a sister city to Nairobi."
    rows, _ = run(nlp, text, gpe("Tulsa", "Nairobi"))
    assert facts(rows, "agreement") == {("Tulsa", "Nairobi")}


def test_would_be_sister_city_is_no_agreement(nlp):
    text = "He said that Bergen would be Tampa's tenth sister city."
    rows, _ = run(nlp, text, gpe("Bergen", "Tampa"))
    assert facts(rows, "agreement") == set()


def test_tie_between_two_cities(nlp):
    text = ("Nantes Mayor Maria Lopez and Turin Mayor Paolo Neri celebrated the anniversary "
            "of the sister city partnership between their two cities.")
    rows, _ = run(nlp, text, {**person("Maria Lopez", "Paolo Neri"), **gpe("Nantes", "Turin")})
    assert facts(rows, "agreement") == {("Nantes", "Turin")}


def test_plain_relationship_between_is_no_agreement(nlp):
    text = "The relationship between Nantes and Turin is tense."
    rows, _ = run(nlp, text, gpe("Nantes", "Turin"))
    assert facts(rows, "agreement") == set()


def test_letter_of_intent(nlp):
    text = "In April, Oslo signed a Letter of Intent with Austin."
    rows, _ = run(nlp, text, gpe("Oslo", "Austin"))
    assert facts(rows, "agreement") == {("Oslo", "Austin")}


def test_letter_without_intent_is_no_agreement(nlp):
    text = "Oslo sent a letter to Austin."
    rows, _ = run(nlp, text, gpe("Oslo", "Austin"))
    assert facts(rows, "agreement") == set()


# --- visits ------------------------------------------------------------------------


def test_visit_list_after_dash_skips_containers(nlp):
    text = ("Governor Hale visited five cities – Austin, Tulsa and Tampa in the United "
            "States, and Nantes in France – to attract investment.")
    names = {**person("Hale"), **gpe("Austin", "Tulsa", "Tampa", "United States",
                                     "Nantes", "France")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "visit") == {("Hale", "Austin"), ("Hale", "Tulsa"),
                                    ("Hale", "Tampa"), ("Hale", "Nantes")}


def test_planned_visit_list_gives_nothing(nlp):
    text = "Governor Hale will visit three cities – Austin, Tulsa and Tampa."
    rows, _ = run(nlp, text, {**person("Hale"), **gpe("Austin", "Tulsa", "Tampa")})
    assert facts(rows, "visit") == set()


def test_called_on_a_body_is_a_visit(nlp):
    text = "Mayor Maria Lopez also called on the Oslo City Council."
    rows, _ = run(nlp, text, {**person("Maria Lopez"), **org("Oslo City Council")})
    assert facts(rows, "visit") == {("Maria Lopez", "Oslo City Council")}


def test_called_on_to_act_is_a_demand(nlp):
    text = "Maria Lopez called on the Oslo City Council to resign."
    rows, _ = run(nlp, text, {**person("Maria Lopez"), **org("Oslo City Council")})
    assert facts(rows, "visit") == set()
    assert facts(rows, "meeting") == set()


def test_called_on_a_player_is_no_meeting(nlp):
    text = "Coach Paul Grant called on Tom Reed."
    rows, _ = run(nlp, text, person("Paul Grant", "Tom Reed"))
    assert facts(rows, "meeting") == set()


# --- dates -------------------------------------------------------------------------


def test_date_after_names_dates_the_signing(nlp):
    text = "Turin signed a trade agreement with Bergen in Norway on March 3."
    rows, _ = run(nlp, text, gpe("Turin", "Bergen", "Norway"),
                  dates=[date("on March 3", text, "2021-03-03")])
    assert ("agreement", "Turin", "Bergen", "agreement", "2021-03-03", None) in rows


def test_date_of_an_earlier_event_noun_stays_out(nlp):
    text = "Since the opening of Nantes Tech in 1973, Nantes has visited Turin."
    rows, _ = run(nlp, text, {**gpe("Nantes", "Turin"), **org("Nantes Tech")},
                  dates=[date("1973", text, "1973", "year")])
    assert [r[4] for r in rows if r[0] == "visit"] in ([], [""])


def test_paragraph_date_carries_to_undated_event(nlp):
    text = ("OSLO, May 2. A delegation from Bergen arrived in Oslo.\n\n"
            "A delegation from Tromso arrived in Oslo.")
    rows, _ = run(nlp, text, gpe("Oslo", "Bergen", "Tromso"),
                  dates=[date("May 2", text, "2019-05-02")])
    dated = {(s, o, d) for t, s, o, _r, d, _v in rows if t == "visit"}
    assert ("Bergen", "Oslo", "2019-05-02") in dated
    assert ("Tromso", "Oslo", "") in dated  # another paragraph


def test_date_inside_an_earlier_sentence_is_not_the_paragraphs(nlp):
    text = "Tom Reed was born in Bergen on 5 April 1950. He later travelled to Oslo."
    rows, _ = run(nlp, text, {**person("Tom Reed"), **gpe("Bergen", "Oslo")},
                  dates=[date("5 April 1950", text, "1950-04-05")])
    assert [d for t, s, o, _r, d, _v in rows if t == "visit" and o == "Oslo"] in ([], [""])


def test_day_inside_an_earlier_range_wins(nlp):
    text = ("From June 10th to 14th, Mayor Maria Lopez is on a tour of Berlin "
            "and Turin. On June 12th, Lopez will travel to Turin.")
    dates = [DateMention(0, 24, "From June 10th to 14th", "2022-06-10/2022-06-14",
                         "range", "range"),
             date("On June 12th", text, "2022-06-12")]
    rows, _ = run(nlp, text, {**KIM, **gpe("Berlin", "Turin")}, dates=dates)
    dated = {(o, d) for t, s, o, _r, d, _v in rows if t == "visit"}
    assert dated == {("Berlin", "2022-06-10/2022-06-14"), ("Turin", "2022-06-12")}


def test_place_noun_after_its_name(nlp):
    text = "Last year Turin signed a memorandum of understanding with Velmora province."
    rows, _ = run(nlp, text, gpe("Turin", "Velmora"))
    assert facts(rows, "agreement") == {("Turin", "Velmora")}


def test_officials_from_two_cities_met(nlp):
    text = "Officials from the city of Nantes and the city of Turin met in Geneva."
    rows, _ = run(nlp, text, gpe("Nantes", "Turin", "Geneva"))
    assert facts(rows, "meeting") == {("Nantes", "Turin")}


def test_two_countries_meeting_is_a_match(nlp):
    text = "England and Wales met at Twickenham on Saturday."
    rows, _ = run(nlp, text, {**gpe("England", "Wales"), **org("Twickenham")})
    assert facts(rows, "meeting") == set()


# --- memberships -------------------------------------------------------------------


def test_possessive_member_after_gerund(nlp):
    text = "Bergen hosted the summit shortly after becoming the league's newest member."
    rows, _ = run(nlp, text, {**gpe("Bergen"), "the league": ("ORG", "Hansa League")})
    assert facts(rows, "membership") == {("Bergen", "Hansa League")}


def test_hoping_to_become_member_is_no_membership(nlp):
    text = "Bergen hopes to become the league's next member."
    rows, _ = run(nlp, text, {**gpe("Bergen"), "the league": ("ORG", "Hansa League")})
    assert facts(rows, "membership") == set()


def test_gerund_after_of_keeps_its_own_subject(nlp):
    text = "Acme Bank accused Tom Reed of paying $2m to an agent."
    rows, _ = run(nlp, text, {**org("Acme Bank"), **person("Tom Reed")},
                  figures=[figure("$2m", text, 2000000, "USD")])
    assert ("Acme Bank", None) not in facts(rows, "statistic")


def test_member_list_after_origin_phrase(nlp):
    text = ("The Hansa League was set up in Lubeck. It now has 40 members from nine "
            "countries, including Riga City Council and other bodies.")
    rows, _ = run(nlp, text, {**gpe("Lubeck"), **org("Hansa League", "Riga City Council")})
    assert facts(rows, "membership") == {("Riga City Council", "Hansa League")}


def test_returning_home_is_no_visit(nlp):
    text = "After returning to Norway, Tom Reed spoke to reporters in Oslo."
    rows, _ = run(nlp, text, {**person("Tom Reed"), **gpe("Norway", "Oslo")})
    assert facts(rows, "visit") == set()


def test_resort_of_names_the_place_not_the_sea(nlp):
    text = "A delegation from Bergen arrived in the Adriatic resort of Split."
    rows, _ = run(nlp, text, {**gpe("Bergen", "Split"), "Adriatic": ("LOC", "Adriatic")})
    assert facts(rows, "visit") == {("Bergen", "Split")}


# --- agreements: long partner lists ---------------------------------------------------


def test_last_partner_of_a_long_list_after_with(nlp):
    text = ("Bergen has sister city relationships with the City of Turin and the City of "
            "Austin in the United States, and the City of Nantes in France.")
    names = {**gpe("Bergen", "United States", "France"),
             **{f"City of {c}": ("GPE", c) for c in ("Turin", "Austin", "Nantes")}}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "agreement") == {("Bergen", "Turin"), ("Bergen", "Austin"),
                                        ("Bergen", "Nantes")}


def test_second_tie_noun_keeps_its_own_partner(nlp):
    text = ("Bergen has sister city ties with Turin, and a friendship city relationship "
            "with Nantes.")
    rows, _ = run(nlp, text, gpe("Bergen", "Turin", "Nantes"))
    assert ("Bergen", "Nantes", "friendship city") in roles(rows, "agreement")


# --- meetings through a channel ---------------------------------------------------------


def test_two_mayors_acting_through_a_video_conference_met(nlp):
    text = ("Maria Lopez and Paolo Neri marked the anniversary of the partnership through "
            "a video conference on Friday.")
    rows, _ = run(nlp, text, person("Maria Lopez", "Paolo Neri"))
    assert facts(rows, "meeting") == {("Maria Lopez", "Paolo Neri")}


def test_date_of_the_video_conference_dates_the_meeting(nlp):
    text = ("Maria Lopez and Paolo Neri marked the anniversary through a video conference "
            "on the afternoon of May 4, 2021.")
    rows, _ = run(nlp, text, person("Maria Lopez", "Paolo Neri"),
                  dates=[date("May 4, 2021", text, "2021-05-04")])
    assert [(t, d) for t, _s, _o, _r, d, _v in rows] == [("meeting", "2021-05-04")]


def test_two_speakers_at_a_conference_did_not_meet(nlp):
    text = "Maria Lopez and Paolo Neri spoke at a conference in Turin."
    rows, _ = run(nlp, text, {**person("Maria Lopez", "Paolo Neri"), **gpe("Turin")})
    assert facts(rows, "meeting") == set()


def test_two_titled_subjects_the_parser_did_not_join(nlp):
    # the small model makes both names subjects of "celebrated"
    text = ("Oslo Mayor Park Jae-won and Bergen Mayor Han Seo-yeon celebrated the "
            "anniversary through a video conference.")
    rows, _ = run(nlp, text, {**person("Park Jae-won", "Han Seo-yeon"),
                              **gpe("Oslo", "Bergen")})
    assert facts(rows, "meeting") == {("Park Jae-won", "Han Seo-yeon")}


# --- sites ------------------------------------------------------------------------------


def test_site_name_before_in_place(nlp):
    text = "Bergen Science Park in Norway plans to double its size."
    rows, _ = run(nlp, text, {**org("Bergen Science Park"), **gpe("Norway")})
    assert facts(rows, "located_in") == {("Bergen Science Park", "Norway")}


def test_company_in_place_is_no_site(nlp):
    text = "Acme Group in Norway plans to double its sales."
    rows, _ = run(nlp, text, {**org("Acme Group"), **gpe("Norway")})
    assert facts(rows, "located_in") == set()


# --- statistics: a share of a named body's people ----------------------------------------


def test_share_of_a_named_bodys_people_whatever_the_verb(nlp):
    text = "Some 66% of Acme Corp employees own a university degree."
    rows, _ = run(nlp, text, org("Acme Corp"),
                  figures=[figure("Some 66%", text, 66, "percent")])
    assert [(t, s, v) for t, s, _o, _r, _d, v in rows] == [("statistic", "Acme Corp", 66)]


def test_share_of_unnamed_people_has_no_owner(nlp):
    text = "Some 40% of voters backed Acme Corp."
    rows, _ = run(nlp, text, org("Acme Corp"),
                  figures=[figure("Some 40%", text, 40, "percent")])
    assert [r for r in rows if r[0] == "statistic"] == []


def test_share_in_someone_elses_words_has_no_owner(nlp):
    text = "Some 40% of Acme Corp employees would strike, he said."
    rows, _ = run(nlp, text, {**org("Acme Corp")},
                  figures=[figure("Some 40%", text, 40, "percent")])
    assert [r for r in rows if r[0] == "statistic"] == []


# --- statistics: things present in a place, and the work of a named body ------------------


def test_counted_things_working_in_a_place_are_the_places(nlp):
    text = "Today, 240 companies are working in the Kelvik Science Park."
    rows, _ = run(nlp, text, org("Kelvik Science Park"),
                  figures=[figure("240", text, 240, "count", "companies")])
    assert [(t, s, v) for t, s, _o, _r, _d, v in rows] == [
        ("statistic", "Kelvik Science Park", 240)]


def test_people_living_in_a_place_are_its_figure(nlp):
    text = "Some 4,000 people live in Avalon."
    rows, _ = run(nlp, text, gpe("Avalon"),
                  figures=[figure("Some 4,000", text, 4000, "count", "people")])
    assert [(t, s, v) for t, s, _o, _r, _d, v in rows] == [("statistic", "Avalon", 4000)]


def test_others_counted_in_a_place_are_not_the_places(nlp):
    text = "About 300 Ostland firms operate in Tornby."
    rows, _ = run(nlp, text, gpe("Ostland", "Tornby"),
                  figures=[figure("About 300", text, 300, "count", "firms")])
    assert ("statistic", "Tornby", None) not in {(t, s, o) for t, s, o, *_ in rows}


def test_work_done_by_a_named_bodys_members_is_the_bodys(nlp):
    text = "Over 4,500 trees have been planted by Acme Network members."
    rows, _ = run(nlp, text, org("Acme Network"),
                  figures=[figure("Over 4,500", text, 4500, "count", "trees")])
    assert [(t, s, v) for t, s, _o, _r, _d, v in rows] == [("statistic", "Acme Network", 4500)]


def test_things_traded_or_planned_by_a_body_are_not_its_work(nlp):
    text = "Some 200 events will be organised by Acme Network next year."
    rows, _ = run(nlp, text, org("Acme Network"),
                  figures=[figure("Some 200", text, 200, "count", "events")])
    assert [r for r in rows if r[0] == "statistic"] == []
    text = "Some 500 houses were bought by Acme Network."
    rows, _ = run(nlp, text, org("Acme Network"),
                  figures=[figure("Some 500", text, 500, "count", "houses")])
    assert [r for r in rows if r[0] == "statistic"] == []


# --- statistics: attendance of an organisation's event -------------------------------------


def event(*names):
    return {n: ("EVENT", n) for n in names}


def test_attendance_of_an_organisations_event_is_the_organisations(nlp):
    text = "Acme Network's annual Congress brought together over 300 participants."
    rows, _ = run(nlp, text, {**org("Acme Network"), **event("Congress")},
                  figures=[figure("over 300", text, 300, "count", "participants")])
    assert [(t, s, v) for t, s, _o, _r, _d, v in rows] == [("statistic", "Acme Network", 300)]
    text = "The Acme Network World Forum drew 2,000 delegates."
    rows, _ = run(nlp, text, {**org("Acme Network"), **event("Acme Network World Forum")},
                  figures=[figure("2,000", text, 2000, "count", "delegates")])
    assert [(t, s, v) for t, s, _o, _r, _d, v in rows] == [("statistic", "Acme Network", 2000)]


def test_attendance_of_an_event_named_after_a_place_or_planned_has_no_owner(nlp):
    text = "The Tornby Urban Summit brought together over 1,400 participants."
    rows, _ = run(nlp, text, {**gpe("Tornby"), **event("Tornby Urban Summit")},
                  figures=[figure("over 1,400", text, 1400, "count", "participants")])
    assert [r for r in rows if r[0] == "statistic"] == []
    text = "Acme Network's annual Congress will bring together 300 participants."
    rows, _ = run(nlp, text, {**org("Acme Network"), **event("Congress")},
                  figures=[figure("300", text, 300, "count", "participants")])
    assert [r for r in rows if r[0] == "statistic"] == []


# --- visits: time spent in a place, taking part in an event there ---------------------------


def test_time_spent_in_a_place_is_a_visit(nlp):
    text = "Governor Anna Berg spent three days in Porto."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Porto")})
    assert facts(rows, "visit") == {("Anna Berg", "Porto")}
    text = "During her stay in Porto, Governor Anna Berg met business leaders."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Porto")})
    assert facts(rows, "visit") == {("Anna Berg", "Porto")}


def test_taking_part_in_an_event_held_in_a_place_is_a_visit(nlp):
    text = "Governor Anna Berg took part in the forum held in Porto."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Porto")})
    assert facts(rows, "visit") == {("Anna Berg", "Porto")}


def test_years_money_plans_and_court_stays_are_no_visits(nlp):
    for text in ("Governor Anna Berg spent ten years in Porto.",
                 "Governor Anna Berg will spend three days in Porto next week.",
                 "Governor Anna Berg spent $5 million in Porto.",
                 "The court granted Anna Berg a stay in Porto."):
        rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Porto")})
        assert facts(rows, "visit") == set(), text


# --- located_in: "-based" in apposition, a body's own seat, "lies in" ------------------------


def test_a_place_based_description_in_apposition_locates_the_body(nlp):
    text = "Acme Corp, an Oslo-based shipping company, makes boats."
    rows, _ = run(nlp, text, {**org("Acme Corp"), **gpe("Oslo")})
    assert facts(rows, "located_in") == {("Acme Corp", "Oslo")}


def test_a_bodys_own_seat_locates_it(nlp):
    for text in ("Acme Corp has its headquarters in Oslo.",
                 "Acme Corp moved its headquarters to Oslo in 2010.",
                 "The secretariat of Acme Corp is in Oslo."):
        rows, _ = run(nlp, text, {**org("Acme Corp"), **gpe("Oslo")})
        assert facts(rows, "located_in") == {("Acme Corp", "Oslo")}, text


def test_a_plant_or_a_seat_in_a_council_locates_nothing(nlp):
    for text in ("Acme Corp has a plant in Oslo.",
                 "Acme Corp has five seats in Oslo."):
        rows, _ = run(nlp, text, {**org("Acme Corp"), **gpe("Oslo")})
        assert facts(rows, "located_in") == set(), text


def test_lies_in_locates_a_place_or_site(nlp):
    text = "The Munch Museum lies in central Oslo."
    rows, _ = run(nlp, text, {"Munch Museum": ("FAC", "Munch Museum"), **gpe("Oslo")})
    assert facts(rows, "located_in") == {("Munch Museum", "Oslo")}


# --- positions: "X heads Y", "Y appointed X as its chairman" ---------------------------------


def test_a_person_who_heads_or_chairs_a_body_holds_a_position_there(nlp):
    for text, role in (("Kari Holm heads Gamma Bank.", "head"),
                       ("Kari Holm, who chairs Gamma Bank, spoke.", "chair")):
        rows, _ = run(nlp, text, {**person("Kari Holm"), **org("Gamma Bank")})
        assert roles(rows, "position") == {("Kari Holm", "Gamma Bank", role)}, text


def test_heading_in_the_past_or_future_or_a_team_leading_is_no_position(nlp):
    for text in ("Kari Holm headed Gamma Bank until 2010.",
                 "Kari Holm will head Gamma Bank from May.",
                 "Gamma Bank leads Delta Bank by two points."):
        rows, _ = run(nlp, text, {**person("Kari Holm"), **org("Gamma Bank", "Delta Bank")})
        assert facts(rows, "position") == set(), text


def test_a_body_appointing_someone_as_its_officer_employs_them(nlp):
    text = "Gamma Bank appointed Kari Holm as its new chairman."
    rows, _ = run(nlp, text, {**person("Kari Holm"), **org("Gamma Bank")})
    assert facts(rows, "position") == {("Kari Holm", "Gamma Bank")}
    text = "Gamma Bank appointed Kari Holm as chairman of Delta Bank."
    rows, _ = run(nlp, text, {**person("Kari Holm"), **org("Gamma Bank", "Delta Bank")})
    assert ("Kari Holm", "Gamma Bank") not in facts(rows, "position")


# --- membership: "whose members include", "the members of Y include", "admitted to" ---------


def test_whose_members_are_the_relative_clauses_body(nlp):
    text = "The Arctic Forum, whose members include Canada and Russia, met in May."
    rows, _ = run(nlp, text, {**org("Arctic Forum", "Nordic Union"), **gpe("Canada", "Russia")})
    assert facts(rows, "membership") == {("Canada", "Arctic Forum"), ("Russia", "Arctic Forum")}


def test_the_members_of_a_body_include_its_members(nlp):
    text = "The members of the Nordic Union include Norway and Iceland."
    rows, _ = run(nlp, text, {**org("Nordic Union"), **gpe("Norway", "Iceland")})
    assert facts(rows, "membership") == {("Norway", "Nordic Union"), ("Iceland", "Nordic Union")}


def test_admitted_to_a_body_is_membership_but_admitting_a_fact_is_not(nlp):
    text = "Poland was admitted to the Nordic Union in 2004."
    rows, _ = run(nlp, text, {**org("Nordic Union"), **gpe("Poland")})
    assert facts(rows, "membership") == {("Poland", "Nordic Union")}
    text = "The Nordic Union admitted Croatia in 2013."
    rows, _ = run(nlp, text, {**org("Nordic Union"), **gpe("Croatia")})
    assert facts(rows, "membership") == {("Croatia", "Nordic Union")}
    text = "Acme Corp admitted Beta Ltd had won the contract."
    rows, _ = run(nlp, text, org("Acme Corp", "Beta Ltd"))
    assert facts(rows, "membership") == set()


# --- agreements: "signed by A and Org title B" ------------------------------------------------


def test_signed_by_a_person_and_an_organisations_titled_officer_pairs_the_people(nlp):
    text = ("The memorandum, signed on Monday by Trade Minister Ann Berg and Acme Corp chief "
            "executive Mary Stone, covers exchanges.")
    rows, _ = run(nlp, text, {**person("Ann Berg", "Mary Stone"), **org("Acme Corp")})
    assert facts(rows, "agreement") == {("Ann Berg", "Mary Stone")}


def test_signed_by_a_person_and_a_body_without_an_officer_pairs_no_one(nlp):
    text = ("The memorandum, signed on Monday by Trade Minister Ann Berg and Acme Corp, "
            "covers exchanges.")
    rows, _ = run(nlp, text, {**person("Ann Berg"), **org("Acme Corp")})
    assert facts(rows, "agreement") == set()


# --- statistics: "the population of X is N", "X, home to N people" ---------------------------


def test_the_measured_subject_of_a_named_place_is_the_places(nlp):
    text = "The population of Avalon is 2.7 million."
    rows, _ = run(nlp, text, gpe("Avalon"),
                  figures=[figure("2.7 million", text, 2700000, "count", "population")])
    assert [(t, s, v) for t, s, _o, _r, _d, v in rows] == [("statistic", "Avalon", 2700000)]


def test_a_deal_for_a_named_body_is_not_its_figure(nlp):
    text = "The sale of Acme Corp was worth $5 billion."
    rows, _ = run(nlp, text, org("Acme Corp"),
                  figures=[figure("$5 billion", text, 5e9, "USD")])
    assert [r for r in rows if r[0] == "statistic"] == []


def test_home_to_people_after_a_place_is_its_figure(nlp):
    text = "Avalon, home to 650,000 people, hosts the fair."
    rows, _ = run(nlp, text, gpe("Avalon"),
                  figures=[figure("650,000", text, 650000, "count", "people")])
    assert [(t, s, v) for t, s, _o, _r, _d, v in rows] == [("statistic", "Avalon", 650000)]


def test_returning_from_a_place_is_a_visit_but_returning_from_exile_is_not(nlp):
    text = "Governor Anna Berg returned from Porto on Sunday."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Porto")})
    assert facts(rows, "visit") == {("Anna Berg", "Porto")}
    text = "Governor Anna Berg returned from exile in Porto."
    rows, _ = run(nlp, text, {**person("Anna Berg"), **gpe("Porto")})
    assert facts(rows, "visit") == set()


def test_a_based_description_of_someone_else_or_a_units_seat_locates_no_one(nlp):
    text = "Acme Corp, a unit of Beta Holdings Ltd, a Paris-based firm, signed."
    rows, _ = run(nlp, text, {**org("Acme Corp", "Beta Holdings Ltd"), **gpe("Paris")})
    assert ("Acme Corp", "Paris") not in facts(rows, "located_in")
    text = "Acme Corp has relocated its service division headquarters to Oslo."
    rows, _ = run(nlp, text, {**org("Acme Corp"), **gpe("Oslo")})
    assert facts(rows, "located_in") == set()


def test_exports_of_a_named_thing_are_not_its_figure(nlp):
    text = "Indonesian exports of Acme Oil in 1986 were 530,500 tonnes."
    rows, _ = run(nlp, text, org("Acme Oil"),
                  figures=[figure("530,500 tonnes", text, 530500, "tonne")])
    assert [r for r in rows if r[0] == "statistic"] == []
