"""Entity quality: ours (pipeline.extract.entities.find_entities) against raw spaCy NER.

Part 1, sample gold (/work/shared/eval/gold): entity-level P/R/F1 as FORMAT.md scores them
(names case/accent/punctuation-insensitive against canonical name and every alias on either
side; coarse class PERSON/ORG/PLACE; each gold entity matched at most once). The raw text is
used with the gold's body.must_exclude lines removed (the cleaning stage removes those).
Baseline: every distinct spaCy entity text is its own entity.

Part 2, MEANTIME English (Wikinews, /work/shared/datasets/meantime-en): mention-level P/R/F1
for persons, organisations and locations against ENTITY_MENTION with syntactic_type NAM
(entity type PER/ORG/LOC through REFERS_TO). Three span matches: exact; exact after removing
a leading "the" on both sides (MEANTIME's spans include the determiner, ours drop it by
design); overlap (relaxed). Per-class figures use the determiner-free match.
Only the annotated part of each article (title and sentences up to number 5) is scored.

Run: .venv/bin/python bench/meantime.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora import detokenize  # noqa: E402

from pipeline.annotate import load_nlp  # noqa: E402
from pipeline.extract.entities import find_entities  # noqa: E402
from pipeline.extract.entities.rules import ENTITY_LABELS  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval" / "gold"
MEANTIME = SHARED / "datasets" / "meantime-en" / "intra-doc_annotation"
COARSE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
MEANTIME_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
ANNOTATED_SENTENCES = 5


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_entities(pred: list[tuple[set[str], str]], gold: list[tuple[set[str], str]]):
    """Greedy one-to-one matching of (name keys, coarse class) entities."""
    pred = [(names, cls) for names, cls in pred if cls in ("PERSON", "ORG", "PLACE")]
    used = set()
    tp = 0
    for gnames, gcls in gold:
        for i, (pnames, pcls) in enumerate(pred):
            if i not in used and pcls == gcls and gnames & pnames:
                used.add(i)
                tp += 1
                break
    return tp, len(pred), len(gold), [pred[i] for i in range(len(pred)) if i not in used]


def part1(nlp) -> None:
    print("Part 1: sample gold, entity P/R/F1 (FORMAT.md matching)")
    totals = {"ours": [0, 0, 0], "spacy": [0, 0, 0]}
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = ROOT / "corpus" / gold["document"]
        if not text_path.exists():
            continue
        lines = text_path.read_text(encoding="utf-8").split("\n")
        drop = gold.get("body", {}).get("must_exclude", [])
        text = "\n".join(ln for ln in lines if not any(d in ln for d in drop))
        doc = nlp(text)
        gold_ents = [({_key(e["name"]), *(_key(a) for a in e.get("aliases", []))},
                      COARSE.get(e["type"], e["type"])) for e in gold["entities"]]
        _mentions, ents = find_entities(doc)
        ours = [({_key(e.name), *(_key(a) for a in e.aliases)}, COARSE.get(e.type, e.type))
                for e in ents]
        raw = sorted({(e.text, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS})
        base = [({_key(t)}, COARSE.get(lab, lab)) for t, lab in raw]
        for name, pred in (("ours", ours), ("spacy", base)):
            tp, n_pred, n_gold, fps = score_entities(pred, gold_ents)
            for i, v in enumerate((tp, n_pred, n_gold)):
                totals[name][i] += v
            p, r, f = prf(tp, n_pred, n_gold)
            print(f"  {gold_path.stem:28s} {name:6s} P={p:.3f} R={r:.3f} F1={f:.3f} "
                  f"(tp={tp} pred={n_pred} gold={n_gold})")
            if name == "ours" and "-v" in sys.argv:
                print("    unmatched predictions:", sorted(min(n) for n, _ in fps))
    for name, (tp, n_pred, n_gold) in totals.items():
        p, r, f = prf(tp, n_pred, n_gold)
        print(f"  {'ALL (micro)':28s} {name:6s} P={p:.3f} R={r:.3f} F1={f:.3f}")


def read_meantime(path: Path):
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), t.text or "", int(t.get("sentence"))) for t in root.iter("token")]
    text, offsets = detokenize(tokens)
    # MEANTIME annotates the title and the first sentences only (sentence numbers 0-5)
    limit = max(offsets[t_id][1] for t_id, _tok, sent in tokens if sent <= ANNOTATED_SENTENCES)
    markables = root.find("Markables")
    instances = {}
    mentions = {}
    for el in markables:
        if el.tag == "ENTITY":
            instances[el.get("m_id")] = el.get("ent_type")
        elif el.tag == "ENTITY_MENTION" and el.get("syntactic_type") == "NAM":
            ids = [a.get("t_id") for a in el.findall("token_anchor")]
            if ids:
                mentions[el.get("m_id")] = (offsets[ids[0]][0], offsets[ids[-1]][1])
    gold = set()
    relations = root.find("Relations")
    for rel in relations.findall("REFERS_TO") if relations is not None else []:
        target = rel.find("target").get("m_id")
        cls = MEANTIME_TYPES.get(instances.get(target, ""))
        if cls is None:
            continue
        for src in rel.findall("source"):
            span = mentions.get(src.get("m_id"))
            if span is not None:
                gold.add((span[0], span[1], cls))
    return text, gold, limit


def _no_det(spans: set, text: str) -> set:
    """Spans with a leading determiner removed: MEANTIME spans include "the", ours do not."""
    out = set()
    for s, e, cls in spans:
        for det in ("the ", "The "):
            if text.startswith(det, s) and e - s > len(det):
                s += len(det)
        out.add((s, e, cls))
    return out


def _match(pred: set, gold: set, relaxed: int, text: str) -> tuple[int, int]:
    """(matched predictions, matched gold): exact (0), exact but for "the" (1), overlap (2)."""
    if relaxed == 1:
        pred, gold = _no_det(pred, text), _no_det(gold, text)
    if relaxed < 2:
        tp = len(pred & gold)
        return tp, tp

    def hits(a, bs):
        return any(a[2] == b[2] and a[0] < b[1] and b[0] < a[1] for b in bs)

    return sum(hits(p, gold) for p in pred), sum(hits(g, pred) for g in gold)


def part2(nlp, limit: int | None) -> None:
    print("Part 2: MEANTIME English, mention P/R/F1 (NAM mentions, PER/ORG/LOC)")
    files = sorted(MEANTIME.glob("*/*.xml"))[: limit or None]
    counts = {(sys_, mode): Counter() for sys_ in ("ours", "spacy") for mode in (0, 1, 2)}
    per_class = {sys_: Counter() for sys_ in ("ours", "spacy")}
    for path in files:
        text, gold, limit = read_meantime(path)
        doc = nlp(text)
        mentions, _ = find_entities(doc)
        ours = {(m.start, m.end, COARSE[m.label]) for m in mentions
                if m.label in COARSE and m.end <= limit}
        base = {(e.start_char, e.end_char, COARSE[e.label_]) for e in doc.ents
                if e.label_ in COARSE and e.end_char <= limit}
        for name, pred in (("ours", ours), ("spacy", base)):
            for relaxed in (0, 1, 2):
                tp_p, tp_g = _match(pred, gold, relaxed, text)
                c = counts[(name, relaxed)]
                c["tp_p"] += tp_p
                c["tp_g"] += tp_g
                c["pred"] += len(pred)
                c["gold"] += len(gold)
            for cls in ("PERSON", "ORG", "PLACE"):
                p_c = {x for x in _no_det(pred, text) if x[2] == cls}
                g_c = {x for x in _no_det(gold, text) if x[2] == cls}
                per_class[name][cls + "tp"] += len(p_c & g_c)
                per_class[name][cls + "pred"] += len(p_c)
                per_class[name][cls + "gold"] += len(g_c)
    print(f"  documents: {len(files)}")
    for relaxed in (0, 1, 2):
        for name in ("ours", "spacy"):
            c = counts[(name, relaxed)]
            p = c["tp_p"] / c["pred"] if c["pred"] else 0.0
            r = c["tp_g"] / c["gold"] if c["gold"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            mode = ("exact  ", "no-det ", "overlap")[relaxed]
            print(f"  {mode} {name:6s} P={p:.3f} R={r:.3f} F1={f:.3f} "
                  f"(pred={c['pred']} gold={c['gold']})")
    for cls in ("PERSON", "ORG", "PLACE"):
        for name in ("ours", "spacy"):
            c = per_class[name]
            p, r, f = prf(c[cls + "tp"], c[cls + "pred"], c[cls + "gold"])
            print(f"  no-det  {cls:6s} {name:6s} P={p:.3f} R={r:.3f} F1={f:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="MEANTIME documents to use")
    parser.add_argument("-v", action="store_true", help="list unmatched predictions (part 1)")
    parser.add_argument("--part", type=int, choices=(1, 2), default=None)
    args = parser.parse_args()
    nlp = load_nlp()
    if args.part in (None, 1):
        part1(nlp)
    if args.part in (None, 2):
        part2(nlp, args.limit)


if __name__ == "__main__":
    main()
