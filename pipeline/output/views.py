"""Per-type analyst views of the relations table (visits, meetings, ... locations).

The relations table is one long table with every column any type may need; an analyst
asking "who visited where, when" wants only the visit rows, with entity names beside the
ids and only the columns that mean something for that type. The views are derived rows
(no new facts), so they are built from relations rows and entity names (a whole table with
``build_views``, or row by row while a run streams its tables with ``view_row``) and their
columns come from ``schema.TABLES`` like every other output table.
"""

from __future__ import annotations

from pipeline.output.schema import TABLES

# relation type -> view table name
VIEW_OF_TYPE: dict[str, str] = {
    "visit": "visits",
    "meeting": "meetings",
    "membership": "memberships",
    "founding": "foundings",
    "position": "positions",
    "agreement": "agreements",
    "ranking": "rankings",
    "statistic": "statistics",
    "located_in": "locations",
}


def build_views(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """One table per relation type, rows in the relations table's order.

    ``tables`` needs "relations" and "entities" (with entity_id, name); missing tables
    give empty views. Names of unknown ids are left empty rather than guessed.
    """
    names = {row.get("entity_id"): row.get("name", "") for row in tables.get("entities", [])}
    views: dict[str, list[dict]] = {name: [] for name in VIEW_OF_TYPE.values()}
    for row in tables.get("relations", []):
        found = view_row(row, names)
        if found is not None:
            views[found[0]].append(found[1])
    return views


def view_row(row: dict, names: dict) -> tuple[str, dict] | None:
    """(view name, view row) of one relations row, or None when its type has no view.

    One row at a time, so a run can stream the views beside the relations table.
    ``names`` maps entity_id to the entity's name.
    """
    view = VIEW_OF_TYPE.get(row.get("type", ""))
    if view is None:
        return None
    full = dict(row)
    full["subject"] = names.get(row.get("subject_id"), "") if row.get("subject_id") else ""
    full["object"] = names.get(row.get("object_id"), "") if row.get("object_id") else ""
    columns = TABLES.get(view)
    if columns is None:
        return view, full
    return view, {c.name: full.get(c.name) for c in columns}
