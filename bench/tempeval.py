"""Score the DATES stage on TempEval-3 (TimeBank + AQUAINT train) and on the samples.

Run: .venv/bin/python bench/tempeval.py [--limit N] [--no-dateparser] [--errors]

For scale: HeidelTime's published TempEval-3 value F1 is 0.776, on the platinum test set
(not staged here), with span matching; these figures are on train, as value sets.

TempEval-3: each document's text (TimeML tags stripped) is annotated with its creation
time (DCT) as the anchor. Gold: the values of TIMEX3 of type DATE or DURATION, except
the DCT itself. Scoring compares the SET of distinct values per document, micro-averaged
over documents (TP/FP/FN summed), as FORMAT.md scores dates. Sets are left out on both
sides (gold SET timexes are not scored).

Two columns of ours are scored:
- ``timex`` (the like-for-like TimeML comparison): kinds date, range, duration and ref
  (PRESENT_REF ...); a range START/END counts as its two endpoints, because TimeML
  annotates "from 1998 to 2000" as two timexes. Also shown with refs=False.
- ``value`` (the contract vocabulary): kinds date, range, duration; a merged range (kind
  "range") counts as its two endpoints, any other value as one item. A gold 2013-W11 or
  PXY is then a miss, and our week written 2013-03-11/2013-03-17 a false positive: the
  price of a sortable column, shown so that it stays visible.
Gold values we never produce (times of day, XXXX-forms...) count as misses.

Microsoft Recognizers-Text peer (recognizers-text-suite, benchmark-only): its datetimeV2
TIMEX output with the DCT as reference. Of the alternatives it gives for an underspecified
date ("June": last June and next June) the first, the past one, is taken, as news mostly
reports the past; an X left in a TIMEX ("XXXX-06") is filled from that resolution; a range
"(start,end,duration)" counts as its two endpoints as ours does; durations keep their TIMEX
(P6M); PRESENT_REF/PAST_REF/FUTURE_REF are kept like ours; times, sets and time ranges are
left out on both sides.

dateparser baseline: dateparser.search_dates with the DCT as RELATIVE_BASE and
PREFER_DATES_FROM=past; each hit becomes YYYY when its text is a bare year, YYYY-MM when
it names a month but no day number, else YYYY-MM-DD.

Samples: corpus/*.txt against shared/eval/gold dates, anchored on the gold metadata's
published date; ranges compared as whole values. Scored twice: on the raw file text
(banners and all) and on the body after the project's cleaning stage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.annotate import load_nlp  # noqa: E402
from pipeline.extract.dates import find_dates  # noqa: E402
from pipeline.extract.dates.rules import MONTHS  # noqa: E402

TEMPEVAL = Path("/work/shared/datasets/tempeval3/train")
GOLD = Path("/work/shared/eval/gold")


def load_tempeval(limit: int | None):
    docs = []
    for path in sorted(TEMPEVAL.glob("*/*.tml")):
        tree = etree.parse(str(path))
        dct = None
        for t in tree.iter("TIMEX3"):
            if t.get("functionInDocument") == "CREATION_TIME":
                dct = dt.date.fromisoformat(t.get("value")[:10])
        body = tree.find(".//TEXT")
        text = "".join(body.itertext())
        gold = {t.get("value") for t in body.iter("TIMEX3")
                if t.get("type") in ("DATE", "DURATION")
                and t.get("functionInDocument") != "CREATION_TIME"}
        docs.append((path.name, dct, text, gold))
    return docs[:limit] if limit else docs


def timex_values(mentions) -> set[str]:
    out = set()
    for m in mentions:
        if m.timex and m.kind in ("date", "range", "duration", "ref"):
            out.update(m.timex.split("/"))
    return out


def contract_values(mentions, expand_ranges: bool = True) -> set[str]:
    out = set()
    for m in mentions:
        if not m.value or m.kind not in ("date", "range", "duration"):
            continue
        if expand_ranges and m.kind == "range":
            out.update(m.value.split("/"))
        else:
            out.add(m.value)
    return out


_MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def dateparser_values(text: str, dct: dt.date | None) -> set[str]:
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past"}
    if dct is not None:
        settings["RELATIVE_BASE"] = dt.datetime(dct.year, dct.month, dct.day)
    hits = search_dates(text, languages=["en"], settings=settings) or []
    out = set()
    for s, when in hits:
        if re.fullmatch(r"\s*(?:in\s+)?\d{4}\s*", s):
            out.add(f"{when.year:04d}")
        elif _MONTH_RE.search(s) and not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", s):
            out.add(f"{when.year:04d}-{when.month:02d}")
        else:
            out.add(when.date().isoformat())
    return out


_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def _filled(timex: str, resolved: str) -> str:
    """'XXXX-06' with the resolution's year, a weekday 'XXXX-WXX-5' as its resolved day."""
    if "X" not in timex:
        return timex
    if "W" in timex or timex.count("X") > 4:
        return resolved[:10]
    return resolved[:4] + timex[4:]


