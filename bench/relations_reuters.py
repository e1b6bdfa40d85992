"""Relations on news stories nobody here has read: the judged precision check.

All 2,225 BBC articles were read while relation rules were written, so the check of
issue 11 ("a fresh random sample of 60 relations ... judged against their evidence")
draws from Reuters-21578 (1987 newswire, /work/shared/datasets/reuters-21578).

Which stories count as read is kept in READ_LIST (bench/relations_reuters_read.txt),
one NEWID a line under a comment naming the draw: every story a draw processes is added
to it, whether its rows were printed for development (``--reuters-dev``) or for the
judged check (``--reuters-fresh``; once judged, its errors are read to fix rules, so it
is spent). Left out besides: the stories of reut2-000.sgm and reut2-001.sgm (NEWID
1-2000), which bench/unwrap.py and bench/run.py show, and any story whose body is the
same text as a read one (the wire repeats stories under new ids).

A draw shuffles the unread stories that have a body with its seed, runs clean -> spaCy
-> entities -> dates -> figures -> relations on the first N, and prints either every row
(development) or 60 rows stratified by type (``relations_bbc_sample.quotas``: an equal
share per type, a type with fewer rows gives its unused share to the others in order of
frequency; inside a type the rows are drawn with the same seed).

Every Reuters story with a body had been read by round 10; the same draws run on the
news texts of TempEval-3 and MEANTIME (``NEWS``, read list relations_news_read.txt), then
on web pages (``WEB``, ``PAGES``) and, from round 13, on the Lee corpus's ABC news stories
(``LEE``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpora import (
    aeb_news_pages,
    aeb_other_english_pages,
    cleanportal_pages,
    htmldate_pages,
    lee_stories,
    meantime_stories,
    newspaper4k_pages,
    reuters_stories,
    tempeval_stories,
)
from relations_bbc_sample import show, stratified_draw
from relations_samples import stages

from pipeline.annotate import load_nlp
from pipeline.clean import clean
from pipeline.extract.relations import find_relations
from pipeline.ingest.records import record_docs
from pipeline.model import RawDoc

READ_LIST = Path(__file__).resolve().parent / "relations_reuters_read.txt"
SHOWN_ELSEWHERE = 2000  # NEWIDs 1-2000 (reut2-000, reut2-001): other benches print them
DEV_STORIES = 150
FRESH_STORIES = 500


def _newid(record: dict) -> int:
    return int(record["id"].split("-")[1])


def _fingerprint(text: str) -> str:
    return hashlib.sha1(re.sub(r"\s+", " ", text).strip().lower().encode()).hexdigest()


@dataclass(frozen=True)
class Source:
    """A news collection drawn from: its stories, the list of those already read, the
    line a story has in that list, the stories no draw may take, and the reading order."""

    name: str
    records: Callable[[], list[dict]]
    read_list: Path
    line: Callable[[dict], str]
    excluded: Callable[[dict], bool]
    order: Callable[[str], object]


REUTERS = Source("Reuters-21578", lambda: list(reuters_stories()), READ_LIST,
                 lambda r: str(_newid(r)), lambda r: _newid(r) <= SHOWN_ELSEWHERE,
                 lambda story_id: _newid({"id": story_id}))


def by_id(name: str, records: Callable[[], list[dict]], read_list: str) -> Source:
    """A source whose stories are listed by their record ids, none left out."""
    return Source(name, records, Path(__file__).resolve().parent / read_list,
                  lambda r: r["id"], lambda r: False, str)


# Once every Reuters story with a body was read (round 10), the check moved to the news
# texts of TempEval-3 (TimeBank, AQUAINT) and MEANTIME (Wikinews): read only for their dates
# (bench/tempeval.py) and entities (bench/meantime.py) before, never for relations.
NEWS = by_id("TempEval-3 + MEANTIME news",
             lambda: list(tempeval_stories()) + list(meantime_stories()),
             "relations_news_read.txt")

# Once those were read too (round 11), the Article Extraction Benchmark's English news
# pages: read before only for their cleaned text (bench/cleaning.py), never for relations.
WEB = by_id("Article Extraction Benchmark English news pages",
            lambda: list(aeb_news_pages()), "relations_web_read.txt")

# Once those were read too (round 11), the other web pages in /work/shared: htmldate's
# English evaluation pages and CleanPortalEval's news-portal pages (round 12), then the
# benchmark's English pages that are not en-news (blogs, press releases), read before only for
# their publication dates (bench/pubdate.py), cleaned text (bench/cleaning.py) and site
# metadata (bench/html_meta.py), never for relations.
PAGES = by_id("htmldate-eval-en + CleanPortalEval web pages + AEB's other English pages",
              lambda: list(htmldate_pages()) + list(cleanportal_pages()) +
              list(aeb_other_english_pages()),
              "relations_pages_read.txt")

# Every English page in /work/shared was read by round 12; the check moved (round 13) to the
# Lee corpus's ABC news stories, which ship inside gensim's wheel (corpora.lee_stories).
LEE = by_id("Lee corpus ABC news stories (gensim test data)",
            lambda: list(lee_stories()), "relations_lee_read.txt")

# Once the Lee stories were read too (round 13), newspaper4k's English test pages, also
# from PyPI (corpora.newspaper4k_pages).
NP4K = by_id("newspaper4k's English test pages",
             lambda: list(newspaper4k_pages()), "relations_np4k_read.txt")


def read_ids(source: Source = REUTERS) -> set[str]:
    if not source.read_list.exists():
        return set()
    return {line.strip() for line in source.read_list.read_text().split("\n")
            if line.strip() and not line.startswith("#")}


def unread(records: list[dict], source: Source = REUTERS) -> list[dict]:
    """Stories with a body that no one has read, one per distinct body."""
    done = read_ids(source)
    seen = {_fingerprint(r.get("text") or r["html"]) for r in records
            if source.line(r) in done}
    pool = []
    for r in records:
        key = _fingerprint(r.get("text") or r["html"])
        if source.excluded(r) or source.line(r) in done or key in seen:
            continue
        seen.add(key)
        pool.append(r)
    return pool


def mark_read(records: list[dict], why: str, source: Source = REUTERS) -> None:
    lines = [f"# {why}"] + [source.line(r) for r in
                            sorted(records, key=lambda r: source.order(r["id"]))]
    with source.read_list.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def rows_of(records: list[dict], nlp, find_entities, find_dates, find_figures) -> list[tuple]:
    pool = []
    for record in records:
        raw = next(d for d in record_docs([record]) if isinstance(d, RawDoc))
        document = clean(raw, record["id"])
        doc = nlp(document.body)
        mentions, entities = find_entities(doc)
        anchor = dt.date.fromisoformat(document.published) if document.published else None
        rels = find_relations(doc, mentions, entities, find_dates(doc, anchor),
                              find_figures(doc))
        names = {e.key: e.name for e in entities}
        sents = {s.start_char: s.text.strip() for s in doc.sents}
        for r in rels:
            pool.append((record["id"], r, names.get(r.subject_key, "?"),
                         names.get(r.object_key, ""), sents.get(r.sentence_start, "?")))
    return pool


def replay(source: Source = REUTERS) -> None:
    """Every row of the stories already read (development material), for before/after
    diffs while rules change; nothing new is read."""
    done = read_ids(source)
    chosen = [r for r in source.records() if source.line(r) in done]
    nlp = load_nlp()
    find_entities, find_dates, find_figures, _used = stages()
    pool = rows_of(chosen, nlp, find_entities, find_dates, find_figures)
    print(f"{len(chosen)} read stories; {len(pool)} relations:",
          dict(sorted(Counter(p[1].type for p in pool).items())))
    show(sorted(pool, key=lambda p: (p[1].type, source.order(p[0]), p[1].sentence_start)))


def draw(seed: int, judged: bool, n: int | None = None, source: Source = REUTERS) -> None:
    records = source.records()
    candidates = unread(records, source)
    random.Random(seed).shuffle(candidates)
    chosen = candidates[:n or (FRESH_STORIES if judged else DEV_STORIES)]
    kind = "judged draw" if judged else "development draw"
    mark_read(chosen, f"{kind}, seed {seed}, {len(chosen)} stories", source)
    nlp = load_nlp()
    find_entities, find_dates, find_figures, used = stages()
    print("stages:", used)
    print(f"{source.name}: {len(records)} stories with a body; {len(candidates)} unread; "
          f"{len(chosen)} processed ({kind}, seed {seed}; now listed in "
          f"{source.read_list.name})")
    pool = rows_of(chosen, nlp, find_entities, find_dates, find_figures)

    def order(p):
        return source.order(p[0]), p[1].sentence_start

    if not judged:
        counts = Counter(p[1].type for p in pool)
        print(f"{len(pool)} relations:", dict(sorted(counts.items())))
        show(sorted(pool, key=lambda p: (p[1].type, *order(p))))
        return
    show(stratified_draw(pool, seed, order))
