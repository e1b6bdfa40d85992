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
        ("Tornby", "GPE", ["Tornby City"], ["Tornby City", "Tornby"]),
        ("World Harbour Association", "ORG", ["WHA"],
         ["World Harbour Association", "WHA"]),
        ("Noh Hae-jin", "PERSON", ["Vice Mayor Noh", "Noh", "노해진"],
         ["Noh Hae-jin", "노해진", "Vice Mayor Noh"])),
    doc("d2",
        ("Tornby", "GPE", ["Tornby Metropolitan City"], ["Tornby Metropolitan City"]),
        ("WHA", "ORG", [], ["WHA"]),
        ("Jordan", "PERSON", [], ["Jordan"])),
    doc("d3",
        ("Tornby City", "GPE", [], ["Tornby City"]),
        ("Jordan", "GPE", [], ["Jordan", "Jordan"]),
        ("Noh", "PERSON", [], ["Noh"])),
]


def test_same_place_with_and_without_suffix_is_one_entity():
    res = resolve(CORPUS, NO_ALIASES)
    ids = ids_by_name(res, CORPUS)
    assert ids[("d1", "Tornby")] == ids[("d2", "Tornby")] == ids[("d3", "Tornby City")]
    r = row(res, ids[("d1", "Tornby")])
    assert r["name"] == "Tornby" and r["type"] == "GPE"
    assert r["document_count"] == 3 and r["mention_count"] == 4
    assert r["aliases"] == "Tornby | Tornby City | Tornby Metropolitan City"


def test_acronym_joins_its_only_expansion():
    ids = ids_by_name(resolve(CORPUS, NO_ALIASES), CORPUS)
    assert ids[("d1", "World Harbour Association")] == ids[("d2", "WHA")]


def test_acronym_with_two_expansions_is_not_merged():
    corpus = CORPUS + [doc("d4", ("Women's Hockey Association", "ORG", ["WHA"], ["WHA"]))]
    ids = ids_by_name(resolve(corpus, NO_ALIASES), corpus)
    assert ids[("d1", "World Harbour Association")] != ids[("d4", "Women's Hockey Association")]
    assert ids[("d2", "WHA")] not in (ids[("d1", "World Harbour Association")],
                                     ids[("d4", "Women's Hockey Association")])


def test_incompatible_types_stay_apart():
    ids = ids_by_name(resolve(CORPUS, NO_ALIASES), CORPUS)
    assert ids[("d2", "Jordan")] != ids[("d3", "Jordan")]


def test_clear_majority_settles_org_or_place_across_documents():
    corpus = [
        doc("a", ("Kelvik", "GPE", [], ["Kelvik", "Kelvik", "Kelvik"])),
        doc("b", ("Kelvik", "ORG", [], ["Kelvik"])),
        doc("c", ("Harbin", "GPE", [], ["Harbin"])),
        doc("d", ("Harbin", "ORG", [], ["Harbin"])),
    ]
    res = resolve(corpus, NO_ALIASES)
    ids = ids_by_name(res, corpus)
    assert ids[("a", "Kelvik")] == ids[("b", "Kelvik")]
    assert row(res, ids[("a", "Kelvik")])["type"] == "GPE"
    assert ids[("c", "Harbin")] != ids[("d", "Harbin")]  # no clear majority


def test_short_forms_and_titles_do_not_link_documents():
    ids = ids_by_name(resolve(CORPUS, NO_ALIASES), CORPUS)
    assert ids[("d1", "Noh Hae-jin")] != ids[("d3", "Noh")]


def test_native_script_links_documents():
    corpus = CORPUS + [doc("d5", ("No Hae-jin", "PERSON", ["노해진"], ["No Hae-jin"]))]
    ids = ids_by_name(resolve(corpus, NO_ALIASES), corpus)
    assert ids[("d1", "Noh Hae-jin")] == ids[("d5", "No Hae-jin")]


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
    assert counts["Vice Mayor Noh"] == 1 and counts["Noh"] == 1 and counts["노해진"] == 1
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
        "Noh,Noh Hae-jin,PERSON\n"                      # merge
        "World Harbour Association,WHA Global,ORG\n"  # rename
        "Tornby City,-,GPE\n",                           # split
        encoding="utf-8",
    )
    table = load_aliases(path)
    assert len(table) == 3
    res = resolve(CORPUS, table)
    ids = ids_by_name(res, CORPUS)
    assert ids[("d3", "Noh")] == ids[("d1", "Noh Hae-jin")]
    assert row(res, ids[("d1", "World Harbour Association")])["name"] == "WHA Global"
    assert ids[("d2", "WHA")] == ids[("d1", "World Harbour Association")]
    split = ids[("d3", "Tornby City")]
    assert split != ids[("d2", "Tornby")]
    assert row(res, split)["name"] == "Tornby City"
    # a split applies to whole in-document entities that use the form (d1 writes it too)
    assert ids[("d1", "Tornby")] == split


def test_alias_row_does_not_pull_entities_through_short_forms():
    corpus = CORPUS + [doc("d6", ("Noh Jae-suk", "PERSON", ["Noh"], ["Noh Jae-suk", "Noh"]))]
    table = parse_aliases("alias,canonical,type\nNoh,Noh Hae-jin,PERSON\n")
    ids = ids_by_name(resolve(corpus, table), corpus)
    assert ids[("d3", "Noh")] == ids[("d1", "Noh Hae-jin")]
    assert ids[("d6", "Noh Jae-suk")] != ids[("d1", "Noh Hae-jin")]


def test_alias_type_limits_the_row():
    table = parse_aliases("alias,canonical,type\nJordan,Hashemite Kingdom of Jordan,GPE\n")
    res = resolve(CORPUS, table)
    ids = ids_by_name(res, CORPUS)
    assert row(res, ids[("d3", "Jordan")])["name"] == "Hashemite Kingdom of Jordan"
    assert row(res, ids[("d2", "Jordan")])["name"] == "Jordan"


def test_alias_without_type_column():
    table = parse_aliases("alias,canonical\nTornby City,Tornby\n")
    assert table.lookup("tornby city", "GPE").canonical == "Tornby"


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


def test_resolution_does_not_import_spacy():
    """The run process resolves after its pool workers finish; importing spaCy there (about
    a second) would be serial time that no worker can take over."""
    import subprocess
    import sys

    code = "import sys, pipeline.resolve\nprint('spacy' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