def recognizers_values(text: str, dct: dt.date | None) -> set[str]:
    from recognizers_suite import Culture, recognize_datetime

    ref = dt.datetime(dct.year, dct.month, dct.day) if dct else None
    out: set[str] = set()
    for r in recognize_datetime(text, Culture.English, reference=ref):
        kind = r.type_name.rsplit(".", 1)[-1]
        values = (r.resolution or {}).get("values") or []
        if not values:
            continue
        v = values[0]
        timex = v.get("timex", "")
        if kind == "duration" and timex.startswith("P"):
            out.add(timex)
        elif kind == "date":
            out.add(_filled(timex, v.get("value", "")))
        elif kind == "daterange":
            if timex.startswith("("):
                out.update(x for x in (v.get("start"), v.get("end")) if x)
            else:
                out.add(_filled(timex, v.get("start", "")))
        elif kind == "datetime" and timex in _REFS:
            out.add(timex)
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(pairs) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for pred, gold in pairs:
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return tp, fp, fn


def line(name: str, counts) -> str:
    p, r, f = prf(*counts)
    tp, fp, fn = counts
    return f"{name:<32} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})"


def run_tempeval(args, nlp) -> None:
    docs = load_tempeval(args.limit)
    texts = [d[2] for d in docs]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(texts, batch_size=16))
    t_nlp = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = [find_dates(doc, d[1]) for doc, d in zip(parsed, docs, strict=True)]
    t_dates = time.perf_counter() - t0
    golds = [d[3] for d in docs]
    timex = [(timex_values(ms), g) for ms, g in zip(mentions, golds, strict=True)]
    no_refs = [(timex_values(find_dates(doc, d[1], refs=False)), d[3])
               for doc, d in zip(parsed, docs, strict=True)]
    value = [(contract_values(ms), g) for ms, g in zip(mentions, golds, strict=True)]
    print(f"TempEval-3 train (TimeBank + AQUAINT): {len(docs)} documents, "
          f"{sum(len(g) for g in golds)} distinct gold DATE/DURATION values")
    print(line("find_dates timex", score(timex)))
    print(line("find_dates timex, refs=False", score(no_refs)))
    print(line("find_dates value (contract)", score(value)))
    if args.errors:
        for (name, *_), (pred, gold) in zip(docs, timex, strict=True):
            if pred != gold:
                print(f"  {name}: missed {sorted(gold - pred)} extra {sorted(pred - gold)}")
    if not args.no_recognizers:
        t0 = time.perf_counter()
        rt = [(recognizers_values(d[2], d[1]), d[3]) for d in docs]
        print(line("Recognizers-Text datetimeV2", score(rt)))
        print(f"Recognizers-Text time: {time.perf_counter() - t0:.2f}s")
    if not args.no_dateparser:
        t0 = time.perf_counter()
        dp = [(dateparser_values(d[2], d[1]), d[3]) for d in docs]
        t_dp = time.perf_counter() - t0
        print(line("dateparser.search_dates", score(dp)))
        print(f"dateparser.search_dates time: {t_dp:.2f}s")
    total = t_nlp + t_dates
    print(f"time: nlp.pipe {t_nlp:.2f}s, find_dates {t_dates:.2f}s "
          f"-> dates share of pipeline time {100 * t_dates / total:.1f}%")


def cleaned_body(raw_text: str, name: str) -> str | None:
    """The body after the project's cleaning stage (drops page banners), if available."""
    try:
        from pipeline.clean import clean
        from pipeline.model import RawDoc
    except ImportError:
        return None
    return clean(RawDoc(source_path=name, source_line=None, kind="text", content=raw_text),
                 doc_id=name).body


def run_samples(nlp) -> None:
    for mode in ("raw", "cleaned"):
        pairs = []
        for gold_path in sorted(GOLD.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            article = ROOT / "corpus" / gold["document"]
            if not article.exists():
                continue
            published = (gold.get("metadata") or {}).get("published")
            anchor = dt.date.fromisoformat(published) if published else None
            text = article.read_text(encoding="utf-8")
            if mode == "cleaned":
                text = cleaned_body(text, gold["document"])
                if text is None:
                    break
            pred = contract_values(find_dates(nlp(text), anchor), expand_ranges=False)
            gvals = {d["value"] for d in gold.get("dates", [])}
            pairs.append((pred, gvals))
            print(f"  {mode} {gold['document']}: missed {sorted(gvals - pred)} "
                  f"extra {sorted(pred - gvals)}")
        if pairs:
            print(line(f"samples {mode} ({len(pairs)} docs)", score(pairs)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N TempEval documents")
    ap.add_argument("--no-dateparser", action="store_true", help="skip the baseline")
    ap.add_argument("--no-recognizers", action="store_true",
                    help="skip the Recognizers-Text peer (benchmark-only package)")
    ap.add_argument("--errors", action="store_true", help="print per-document differences")
    ap.add_argument("--samples-only", action="store_true")
    args = ap.parse_args()
    nlp = load_nlp()
    run_samples(nlp)
    if not args.samples_only and TEMPEVAL.exists():
        run_tempeval(args, nlp)


if __name__ == "__main__":
    main()
