"""The scorer: each matching rule of eval/FORMAT.md checked on tiny hand-made tables."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.evaluate import evaluate, format_report, report_to_dict
from pipeline.evaluate.match import (
    coarse_class,
    max_matching,
    normalise_name,
    normalise_snippet,
    normalise_unit,
    values_close,
)

SHARED_GOLD = Path("/work/shared/eval/gold")

# --------------------------------------------------------------------------- builders


def write_gold(folder: Path, *golds: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for gold in golds:
        stem = Path(gold["document"]).stem
        (folder / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    return folder


def _neutralise(text: str) -> str:
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def write_tables(folder: Path, tables: dict[str, list[dict]], fmt: str = "csv") -> Path:
    """Write tables the way the pipeline does: CSV cells neutralised, Parquet raw."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        columns: list[str] = []
        for row in rows:
            columns += [c for c in row if c not in columns]
        if fmt == "csv":
            with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(columns)
                for row in rows:
                    writer.writerow(
                        [
                            _neutralise("" if row.get(c) is None else str(row.get(c)))
                            for c in columns
                        ]
                    )
        else:
            data = {c: [row.get(c) for row in rows] for c in columns}
            pq.write_table(pa.table(data), folder / f"{name}.parquet")
    return folder


def gold_doc(document: str = "a.txt", **parts) -> dict:
    gold = {
        "document": document,
        "metadata": {"title": None, "published": None, "publisher": None},
        "body": {"must_include": [], "must_exclude": []},
        "entities": [],
        "dates": [],
        "figures": [],
        "relations": [],
    }
    gold.update(parts)
    return gold


def document_row(doc_id: str = "D1", source_path: str = "a.txt", **fields) -> dict:
    row = {
        "doc_id": doc_id,
        "source_path": source_path,
        "title": "",
        "published": "",
        "publisher": "",
        "url": "",
        "language": "en",
        "body": "",
    }
    row.update(fields)
    return row


def entity_tables(entities: list[tuple], doc_id: str = "D1") -> dict[str, list[dict]]:
    """(entity_id, name, type, aliases, mention texts) -> entities and mentions rows."""
    ent_rows, mention_rows = [], []
    for eid, name, etype, aliases, texts in entities:
        ent_rows.append(
            {"entity_id": eid, "name": name, "type": etype, "aliases": " | ".join(aliases)}
        )
        for n, text in enumerate(texts or [name]):
            mention_rows.append(
                {
                    "doc_id": doc_id,
                    "mention_id": f"{doc_id}:{eid}:{n}",
                    "sentence_id": 0,
                    "start": 0,
                    "end": len(text),
                    "text": text,
                    "label": etype,
                    "entity_id": eid,
                }
            )
    return {"entities": ent_rows, "mentions": mention_rows}


def run(tmp_path: Path, gold: dict | list[dict], tables: dict, fmt: str = "csv"):
    golds = gold if isinstance(gold, list) else [gold]
    gold_dir = write_gold(tmp_path / "gold", *golds)
    out = write_tables(tmp_path / f"out_{fmt}", tables, fmt)
    return evaluate(gold_dir, out)


def counts(report, table: str) -> tuple[int, int, int]:
    s = report.tables[table]
    return s.tp, s.fp, s.fn


