"""Relation rules of issue 11's round 9, from the judged draw of seed 20261305 on
unread Reuters stories: non-members, bodies whose name ends in a place, pronouns
and the people they can stand for. Sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.relations import find_relations
from tests.extract.test_relations import facts, mark, run

BODY = {"Tarvo Union": ("ORG", "Tarvo Union")}
PLACES = {n: ("GPE", n) for n in ("Norway", "Chile", "Peru")}


def test_non_members_are_not_members(nlp):
    for text in ("The Tarvo Union has 30 members. Non-members include Norway and Chile.",
                 "The Tarvo Union has 30 members. Non- members include Norway and Chile."):
        rows, _ = run(nlp, text, {**BODY, **PLACES})
        assert facts(rows, "membership") == set(), text


def test_members_are_still_members(nlp):
    text = "The Tarvo Union has 30 members. Members include Norway and Chile."
    rows, _ = run(nlp, text, {**BODY, **PLACES})
    assert facts(rows, "membership") == {("Norway", "Tarvo Union"), ("Chile", "Tarvo Union")}


UNION = {"National Union of Seafarers": ("ORG", "National Union of Seafarers"),
         "India": ("GPE", "India"), "Leo Barnes": ("PERSON", "Leo Barnes")}


def test_a_place_closing_a_longer_name_is_not_the_employer(nlp):
    text = "National Union of Seafarers in India president Leo Barnes said the strike went on."
    rows, _ = run(nlp, text, UNION)
    assert facts(rows, "position") == set()


def test_a_place_before_a_title_is_the_employer(nlp):
    text = "The strike went on, India president Leo Barnes said."
    rows, _ = run(nlp, text, UNION)
    assert facts(rows, "position") == {("Leo Barnes", "India")}


PEOPLE = {n: ("PERSON", n) for n in ("Anna Berg", "Tom Hale")} | {
    "Oslo": ("GPE", "Oslo"), "Lima": ("GPE", "Lima")}


def test_his_is_the_one_person_just_named_when_no_person_is_the_subject(nlp):
    text = ("Anna Berg visited Oslo in May. The poll was bad news for Tom Hale. "
            "It showed that his popularity slumped after his trip to Lima.")
    rows, _ = run(nlp, text, PEOPLE)
    assert facts(rows, "visit") == {("Anna Berg", "Oslo"), ("Tom Hale", "Lima")}


def test_his_is_still_the_subject_before(nlp):
    text = ("Tom Hale met Anna Berg in Oslo. He said his trip to Lima was a success.")
    rows, _ = run(nlp, text, PEOPLE)
    assert ("Tom Hale", "Lima") in facts(rows, "visit")


def test_the_one_directed_to_go_is_the_visitor(nlp):
    names = {**BODY, "Anna Berg": ("PERSON", "Anna Berg"), "Oslo": ("GPE", "Oslo")}
    rows, _ = run(nlp, "The Tarvo Union directed Anna Berg to visit Oslo.", names)
    assert facts(rows, "visit") == {("Anna Berg", "Oslo")}


def test_members_of_a_group_named_by_a_common_noun_are_not_the_topics(nlp):
    text = ("The Tarvo Union has 30 members. The forum members include Norway and Chile, "
            "officials said.")
    rows, _ = run(nlp, text, {**BODY, **PLACES})
    assert facts(rows, "membership") == set()
    text = ("The Tarvo Union has 30 members. The union members include Norway and Chile, "
            "officials said.")
    rows, _ = run(nlp, text, {**BODY, **PLACES})
    assert facts(rows, "membership") == {("Norway", "Tarvo Union"), ("Chile", "Tarvo Union")}


def test_a_place_after_a_listed_company_is_its_seat(nlp):
    names = {**BODY, **PLACES, "Acme Grain": ("ORG", "Acme Grain"),
             "Beta Farms": ("ORG", "Beta Farms")}
    text = "The Tarvo Union's members include Acme Grain, Peru, and Beta Farms."
    rows, _ = run(nlp, text, names)
    assert facts(rows, "membership") == {("Acme Grain", "Tarvo Union"),
                                         ("Beta Farms", "Tarvo Union")}



def _titled_positions(nlp, text, title):
    """Positions when the person's mention carries ``title`` (as the entities stage sets)."""
    names = {"Tampa": ("GPE", "Tampa"), "Satoshi Sumita": ("PERSON", "Satoshi Sumita")}
    mentions, entities = mark(text, names)
    mentions = [replace(m, title=title) if m.text == "Satoshi Sumita" else m
                for m in mentions]
    by_key = {e.key: e.name for e in entities}
    return {(by_key[r.subject_key], by_key.get(r.object_key))
            for r in find_relations(nlp(text), mentions, entities, [], [])
            if r.type == "position"}


def test_a_bare_title_is_the_page_citys_office(nlp):
    text = "Tampa is a busy port. Tampa grew fast. Mayor Satoshi Sumita said so."
    assert _titled_positions(nlp, text, "Mayor") == {("Satoshi Sumita", "Tampa")}


def test_a_title_after_a_body_we_do_not_know_is_that_bodys(nlp):
    text = "Tampa is a busy port. Tampa grew fast. Port Authority Governor Satoshi Sumita " \
           "said so."
    assert _titled_positions(nlp, text, "Governor") == set()


def test_he_is_not_a_person_named_in_the_quote_before(nlp):
    text = ("Anna Berg said the plan would cost more. \"We cannot do it without Tom Hale.\" "
            "she told reporters after her trip to Lima.")
    rows, _ = run(nlp, text, PEOPLE)
    assert ("Tom Hale", "Lima") not in facts(rows, "visit")


def test_member_nations_are_still_the_topics_members(nlp):
    text = ("The Tarvo Union has 30 members. Some consuming member nations, including "
            "Norway and Chile, favour the plan.")
    rows, _ = run(nlp, text, {**BODY, **PLACES})
    assert facts(rows, "membership") == {("Norway", "Tarvo Union"), ("Chile", "Tarvo Union")}


def test_a_firm_flying_to_a_place_in_the_present_runs_a_route(nlp):
    names = {"Tarvo Air": ("ORG", "Tarvo Air"), "Peru": ("GPE", "Peru"),
             "Anna Berg": ("PERSON", "Anna Berg")}
    rows, _ = run(nlp, "Tarvo Air, which currently flies to Peru, will drop the route.", names)
    assert facts(rows, "visit") == set()
    rows, _ = run(nlp, "Anna Berg, who flew to Peru last week, will speak.", names)
    assert facts(rows, "visit") == {("Anna Berg", "Peru")}

