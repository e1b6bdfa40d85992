"""Relations on the sample articles against the gold files, per type.

Runs clean -> spaCy -> entities -> dates -> figures -> relations with the real modules
(falling back to doc.ents stand-ins when one is missing), and scores the relation rows
with the project's scorer rules (pipeline.evaluate): type + subject + object,
meeting/agreement order-free, statistic/ranking by type + subject + value.

``--pages DIR --gold DIR`` scores another folder (a dev half). ``--oracle`` replaces the
entity stage by the gold entities, marked wherever a name or alias is written, so the
relation rules are measured apart from entity errors (a diagnosis, not a product figure).
``--type T`` limits the detail listing to one relation type.

    .venv/bin/python bench/relations_samples.py [--detail] [--pages DIR --gold DIR]
        [--oracle] [--type T]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.annotate import load_nlp  # noqa: E402
from pipeline.evaluate.match import (  # noqa: E402
    max_matching,
    name_keys,
    normalise_date_value,
    normalise_unit,
    parse_number,
)
from pipeline.evaluate.names import GoldNames, relation_type_key  # noqa: E402
from pipeline.evaluate.relations import _Rel, _relation_edges  # noqa: E402
from pipeline.extract.relations import find_relations  # noqa: E402
from pipeline.model import LocalEntity, Mention, RawDoc  # noqa: E402

CORPUS = ROOT / "corpus"
GOLD = Path("/work/shared/eval/gold")
TYPES = ["visit", "meeting", "membership", "founding", "position", "agreement", "ranking",
         "statistic", "located_in"]
ENT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def stand_in_entities(doc):
    mentions, entities, keys = [], [], {}
    for e in doc.ents:
        if e.label_ not in ENT_LABELS:
            continue
        name = e.text[4:] if e.text.lower().startswith("the ") else e.text
        key = keys.setdefault((name, e.label_), len(keys))
        if key == len(entities):
            entities.append(LocalEntity(key, name, e.label_))
        mentions.append(Mention(e.start_char, e.end_char, e.text, e.label_, key))
    return mentions, entities


def stages():
    """The real stage functions where importable, else stand-ins."""
    used = {}
    try:
        from pipeline.extract.entities import find_entities
        used["entities"] = "real"
    except Exception as exc:  # noqa: BLE001
        find_entities, used["entities"] = stand_in_entities, f"stand-in ({exc})"
    try:
        from pipeline.extract.dates import find_dates
        used["dates"] = "real"
    except Exception as exc:  # noqa: BLE001
        find_dates, used["dates"] = (lambda doc, anchor: []), f"none ({exc})"
    try:
        from pipeline.extract.figures import find_figures
        used["figures"] = "real"
    except Exception as exc:  # noqa: BLE001
        find_figures, used["figures"] = (lambda doc: []), f"none ({exc})"
    return find_entities, find_dates, find_figures, used


def body_of(path: Path) -> tuple[str, str]:
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError:  # a few BBC files are Latin-1 ("£")
        content = raw.decode("latin-1")
    try:
        from pipeline.clean import clean
        doc = clean(RawDoc(path.name, None, "text", content), "x")
        return doc.body, doc.published
    except Exception:  # noqa: BLE001
        return content, ""


def oracle_entities(gold: dict):
    """Gold entities as mentions wherever a name or alias is written (longest first)."""

    def find(doc):
        text = doc.text
        forms = []
        for key, ent in enumerate(gold.get("entities", [])):
            for form in {ent["name"], *(ent.get("aliases") or [])}:
                forms.append((form, key, ent))
        forms.sort(key=lambda f: len(f[0]), reverse=True)
        taken: list[tuple[int, int]] = []
        mentions, used = [], {}
        for form, key, ent in forms:
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                used[key] = LocalEntity(key, ent["name"], ent["type"],
                                        list(ent.get("aliases") or []))
                mentions.append(Mention(m.start(), m.end(), form, ent["type"], key))
        mentions.sort(key=lambda m: m.start)
        return mentions, [used[k] for k in sorted(used)]

    return find


def extract(path: Path, nlp, find_entities, find_dates, find_figures):
    body, published = body_of(path)
    doc = nlp(body)
    mentions, entities = find_entities(doc)
    anchor = dt.date.fromisoformat(published) if published else None
    dates = find_dates(doc, anchor)
    figures = find_figures(doc)
    rels = find_relations(doc, mentions, entities, dates, figures)
    return doc, mentions, entities, rels


def predicted_items(mentions, entities, rels):
    texts = defaultdict(list)
    for m in mentions:
        texts[m.key].append(m.text)
    by_key = {e.key: e for e in entities}

    def keys(k):
        if k is None:
            return frozenset()
        e = by_key[k]
        return name_keys([e.name, *e.aliases, *texts[k]])

    items = []
    for r in rels:
        name_s = by_key[r.subject_key].name if r.subject_key is not None else "?"
        name_o = by_key[r.object_key].name if r.object_key is not None else "-"
        label = f"{r.type}: {name_s} -> {name_o} {r.role} {r.metric} {r.value} {r.unit} " \
                f"[{r.date}] ({r.rule})"
        items.append(_Rel(r.type, keys(r.subject_key), keys(r.object_key), r.value,
                          normalise_unit(r.unit), normalise_date_value(r.date), label))
    return items


def gold_items(gold):
    names = GoldNames(gold.get("entities", []))
    items = []
    for r in gold.get("relations", []):
        rtype = relation_type_key(r.get("type"))
        label = f"{rtype}: {r.get('subject')} -> {r.get('object', '-')} {r.get('value', '')} " \
                f"[{r.get('date', '')}]"
        items.append(_Rel(rtype, names.keys(r.get("subject")), names.keys(r.get("object")),
                          parse_number(r.get("value")), normalise_unit(r.get("unit") or ""),
                          normalise_date_value(r.get("date")), label))
    return items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--pages", type=Path, default=CORPUS)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--type", default="")
    args = ap.parse_args()
    detail = args.detail
    nlp = load_nlp()
    find_entities, find_dates, find_figures, used = stages()
    print("stages:", used, "(oracle entities)" if args.oracle else "")
    per_type = {t: [0, 0, 0] for t in TYPES}  # tp, fp, fn
    date_ok = date_n = 0
    for path in sorted(args.pages.glob("*.txt")):
        gold = json.loads((args.gold / f"{path.stem}.json").read_text(encoding="utf-8"))
        finder = oracle_entities(gold) if args.oracle else find_entities
        _doc, mentions, entities, rels = extract(path, nlp, finder, find_dates, find_figures)
        g, p = gold_items(gold), predicted_items(mentions, entities, rels)
        matching = max_matching(_relation_edges(g, p))
        matched_pred = set(matching.values())
        for gi, gr in enumerate(g):
            per_type.setdefault(gr.type, [0, 0, 0])[0 if gi in matching else 2] += 1
        for pi, pr in enumerate(p):
            if pi not in matched_pred:
                per_type.setdefault(pr.type, [0, 0, 0])[1] += 1
        for gi, pi in matching.items():
            date_n += 1
            date_ok += g[gi].date == p[pi].date
        if detail:
            want = args.type
            print(f"\n== {path.name}")
            for gi, pi in sorted(matching.items()):
                if want and g[gi].type != want:
                    continue
                flag = "" if g[gi].date == p[pi].date else f"   DATE gold={g[gi].date}"
                print("  OK  ", p[pi].label, flag)
            for gi, gr in enumerate(g):
                if gi not in matching and (not want or gr.type == want):
                    print("  MISS", gr.label)
            for pi, pr in enumerate(p):
                if pi not in matched_pred and (not want or pr.type == want):
                    print("  FP  ", pr.label)
    print(f"\n{'type':12} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    tot = [0, 0, 0]
    for t, (tp, fp, fn) in per_type.items():
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
        print(f"{t:12} {tp:4} {fp:4} {fn:4} " + _prf(tp, fp, fn))
    print(f"{'ALL':12} {tot[0]:4} {tot[1]:4} {tot[2]:4} " + _prf(*tot))
    print(f"relation-date accuracy (matched rows): {date_ok}/{date_n}"
          f" = {date_ok / date_n if date_n else 0:.3f}")


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:6.3f} {r:6.3f} {f:6.3f}"


if __name__ == "__main__":
    main()
