"""``make bench``: speed, scaling, no-change re-runs and memory of ``pipeline extract``.

Every figure comes from whole processes, timed from start to exit: Python start-up,
imports, model loading, cleaning, extraction, resolution and writing all count, for the
pipeline and for the bare spaCy baseline alike. CPU seconds are the user + system time of
a process and all its descendants (pool workers, fork server): this process makes itself
the child subreaper, so orphaned descendants are reaped here and counted (Linux; elsewhere
CPU is sampled with psutil). The machine is shared, so runs of the compared commands are
interleaved (bare, 1 worker, 2 workers, bare, ...) and every figure is a median over the
repeats; compare CPU seconds too, which other people's jobs disturb less than wall time.

Headline: words/s of ``pipeline extract --workers 1 --no-cache`` against bare
``nlp.pipe`` of the same model on the same texts (the first 200 BBC business articles),
and of 2 workers against 1. Then: a no-change re-run as a share of a full run (300 BBC
articles, 60 per category), tables byte-identical to a rebuild; peak memory at two corpus
sizes (Reuters-21578 stories, topped up with BBC).

With ``--against REF`` (a git commit or branch of this repository, e.g. ``main``), that
commit's ``pipeline/`` runs too, interleaved with this one in the same repeats and with
the same interpreter and libraries, so both are measured under the same load.

Usage: ``python bench/run.py [--quick] [--repeat N] [--speed-docs N] [--rss-sizes A,B|none]
[--against REF]``.
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import os
import resource
import shutil
import statistics
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
TARGETS = {"one_worker_vs_spacy": 0.90, "speedup_2_over_1": 1.7, "no_change_fraction": 0.05,
           "rss_growth": 1.2}
# The pipeline sets these itself (one BLAS thread per process); the baseline gets the same.
ONE_THREAD_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
PR_SET_CHILD_SUBREAPER = 36
REAP_TIMEOUT_S = 60.0


@dataclass
class Measure:
    seconds: float
    cpu_seconds: float  # user + system of the process and all its descendants
    peak_tree_mb: float  # sum of RSS of the process and all its descendants, sampled
    peak_main_mb: float  # RSS of the main process alone, sampled
    returncode: int


def _become_subreaper() -> bool:
    """Make orphaned descendants (a pool's fork server and workers) children of this
    process, so their CPU time reaches RUSAGE_CHILDREN when they are reaped here."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


SUBREAPER = _become_subreaper()


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


def _reap_orphans() -> None:
    """Wait for descendants that outlived the measured process (they end by themselves
    once it is gone: see pipeline.run.parallel.watch_parent)."""
    deadline = time.monotonic() + REAP_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# The frozen copies of the package the runs use (see _freeze_code): "root" this working
# tree's, "against" the --against commit's.
CODE: dict[str, Path] = {}


def _freeze_code(work: Path, against: str | None = None) -> None:
    """Run a copy of ``pipeline/`` taken now, so edits made during the bench (or a cache
    invalidated by them) cannot mix two code versions into one set of figures. It is
    byte-compiled here, and its prebuilt tables made, so the first timed run does not pay
    for compiling or building them."""
    code = work / "code"
    shutil.copytree(REPO / "pipeline", code / "pipeline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(code / "pipeline", quiet=1)
    CODE["root"] = code
    _prebuild("root")
    if against:
        other = work / "code-against"
        other.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(REPO), "archive", against, "pipeline"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(other)], input=archive, check=True)
        compileall.compile_dir(other / "pipeline", quiet=1)
        CODE["against"] = other
        _prebuild("against")


def _prebuild(code: str) -> None:
    """Build the tables ``make setup`` builds (``pipeline.prebuilt``) for this code, if it
    has them, so the first timed run does not pay for building them either."""
    if (CODE[code] / "pipeline" / "prebuilt.py").exists():
        subprocess.run([sys.executable, "-m", "pipeline.prebuilt"], cwd=CODE[code],
                       env=_env(code), check=True, stdout=subprocess.DEVNULL)


def _env(code: str = "root") -> dict[str, str]:
    env = {**os.environ, **ONE_THREAD_ENV}
    if code in CODE:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CODE[code]),
                                                          env.get("PYTHONPATH")]))
    return env


def measured(cmd: list[str], code: str = "root") -> Measure:
    peaks = {"main": 0, "tree": 0, "cpu": {}}
    stop = threading.Event()
    cpu_before = _children_cpu()
    started = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=CODE.get(code, REPO), env=_env(code),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = threading.Thread(target=_sample, args=(psutil.Process(child.pid), peaks, stop))
    sampler.start()
    _, err = child.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    if SUBREAPER:
        _reap_orphans()
        cpu = _children_cpu() - cpu_before
    else:
        cpu = sum(peaks["cpu"].values())
    if child.returncode not in (0, 3):
        sys.stderr.write(err.decode(errors="replace")[-3000:])
    return Measure(seconds, cpu, peaks["tree"] / 2**20, peaks["main"] / 2**20,
                   child.returncode)