def perfect_tables(golds: list[dict]) -> dict[str, list[dict]]:
    """Prediction tables that say exactly what the gold files say."""
    tables: dict[str, list[dict]] = {
        k: [] for k in ("documents", "mentions", "entities", "dates", "figures", "relations")
    }
    for i, gold in enumerate(golds):
        doc_id = f"D{i}"
        meta = gold.get("metadata") or {}
        body = "\n\n".join(gold["body"]["must_include"])
        tables["documents"].append(
            document_row(
                doc_id,
                f"batch/{gold['document']}",
                title=meta.get("title") or "",
                published=meta.get("published") or "",
                publisher=meta.get("publisher") or "",
                body=body,
            )
        )
        ids = {}
        for j, ent in enumerate(gold["entities"]):
            eid = f"E{i}_{j}"
            ids[ent["name"]] = eid
            tables["entities"].append(
                {
                    "entity_id": eid,
                    "name": ent["name"],
                    "type": ent["type"],
                    "aliases": " | ".join(ent.get("aliases", [])),
                }
            )
            tables["mentions"].append(
                {
                    "doc_id": doc_id,
                    "mention_id": f"{doc_id}:m{j}",
                    "text": ent["name"],
                    "label": ent["type"],
                    "entity_id": eid,
                }
            )
        for j, date in enumerate(gold["dates"]):
            tables["dates"].append(
                {
                    "doc_id": doc_id,
                    "date_id": f"{doc_id}:d{j}",
                    "text": date["text"],
                    "value": date["value"],
                }
            )
        for j, fig in enumerate(gold["figures"]):
            tables["figures"].append(
                {
                    "doc_id": doc_id,
                    "figure_id": f"{doc_id}:f{j}",
                    "text": fig["text"],
                    "value": float(fig["value"]),
                    "unit": fig["unit"],
                    "qualifier": fig.get("qualifier", ""),
                    "about": fig.get("about", ""),
                }
            )
        for j, rel in enumerate(gold["relations"]):
            value = rel.get("value")
            tables["relations"].append(
                {
                    "doc_id": doc_id,
                    "relation_id": f"{doc_id}:r{j}",
                    "type": rel["type"],
                    "subject_id": ids[rel["subject"]],
                    "object_id": ids.get(rel.get("object"), ""),
                    "role": rel.get("role", ""),
                    "metric": rel.get("metric", ""),
                    "value": None if value is None else float(value),
                    "unit": rel.get("unit", ""),
                    "date": rel.get("date", ""),
                    "evidence": "",
                }
            )
    return tables


FORMAT_EXAMPLE = {
    "document": "000_19a0e0c2193ddae9.txt",
    "metadata": {
        "title": "Tornby City (전주시): continuously moves forward",
        "published": "2024-03-29",
        "publisher": "walkintoKorea",
    },
    "body": {
        "must_include": ["From the 18th, Tornby City Executive Mayor"],
        "must_exclude": ["이 기사를 공유합니다", "Main News"],
    },
    "entities": [
        {"name": "Noh Hae-jin", "type": "PERSON", "aliases": ["노해진", "Vice Mayor Noh"]},
        {"name": "Tornby", "type": "GPE", "aliases": ["Tornby City", "전주시"]},
        {"name": "Kelton", "type": "GPE", "aliases": []},
        {"name": "Aiko Tanabe", "type": "PERSON", "aliases": []},
        {"name": "Global Harbour Network Initiative", "type": "ORG", "aliases": ["GHNI"]},
        {"name": "Bremen", "type": "GPE", "aliases": []},
        {"name": "Kelvik Biopolis", "type": "LOC", "aliases": []},
    ],
    "dates": [
        {"text": "From the 18th", "value": "2024-03-18"},
        {"text": "for 5 days", "value": "P5D"},
        {"text": "On the 18th", "value": "2024-03-18"},
    ],
    "figures": [
        {
            "text": "nearly 3,000",
            "value": 3000,
            "unit": "count",
            "qualifier": "approximately",
            "about": "research institutions",
        },
        {"text": "35 trillion won", "value": 35000000000000, "unit": "KRW"},
        {"text": "-3.5 percent", "value": -3.5, "unit": "percent"},
    ],
    "relations": [
        {"type": "visit", "subject": "Noh Hae-jin", "object": "Kelton", "date": "2024-03-21"},
        {"type": "meeting", "subject": "Noh Hae-jin", "object": "Aiko Tanabe"},
        {
            "type": "membership",
            "subject": "Bremen",
            "object": "Global Harbour Network Initiative",
            "role": "founding member",
        },
        {
            "type": "statistic",
            "subject": "Kelvik Biopolis",
            "metric": "national research institutes",
            "value": 49,
            "unit": "count",
        },
        {"type": "ranking", "subject": "Tornby", "metric": "cluster", "value": 3},
    ],
}

# --------------------------------------------------------------------------- helpers


def test_name_normalisation_ignores_case_accents_punctuation_and_spaces():
    assert normalise_name("Noh Hae-jín") == normalise_name("NOH HAEJIN")
    assert normalise_name("U.S.") == normalise_name("us")
    assert normalise_name("Málaga") == "malaga"
    assert normalise_name("전주시") == "전주시"  # syllables survive accent stripping
    assert normalise_name("Tornby") != normalise_name("Tornby City")


