# Two commands on a fresh machine: `make run` and `make test`. Everything else is set up by them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE ?= ../shared/samples/kazakhstan-2022
RUNDB  ?= out/sample.db
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup run test clean chromium

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,web]'
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

test: setup chromium
	$(BIN)/python -m pytest

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
