"""Per-type analyst views built from finished tables."""

from __future__ import annotations

from pipeline.output.schema import TABLES
from pipeline.output.views import VIEW_OF_TYPE, build_views

ENTITIES = [
    {"entity_id": "E1", "name": "Noh Hae-jin", "type": "PERSON"},
    {"entity_id": "E2", "name": "Kelton", "type": "GPE"},
    {"entity_id": "E3", "name": "Japan", "type": "GPE"},
    {"entity_id": "E4", "name": "Tornby", "type": "GPE"},
]


def rel(rid, rtype, subject, obj="", **extra):
    row = {"doc_id": "d1", "relation_id": f"d1:r{rid}", "sentence_id": 0, "type": rtype,
           "subject_id": subject, "object_id": obj, "role": "", "metric": "", "value": None,
           "unit": "", "date": "", "evidence": "Some sentence.", "rule": "x", "figure_id": ""}
    row.update(extra)
    return row


def test_every_view_has_a_schema_and_rows_follow_it():
    tables = {"entities": ENTITIES, "relations": [
        rel(0, "visit", "E1", "E2", date="2024-03-21"),
        rel(1, "located_in", "E2", "E3"),
        rel(2, "statistic", "E4", metric="companies", value=925.0, unit="count",
            figure_id="d1:f3"),
        rel(3, "position", "E1", "E4", role="Executive Mayor"),
    ]}
    views = build_views(tables)
    assert set(views) == set(VIEW_OF_TYPE.values())
    for name, rows in views.items():
        columns = [c.name for c in TABLES[name]]
        assert columns[:7] == ["doc_id", "relation_id", "sentence_id", "subject_id", "subject",
                               "object_id", "object"]
        assert "evidence" in columns
        for row in rows:
            assert list(row) == columns
    assert views["visits"] == [{
        "doc_id": "d1", "relation_id": "d1:r0", "sentence_id": 0, "subject_id": "E1",
        "subject": "Noh Hae-jin", "object_id": "E2", "object": "Kelton",
        "date": "2024-03-21", "evidence": "Some sentence.",
    }]
    assert views["locations"][0]["object"] == "Japan"
    stat = views["statistics"][0]
    assert (stat["subject"], stat["metric"], stat["value"], stat["unit"], stat["object"]) == (
        "Tornby", "companies", 925.0, "count", "")
    assert views["positions"][0]["role"] == "Executive Mayor"
    assert views["meetings"] == []


def test_missing_tables_and_unknown_types_give_empty_views():
    views = build_views({})
    assert all(rows == [] for rows in views.values())
    views = build_views({"relations": [rel(0, "gossip", "E1", "E2"), rel(1, "visit", "E9")]})
    assert views["visits"][0]["subject"] == ""
    assert sum(len(v) for v in views.values()) == 1