def test_coarse_classes():
    assert coarse_class("GPE") == coarse_class("LOC") == coarse_class("fac") == "PLACE"
    assert coarse_class("PERSON") == "PERSON" and coarse_class("ORG") == "ORG"
    assert coarse_class("NORP") is None and coarse_class("") is None


def test_unit_synonyms_and_plurals():
    assert normalise_unit("km") == normalise_unit("Kilometres") == normalise_unit("kilometers")
    assert normalise_unit("m2") == normalise_unit("square meters") == "square metre"
    assert normalise_unit("%") == normalise_unit("Percent") == "percent"
    assert normalise_unit("KRW") == normalise_unit("krw") == normalise_unit("won")
    assert normalise_unit("counts") == "count"
    assert normalise_unit("USD") != normalise_unit("KRW")


def test_values_close_is_relative_half_percent():
    assert values_close(1000, 1005) and not values_close(1000, 1005.1)
    assert values_close(-40, -40.1) and not values_close(0, 0.001) and values_close(0, 0)
    assert not values_close(None, 1)


def test_snippet_normalisation():
    assert normalise_snippet("“Hello”,\n  he said ’twas") == '"Hello", he said \'twas'
    assert normalise_snippet("ｆｕｌｌ\u00a0width") == "full width"


def test_max_matching_is_maximum_and_prefers_low_rank():
    # gold 0 prefers pred 0, but gold 1 can only use pred 0: the matching must re-route.
    assert max_matching([(0, 0, (0,)), (0, 1, (1,)), (1, 0, (1,))]) == {0: 1, 1: 0}
    # with a free choice the better-ranked pair wins
    assert max_matching([(0, 1, (1,)), (0, 0, (0,))]) == {0: 0}


@given(st.text(max_size=40))
def test_normalisers_accept_any_text(text):
    assert normalise_name(normalise_name(text)) == normalise_name(text)
    assert isinstance(normalise_unit(text), str)
    assert normalise_snippet(normalise_snippet(text)) == normalise_snippet(text)


# --------------------------------------------------------------------------- entities


def test_entities_names_classes_and_aliases_on_either_side(tmp_path):
    gold = gold_doc(
        entities=[
            {"name": "Noh Hae-jin", "type": "PERSON", "aliases": ["Vice Mayor Noh"]},
            {"name": "Tornby", "type": "GPE", "aliases": ["Tornby City"]},
            {"name": "Kelton", "type": "GPE", "aliases": []},
            {"name": "Tarvo Herald", "type": "ORG", "aliases": []},
        ]
    )
    tables = {"documents": [document_row()]}
    tables.update(
        entity_tables(
            [
                ("E1", "NOH HAE JIN", "PERSON", [], None),  # case/punctuation
                ("E2", "Tornby City", "LOC", [], None),  # gold alias, GPE~LOC
                ("E3", "Kelton", "ORG", [], None),  # wrong coarse class
                ("E4", "TH", "ORG", ["The Tarvo Herald", "Tarvo Herald"], None),  # predicted alias
                ("E5", "Koreans", "NORP", [], None),  # not scored
            ]
        )
    )
    report = run(tmp_path, gold, tables)
    assert counts(report, "entities") == (3, 1, 1)
    assert report.tables["entities"].precision == 0.75
    assert report.tables["entities"].recall == 0.75
    doc = report.documents[0]
    assert doc.missed["entities"] == ["Kelton (GPE)"]
    assert doc.spurious["entities"] == ["Kelton (ORG) [E3]"]


def test_entity_aliases_table_and_mention_texts_count_as_names(tmp_path):
    gold = gold_doc(
        entities=[
            {"name": "World Harbour Association", "type": "ORG", "aliases": []},
            {"name": "Aiko Tanabe", "type": "PERSON", "aliases": []},
        ]
    )
    tables = {"documents": [document_row()]}
    tables.update(
        entity_tables(
            [
                ("E1", "WHA", "ORG", [], ["WHA"]),
                ("E2", "Tanabe", "PERSON", [], ["Tanabe", "Aiko Tanabe"]),
            ]
        )
    )
    tables["entity_aliases"] = [{"entity_id": "E1", "alias": "World Harbour Association"}]
    report = run(tmp_path, gold, tables)
    assert counts(report, "entities") == (2, 0, 0)


