"""Fuzzing and pathological-input timings (issue 8: robustness).

1. Fuzz: the property checks of ``tests/test_properties_pipeline.py`` (random bytes, random
   HTML and text in legacy encodings, random .jsonl lines and sidecars written into a corpus
   folder -> ``iter_inputs`` + ``clean``), run for many more examples than CI, without
   stopping at the first failure: every crash is counted and the distinct ones printed.
2. Pathological inputs through the whole pipeline (``pipeline.run.run``, one worker, no
   cache): seconds and peak memory per case, plus two scaling series that show whether a
   stage is linear: a sentence without full stops (with and without the sentence cap of
   ``pipeline.annotate``) and a table of numbers (the figures stage).

    .venv/bin/python bench/fuzz.py                  # 2000 fuzz examples per property
    .venv/bin/python bench/fuzz.py --examples 5000 --skip-pathological
    .venv/bin/python bench/fuzz.py --examples 0     # timings only
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests import test_properties_pipeline as props  # noqa: E402
from tests.test_pathological import CASES, long_sentence  # noqa: E402

# --------------------------------------------------------------------------- fuzzing


def _signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = next((f for f in reversed(frames) if "/pipeline/" in f.filename), frames[-1])
    return (f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno}: "
            f"{str(exc).splitlines()[0][:120] if str(exc) else ''}")


def fuzz(name: str, strategy, check, examples: int, seed: int | None) -> tuple[int, Counter]:
    """Run ``check`` on ``examples`` generated values; return (examples run, crash counts)."""
    ran = 0
    crashes: Counter = Counter()
    samples: dict[str, str] = {}

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(value=strategy)
    def body(value):
        nonlocal ran
        ran += 1
        try:
            check(value)
        except Exception as exc:  # noqa: BLE001 - counting them is the point
            key = _signature(exc)
            crashes[key] += 1
            samples.setdefault(key, repr(value)[:300])

    if seed is not None:
        body = __import__("hypothesis").seed(seed)(body)
    started = time.perf_counter()
    body()
    print(f"fuzz {name}: {ran} examples, {sum(crashes.values())} crashes "
          f"({len(crashes)} distinct), {time.perf_counter() - started:.0f} s")
    for key, count in crashes.most_common():
        print(f"  {count:5d} x {key}\n          e.g. {samples[key]}")
    return ran, crashes


def _markup(args) -> None:
    html, kind = args
    html = props._LONE_SURROGATE.sub("\ufffd", html)
    if html.strip():
        props.check_document(props.RawDoc("p.html", None, kind, html))


# --------------------------------------------------------------------------- timings


def _peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def timed_run(files: dict[str, str]) -> tuple[float, list[dict]]:
    """Seconds of a whole ``run`` over a corpus of these files, and its documents rows."""
    import pyarrow.parquet as pq

    from pipeline.run import RunOptions, run

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for name, text in files.items():
            (corpus / name).write_text(text, encoding="utf-8")
        started = time.perf_counter()
        run(RunOptions(corpus=corpus, out=Path(tmp) / "out", workers=1, cache=False))
        seconds = time.perf_counter() - started
        rows = pq.read_table(Path(tmp) / "out" / "documents.parquet").to_pylist()
    return seconds, rows


def _jsonl(text: str) -> str:
    return json.dumps({"text": text, "language": "en"}) + "\n"


def pathological() -> None:
    from pipeline import annotate
    from pipeline.run import process

    process.get_nlp()
    timed_run({"warm.txt": "The council met on Monday in Springfield, the mayor said."})
    print(f"\npathological inputs, whole pipeline (1 worker, no cache); model loaded: "
          f"{_peak_mb()} MB peak RSS")
    print(f"{'case':22} {'chars':>9} {'seconds':>8} {'peak MB':>8}  status")
    for name, text in CASES.items():
        seconds, rows = timed_run({name: text})
        status = rows[0]["status"] if rows else "(no documents row)"
        print(f"{name:22} {len(text):9,} {seconds:8.1f} {_peak_mb():8}  {status}")

    print("\nsentence without full stops, forced English (tokens -> seconds)")
    for cap in (annotate.MAX_SENTENCE_TOKENS, 10**9):
        saved = annotate.MAX_SENTENCE_TOKENS
        annotate.MAX_SENTENCE_TOKENS = cap
        try:
            label = f"cap {cap}" if cap < 10**9 else "no cap"
            cells = []
            for words in (2_500, 5_000, 10_000):
                seconds, _ = timed_run({"s.jsonl": _jsonl(long_sentence(words))})
                cells.append(f"{words:,}: {seconds:.1f}s")
            print(f"  {label:8} " + "  ".join(cells))
        finally:
            annotate.MAX_SENTENCE_TOKENS = saved

    print("\ntable of numbers, forced English (numbers -> seconds; linear would double)")
    cells = []
    for count in (1_000, 2_000, 4_000):
        text = "Votes by district. " + " ".join(f"{(i * 37) % 9999:,}" for i in range(count))
        seconds, _ = timed_run({"t.jsonl": _jsonl(text)})
        cells.append(f"{count:,}: {seconds:.1f}s")
    print("  " + "  ".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=2000,
                        help="fuzz examples per property (default 2000; 0 skips fuzzing)")
    parser.add_argument("--seed", type=int, help="hypothesis seed (default: random)")
    parser.add_argument("--skip-pathological", action="store_true")
    args = parser.parse_args()
    import logging

    logging.disable(logging.CRITICAL)  # trafilatura/htmldate log every unparsable page

    total = crashed = 0
    if args.examples:
        for name, strategy, check in (
            ("ingest+clean corpus folders", props.FILES, props.check_files),
            ("clean of random markup", st.tuples(props.HTML, st.sampled_from(["html", "text"])),
             _markup),
            ("hidden elements in well-formed HTML", props.WELL_FORMED,
             lambda html: props.check_document(props.RawDoc("p.html", None, "html", html),
                                               well_formed=True)),
        ):
            ran, crashes = fuzz(name, strategy, check, args.examples, args.seed)
            total += ran
            crashed += sum(crashes.values())
        print(f"fuzz total: {total} examples, {crashed} crashes")
    if not args.skip_pathological:
        pathological()
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
