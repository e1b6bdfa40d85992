"""The network and timeline drawings: which relations they show, and how."""

from __future__ import annotations

import datetime as dt
import re

from pipeline.report import network, timeline

ENTITIES = {f"E{i}": {"name": f"Name {i}", "type": "PERSON" if i % 2 else "GPE"}
            for i in range(400)}


def _relation(i, kind, subject, obj, date=""):
    return {"doc_id": "d", "relation_id": f"d:r{i}", "type": kind, "subject_id": subject,
            "object_id": obj, "date": date, "evidence": f"sentence {i}"}


def link(row):
    return f"docs/{row['doc_id']}.html#{row['relation_id'].rpartition(':')[2]}"


def test_edges_merge_repeats_and_order_free_types():
    edges = network.collect_edges([
        _relation(0, "visit", "E1", "E2"), _relation(1, "visit", "E1", "E2"),
        _relation(2, "visit", "E2", "E1"),  # the other way round: another edge
        _relation(3, "meeting", "E3", "E1"), _relation(4, "meeting", "E1", "E3"),
        _relation(5, "statistic", "E1", None), _relation(6, "located_in", "E1", "E2"),
        _relation(7, "position", "E4", "E4"),
    ])
    summary = sorted((e.source, e.target, e.type, len(e.relations)) for e in edges)
    assert summary == [("E1", "E2", "visit", 2), ("E1", "E3", "meeting", 2),
                       ("E2", "E1", "visit", 1)]


def test_one_node_per_related_entity_and_links_to_evidence():
    relations = [_relation(0, "visit", "E1", "E2"), _relation(1, "agreement", "E2", "E3"),
                 _relation(2, "founding", "E5", "E6"), _relation(3, "statistic", "E7", None)]
    drawn = network.draw(relations, ENTITIES, link)
    ids = re.findall(r'class="node" data-entity-id="(E\d+)"', drawn.svg)
    assert sorted(ids) == ["E1", "E2", "E3", "E5", "E6"]
    assert drawn.nodes == drawn.related == 5 and drawn.edges == 3
    assert 'href="docs/d.html#r1"' in drawn.svg
    assert "http://www.w3.org/2000/svg" in drawn.svg  # a namespace, never fetched
    assert network.draw(relations, ENTITIES, link).svg == drawn.svg  # seeded layout


def test_a_large_network_is_cut_to_the_most_connected():
    relations = [_relation(i, "meeting", "E0", f"E{i}") for i in range(1, 300)]
    relations += [_relation(1000, "meeting", "E1", "E2")]
    drawn = network.draw(relations, ENTITIES, link)
    assert drawn.related == 300 and drawn.nodes == network.MAX_NODES
    ids = re.findall(r'data-entity-id="(E\d+)"', drawn.svg)
    assert {"E0", "E1", "E2"} <= set(ids)


def test_no_relations_no_picture():
    assert network.draw([_relation(0, "statistic", "E1", None)], ENTITIES, link).svg == ""


def test_intervals_of_contract_date_values():
    assert timeline.interval("2024-03-21") == (dt.date(2024, 3, 21), dt.date(2024, 3, 21))
    assert timeline.interval("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert timeline.interval("1998") == (dt.date(1998, 1, 1), dt.date(1998, 12, 31))
    assert timeline.interval("2023-12/2024-02") == (dt.date(2023, 12, 1), dt.date(2024, 2, 29))
    for value in ("", "P5D", "PXY", "2024-13", "2024-02-30", "2025/2024", "2024-W12"):
        assert timeline.interval(value) is None


def test_timeline_rows_are_dated_event_relations_oldest_first():
    relations = [_relation(0, "visit", "E1", "E2", "2024-03-21"),
                 _relation(1, "founding", "E3", "E4", "1998"),
                 _relation(2, "statistic", "E1", None, "2020"),
                 _relation(3, "agreement", "E1", "E4", "P3Y"),
                 _relation(4, "meeting", "E1", "E2", "")]
    drawn = timeline.draw(relations, ENTITIES, link)
    assert drawn.drawn == drawn.dated == 2
    rows = re.findall(r'<a class="event (\w+)" href="([^"]+)"', drawn.svg)
    assert rows == [("founding", "docs/d.html#r1"), ("visit", "docs/d.html#r0")]
    assert ">Name 3 founded Name 4</text>" in drawn.svg
    assert ">2000</text>" in drawn.svg  # a round year tick


def test_timeline_keeps_the_latest_rows():
    relations = [_relation(i, "visit", "E1", "E2", f"{1800 + i}")
                 for i in range(timeline.MAX_ROWS + 5)]
    drawn = timeline.draw(relations, ENTITIES, link)
    assert drawn.drawn == timeline.MAX_ROWS and drawn.dated == timeline.MAX_ROWS + 5
    assert "#r4\"" not in drawn.svg and f"#r{timeline.MAX_ROWS + 4}\"" in drawn.svg


def test_month_ticks_for_a_short_span():
    ticks = timeline._ticks(dt.date(2024, 1, 15), dt.date(2024, 6, 2))
    assert [t for _, t in ticks] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05",
                                     "2024-06"]
