"""Visits, meetings and agreements whose actor or partners are said away from the verb:
a group named sentences before ("The delegates also visited ..."), a name behind a
dateline, a person visited "of" a place, partners listed after the signing.

Sentences are written for the tests (every name invented); mentions are built by hand.
"""

from __future__ import annotations

from tests.extract.test_relations import facts, run


def names(label, *surfaces):
    return {n: (label, n) for n in surfaces}


def test_a_visit_to_the_mayor_of_a_place_is_a_meeting_and_a_visit_there(nlp):
    text = "Mayor Anna Berg made an official visit to Mayor Olav Lund of Tornby City " \
           "on 21 October."
    rows, _ = run(nlp, text, {**names("PERSON", "Anna Berg", "Olav Lund"),
                              "Tornby City": ("GPE", "Tornby")})
    assert facts(rows, "meeting") == {("Anna Berg", "Olav Lund")}
    assert facts(rows, "visit") == {("Anna Berg", "Tornby")}


def test_a_visit_to_a_person_alone_names_no_place(nlp):
    text = "Mayor Anna Berg made an official visit to Olav Lund in his office."
    rows, _ = run(nlp, text, names("PERSON", "Anna Berg", "Olav Lund"))
    assert facts(rows, "meeting") == {("Anna Berg", "Olav Lund")}
    assert facts(rows, "visit") == set()


def test_the_name_behind_a_dateline_is_the_subject(nlp):
    text = "MARLOW, Tornby (TNS Information Service): June 3, 1998 - Tornby Governor " \
           "Ann Berg headed a delegation which visited Vikby Province, Peoples Republic " \
           "of Norland (PRN) during the month of May 1998, according to a release from " \
           "the Governor's Office."
    rows, _ = run(nlp, text, {**names("GPE", "MARLOW", "Tornby", "Vikby Province"),
                              **names("PERSON", "Ann Berg"),
                              **names("ORG", "TNS Information Service")})
    assert facts(rows, "visit") == {("Ann Berg", "Vikby Province")}


def test_a_dateline_place_is_not_a_second_subject(nlp):
    text = "Tornby (Island News) – Governor Ann Berg held talks with leaders of Vikby " \
           "on August 24."
    rows, _ = run(nlp, text, {**names("GPE", "Tornby", "Vikby"),
                              **names("PERSON", "Ann Berg"), **names("ORG", "Island News")})
    assert facts(rows, "meeting") == {("Ann Berg", "Vikby")}


def test_a_dateline_closed_by_a_double_hyphen(nlp):
    from tests.extract.test_relations import date

    text = "MARLOW, Tornby, March 4, 2025 -- Vikby Mayor Ann Berg travelled to Lund " \
           "last week to mark the twinning."
    dates = [date("March 4, 2025", text, "2025-03-04"),
             date("last week", text, "2025-02-24/2025-03-02", "week")]
    rows, _ = run(nlp, text, {**names("GPE", "MARLOW", "Tornby", "Vikby", "Lund"),
                              **names("PERSON", "Ann Berg")}, dates=dates)
    visits = [(s, o, d) for t, s, o, _r, d, _v in rows if t == "visit"]
    # the name after the dash is the traveller, and the week the clause gives dates the
    # trip, not the day the story was filed
    assert visits == [("Ann Berg", "Lund", "2025-02-24/2025-03-02")]
    text = "MARLOW, Tornby, March 4, 2025 -- Vikby Mayor Ann Berg travelled to Lund."
    rows, _ = run(nlp, text, {**names("GPE", "MARLOW", "Tornby", "Vikby", "Lund"),
                              **names("PERSON", "Ann Berg")},
                  dates=[date("March 4, 2025", text, "2025-03-04")])
    assert [d for t, *_x, d, _v in rows if t == "visit"] == ["2025-03-04"]


def test_a_working_session_with_leaders_is_a_meeting(nlp):
    text = "Governor Ann Berg held a working session with leaders of Vikby on Monday."
    rows, _ = run(nlp, text, {**names("GPE", "Vikby"), **names("PERSON", "Ann Berg")})
    assert facts(rows, "meeting") == {("Ann Berg", "Vikby")}


DELEGATES = ("Arcadia Forum hosted delegates from Tornby and Vikby for an exchange "
             "visit in Lund. It rained on the first day. The mayor gave a speech. A "
             "dinner followed. The delegates also visited Lund Primary School.")
DELEGATE_NAMES = {**names("GPE", "Tornby", "Vikby", "Lund"),
                  **names("ORG", "Arcadia Forum", "Lund Primary School")}


def test_the_delegates_of_the_article_are_its_only_group(nlp):
    rows, _ = run(nlp, DELEGATES, DELEGATE_NAMES)
    assert facts(rows, "visit") == {("Tornby", "Lund Primary School"),
                                    ("Vikby", "Lund Primary School"),
                                    ("Tornby", "Lund"), ("Vikby", "Lund")}


