# The course's commands. `make lab` opens the course, `make test` proves it; both set up .venv first.
SHELL := /bin/bash
PYTHON ?= python3
# `make test PYTHON=python3.12 VENV=.venv-3.12` tests a second Python beside the first.
VENV ?= .venv
BIN := $(VENV)/bin
# `make lab LAB_ARGS="--no-browser --port 8899"` passes options to JupyterLab.
LAB_ARGS ?=
# `make lab EDITION=ko` opens the Korean edition's start page (한국어판).
EDITION ?= en
# JupyterLab refuses to start as root (containers, CI) unless told that is intended.
ROOT_ARGS := $(if $(filter 0,$(shell id -u)),--allow-root)
ENGLISH_NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]*_*.ipynb))
# The Korean edition (notebooks/ko/): the same lessons, kept in step by tests/test_translations.py.
NOTEBOOKS := $(ENGLISH_NOTEBOOKS) $(sort $(wildcard notebooks/ko/[0-9][0-9]*_*.ipynb))

.PHONY: lab test test-numerics numerics-report lint slides bench execute train-lm lock clean help
.DEFAULT_GOAL := help

help:
	@echo "make lab      create .venv if needed and open the course in JupyterLab"
	@echo "              (make lab EDITION=ko: the Korean edition, 한국어판)"
	@echo "make test     lint, unit tests and nbval over every notebook (CI runs it first)"
	@echo "make test-numerics  nbval again under other threads, oneDNN, CPU kernels, BLAS (CI too)"
	@echo "make slides   build offline reveal.js decks of every notebook into build/slides/"
	@echo "make bench    time and measure the memory of every notebook against its budget"
	@echo "make execute  re-run every notebook top to bottom and save its outputs"
	@echo "make train-lm re-train notebook 08's shipped language model into data/lm/ (~15 min)"
	@echo "make lock     re-compile requirements*.txt from the pins in pyproject.toml"
	@echo "make clean    remove .venv and build outputs"

# The virtual environment, made with the machine's python3 after checking its version.
$(BIN)/python:
	@$(PYTHON) -c 'import sys; v = sys.version_info[:2]; ok = (3, 10) <= v <= (3, 13); \
	  sys.exit(0 if ok else f"make: need Python 3.10 to 3.13 as $(PYTHON), found {v[0]}.{v[1]}; \
	  run e.g. make lab PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==26.3

# Stamps: each install reruns only when its requirement file changed since the last one.
$(VENV)/.course-installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.course-installed
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $@

# The start page opens in the browser, and the URL JupyterLab prints leads there too (what a
# learner on a remote or headless machine opens, with LAB_ARGS="--no-browser --ip=0.0.0.0").
START_PAGE := $(if $(filter ko,$(EDITION)),notebooks/ko,notebooks)/00_start_here.ipynb
lab: $(VENV)/.course-installed
	@case "$(EDITION)" in en|ko) ;; *) echo "make: EDITION is en or ko, got '$(EDITION)'"; exit 2;; esac
	$(BIN)/jupyter lab $(ROOT_ARGS) --LabApp.default_url=/lab/tree/$(START_PAGE) $(LAB_ARGS) $(START_PAGE)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check helpers tests notebooks slides benchmarks
	$(BIN)/ruff format --check helpers tests notebooks slides benchmarks

# The decks' scripts, styles and fonts, pinned in slides/package-lock.json (needs npm).
SLIDES_ASSETS := slides/node_modules/.installed
$(SLIDES_ASSETS): slides/package.json slides/package-lock.json
	cd slides && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

slides: $(VENV)/.dev-installed $(SLIDES_ASSETS)
	$(BIN)/python slides/build.py

# Every notebook re-run and compared with its committed outputs; numbers marked as trained (≈)
# are masked by the sanitize file and asserted in the notebooks instead.
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

# Everything runs with the network unreachable (tests/offline.sh), so passing also proves that
# no notebook, deck or test downloads anything.
# A run that hangs (a browser or kernel that never answers) is stopped after 40 minutes.
test: lint slides
	tests/offline.sh timeout --signal=INT --kill-after=60 2400 \
	  $(BIN)/python -m pytest tests notebooks $(NBVAL)

# The same nbval comparison (and the checkers' tests) under each perturbation of tests/numerics.py;
# `make test-numerics PERTURB="cpu-avx"` runs only the ones named. The English notebooks only:
# the Korean ones run the same code (tests/test_translations.py), so they would move the same way.
PERTURB ?=
test-numerics: $(VENV)/.dev-installed
	tests/offline.sh $(BIN)/python tests/numerics.py $(PERTURB) -- $(ENGLISH_NOTEBOOKS) tests/test_checks.py \
	  $(NBVAL)

# Which printed lines move under each perturbation, for choosing tolerances: build/numerics.md.
numerics-report: $(VENV)/.dev-installed
	tests/offline.sh $(BIN)/python tests/numerics.py --report $(PERTURB)

# Every notebook in a fresh kernel: seconds, peak kernel memory, budgets; writes build/bench.md.
# `make bench NOTEBOOKS_ONLY="05 06"` measures only those notebooks.
NOTEBOOKS_ONLY ?=
bench: $(VENV)/.dev-installed
	$(BIN)/python benchmarks/run_notebooks.py $(NOTEBOOKS_ONLY)

# Notebook 08's shipped language model: the long run, deterministic from its seed (scripts/train_lm.py)
# writes data/lm/char_gru.npz and its log data/lm/char_gru.json; about 15 minutes on 2 CPU cores.
train-lm: $(VENV)/.course-installed
	$(BIN)/python scripts/train_lm.py

# Printed lines are merged into one output per cell, however the kernel happened to flush them.
execute: $(VENV)/.course-installed
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.timeout=600 \
	  --ExecutePreprocessor.record_timing=False \
	  --NotebookExporter.preprocessors="['nbconvert.preprocessors.CoalesceStreamsPreprocessor']" \
	  $(NOTEBOOKS)

# Maintainers only: needs `uv` (pip install uv). Resolves for every supported Python at once;
# the dev lock is constrained by the course lock, so both agree on every shared package.
UV_COMPILE := uv pip compile pyproject.toml --universal --python-version 3.10 --no-header \
	--index-url https://pypi.org/simple
lock:
	mkdir -p build
	$(UV_COMPILE) --extra course -o build/course.lock
	$(UV_COMPILE) --extra dev -c build/course.lock -o build/dev.lock
	{ echo "# The course environment, every package pinned exactly. Generated by 'make lock' from"; \
	  echo "# the 'course' pins in pyproject.toml: edit those, then run 'make lock'."; \
	  echo "-e ."; cat build/course.lock; } > requirements.txt
	{ echo "# Test and maintenance tools on top of requirements.txt, pinned exactly. Generated by"; \
	  echo "# 'make lock' from the 'dev' pins in pyproject.toml."; \
	  echo "-r requirements.txt"; cat build/dev.lock; } > requirements-dev.txt

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache *.egg-info
