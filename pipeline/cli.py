"""Command line: ``pipeline extract``, ``evaluate``, ``report`` and ``watch``.

Exit codes: 0 all well (warnings allowed); 1 the run itself failed (nothing written);
2 bad usage; 3 outputs written but some inputs failed (see the errors table); 4 another
run holds the output folder (nothing done; ``--wait`` queues behind it instead).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_FATAL, EXIT_PARTIAL, EXIT_BUSY = 0, 1, 3, 4


# Parallelism comes from worker processes. BLAS threads inside each would fight over the
# same cores (OpenBLAS spins while it waits), which slows spaCy's small matrix products; the
# variables must be set before numpy is first imported (pool workers inherit them).
ONE_THREAD_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _corpus_for_run(command: str, folder: str) -> Path | None:
    """The corpus folder of a run (None, with a message, when it is missing), after setting
    the one-thread environment that must precede numpy's import."""
    for name in ONE_THREAD_ENV:
        os.environ.setdefault(name, "1")
    corpus = Path(folder)
    if not corpus.is_dir():
        print(f"pipeline {command}: corpus folder not found: {corpus}", file=sys.stderr)
        return None
    return corpus


def _extract(args: argparse.Namespace) -> int:
    corpus = _corpus_for_run("extract", args.corpus)
    if corpus is None:
        return 2
    from pipeline.run import RunOptions, run
    from pipeline.run.lock import OutputBusy
    from pipeline.run.parallel import ClusterUnavailable, default_workers
    bar = _progress_bar(args.quiet)
    options = RunOptions(
        corpus=corpus,
        out=Path(args.out),
        clean_only=args.clean_only,
        max_bytes=args.max_bytes,
        batch_size=args.batch_size,
        aliases=Path(args.aliases) if args.aliases else None,
        progress=bar.update,
        workers=args.workers or default_workers(),
        dask=args.dask,
        cache=not args.no_cache,
        cache_dir=Path(args.cache_dir) if args.cache_dir else None,
        follow_links=args.follow_links,
        wait=args.wait,
        notify=lambda message: print(f"pipeline extract: {message}", file=sys.stderr),
    )
    try:
        summary = run(options)
    except OutputBusy as exc:
        bar.close()
        print(f"pipeline extract: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except ClusterUnavailable as exc:
        bar.close()
        print(f"pipeline extract: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except OSError as exc:
        bar.close()
        print(f"pipeline extract: could not write outputs: {exc}", file=sys.stderr)
        return EXIT_FATAL
    bar.close()
    if not args.quiet:
        rows = ", ".join(f"{name} {count}" for name, count in summary.rows.items())
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in summary.stage_seconds.items())
        print(f"documents read: {summary.documents}; inputs with errors: {summary.failed}; "
              f"{summary.seconds:.1f} s", file=sys.stderr)
        print(f"rows: {rows}", file=sys.stderr)
        if stages:
            print(f"stage time: {stages}", file=sys.stderr)
        if summary.unchanged:
            print(f"nothing changed since the tables in {options.out}/ were built: "
                  "left as they are", file=sys.stderr)
        else:
            print(f"tables written to {options.out}/", file=sys.stderr)
        if summary.errors or summary.warnings:
            print(f"{summary.errors} error rows (inputs skipped), {summary.warnings} warnings "
                  f"(values ignored): see {options.out}/errors.csv", file=sys.stderr)
    return EXIT_PARTIAL if summary.errors else EXIT_OK


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(quiet: bool):
    """tqdm's bar on a terminal; nothing otherwise (tqdm is not even imported then)."""
    if quiet or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    return tqdm(unit="doc", desc="extract", file=sys.stderr)


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate, format_report, report_to_dict

    gold, outputs = Path(args.gold), Path(args.outputs)
    for label, folder in (("gold", gold), ("outputs", outputs)):
        if not folder.is_dir():
            print(f"pipeline evaluate: {label} folder not found: {folder}", file=sys.stderr)
            return 2
    report = evaluate(gold, outputs)
    if args.json:
        print(json.dumps(report_to_dict(report), indent=2, sort_keys=True))
    else:
        print(format_report(report, detail=args.detail))
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from pipeline.report import MissingTables, NotAReport, write_report

    try:
        summary = write_report(Path(args.out), Path(args.to) if args.to else None)
    except (MissingTables, NotAReport) as exc:
        print(f"pipeline report: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"pipeline report: could not write the report: {exc}", file=sys.stderr)
        return EXIT_FATAL
    if not args.quiet:
        print(f"report of {summary.pages} documents written to {summary.folder}/index.html "
              f"(index {summary.index_bytes / 1e6:.2f} MB, {summary.seconds:.1f} s)",
              file=sys.stderr)
    return EXIT_OK


def _watch(args: argparse.Namespace) -> int:
    corpus = _corpus_for_run("watch", args.corpus)
    if corpus is None:
        return 2
    import faulthandler
    import signal

    from pipeline.run import RunOptions
    from pipeline.run.parallel import default_workers
    from pipeline.run.watch import watch
    # Ctrl-C is how a watch ends, even when started where SIGINT is ignored (a background
    # job of a script, `nohup`): a process inherits that, and Python then leaves it ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if hasattr(signal, "SIGUSR1"):  # a watcher runs for hours: `kill -USR1` shows where it is
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    options = RunOptions(corpus=corpus, out=Path(args.out),
                         workers=args.workers or default_workers(),
                         wait=True,  # a run of another command on OUT: queue behind it
                         notify=lambda message: print(f"pipeline watch: {message}",
                                                      file=sys.stderr))
    return watch(options, report=args.report, debounce_ms=args.debounce)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline",
        description="Turn raw news pages into clean, normalised tables with provenance.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", help="process a corpus folder into tables",
        description="Read every .txt, .html/.htm and .jsonl file under CORPUS (sub-folders "
                    "included, NAME.meta.json sidecars honoured) and write the tables as "
                    "OUT/<table>.csv and OUT/<table>.parquet. Exit code 3 means the tables "
                    "were written but some inputs failed (see OUT/errors.csv); 4 that another "
                    "run holds OUT (one run per output folder at a time).",
    )
    extract.add_argument("corpus", help="folder of articles")
    extract.add_argument("--out", default="outputs", help="output folder (default: outputs)")
    extract.add_argument("--clean-only", action="store_true",
                         help="run the cleaning stage alone: write the documents and errors "
                              "tables only")
    extract.add_argument("--max-bytes", type=int, default=20_000_000,
                         help="files larger than this are reported and not read "
                              "(default: 20000000)")
    extract.add_argument("--batch-size", type=int, default=32,
                         help="documents per spaCy batch (default: 32)")
    extract.add_argument("--aliases", help="entity aliases CSV (default: CORPUS/aliases.csv)")
    extract.add_argument("--workers", type=int, default=0, metavar="N",
                         help="worker processes for cleaning, annotation and extraction; each "
                              "loads the model once (default: all cores; 1: no pool)")
    extract.add_argument("--dask", metavar="ADDRESS",
                         help="run the per-document work on a dask.distributed cluster, e.g. "
                              "tcp://host:8786 (workers need this package installed); "
                              "resolution and writing stay here")
    extract.add_argument("--cache-dir", metavar="DIR",
                         help="where per-document results are kept between runs, so a re-run "
                              "only processes new or changed inputs (default: OUT/.cache)")
    extract.add_argument("--no-cache", action="store_true",
                         help="process every document again and keep no cache")
    extract.add_argument("--follow-links", action="store_true",
                         help="follow every symbolic link in CORPUS; by default a link whose "
                              "target lies outside the corpus folder is not read (an errors "
                              "row says so), so a shared drop folder cannot publish other "
                              "files of this machine")
    extract.add_argument("--wait", action="store_true",
                         help="if another run is writing OUT, wait for it to finish and then "
                              "run (default: exit at once with code 4); a lock left by a "
                              "killed run is taken over either way")
    extract.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    extract.set_defaults(func=_extract)

    evaluate = commands.add_parser(
        "evaluate", help="score output tables against gold annotations",
        description="Score OUTPUTS against the gold JSON files in GOLD (format: see "
                    "shared/eval/FORMAT.md): P/R/F1 per table and relation type, metadata "
                    "and body accuracy.",
    )
    evaluate.add_argument("--gold", required=True, help="folder of gold JSON files")
    evaluate.add_argument("--outputs", default="outputs",
                          help="folder of output tables (default: outputs)")
    evaluate.add_argument("--detail", action="store_true",
                          help="also print per-document scores and missed/spurious items")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.set_defaults(func=_evaluate)

    report = commands.add_parser(
        "report", help="write a static HTML report of output tables",
        description="Write OUT/report/index.html (corpus summary, entities, relation network, "
                    "timeline, statistics) and one page per document (text with entities, "
                    "dates and figures marked, relations with their evidence, errors), from "
                    "the tables in OUT. The pages load nothing from the network.",
    )
    report.add_argument("out", nargs="?", default="outputs",
                        help="folder of output tables (default: outputs)")
    report.add_argument("--to", metavar="DIR", help="report folder (default: OUT/report)")
    report.add_argument("--quiet", action="store_true", help="no summary line")
    report.set_defaults(func=_report)

    watch = commands.add_parser(
        "watch", help="re-run the extract whenever the corpus folder changes",
        description="Run the incremental extract of CORPUS into OUT once, then again whenever "
                    "files under CORPUS are added, changed or removed, printing one line per "
                    "run. A failed run leaves the previous tables. Stop with Ctrl-C.",
    )
    watch.add_argument("corpus", help="folder of articles")
    watch.add_argument("--out", default="outputs", help="output folder (default: outputs)")
    watch.add_argument("--report", action="store_true",
                       help="also rewrite OUT/report after every successful run")
    watch.add_argument("--workers", type=int, default=0, metavar="N",
                       help="worker processes per run (default: all cores; 1: no pool)")
    watch.add_argument("--debounce", type=int, default=1600, metavar="MS",
                       help="wait until the folder has been quiet this long before a run "
                            "(default: 1600)")
    watch.set_defaults(func=_watch)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