def test_the_delegation_takes_back_delegates_from_two_places(nlp):
    text = "Arcadia Forum hosted delegates from Tornby and Vikby for an exchange visit " \
           "in Lund. During their visit, the delegation paid a courtesy call to " \
           "Governor Olav Berg."
    rows, _ = run(nlp, text, {**DELEGATE_NAMES, **names("PERSON", "Olav Berg")})
    met = {(s, o) for s, o in facts(rows, "meeting") if o == "Olav Berg"}
    assert met == {("Tornby", "Olav Berg"), ("Vikby", "Olav Berg")}


def test_two_groups_far_back_are_not_taken_back(nlp):
    text = "A delegation from Tornby arrived on Monday. A delegation from Vikby came " \
           "later. It rained. The mayor spoke. A dinner followed. The delegation " \
           "visited Lund Primary School."
    rows, _ = run(nlp, text, DELEGATE_NAMES)
    assert facts(rows, "visit") == set()


def test_partners_numbered_after_with_colon(nlp):
    text = "During the summit Tornby Council signed 3 MoU with: 1. Acme Institute, the " \
           "association of cities in Norland; 2. Nordic ASPAC regional section; 3. The " \
           "Vikby Rail Academy.\nAlso, a deal was signed."
    rows, _ = run(nlp, text, {**names("ORG", "Tornby Council", "Acme Institute", "Nordic",
                                      "The Vikby Rail Academy"), **names("GPE", "Norland")})
    # "Nordic ASPAC" opens with a shorter name than its own: not trusted
    assert facts(rows, "agreement") == {("Tornby Council", "Acme Institute"),
                                        ("Tornby Council", "The Vikby Rail Academy")}


LISTED = ("The Tornby Authority has signed 7 Memorandums of Understanding (MoUs) at the "
          "forum in Davos.\nThe deal is expected to help.\n{heading}\n"
          "Acme Rail (UK) – Strategic study on transport.\n"
          "Birch Corporation (Canada) – USD 12 billion investment.\n"
          "Other text follows here.")
LISTED_NAMES = {**names("ORG", "Tornby Authority", "Acme Rail", "Birch Corporation"),
                **names("GPE", "UK", "Canada", "Davos")}


def test_partners_listed_under_a_heading_naming_the_agreements(nlp):
    rows, _ = run(nlp, LISTED.format(heading="Key Highlights of the MoUs"), LISTED_NAMES)
    assert facts(rows, "agreement") == {("Tornby Authority", "Acme Rail"),
                                        ("Tornby Authority", "Birch Corporation")}


def test_a_list_under_another_heading_names_no_partners(nlp):
    rows, _ = run(nlp, LISTED.format(heading="Key Investors in the Region"), LISTED_NAMES)
    assert facts(rows, "agreement") == set()


def test_mayors_signing_bind_their_places(nlp):
    text = "Tornby Mayor Ann Berg and Vikby City Mayor Olav Lund signed the agreement."
    rows, _ = run(nlp, text, {**names("GPE", "Tornby"), "Vikby City": ("GPE", "Vikby"),
                              **names("PERSON", "Ann Berg", "Olav Lund")})
    assert facts(rows, "agreement") == {("Ann Berg", "Olav Lund"), ("Tornby", "Vikby")}


def test_signers_without_a_stated_post_bind_no_place(nlp):
    text = "Ann Berg and Olav Lund signed the agreement in Tornby."
    rows, _ = run(nlp, text, {**names("GPE", "Tornby"),
                              **names("PERSON", "Ann Berg", "Olav Lund")})
    assert facts(rows, "agreement") == {("Ann Berg", "Olav Lund")}


STYLED = ("A deal was made at a meeting between Norlandic President Ann Berg and "
          "Vikbian Prime Minister Olav Lund in May. {rest}")
STYLED_NAMES = {**names("PERSON", "Ann Berg", "Olav Lund"), **names("GPE", "Marstad")}


def test_the_nationality_and_title_take_back_the_one_person_so_styled(nlp):
    text = STYLED.format(rest="In December, the Norlandic leader made a visit to Marstad.")
    rows, _ = run(nlp, text, STYLED_NAMES)
    assert facts(rows, "visit") == {("Ann Berg", "Marstad")}


def test_two_persons_so_styled_are_not_taken_back(nlp):
    text = STYLED.replace("Vikbian", "Norlandic").format(
        rest="In December, the Norlandic leader made a visit to Marstad.")
    rows, _ = run(nlp, text, STYLED_NAMES)
    assert facts(rows, "visit") == set()


def test_the_city_takes_back_the_city_of_a_place_said_before(nlp):
    text = STYLED.format(rest="Lund invited Berg to visit his home city of Marstad near "
                              "Tornby. In December, the Norlandic leader made a visit "
                              "to the city.")
    rows, _ = run(nlp, text, {**STYLED_NAMES, **names("GPE", "Tornby"),
                              "Berg": ("PERSON", "Ann Berg"), "Lund": ("PERSON", "Olav Lund")})
    assert facts(rows, "visit") == {("Ann Berg", "Marstad")}
