"""CPU time per page of several extractors, fairly on a shared, busy machine.

Wall time is useless when other people's jobs come and go, so this counts process CPU
time, interleaves the candidates page by page (a busy spell slows them all alike) and keeps
each page's minimum over a few passes. Ratios within one run are stable to about 0.1.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def cpu_per_page(
    runs: dict[str, Callable[[str, str], object]], pages: list[tuple[str, str]], passes: int = 3
) -> dict[str, float]:
    """Mean over ``pages`` ((html, url) pairs) of each run's best CPU seconds."""
    for run in runs.values():  # imports and lazy tables are not a page's cost
        run(*pages[0])
    best = {name: [float("inf")] * len(pages) for name in runs}
    for _ in range(passes):
        for index, (html, url) in enumerate(pages):
            for name, run in runs.items():
                start = time.process_time()
                run(html, url)
                best[name][index] = min(best[name][index], time.process_time() - start)
    return {name: sum(times) / len(times) for name, times in best.items()}


def print_ratios(seconds: dict[str, float], reference: str) -> None:
    for name, value in seconds.items():
        print(f"    {name:<44} {value * 1000:7.1f} ms CPU/page  x{value / seconds[reference]:.2f}")
