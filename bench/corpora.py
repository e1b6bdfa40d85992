"""Benchmark corpora: the shared BBC and Reuters datasets as corpus folders in a temp dir.

The datasets stay where they are (they must never be copied into the repository); these
loaders write a throw-away corpus folder in the layout ``pipeline extract`` reads:
BBC articles as ``CATEGORY/NNN.txt`` files, Reuters stories as ``.jsonl`` chunks with
``id``, ``title``, ``text`` and ``published`` (from ``<DATE>``).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

DATASETS = Path("/work/shared/datasets")
BBC = DATASETS / "bbc-news-2225"
REUTERS = DATASETS / "reuters-21578"
TEMPEVAL = DATASETS / "tempeval3" / "train"
MEANTIME = DATASETS / "meantime-en" / "intra-doc_annotation"
AEB = DATASETS / "article-extraction-benchmark"
HTMLDATE = DATASETS / "htmldate-eval-en"
CLEANPORTAL = DATASETS / "cleanportaleval"
# The Lee corpus (Lee, Pincombe & Welsh 2005): 364 news stories of the Australian
# Broadcasting Corporation's news mail service (2001), one story a line, shipped as test data
# inside gensim's wheel (LGPL-2.1). Fetched from PyPI at bench set-up, hash-checked, read out
# of the wheel with zipfile; gensim itself is never installed. Not in /work/shared and never
# read here before round 13: the fresh source of the judged check.
LEE_WHEEL = "gensim-4.4.0-cp311-cp311-manylinux_2_24_x86_64.manylinux_2_28_x86_64.whl"
LEE_SHA256 = "91a7fa5e814e7b1bad4b2dffa8d62c1e55410d5cbdf930714c1997ffb4404db8"
LEE_FILES = ("gensim/test/test_data/lee.cor", "gensim/test/test_data/lee_background.cor")
BENCH_DATA = Path(__file__).resolve().parents[1] / ".venv" / "bench-data"
# newspaper4k's source distribution (MIT) carries 30 saved pages for its tests, with each
# page's expected metadata: the English ones are news articles of CNN, Time, Wired, Yonhap,
# a Cleveland paper and others (2013-2023). Fetched like the Lee corpus, read with tarfile.
NP4K_SDIST = "newspaper4k-0.9.6.tar.gz"
NP4K_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
BBC_CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")

_STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'NEWID="(\d+)"')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _field(tag: str, story: str) -> str:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", story, re.S)
    return _CONTROL.sub("", html.unescape(match.group(1))).strip() if match else ""


def _published(stamp: str) -> str:
    try:
        return datetime.strptime(stamp.split()[0], "%d-%b-%Y").date().isoformat()
    except (ValueError, IndexError):
        return ""


def bbc_files(limit: int | None = None) -> list[Path]:
    """BBC article files, interleaved across categories so any prefix mixes topics."""
    ranked = [(i, category, path) for category in BBC_CATEGORIES
              for i, path in enumerate(sorted((BBC / category).glob("*.txt")))]
    return [path for _, _, path in sorted(ranked)][:limit]


def reuters_stories(limit: int | None = None) -> Iterator[dict]:
    """Reuters stories that have a body, in NEWID order, as jsonl records."""
    count = 0
    for path in sorted(REUTERS.glob("reut2-*.sgm")):
        text = path.read_bytes().decode("latin-1")
        for attributes, story in _STORY.findall(text):
            body = _field("BODY", story)
            if not body:
                continue
            newid = _NEWID.search(attributes)
            body = reflow(re.sub(r"\s*Reuter\s*$", "", body))
            yield {"id": f"reuters-{newid.group(1) if newid else count}",
                   "title": _field("TITLE", story), "text": body,
                   "published": _published(_field("DATE", story)), "publisher": "Reuters"}
            count += 1
            if limit is not None and count >= limit:
                return


def detokenize(tokens: list[tuple[str, str, int]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text from MEANTIME tokens: one line per sentence, no space before closing punctuation."""
    no_space_before = {",", ".", ":", ";", "!", "?", ")", "]", "'s", "'", "n't", "%", "'re",
                       "'ve", "'ll", "'d", "'m"}
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_sentence = None
    prev_text = ""
    for t_id, tok, sentence in tokens:
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence:
            sep = "\n"
        elif tok in no_space_before or prev_text in ("(", "[", "$"):
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        offsets[t_id] = (pos, pos + len(tok))
        parts.append(tok)
        pos += len(tok)
        prev_sentence, prev_text = sentence, tok
    return "".join(parts), offsets


def treebank_marks(text: str) -> str:
    """Undo the Penn Treebank's spellings both corpora keep: `` and '' for quotation
    marks, "#" for the pound sign before an amount."""
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    return re.sub(r"#\s?(?=\d)", "\u00a3", text)