def extract(corpus: Path, out: Path, *options: str, code: str = "root") -> Measure:
    return measured([sys.executable, "-m", "pipeline.cli", "extract", str(corpus),
                     "--out", str(out), "--quiet", *options], code)


def bare_spacy(corpus: Path) -> Measure:
    """Bare ``nlp.pipe`` (default batch size, every component) in a fresh process."""
    return measured([sys.executable, str(REPO / "bench" / "bare_spacy.py"), str(corpus)])


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def _verdict(name: str, value: float, higher_is_better: bool = True) -> str:
    target = TARGETS[name]
    ok = value >= target if higher_is_better else value <= target
    return f"(target {'>=' if higher_is_better else '<='} {target:g}: {'met' if ok else 'MISSED'})"


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.is_file() and not p.name.startswith(".")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="two repeats, memory at 200 and 2000 documents")
    parser.add_argument("--repeat", type=int, help="interleaved repeats of each speed run "
                        "(default 3; 2 with --quick)")
    parser.add_argument("--speed-docs", type=int, default=200,
                        help="BBC business articles of the speed runs (default 200)")
    parser.add_argument("--rerun-docs", type=int, default=60,
                        help="BBC articles per category of the re-run corpus (default 60)")
    parser.add_argument("--rss-sizes", help="two document counts for the memory runs "
                        "(default: 2000,20000), or 'none'")
    parser.add_argument("--workers", type=int, default=2, help="workers of the parallel run")
    parser.add_argument("--keep", help="keep corpora and outputs in this folder")
    parser.add_argument("--against", help="also run this commit's pipeline/ (e.g. main), "
                        "interleaved in the same repeats, for comparison")
    args = parser.parse_args(argv)
    repeat = args.repeat or (2 if args.quick else 3)
    sizes_arg = args.rss_sizes or ("200,2000" if args.quick else "2000,20000")
    sizes = [] if sizes_arg == "none" else [int(x) for x in sizes_arg.split(",")]
    if not corpora.BBC.is_dir() or (sizes and not corpora.REUTERS.is_dir()):
        print(f"bench: datasets not found under {corpora.DATASETS}", file=sys.stderr)
        return 2
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pipeline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        _run(work, args.speed_docs, args.rerun_docs, repeat, sizes, args.workers,
             args.against)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _run(work: Path, speed_docs: int, rerun_docs: int, repeat: int, sizes: list[int],
         workers: int, against: str | None = None) -> None:
    bench_started = time.perf_counter()
    _freeze_code(work, against)
    print(f"cpus: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f} (other users "
          f"share the machine: compare CPU seconds too); CPU of process trees "
          f"{'exact (subreaper)' if SUBREAPER else 'sampled'}")
    headline = _speed(work, speed_docs, repeat, workers)
    headline += _incremental(work, rerun_docs, repeat, workers)
    if sizes:
        _memory(work, sizes, workers)
    print(f"\nbench took {time.perf_counter() - bench_started:.0f} s")
    print("\n" + "\n".join(headline))


def _versions() -> list[tuple[str, str]]:
    """(code key, label) of the pipeline versions to run: this tree, then --against."""
    return [("root", "")] + ([("against", "against ")] if "against" in CODE else [])


