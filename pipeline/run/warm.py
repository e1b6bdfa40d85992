"""Imported by a worker pool's fork server (see ``parallel.PoolExecutor``), for its effect.

The fork server loads the model and the language identifier once; every worker forked
from it then starts with both in memory (shared, copy-on-write) instead of spending a
second or two of CPU on loading them again, and replacing a worker costs only a fork.
"""

from pipeline.run.process import warm

warm()
