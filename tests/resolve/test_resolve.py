"""Cross-document resolution and the user's aliases file, on hand-made in-document entities."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import LocalEntity, Mention
from pipeline.resolve import Resolution, resolve
from pipeline.resolve.aliases import AliasTable, load_aliases, parse_aliases

NO_ALIASES = AliasTable()


def doc(doc_id, *ents):
    """ents: (name, type, aliases, mention texts); mentions get fake but ordered offsets."""
    entities, mentions = [], []
    pos = 0
    for key, (name, etype, aliases, texts) in enumerate(ents):
        entities.append(LocalEntity(key, name, etype, list(aliases)))
        for t in texts:
            title = ""
            if " " in t and t.split(" ")[0] in ("Mayor", "Vice"):
                title, t = t.rsplit(" ", 1)
            mentions.append(Mention(pos, pos + len(t), t, etype, key, title))
            pos += len(t) + 1
    return (doc_id, entities, mentions)


def ids_by_name(res: Resolution, per_doc):
    out = {}
    for doc_id, entities, _m in per_doc:
        for e in entities:
            out[(doc_id, e.name)] = res.ids[(doc_id, e.key)]
    return out


def row(res, eid):
    [r] = [r for r in res.entities if r["entity_id"] == eid]
    return r


CORPUS = [
    doc("d1",
        ("Daejeon", "GPE", ["Daejeon City"], ["Daejeon City", "Daejeon"]),
        ("World Technopolis Association", "ORG", ["WTA"],
         ["World Technopolis Association", "WTA"]),
        ("Yoo Deuk-won", "PERSON", ["Vice Mayor Yoo", "Yoo", "유득원"],
         ["Yoo Deuk-won", "유득원", "Vice Mayor Yoo"])),
    doc("d2",
        ("Daejeon", "GPE", ["Daejeon Metropolitan City"], ["Daejeon Metropolitan City"]),
        ("WTA", "ORG", [], ["WTA"]),
        ("Jordan", "PERSON", [], ["Jordan"])),
    doc("d3",
        ("Daejeon City", "GPE", [], ["Daejeon City"]),
        ("Jordan", "GPE", [], ["Jordan", "Jordan"]),
        ("Yoo", "PERSON", [], ["Yoo"])),
]


def test_same_place_with_and_without_suffix_is_one_entity():
    res = resolve(CORPUS, NO_ALIASES)
    ids = ids_by_name(res, CORPUS)
    assert ids[("d1", "Daejeon")] == ids[("d2", "Daejeon")] == ids[("d3", "Daejeon City")]
    r = row(res, ids[("d1", "Daejeon")])
    assert r["name"] == "Daejeon" and r["type"] == "GPE"
    assert r["document_count"] == 3 and r["mention_count"] == 4
    assert r["aliases"] == "Daejeon | Daejeon City | Daejeon Metropolitan City"


def test_acronym_joins_its_only_expansion():
    ids = ids_by_name(resolve(CORPUS, NO_ALIASES), CORPUS)
    assert ids[("d1", "World Technopolis Association")] == ids[("d2", "WTA")]


def test_acronym_with_two_expansions_is_not_merged():
    corpus = CORPUS + [doc("d4", ("Women's Tennis Association", "ORG", ["WTA"], ["WTA"]))]
    ids = ids_by_name(resolve(corpus, NO_ALIASES), corpus)
    assert ids[("d1", "World Technopolis Association")] != ids[("d4", "Women's Tennis Association")]
    assert ids[("d2", "WTA")] not in (ids[("d1", "World Technopolis Association")],
                                     ids[("d4", "Women's Tennis Association")])


def test_incompatible_types_stay_apart():
    ids = ids_by_name(resolve(CORPUS, NO_ALIASES), CORPUS)
    assert ids[("d2", "Jordan")] != ids[("d3", "Jordan")]


def test_clear_majority_settles_org_or_place_across_documents():
    corpus = [
        doc("a", ("Suwon", "GPE", [], ["Suwon", "Suwon", "Suwon"])),
        doc("b", ("Suwon", "ORG", [], ["Suwon"])),
        doc("c", ("Harbin", "GPE", [], ["Harbin"])),
        doc("d", ("Harbin", "ORG", [], ["Harbin"])),
    ]
    res = resolve(corpus, NO_ALIASES)
    ids = ids_by_name(res, corpus)
    assert ids[("a", "Suwon")] == ids[("b", "Suwon")]
    assert row(res, ids[("a", "Suwon")])["type"] == "GPE"
    assert ids[("c", "Harbin")] != ids[("d", "Harbin")]  # no clear majority


def test_short_forms_and_titles_do_not_link_documents():
    ids = ids_by_name(resolve(CORPUS, NO_ALIASES), CORPUS)
    assert ids[("d1", "Yoo Deuk-won")] != ids[("d3", "Yoo")]


def test_native_script_links_documents():
    corpus = CORPUS + [doc("d5", ("Yu Deuk-won", "PERSON", ["유득원"], ["Yu Deuk-won"]))]
    ids = ids_by_name(resolve(corpus, NO_ALIASES), corpus)
    assert ids[("d1", "Yoo Deuk-won")] == ids[("d5", "Yu Deuk-won")]


def test_ids_are_content_derived_and_tables_sorted():
    res = resolve(CORPUS, NO_ALIASES)
    assert all(re.fullmatch(r"E[0-9a-f]{12}", r["entity_id"]) for r in res.entities)
    assert [r["entity_id"] for r in res.entities] == sorted(r["entity_id"] for r in res.entities)
    keys = [(a["entity_id"], a["alias"]) for a in res.aliases]
    assert keys == sorted(keys)
    assert set(res.ids.values()) == {r["entity_id"] for r in res.entities}
    # the same entity in a different corpus gets the same id
    alone = resolve([CORPUS[2]], NO_ALIASES)
    assert alone.ids[("d3", 0)] == res.ids[("d3", 0)]


def test_alias_rows_count_mentions_including_titled_forms():
    res = resolve(CORPUS, NO_ALIASES)
    eid = res.ids[("d1", 2)]
    counts = {a["alias"]: a["mention_count"] for a in res.aliases if a["entity_id"] == eid}
    assert counts["Vice Mayor Yoo"] == 1 and counts["Yoo"] == 1 and counts["유득원"] == 1
    assert row(res, eid)["mention_count"] == 3


def test_shuffled_input_gives_identical_resolution():
    expected = resolve(CORPUS, NO_ALIASES)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = [(d, rng.sample(e, len(e)), rng.sample(m, len(m))) for d, e, m in CORPUS]
        rng.shuffle(shuffled)
        assert resolve(shuffled, NO_ALIASES) == expected


def test_empty_corpus():
    assert resolve([], NO_ALIASES) == Resolution()


# ----------------------------------------------------------------------------- aliases file


def test_aliases_merge_rename_and_split(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text(
        "alias,canonical,type\n"
        "# comment lines and blank lines are ignored\n"
        "\n"
        "Yoo,Yoo Deuk-won,PERSON\n"                      # merge
        "World Technopolis Association,WTA Global,ORG\n"  # rename
        "Daejeon City,-,GPE\n",                           # split
        encoding="utf-8",
    )
    table = load_aliases(path)
    assert len(table) == 3
    res = resolve(CORPUS, table)
    ids = ids_by_name(res, CORPUS)
    assert ids[("d3", "Yoo")] == ids[("d1", "Yoo Deuk-won")]
    assert row(res, ids[("d1", "World Technopolis Association")])["name"] == "WTA Global"
    assert ids[("d2", "WTA")] == ids[("d1", "World Technopolis Association")]
    split = ids[("d3", "Daejeon City")]
    assert split != ids[("d2", "Daejeon")]
    assert row(res, split)["name"] == "Daejeon City"
    # a split applies to whole in-document entities that use the form (d1 writes it too)
    assert ids[("d1", "Daejeon")] == split


def test_alias_row_does_not_pull_entities_through_short_forms():
    corpus = CORPUS + [doc("d6", ("Yoo Jae-suk", "PERSON", ["Yoo"], ["Yoo Jae-suk", "Yoo"]))]
    table = parse_aliases("alias,canonical,type\nYoo,Yoo Deuk-won,PERSON\n")
    ids = ids_by_name(resolve(corpus, table), corpus)
    assert ids[("d3", "Yoo")] == ids[("d1", "Yoo Deuk-won")]
    assert ids[("d6", "Yoo Jae-suk")] != ids[("d1", "Yoo Deuk-won")]


def test_alias_type_limits_the_row():
    table = parse_aliases("alias,canonical,type\nJordan,Hashemite Kingdom of Jordan,GPE\n")
    res = resolve(CORPUS, table)
    ids = ids_by_name(res, CORPUS)
    assert row(res, ids[("d3", "Jordan")])["name"] == "Hashemite Kingdom of Jordan"
    assert row(res, ids[("d2", "Jordan")])["name"] == "Jordan"


def test_alias_without_type_column():
    table = parse_aliases("alias,canonical\nDaejeon City,Daejeon\n")
    assert table.lookup("daejeon city", "GPE").canonical == "Daejeon"


def test_missing_aliases_file_is_empty(tmp_path):
    assert len(load_aliases(tmp_path / "nope.csv")) == 0


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ("name,canonical,type\nA,B,ORG\n", 1),
        ("alias,canonical,type\nA,B,ORG\n,B,ORG\n", 3),
        ("alias,canonical,type\nA,,ORG\n", 2),
        ("alias,canonical,type\nA,B,COMPANY\n", 2),
        ("alias,canonical,type\nA,B,ORG,extra\n", 2),
        ("alias,canonical,type\nA,B,ORG\na,C,ORG\n", 3),
    ],
)
def test_bad_aliases_file_names_file_and_line(tmp_path, content, line):
    path = tmp_path / "aliases.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=rf"aliases\.csv:{line}:"):
        load_aliases(path)


def test_aliases_file_not_utf8(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_bytes(b"alias,canonical,type\n\xff\xfe,B,ORG\n")
    with pytest.raises(ValueError, match="aliases.csv"):
        load_aliases(path)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_parse_aliases_never_crashes(text):
    try:
        table = parse_aliases("alias,canonical,type\n" + text)
    except ValueError:
        return
    for rule in table.rules:
        assert rule.alias.strip() and rule.canonical.strip()