def _speed(work: Path, docs: int, repeat: int, workers: int) -> list[str]:
    corpus = corpora.write_bbc_category(work / "speed", "business", docs)
    words = corpora.word_count(corpus)
    print(f"\n[speed] the first {docs} BBC business articles, {words:,} words (whitespace "
          f"tokens); whole processes, {repeat} interleaved repeats, no cache")
    runs: dict[str, list[Measure]] = {"bare": []}
    for i in range(repeat):
        runs["bare"].append(bare_spacy(corpus))
        line = [f"bare {_pair(runs['bare'][-1])}"]
        for code, label in _versions():
            for key, n in ((f"{label}one", 1), (f"{label}many", workers)):
                runs.setdefault(key, []).append(extract(
                    corpus, work / f"out-{code}-{n}", "--workers", str(n), "--no-cache",
                    code=code))
                line.append(f"{label}{n} worker{'s' * (n > 1)} {_pair(runs[key][-1])}")
        print(f"  repeat {i + 1}: wall / CPU s: {', '.join(line)}; "
              f"load {os.getloadavg()[0]:.1f}")
    wall = {k: statistics.median(m.seconds for m in v) for k, v in runs.items()}
    cpu = {k: statistics.median(m.cpu_seconds for m in v) for k, v in runs.items()}
    print(f"  {'bare nlp.pipe (en_core_web_sm)':42s}: median {wall['bare']:6.1f} s wall = "
          f"{words / wall['bare']:6,.0f} words/s; CPU {cpu['bare']:6.1f} s")
    headline = [f"HEADLINE (whole processes, {docs} BBC business articles, medians of "
                f"{repeat}):"]
    for code, label in _versions():
        for key, what in ((f"{label}one", "1 worker"), (f"{label}many", f"{workers} workers")):
            print(f"  {'pipeline ' + label + what:42s}: median {wall[key]:6.1f} s wall = "
                  f"{words / wall[key]:6,.0f} words/s; CPU {cpu[key]:6.1f} s")
        one, many = f"{label}one", f"{label}many"
        one_ratio = _ratio(wall["bare"], wall[one])
        speedup = _ratio(wall[one], wall[many])
        same = _tables(work / f"out-{code}-1") == _tables(work / f"out-{code}-{workers}")
        name = label or "this tree "
        headline += [
            f"  {name}1 worker vs bare spaCy: {one_ratio:.2f}x words/s "
            f"{_verdict('one_worker_vs_spacy', one_ratio)}; in CPU seconds "
            f"{_ratio(cpu['bare'], cpu[one]):.2f}x",
            f"  {name}{workers} workers over 1: {speedup:.2f}x wall "
            f"{_verdict('speedup_2_over_1', speedup)}; CPU {cpu[many]:.1f} s vs "
            f"{cpu[one]:.1f} s; tables byte-identical: {same}",
        ]
    if "against" in CODE:
        same = _tables(work / "out-root-1") == _tables(work / "out-against-1")
        headline.append(f"  tables of this tree and the --against commit byte-identical: "
                        f"{same}")
    return headline


def _pair(m: Measure) -> str:
    return f"{m.seconds:.1f}/{m.cpu_seconds:.1f}"


def _incremental(work: Path, per_category: int, repeat: int, workers: int) -> list[str]:
    corpus = corpora.write_bbc_per_category(work / "rerun", per_category)
    count = sum(1 for _ in corpora.corpus_texts(corpus))
    print(f"\n[incremental] {count} BBC articles ({per_category} per category), "
          f"{workers} workers, cache on (the default)")
    headline, fulls = [], {}
    for code, label in _versions():
        out, rebuilt = work / f"out-rerun-{code}", work / f"out-rebuilt-{code}"
        full = fulls[code] = extract(corpus, out, "--workers", str(workers), code=code)
        reruns = [extract(corpus, out, "--workers", str(workers), code=code)
                  for _ in range(repeat)]
        rerun = statistics.median(m.seconds for m in reruns)
        rerun_cpu = statistics.median(m.cpu_seconds for m in reruns)
        extract(corpus, rebuilt, "--workers", str(workers), "--no-cache", code=code)
        same = _tables(out) == _tables(rebuilt)
        fraction = _ratio(rerun, full.seconds)
        print(f"  {label}full run {full.seconds:.1f} s (CPU {full.cpu_seconds:.1f} s, cache "
              f"written)")
        result = (f"no-change re-run: median {rerun:.2f} s (CPU {rerun_cpu:.2f} s) = "
                  f"{fraction:.1%} of the full run "
                  f"{_verdict('no_change_fraction', fraction, higher_is_better=False)}"
                  f"; tables byte-identical to a rebuild: {same}")
        print(f"  {label}{result}")
        headline.append(f"  {label or 'this tree '}{result} ({count} articles)")
    new_article = corpus / "new" / "reuters-extra.txt"
    new_article.parent.mkdir(parents=True, exist_ok=True)
    story = next(corpora.reuters_stories()) if corpora.REUTERS.is_dir() else {
        "title": "Harbour Bank opens office", "text": "Harbour Bank said on Monday it would "
        "open an office in Lisbon in March 2024."}
    new_article.write_text(f"{story['title']}\n\n{story['text']}\n", encoding="utf-8")
    plus_one = extract(corpus, work / "out-rerun-root", "--workers", str(workers))
    print(f"  one new article : {plus_one.seconds:.2f} s (CPU {plus_one.cpu_seconds:.1f} s) = "
          f"{_ratio(plus_one.seconds, fulls['root'].seconds):.1%} of the full run")
    return headline


def _memory(work: Path, sizes: list[int], workers: int) -> None:
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


if __name__ == "__main__":
    sys.exit(main())
