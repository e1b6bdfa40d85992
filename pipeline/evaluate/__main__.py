"""``python -m pipeline.evaluate``: the scorer on its own."""

import sys

from pipeline.evaluate import main

sys.exit(main())