def tempeval_stories() -> Iterator[dict]:
    """TempEval-3's training news (TimeBank and AQUAINT: 1989-2000 newswire, papers and
    broadcast transcripts) as records; the DCT is the publication date."""
    for path in sorted(TEMPEVAL.glob("*/*.tml")):
        root = ET.parse(path).getroot()
        dct = next((t.get("value", "")[:10] for t in root.iter("TIMEX3")
                    if t.get("functionInDocument") == "CREATION_TIME"), "")
        text = treebank_marks("".join(root.find("TEXT").itertext())).strip()
        yield {"id": f"te3-{path.parent.name}-{path.stem}",
               "title": (root.findtext("TITLE") or "").strip(), "text": text,
               "published": dct}


def meantime_stories() -> Iterator[dict]:
    """MEANTIME's English Wikinews articles as records: sentence 0 is the headline,
    sentence 1 the date line, the rest the body (one line per sentence)."""
    for path in sorted(MEANTIME.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        tokens = [(t.get("t_id"), t.text or "", int(t.get("sentence")))
                  for t in root.iter("token")]
        title, _ = detokenize([t for t in tokens if t[2] == 0])
        text, _ = detokenize([t for t in tokens if t[2] >= 2])
        title, text = treebank_marks(title), treebank_marks(text)
        dct = next((t.get("value", "")[:10] for t in root.iter("TIMEX3")
                    if t.get("functionInDocument") == "CREATION_TIME"), "")
        yield {"id": f"meantime-{root.get('doc_id')}", "title": title, "text": text,
               "published": dct}


def aeb_news_pages() -> Iterator[dict]:
    """The Article Extraction Benchmark's English news pages (manifest category en-news;
    2019 web pages of news sites) as records of raw HTML with their URL, for the whole
    pipeline from cleaning on."""
    return aeb_pages(lambda category: category == "en-news")


def aeb_other_english_pages() -> Iterator[dict]:
    """The benchmark's other English pages: commercial news sites, blogs, press releases,
    a product page and review, a design magazine."""
    return aeb_pages(lambda category: category.startswith("en-") and category != "en-news")


def aeb_pages(wanted) -> Iterator[dict]:
    rows = [line.split("\t") for line in (AEB / "manifest.tsv").read_text().splitlines()[1:]]
    for row in sorted(rows):
        if wanted(row[2]):
            html = (AEB / "html" / f"{row[0]}.html").read_text(encoding="utf-8",
                                                              errors="replace")
            yield {"id": f"aeb-{row[0][:12]}", "html": html, "url": row[5]}


def htmldate_pages() -> Iterator[dict]:
    """htmldate's English evaluation pages (news outlets sampled by Media Cloud in 2020,
    and the BBAW mix of news, blogs and other sites) as records of raw HTML with their URL."""
    truth = json.loads((HTMLDATE / "ground-truth.json").read_text())
    for url, row in sorted(truth.items(), key=lambda item: item[1]["file"]):
        html_text = (HTMLDATE / "html" / row["file"]).read_text(encoding="utf-8", errors="replace")
        yield {"id": f"htmldate-{Path(row['file']).stem[:24]}", "html": html_text, "url": url}


def cleanportal_pages() -> Iterator[dict]:
    """CleanPortalEval's 71 English news-portal pages (BBC, WSJ and Washington Post blogs,
    MSNBC; 2012-2013) as records of raw HTML, the corpus's ``<text id=URL>`` wrapper taken
    off."""
    for path in sorted((CLEANPORTAL / "input").glob("*.html")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        first, _, rest = raw.lstrip().partition("\n")
        url = re.search(r'id="([^"]*)"', first)
        yield {"id": f"cpe-{path.stem}", "html": rest if url else raw,
               "url": url.group(1) if url else ""}


def lee_wheel(folder: Path = BENCH_DATA) -> Path:
    """gensim's wheel from PyPI, for the Lee corpus inside it (downloaded once)."""
    return _fetched(LEE_WHEEL, LEE_SHA256,
                    ["--only-binary", ":all:", "--platform", "manylinux_2_28_x86_64",
                     "--python-version", "3.11", "gensim==4.4.0"], folder)


def _fetched(name: str, digest: str, spec: list[str], folder: Path = BENCH_DATA) -> Path:
    """A file from PyPI, downloaded once with pip and checked against its sha256."""
    path = folder / name
    if not path.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        *spec, "--dest", str(folder)], check=True)
    found = hashlib.sha256(path.read_bytes()).hexdigest()
    if found != digest:
        raise SystemExit(f"{path}: sha256 {found}, expected {digest}")
    return path


def newspaper4k_pages() -> Iterator[dict]:
    """newspaper4k's English test pages (language "en" in their expected metadata) as
    records of raw HTML with their URL."""
    sdist = _fetched(NP4K_SDIST, NP4K_SHA256,
                     ["--no-binary", ":all:", "newspaper4k==0.9.6"])
    data = "newspaper4k-0.9.6/tests/data/"
    with tarfile.open(sdist) as archive:
        for member in sorted(archive.getnames()):
            if not (member.startswith(data + "metadata/") and member.endswith(".json")):
                continue
            meta = json.loads(archive.extractfile(member).read())
            if "en" not in (meta.get("language"), meta.get("meta_lang")):
                continue
            stem = Path(member).stem
            page = archive.extractfile(f"{data}html/{stem}.html")
            if page is not None:
                yield {"id": f"np4k-{stem}", "url": meta.get("url") or "",
                       "html": page.read().decode("utf-8", errors="replace")}