def test_parquet_list_column_of_aliases(tmp_path):
    gold = gold_doc(
        entities=[{"name": "World Harbour Association", "type": "ORG", "aliases": []}]
    )
    tables = {"documents": [document_row()]}
    tables.update(entity_tables([("E1", "WHA", "ORG", [], None)]))
    tables["entities"][0]["aliases"] = ["WHA", "World Harbour Association"]
    report = run(tmp_path, gold, tables, "parquet")
    assert counts(report, "entities") == (1, 0, 0)


def test_entities_only_scored_where_mentioned_and_one_to_one(tmp_path):
    gold = gold_doc(entities=[{"name": "Tornby", "type": "GPE", "aliases": ["Tornby City"]}])
    tables = {"documents": [document_row(), document_row("D2", "b.txt")]}
    tables.update(
        entity_tables([("E1", "Tornby", "GPE", [], None), ("E2", "Tornby City", "GPE", [], None)])
    )
    other = entity_tables([("E3", "Seoul", "GPE", [], None)], doc_id="D2")
    tables["entities"] += other["entities"]
    tables["mentions"] += other["mentions"]
    report = run(tmp_path, gold, tables)
    assert counts(report, "entities") == (1, 1, 0)  # Seoul is in another document
    assert report.documents[0].spurious["entities"] == ["Tornby City (GPE) [E2]"]


# --------------------------------------------------------------------------- dates, figures


def test_dates_are_sets_of_values(tmp_path):
    gold = gold_doc(
        dates=[
            {"text": "2024", "value": "2024"},
            {"text": "this year", "value": "2024"},
            {"text": "From the 18th", "value": "2024-03-18"},
            {"text": "for 5 days", "value": "P5D"},
        ]
    )
    rows = [
        {"doc_id": "D1", "text": t, "value": v}
        for t, v in [
            ("2024", "2024"),
            ("18th", "2024-03-18"),
            ("March 18", "2024-03-18"),
            ("five years", "P5Y"),
            ("someday", ""),
        ]
    ]
    report = run(tmp_path, gold, {"documents": [document_row()], "dates": rows})
    assert counts(report, "dates") == (2, 1, 1)
    assert report.tables["dates"].f1 == pytest.approx(2 / 3)


def test_figures_tolerance_units_one_to_one_and_qualifiers(tmp_path):
    gold = gold_doc(
        figures=[
            {"text": "nearly 3,000", "value": 3000, "unit": "count", "qualifier": "approximately"},
            {"text": "40 percent", "value": 40, "unit": "percent"},
            {"text": "12 km", "value": 12, "unit": "km"},
            {"text": "5 m2", "value": 5, "unit": "m2"},
            {"text": "100", "value": 100, "unit": "count"},
            {"text": "100", "value": 100, "unit": "count", "qualifier": "more_than"},
        ]
    )
    rows = [
        {"doc_id": "D1", "text": t, "value": v, "unit": u, "qualifier": q}
        for t, v, u, q in [
            ("3,010", 3010, "counts", ""),  # within 0.5%, qualifier missing
            ("40.3%", 40.3, "%", ""),  # 0.75% off: no match
            ("12 kilometres", 12, "Kilometres", ""),
            ("5 square meters", 5, "square meters", ""),
            ("100", 100, "count", "more_than"),
            ("100", 100, "count", ""),
            ("100", 100, "count", ""),  # third 100: gold has only two
            ("12", 12, "count", ""),  # right value, wrong unit
        ]
    ]
    report = run(tmp_path, gold, {"documents": [document_row()], "figures": rows})
    assert counts(report, "figures") == (5, 3, 1)
    assert report.documents[0].missed["figures"] == ["40 percent (40 percent)"]
    # qualifiers: 5 matched, agree on 12 km, 5 m2, both 100s (preferred pairing) = 4/5
    assert (report.figure_qualifier.right, report.figure_qualifier.total) == (4, 5)
    # of matched gold figures with a qualifier (3,000 and 100 more_than): 1/2
    assert (report.figure_qualifier_gold.right, report.figure_qualifier_gold.total) == (1, 2)


# --------------------------------------------------------------------------- relations

