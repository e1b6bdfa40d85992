"""One id per real thing across documents: a corpus written for the test, run through the
entity stage and resolution (no hand-made in-document entities), so that what is tested is
what a user gets from articles that write one country or organisation in different ways."""

from __future__ import annotations

import pytest

from pipeline.annotate import load_nlp
from pipeline.extract.entities import find_entities
from pipeline.model import LocalEntity, Mention
from pipeline.resolve import resolve
from pipeline.resolve.aliases import AliasTable
from pipeline.resolve.knowledge import loose_key, place_keys

CORPUS = {
    "a": "South Korea and Chile signed a trade pact in Santiago on Monday. Officials of the "
         "United States welcomed it, and the United Kingdom said it would follow. China "
         "did not comment. The deal was brokered by Union of Harbour Towns and Ports "
         "(UHTP), which has members in 140 countries.",
    "b": "The Republic of Korea will host the forum. The U.S. delegation and the UK team will "
         "attend, along with envoys from the People's Republic of China. UHTP said the "
         "agenda was ready.",
    "c": "Seoul, Korea -- Korea and the USA agreed to extend the accord. Britain backed the "
         "plan, and the PRC objected. The Union of Harbour Towns and Port network met in "
         "Velmora.",
    "d": "Leaders of the ROK and the United States of America met in Washington. Great "
         "Britain sent a minister. America will host the next round.",
    "e": "North Korea fired a missile. Korea and Japan protested at the United Nations.",
    "f": "The World Hockey Association (WHA) changed its rules. The US team withdrew.",
    "g": "The World Harbour Association (WHA) met in Tornby. The US embassy attended.",
}


@pytest.fixture(scope="module")
def resolved():
    nlp = load_nlp()
    per_doc: list[tuple[str, list[LocalEntity], list[Mention]]] = []
    for doc_id, text in sorted(CORPUS.items()):
        mentions, entities = find_entities(nlp(text))
        per_doc.append((doc_id, entities, mentions))
    res = resolve(per_doc, AliasTable())
    ids: dict[tuple[str, str], str] = {}
    for doc_id, _entities, mentions in per_doc:
        for m in mentions:
            ids[(doc_id, m.text)] = res.ids[(doc_id, m.key)]
    return ids


def one_id(ids, pairs):
    found = {ids[p] for p in pairs if p in ids}
    missing = [p for p in pairs if p not in ids]
    assert not missing, f"not found as mentions: {missing}"
    return found


def test_south_korea_in_all_its_forms(resolved):
    forms = [("a", "South Korea"), ("b", "Republic of Korea"), ("c", "Korea"), ("d", "ROK")]
    assert len(one_id(resolved, forms)) == 1


def test_korea_beside_north_korea_is_not_south_korea(resolved):
    assert resolved[("e", "Korea")] != resolved[("a", "South Korea")]
    assert resolved[("e", "North Korea")] != resolved[("a", "South Korea")]


def test_united_states_in_all_its_forms(resolved):
    forms = [("a", "United States"), ("b", "U.S."), ("c", "USA"), ("f", "US"),
             ("d", "United States of America"), ("d", "America")]
    assert len(one_id(resolved, forms)) == 1


def test_china_and_the_united_kingdom(resolved):
    china = [("a", "China"), ("b", "People's Republic of China"), ("c", "PRC")]
    uk = [("a", "United Kingdom"), ("b", "UK"), ("c", "Britain"), ("d", "Great Britain")]
    assert len(one_id(resolved, china)) == 1
    assert len(one_id(resolved, uk)) == 1


def test_organisation_acronym_singular_and_plural(resolved):
    forms = [("a", "Union of Harbour Towns and Ports"), ("a", "UHTP"), ("b", "UHTP"),
             ("c", "Union of Harbour Towns and Port")]
    assert len(one_id(resolved, forms)) == 1


def test_acronym_with_two_expansions_stays_apart(resolved):
    assert resolved[("f", "World Hockey Association")] != resolved[
        ("g", "World Harbour Association")]


def test_place_keys_need_every_form_to_name_one_place():
    assert place_keys(["Pusan"], set()) == place_keys(["Busan"], set())
    assert place_keys(["Korea"], {"North Korea"}) == []
    assert place_keys(["Korea"], {"Seoul"}) == ["country|KR"]
    assert place_keys(["Zorblatt"], set()) == []


def test_loose_key_ignores_plural_and_the():
    assert loose_key("the Union of Harbour Towns and Ports", "ORG") == loose_key(
        "Union of Harbour Towns and Port", "ORG")
    assert loose_key("Glass House", "ORG") == "glass house"