def lee_stories() -> Iterator[dict]:
    """The Lee corpus's ABC news stories as records (no title or date: the corpus has
    neither); ids name the file and the line."""
    with zipfile.ZipFile(lee_wheel()) as wheel:
        for member in LEE_FILES:
            name = Path(member).stem.replace("_", "-")
            lines = wheel.read(member).decode("cp1252").splitlines()  # £ as 0xa3
            for i, line in enumerate(lines, 1):
                if line.strip():
                    yield {"id": f"{name}-{i:03d}", "text": line.strip()}


def reflow(body: str) -> str:
    """Undo the wire's hard wrap: paragraphs start with an indented line, and every other
    line break inside a paragraph is only the 1987 terminal's line width."""
    paragraphs = re.split(r"\n(?=[ \t]{2,}\S)", body)
    return "\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip())
                     for p in paragraphs)


def write_bbc(dest: Path, limit: int | None = None) -> Path:
    """Copy (up to ``limit``) BBC articles into ``dest/bbc/CATEGORY/NNN.txt``."""
    return _copy_bbc(dest, bbc_files(limit))


def write_bbc_category(dest: Path, category: str, limit: int | None = None) -> Path:
    """The first ``limit`` files (sorted) of one BBC category, as ``dest/bbc/CATEGORY/``."""
    return _copy_bbc(dest, sorted((BBC / category).glob("*.txt"))[:limit])


def write_bbc_per_category(dest: Path, per_category: int) -> Path:
    """The first ``per_category`` files (sorted) of every BBC category."""
    return _copy_bbc(dest, [path for category in BBC_CATEGORIES
                            for path in sorted((BBC / category).glob("*.txt"))[:per_category]])


def _copy_bbc(dest: Path, sources: list[Path]) -> Path:
    root = dest / "bbc"
    for source in sources:
        target = root / source.parent.name / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    return root


def write_reuters(dest: Path, limit: int | None = None, per_file: int = 1000) -> Path:
    """Write (up to ``limit``) Reuters stories as ``dest/reuters/part-NNN.jsonl`` chunks."""
    root = dest / "reuters"
    root.mkdir(parents=True, exist_ok=True)
    handle, written = None, 0
    try:
        for record in reuters_stories(limit):
            if written % per_file == 0:
                if handle:
                    handle.close()
                handle = (root / f"part-{written // per_file:03}.jsonl").open("w",
                                                                               encoding="utf-8")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    finally:
        if handle:
            handle.close()
    return root


# One BBC article (about five times longer than a wire story) after every this many
# Reuters stories, at every corpus size, so that two sizes differ in length only.
BBC_EVERY = 10


def mixed_stream() -> Iterator[dict]:
    """Reuters stories with a BBC article interleaved every BBC_EVERY records."""
    bbc = iter(bbc_files())
    for i, record in enumerate(reuters_stories(), start=1):
        yield record
        if i % BBC_EVERY == 0:
            path = next(bbc, None)
            if path is not None:
                text = path.read_text(encoding="utf-8", errors="replace")
                yield {"text": text, "id": f"bbc/{path.parent.name}/{path.name}"}
    yield from ({"text": p.read_text(encoding="utf-8", errors="replace"),
                 "id": f"bbc/{p.parent.name}/{p.name}"} for p in bbc)


def mixed_corpus(dest: Path, size: int, per_file: int = 1000) -> Path:
    """The first ``size`` records of mixed_stream() as ``mixed-SIZE/part-NNN.jsonl``.

    The same mix at every size: a larger corpus is a longer prefix of the same stream, so
    a memory ratio between two sizes measures growth with the corpus, not a change of texts.
    """
    root = dest / f"mixed-{size}"
    root.mkdir(parents=True, exist_ok=True)
    handle = None
    try:
        for n, record in enumerate(mixed_stream()):
            if n >= size:
                break
            if n % per_file == 0:
                if handle:
                    handle.close()
                handle = (root / f"part-{n // per_file:03}.jsonl").open("w", encoding="utf-8")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if handle:
            handle.close()
    return root


def corpus_texts(corpus: Path) -> Iterator[str]:
    """The article texts of a corpus folder written here (for the bare spaCy baseline)."""
    for path in sorted(corpus.rglob("*")):
        if path.suffix == ".txt":
            yield path.read_text(encoding="utf-8", errors="replace")
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    yield json.loads(line)["text"]


def word_count(corpus: Path) -> int:
    return sum(len(text.split()) for text in corpus_texts(corpus))