REL_ENTITIES = [
    {"name": "Noh Hae-jin", "type": "PERSON", "aliases": ["Vice Mayor Noh"]},
    {"name": "Aiko Tanabe", "type": "PERSON", "aliases": []},
    {"name": "Tornby", "type": "GPE", "aliases": ["Tornby City"]},
    {"name": "Orange County", "type": "GPE", "aliases": []},
    {"name": "Kelton", "type": "GPE", "aliases": []},
    {"name": "ZIST", "type": "ORG", "aliases": []},
]
REL_PREDICTED = [
    ("P1", "Vice Mayor Noh", "PERSON", [], None),
    ("P2", "Tanabe", "PERSON", ["Aiko Tanabe"], None),
    ("P3", "Tornby City", "GPE", [], None),
    ("P4", "Orange County", "GPE", [], None),
    ("P5", "Kelton", "GPE", [], None),
    ("P6", "ZIST", "ORG", [], None),
]


def relation_row(rtype, subject, obj="", value=None, unit="", date="", metric=""):
    return {
        "doc_id": "D1",
        "relation_id": f"r-{rtype}-{subject}-{obj}-{value}",
        "type": rtype,
        "subject_id": subject,
        "object_id": obj,
        "role": "",
        "metric": metric,
        "value": value,
        "unit": unit,
        "date": date,
        "evidence": "",
    }


def relation_run(tmp_path, gold_relations, predicted_rows, fmt="csv"):
    gold = gold_doc(entities=REL_ENTITIES, relations=gold_relations)
    tables = {"documents": [document_row()], "relations": predicted_rows}
    tables.update(entity_tables(REL_PREDICTED))
    return run(tmp_path, gold, tables, fmt)


def test_relations_symmetric_only_for_meeting_and_agreement(tmp_path):
    gold = [
        {"type": "meeting", "subject": "Noh Hae-jin", "object": "Aiko Tanabe"},
        {"type": "agreement", "subject": "Tornby", "object": "Orange County"},
        {"type": "visit", "subject": "Noh Hae-jin", "object": "Kelton"},
    ]
    pred = [
        relation_row("meeting", "P2", "P1"),
        relation_row("agreement", "P4", "P3"),
        relation_row("visit", "P5", "P1"),
    ]
    report = relation_run(tmp_path, gold, pred)
    assert counts(report, "relations") == (2, 1, 1)
    by_type = {t: (s.tp, s.fp, s.fn) for t, s in report.relation_types.items()}
    assert by_type == {"visit": (0, 1, 1), "meeting": (1, 0, 0), "agreement": (1, 0, 0)}
    assert report.documents[0].missed["relations"] == ["visit: Noh Hae-jin -> Kelton"]


def test_statistic_and_ranking_match_by_subject_and_value(tmp_path):
    gold = [
        {
            "type": "statistic",
            "subject": "Tornby",
            "metric": "institutes",
            "value": 49,
            "unit": "count",
        },
        {"type": "ranking", "subject": "ZIST", "metric": "QS", "value": 24},
        {
            "type": "statistic",
            "subject": "Tornby",
            "metric": "growth",
            "value": 40,
            "unit": "percent",
        },
    ]
    pred = [
        relation_row("statistic", "P3", value=49.2, metric="something else"),
        relation_row("ranking", "P6", value=25),
        relation_row("statistic", "P6", value=40, unit="percent"),
    ]  # wrong subject
    report = relation_run(tmp_path, gold, pred)
    assert counts(report, "relations") == (1, 2, 2)
    assert report.relation_types["statistic"].tp == 1
    assert report.relation_types["ranking"].fn == 1


def test_relation_date_accuracy(tmp_path):
    gold = [
        {"type": "visit", "subject": "Noh Hae-jin", "object": "Kelton", "date": "2024-03-21"},
        {
            "type": "meeting",
            "subject": "Noh Hae-jin",
            "object": "Aiko Tanabe",
            "date": "2024-03-19",
        },
        {"type": "located_in", "subject": "ZIST", "object": "Tornby"},
    ]
    pred = [
        relation_row("visit", "P1", "P5", date="2024-03-21"),
        relation_row("meeting", "P1", "P2", date="2024-03"),
        relation_row("located_in", "P6", "P3"),
    ]
    report = relation_run(tmp_path, gold, pred)
    assert counts(report, "relations") == (3, 0, 0)
    assert (report.relation_date.right, report.relation_date.total) == (2, 3)
    assert (report.relation_date_gold.right, report.relation_date_gold.total) == (1, 2)


