# Two commands on a fresh machine: `make run` and `make test`. Everything else is set up by them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE ?= ../shared/samples/kazakhstan-2022
RUNDB  ?= out/sample.db
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

EXTRAS ?= dev,eval,spacy,web
CONSTRAINTS := constraints.txt
FUZZ_SECONDS ?= 900

.PHONY: setup run test test-core test-browser test-ray lint fuzz constraints clean chromium

setup: $(VENV)/.installed

# The extras from pyproject.toml at the exact versions of constraints.txt (the tested set).
$(VENV)/.installed: pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c $(CONSTRAINTS) -e '.[$(EXTRAS)]'
	$(BIN)/python -m pip install -q -c $(CONSTRAINTS) -e '.[ray]' \
	  || echo "WARNING: the ray extra could not be installed: the Ray tests will be SKIPPED"
	touch $@

run: setup
	@mkdir -p out
	@rm -f $(RUNDB)
	$(BIN)/accord --db $(RUNDB) ingest $(SAMPLE)
	$(BIN)/accord --db $(RUNDB) articles
	$(BIN)/accord --db $(RUNDB) stories
	$(BIN)/accord brief $(SAMPLE) --format html --out out/sample-brief.html
	$(BIN)/accord brief $(SAMPLE) --format json --out out/sample-brief.json
	$(BIN)/accord brief $(SAMPLE)
	@echo
	@echo "Browse the sample in a web browser (http://127.0.0.1:8000/):"
	@echo "  $(BIN)/accord serve --db $(RUNDB)"

# Everything: lint, then the whole suite with the browser, Ray and (a few derandomised) fuzz tests
# (what CI runs; budget 15 minutes). PYTEST_ARGS passes more, e.g. PYTEST_ARGS="--durations=25".
test: setup lint chromium
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The everyday loop: lint and the suite without the browser, Ray and fuzz tests (budget 5 minutes).
test-core: setup lint
	$(BIN)/python -m pytest -m "not browser and not ray and not fuzz" $(PYTEST_ARGS)

# One group alone (each is also in make test): the Chromium pages, the Ray engine.
test-browser: setup chromium
	$(BIN)/python -m pytest -m browser $(PYTEST_ARGS)
test-ray: setup
	$(BIN)/python -m pytest -m ray $(PYTEST_ARGS)

# Property-based fuzz tests with many random examples (make test runs a few derandomised ones);
# bounded in time: stopped after FUZZ_SECONDS.
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz timeout $(FUZZ_SECONDS) $(BIN)/python -m pytest -m fuzz -p no:cacheprovider -p no:logging

# ruff (pyflakes, pycodestyle errors, a few bugbear checks) and mypy on the public API; rules in pyproject.toml
lint: setup
	$(BIN)/ruff check --quiet
	$(BIN)/mypy

# After adding or upgrading a dependency in pyproject.toml: install it, then record the working set.
constraints: setup
	@echo "# Exact versions accord is tested with (make installs with pip -c). Regenerate: make constraints" > $(CONSTRAINTS).new
	$(BIN)/python -m pip freeze --exclude-editable >> $(CONSTRAINTS).new
	mv $(CONSTRAINTS).new $(CONSTRAINTS)

# The browser tests drive Debian's Chromium. Installed here when missing and we may (root, apt);
# otherwise those tests skip and say why.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium for the browser tests (apt-get)"; \
	    (DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 || \
	     (apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1)) || \
	    echo "WARNING: could not install chromium: the browser tests will be skipped"; \
	  else \
	    echo "WARNING: chromium is missing and cannot be installed here (not root or no apt): the browser tests will be skipped"; \
	  fi; }

clean:
	rm -rf $(VENV) out .pytest_cache
