"""Imported by a worker pool's fork server (see ``parallel.PoolExecutor``), for its effect.

The fork server loads the model once; every worker forked from it then starts with it in
memory (shared, copy-on-write) instead of spending a second or two of CPU on loading it
again, and replacing a worker costs only a fork. (Workers need no language identifier:
the run cleans their batches itself, see ``parallel.PoolExecutor``.)
"""

from pipeline.run.process import warm

warm()