def test_negative_values_survive_csv_apostrophe(tmp_path):
    gold = [
        {
            "type": "statistic",
            "subject": "Tornby",
            "metric": "population change",
            "value": -3000,
            "unit": "count",
        }
    ]
    pred = [relation_row("statistic", "P3", value=-3000.0, unit="count")]
    out = tmp_path / "out_csv"
    report = relation_run(tmp_path, gold, pred)
    assert "'-3000" in (out / "relations.csv").read_text("utf-8")
    assert counts(report, "relations") == (1, 0, 0)


# --------------------------------------------------------------------------- documents


def test_metadata_null_handling_and_name_comparison(tmp_path):
    golds = [
        gold_doc(
            "a.txt",
            metadata={
                "title": "Tornby: moves forward!",
                "published": "2024-03-29",
                "publisher": None,
            },
        ),
        gold_doc(
            "b.txt", metadata={"title": None, "published": None, "publisher": "The Tarvo Herald"}
        ),
    ]
    docs = [
        document_row(
            "D1", "a.txt", title="tornby moves forward", published="2024-03-29", publisher=""
        ),
        document_row("D2", "b.txt", title="Menu", published="", publisher="Tarvo Herald"),
    ]
    report = run(tmp_path, golds, {"documents": docs})
    got = {k: (r.right, r.total) for k, r in report.metadata.items()}
    assert got == {"title": (1, 2), "published": (2, 2), "publisher": (1, 2)}


def test_body_snippets_after_normalisation(tmp_path):
    gold = gold_doc(
        body={
            "must_include": ["He said “we will go”, and left", "not in the body"],
            "must_exclude": ["Share this", "Main News"],
        }
    )
    body = 'He  said "we will go",\nand left.\n\nMain News'
    report = run(tmp_path, gold, {"documents": [document_row(body=body)]})
    assert (report.body_include.right, report.body_include.total) == (1, 2)
    assert (report.body_exclude.right, report.body_exclude.total) == (1, 2)
    assert (report.body.right, report.body.total) == (2, 4)


def test_missing_tables_and_missing_document(tmp_path):
    golds = [
        gold_doc(
            "a.txt",
            entities=[{"name": "Tornby", "type": "GPE", "aliases": []}],
            dates=[{"text": "2024", "value": "2024"}],
            body={"must_include": ["x"], "must_exclude": ["y"]},
        ),
        gold_doc(
            "gone.txt",
            figures=[{"text": "5", "value": 5, "unit": "count"}],
            metadata={"title": "T", "published": None, "publisher": None},
        ),
    ]
    report = run(tmp_path, golds, {"documents": [document_row(body="x")]})
    assert counts(report, "entities") == (0, 0, 1)
    assert counts(report, "dates") == (0, 0, 1)
    assert counts(report, "figures") == (0, 0, 1)
    assert report.missing_documents == ["gone.txt"]
    assert report.table_sources["entities"] == "missing"
    # a.txt: null gold title, empty ours (right); gone.txt: no output document (wrong)
    assert (report.metadata["title"].right, report.metadata["title"].total) == (1, 2)
    assert "gone.txt" in format_report(report)


def test_no_outputs_at_all(tmp_path):
    gold_dir = write_gold(tmp_path / "gold", gold_doc(dates=[{"text": "2024", "value": "2024"}]))
    report = evaluate(gold_dir, tmp_path / "nothing")
    assert counts(report, "dates") == (0, 0, 1)
    assert report.missing_documents == ["a.txt"]


def test_document_matched_by_file_name_in_sub_folder_and_sidecars_skipped(tmp_path):
    gold_dir = write_gold(tmp_path / "gold", gold_doc(dates=[{"text": "2024", "value": "2024"}]))
    (gold_dir / "a.meta.json").write_text('{"published": "2024-01-01"}', "utf-8")
    out = write_tables(
        tmp_path / "out",
        {
            "documents": [document_row("D1", "news/2024/a.txt")],
            "dates": [{"doc_id": "D1", "text": "2024", "value": "2024"}],
        },
    )
    report = evaluate(gold_dir, out)
    assert len(report.documents) == 1
    assert counts(report, "dates") == (1, 0, 0)


