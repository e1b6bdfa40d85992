"""Draw relations from unseen BBC articles for a hand check of precision.

60 random articles (fixed seed) from the politics and business folders of
/work/shared/datasets/bbc-news-2225 go through clean -> spaCy -> entities -> dates ->
figures -> relations; 50 of the extracted relations (fixed seed) are printed with their
evidence sentence, for judging in bench/relations_bbc_check.md. Also prints counts per
type over all 60 articles.

With --rare: 300 articles (seed 7), every visit / meeting / membership / agreement /
ranking / founding row (types too rare in the 60-article draw to judge).

    .venv/bin/python bench/relations_bbc_sample.py [--rare]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from relations_samples import extract, stages  # noqa: E402

from pipeline.annotate import load_nlp  # noqa: E402

DATA = Path("/work/shared/datasets/bbc-news-2225")
SEED = 20240601
N_ARTICLES = 60
N_RELATIONS = 50
RARE_SEED = 7
RARE_ARTICLES = 300
RARE_TYPES = ("visit", "meeting", "membership", "agreement", "ranking", "founding")


def main() -> None:
    rare = "--rare" in sys.argv
    files = sorted(DATA.glob("politics/*.txt")) + sorted(DATA.glob("business/*.txt"))
    rng = random.Random(RARE_SEED if rare else SEED)
    chosen = sorted(rng.sample(files, RARE_ARTICLES if rare else N_ARTICLES))
    nlp = load_nlp()
    find_entities, find_dates, find_figures, used = stages()
    print("stages:", used)
    pool = []
    for path in chosen:
        doc, _mentions, entities, rels = extract(path, nlp, find_entities, find_dates,
                                                 find_figures)
        names = {e.key: e.name for e in entities}
        sents = {s.start_char: s.text.strip() for s in doc.sents}
        for r in rels:
            pool.append((f"{path.parent.name}/{path.name}", r, names.get(r.subject_key, "?"),
                         names.get(r.object_key, ""), sents.get(r.sentence_start, "?")))
    print(f"{len(pool)} relations from {len(chosen)} articles:",
          dict(sorted(Counter(p[1].type for p in pool).items())))
    if rare:
        sample = [p for p in pool if p[1].type in RARE_TYPES]
    else:
        sample = random.Random(SEED).sample(pool, min(N_RELATIONS, len(pool)))
    sample.sort(key=lambda p: (p[1].type, p[0], p[1].sentence_start))
    for i, (where, r, subj, obj, sent) in enumerate(sample, 1):
        extra = " ".join(x for x in (r.role, r.metric, "" if r.value is None else f"{r.value:g}",
                                     r.unit, f"[{r.date}]" if r.date else "") if x)
        print(f"\n{i}. {r.type}: {subj} -> {obj or '-'} {extra} ({r.rule}; {where})")
        print(f"   > {sent}")


if __name__ == "__main__":
    main()
