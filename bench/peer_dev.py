"""The off-the-shelf peer on the dev set, scored by our own evaluator.

What an analyst would assemble from the usual libraries without this project: spaCy's NER
(`en_core_web_sm`, every distinct mention text of a label its own entity), spaCy's DATE
spans normalised by dateparser (day, month or year as dateparser resolves it), quantulum3
for figures (its classifier retrained as in ``quantities.py``), no relations. It reads the
page text as copied (no cleaning), so it has no title, date or publisher of its own;
``--bodies-from OUT`` gives it the bodies our clean stage wrote to OUT instead (the
documents table of a ``pipeline extract`` run), to compare the extraction alone.

dateparser needs a reference date for "Tuesday" or "last year": the peer gets each page's
GOLD publication date (``--no-gold-dates`` gives it none, so today's date is used). That is
an advantage our pipeline does not have (it finds the date itself), so the peer's dates
figure is an upper bound of what this assembly gets.

The tables are written in the contract's columns to a folder (``--out``, default a temp
folder) and scored with ``pipeline evaluate`` exactly as our own outputs are.

    .venv/bin/python bench/peer_dev.py [--pages DIR --gold DIR] [--out DIR] [--no-gold-dates]
                                       [--bodies-from OUT]

Needs the bench peers (`make bench` installs them, or `make .venv/.installed-bench`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from quantities import Quantulum  # noqa: E402

from pipeline.annotate import load_nlp  # noqa: E402
from pipeline.evaluate import evaluate, format_report  # noqa: E402

DEV = Path("/work/shared/eval/dev")
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
PERIOD_FORMATS = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:13]


def _date_values(nlp_doc, base: dt.datetime | None) -> list[str]:
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": base} if base else {}
    parser = DateDataParser(languages=["en"], settings=settings)
    values = []
    for ent in nlp_doc.ents:
        if ent.label_ != "DATE":
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = parser.get_date_data(ent.text)
        if data and data.date_obj:
            values.append(data.date_obj.strftime(PERIOD_FORMATS.get(data.period, "%Y-%m-%d")))
    return values


def _our_bodies(out: Path) -> dict[str, str]:
    frame = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    return {Path(p).name: b for p, b in zip(frame["source_path"], frame["body"], strict=True)}


def build(pages: list[tuple[Path, str | None]], out: Path,
          bodies: dict[str, str] | None = None) -> None:
    nlp = load_nlp()
    quantulum = Quantulum()
    tables: dict[str, list[dict]] = {k: [] for k in ("documents", "mentions", "entities",
                                                     "dates", "figures", "relations")}
    seen_entities: set[str] = set()
    for path, published in pages:
        text = path.read_text(encoding="utf-8", errors="replace")
        if bodies is not None:
            text = bodies.get(path.name, "")
        doc_id = _id(path.name)
        tables["documents"].append({"doc_id": doc_id, "source_path": path.name, "title": "",
                                    "published": "", "publisher": "", "body": text})
        doc = nlp(text)
        for i, ent in enumerate(ent for ent in doc.ents if ent.label_ in NAME_LABELS):
            eid = _id(ent.label_, ent.text)
            tables["mentions"].append({"doc_id": doc_id, "mention_id": f"{doc_id}:m{i}",
                                       "entity_id": eid, "text": ent.text,
                                       "label": ent.label_})
            if eid not in seen_entities:
                seen_entities.add(eid)
                tables["entities"].append({"entity_id": eid, "name": ent.text,
                                           "type": ent.label_, "aliases": ""})
        base = dt.datetime.fromisoformat(published[:10]) if published else None
        for value in _date_values(doc, base):
            tables["dates"].append({"doc_id": doc_id, "value": value})
        for value, unit in quantulum.pairs(text):
            tables["figures"].append({"doc_id": doc_id, "value": repr(float(value)),
                                      "unit": unit, "qualifier": "", "text": ""})
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        pd.DataFrame(rows, dtype=str).to_csv(out / f"{name}.csv", index=False)
    print(f"quantulum3 crashes: {quantulum.crashes}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, default=DEV / "pages")
    ap.add_argument("--gold", type=Path, default=DEV / "gold")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--no-gold-dates", action="store_true")
    ap.add_argument("--bodies-from", type=Path)
    args = ap.parse_args()
    pages = []
    for gold_path in sorted(args.gold.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = args.pages / gold["document"]
        if page.exists():
            published = None if args.no_gold_dates else \
                (gold.get("metadata") or {}).get("published")
            pages.append((page, published))
    out = args.out or Path(tempfile.mkdtemp(prefix="peer-dev-"))
    build(pages, out, _our_bodies(args.bodies_from) if args.bodies_from else None)
    print(format_report(evaluate(args.gold, out)))


if __name__ == "__main__":
    main()