def test_same_file_name_in_two_folders(tmp_path):
    gold_dir = write_gold(tmp_path / "gold", gold_doc("a.txt"))
    (gold_dir / "y").mkdir()
    (gold_dir / "y" / "a.json").write_text(json.dumps(gold_doc("y/a.txt")), "utf-8")
    (gold_dir / "broken.json").write_text("{not json", "utf-8")
    out = write_tables(
        tmp_path / "out",
        {"documents": [document_row("D2", "y/a.txt"), document_row("D1", "x/a.txt")]},
    )
    report = evaluate(gold_dir, out)
    assert [(d.gold_file, d.doc_id) for d in report.documents] == [
        ("a.json", "D1"),
        ("y/a.json", "D2"),
    ]
    assert any("2 output documents named a.txt" in w for w in report.warnings)
    assert any(w.startswith("broken.json: not a readable JSON") for w in report.warnings)


def test_parquet_is_preferred_over_csv(tmp_path):
    gold = gold_doc(dates=[{"text": "2024", "value": "2024"}])
    gold_dir = write_gold(tmp_path / "gold", gold)
    out = tmp_path / "out"
    write_tables(
        out,
        {
            "documents": [document_row()],
            "dates": [{"doc_id": "D1", "text": "2024", "value": "2024"}],
        },
        "parquet",
    )
    write_tables(
        out,
        {
            "documents": [document_row()],
            "dates": [{"doc_id": "D1", "text": "2023", "value": "2023"}],
        },
        "csv",
    )
    report = evaluate(gold_dir, out)
    assert report.table_sources["dates"] == "parquet"
    assert counts(report, "dates") == (1, 0, 0)


# --------------------------------------------------------------------------- whole reports


def _assert_perfect(report):
    for table, score in report.tables.items():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), table
    for rtype, score in report.relation_types.items():
        assert score.f1 == 1.0, rtype
    for ratio in (
        report.relation_date,
        report.figure_qualifier,
        report.body,
        *report.metadata.values(),
    ):
        assert ratio.right == ratio.total
    assert not report.missing_documents


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_perfect_prediction_scores_one(tmp_path, fmt):
    golds = [
        FORMAT_EXAMPLE,
        gold_doc(
            "002.txt",
            entities=[{"name": "World Harbour Association", "type": "ORG", "aliases": ["WHA"]}],
        ),
    ]
    report = run(tmp_path, golds, perfect_tables(golds), fmt)
    _assert_perfect(report)
    assert report.tables["relations"].tp == len(FORMAT_EXAMPLE["relations"])
    assert report.tables["dates"].tp == 2  # two distinct values


@pytest.mark.skipif(not SHARED_GOLD.is_dir(), reason="shared gold folder not available")
def test_perfect_prediction_on_shared_gold(tmp_path):
    golds = [json.loads(p.read_text("utf-8")) for p in sorted(SHARED_GOLD.glob("*.json"))]
    out = write_tables(tmp_path / "out", perfect_tables(golds), "parquet")
    _assert_perfect(evaluate(SHARED_GOLD, out))


def test_report_is_deterministic_and_serialisable(tmp_path):
    golds = [FORMAT_EXAMPLE]
    tables = perfect_tables(golds)
    tables["dates"].append({"doc_id": "D0", "text": "x", "value": "1999"})
    report = run(tmp_path, golds, tables)
    again = evaluate(tmp_path / "gold", tmp_path / "out_csv")
    assert format_report(report, detail=True) == format_report(again, detail=True)
    data = report_to_dict(report)
    assert json.loads(json.dumps(data)) == data
    assert data["tables"]["dates"]["fp"] == 1
    text = format_report(report, detail=True)
    assert "spurious: 1999" in text and "relation type" in text


def test_reads_what_the_pipeline_writer_writes(tmp_path):
    """Both files of the real writer (neutralised CSV, typed Parquet) score the same."""
    from pipeline.output.write import write_tables as pipeline_write

    golds = [FORMAT_EXAMPLE]
    tables = perfect_tables(golds)
    out = tmp_path / "out"
    pipeline_write(tables, out)
    gold_dir = write_gold(tmp_path / "gold", *golds)
    from_parquet = evaluate(gold_dir, out)
    _assert_perfect(from_parquet)
    for path in out.glob("*.parquet"):
        path.unlink()
    from_csv = evaluate(gold_dir, out)
    assert from_csv.table_sources["figures"] == "csv"
    _assert_perfect(from_csv)
    assert report_to_dict(from_csv)["tables"] == report_to_dict(from_parquet)["tables"]
