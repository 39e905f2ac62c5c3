# Two entry points: `make site` (build the archive from raw/) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW ?= raw
ARTICLES ?= docs/articles

.PHONY: site serve test test-fast lint convert compile clean chromium train bench-quality bench-meta

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The text-dump hot path compiled by mypyc into build/mypyc (converter/compiled.py): built after setup and again
# when its sources change; instant when up to date. Without a C compiler it says so in one line and the converter
# runs as pure Python (CONVERTER_PURE=1 forces that).
compile: $(STAMP)
	$(BIN)/python scripts/compile.py --if-stale

convert: compile
	$(BIN)/python -m converter convert $(RAW) $(ARTICLES)

site: convert
	$(BIN)/mkdocs build --strict --site-dir site
	@echo "Built the archive in site/. Preview it with: make serve  (http://127.0.0.1:8000/)"

serve: convert
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# The browser tests drive Debian's chromium through Playwright (never Playwright's own browser download).
chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

test: $(STAMP) lint chromium compile  # lint first: CI runs exactly this (.ci/run); compiled: tests/test_compiled.py
	$(BIN)/python -m pytest

test-fast: compile
	$(BIN)/python -m pytest -m 'not slow'

bench-site: $(STAMP) chromium  # build and search figures at 1,000 and 10,000 synthetic articles (minutes)
	$(BIN)/python bench/bench_site.py 1000 10000

train: $(STAMP)  # refit converter/models/*.json from ../shared/corpus (prints grouped CV figures first)
	$(BIN)/python train/train_html_choice.py
	$(BIN)/python train/textdump_train.py

bench-quality: $(STAMP)  # body and metadata scores on every tuning set, beside trafilatura and readability
	$(BIN)/python bench/bench_quality.py

bench-meta: $(STAMP)  # HTML title/authors/date on naeb + scrapinghub, whole set and leave-one-site-out
	$(BIN)/python bench/bench_meta.py

lint: $(STAMP)  # style, types and declared dependencies; all must be clean
	$(BIN)/ruff check converter tests bench train scripts
	$(BIN)/ruff format --check converter tests bench train scripts
	$(BIN)/mypy  # converter, tests, bench, train and scripts: pyproject.toml [tool.mypy] files
	$(BIN)/deptry .

clean:
	rm -rf site $(ARTICLES) $(VENV) build/mypyc build/mypyc.log
