# Two commands on a fresh machine: `make run` and `make test`. Everything else is set up by them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE ?= ../shared/samples/kazakhstan-2022
RUNDB  ?= out/sample.db
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup run test clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,web]'
	$(BIN)/python -m pip install -q -e '.[ray]' || echo "WARNING: the ray extra could not be installed: the Ray tests will be skipped"
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

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) out .pytest_cache
