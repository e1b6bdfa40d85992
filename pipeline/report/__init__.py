"""``pipeline report``: a static HTML report of an output folder, readable offline.

``OUT/report/index.html`` sums the corpus up and links one page per document
(``docs/<doc_id>.html``), so a corpus of thousands stays light to open. Pages load nothing
but the two files in ``assets/`` beside them: no CDN, no font, no server, so the folder works
from ``file://`` and can be zipped and sent. Every name and number comes from the tables
(``load``); nothing is extracted again.

The report is built in a temporary folder beside the target and swapped in when complete,
so a failed or interrupted build leaves the previous report as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from pipeline.report import document, index
from pipeline.report.highlight import format_number
from pipeline.report.load import MissingTables, load_tables

__all__ = ["MissingTables", "NotAReport", "ReportSummary", "write_report"]

HERE = Path(str(resources.files(__package__)))
ASSETS = ("report.css", "report.js")
STALE_AFTER_S = 3600  # a temporary report folder this old was left by a killed run


class NotAReport(FileExistsError):
    """The target folder holds something else: it is never replaced."""


@dataclass
class ReportSummary:
    folder: Path
    pages: int  # document pages
    index_bytes: int
    seconds: float


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["number"] = format_number
    return env


def write_report(out: Path, to: Path | None = None) -> ReportSummary:
    """Render the report of the tables in ``out`` into ``to`` (default ``out/report``)."""
    started = time.perf_counter()
    data = load_tables(out)
    target = to or out / "report"
    if target.exists() and not _is_report(target):
        raise NotAReport(f"{target} exists and is not a report: choose another folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(target)
    env = _environment()
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        (work / "docs").mkdir()
        (work / "assets").mkdir()
        for name in ASSETS:
            shutil.copyfile(HERE / "assets" / name, work / "assets" / name)
        page = env.get_template("document.html")
        for i, doc in enumerate(data.documents):
            html = page.render(document.context(data, i))
            (work / "docs" / f"{doc['doc_id']}.html").write_text(html, encoding="utf-8")
        html = env.get_template("index.html").render(index.context(data))
        (work / "index.html").write_text(html, encoding="utf-8")
        os.chmod(work, 0o755)  # mkdtemp makes it private; a report is for reading
        _swap(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return ReportSummary(target, len(data.documents), (target / "index.html").stat().st_size,
                         time.perf_counter() - started)


def _is_report(folder: Path) -> bool:
    """An empty folder, or one this module wrote (so replacing it loses nothing else)."""
    return folder.is_dir() and (not any(folder.iterdir())
                                or (folder / "assets" / ASSETS[-1]).is_file())


def _remove_stale(target: Path) -> None:
    for path in target.parent.glob(f".{target.name}.*"):
        if path.suffix in (".tmp", ".old") and time.time() - path.stat().st_mtime > STALE_AFTER_S:
            shutil.rmtree(path, ignore_errors=True)


def _swap(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``; the old report is moved aside first and then deleted."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.{os.getpid()}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
