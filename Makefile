# The two set-up commands are `make serve` and `make test`: each creates .venv when
# missing and installs what it needs. `make serve` and `make build` install the docs set
# only (requirements-docs.txt: no torch, numpy or matplotlib; the build runs no example);
# `make test`, `make outputs` and `make bench` install the test set on top of it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DOCS_STAMP := $(VENV)/.docs-installed
TEST_STAMP := $(VENV)/.test-installed
NODE_STAMP := node_modules/.installed
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# Material 9.8 prints an end-of-life banner about MkDocs 2.0 at every build.
export NO_MKDOCS_2_WARNING := 1
# The engine that builds and serves the site: mkdocs (1.6.1) or properdocs, its drop-in
# fork (`make test ENGINE=properdocs`); the tests read DOCS_ENGINE.
ENGINE ?= mkdocs
export DOCS_ENGINE := $(ENGINE)

.PHONY: serve test build outputs output page bench lock clean translations translated

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# --no-deps: the lock is the complete set. It leaves out the Jupyter kernel that
# mkdocs-jupyter declares but only needs to execute notebooks, which the build never does.
$(DOCS_STAMP): requirements-docs.txt | $(VENV)/bin/python
	$(PIP) --no-deps -r requirements-docs.txt
	touch $@

$(TEST_STAMP): requirements-test.txt $(DOCS_STAMP)
	$(PIP) -r requirements-test.txt
	touch $@

# axe-core for the browser tests' accessibility checks, pinned in package-lock.json.
# Without npm the tests say so and skip that check (CI installs npm, and there they fail).
$(NODE_STAMP): package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the accessibility checks of tests/browser will skip"; fi

serve: $(DOCS_STAMP)  ## live-reloading site on http://127.0.0.1:8000 (also reloads on snippet edits)
	$(BIN)/$(ENGINE) serve --dev-addr 127.0.0.1:8000

test: $(TEST_STAMP) $(NODE_STAMP)  ## every test: build, doc blocks of all languages, snippets, parity, browser
	$(BIN)/python -m pytest

build: $(DOCS_STAMP)  ## strict build of all four languages into site/
	$(BIN)/$(ENGINE) build --strict --clean

outputs: $(TEST_STAMP)  ## re-run every snippet and lab; rewrite stored .out files and lab notebooks
	$(BIN)/python -m tests.snippet_runner
	$(BIN)/python -m tests.lab_runner

output: $(TEST_STAMP)  ## rewrite one snippet's stored output (run twice: refused if not deterministic)
	@test -n "$(SNIPPET)" || { echo "usage: make output SNIPPET=snippets/<chapter>/<file>.py"; exit 2; }
	$(BIN)/python -m tests.snippet_runner $(SNIPPET)

# -k selects the parity and quoted-message checks of PAGE (their ids end in the page's path).
page: $(TEST_STAMP)  ## one page in every language: its code blocks, parity and translation status
	@test -n "$(PAGE)" || { echo "usage: make page PAGE=<page>.md, e.g. PAGE=leaves.md or PAGE=errors/backward-twice.md"; exit 2; }
	$(BIN)/python -m pytest -q -p no:cacheprovider docs/*/$(PAGE) tests/test_parity.py tests/test_quoted_messages.py -k "$(PAGE)"
	$(BIN)/python -m tests.translations $(PAGE)

bench: $(TEST_STAMP) $(NODE_STAMP)  ## performance figures: build, serve rebuild, doc test vs floor, weights, Lighthouse
	$(BIN)/python -m tests.bench

translations: $(DOCS_STAMP)  ## list the translations that are behind their English page, with the English diff since
	$(BIN)/python -m tests.translations

translated: $(DOCS_STAMP)  ## record that FILE (e.g. docs/zh/leaves.md) translates the English page as it is now
	@test -n "$(FILE)" || { echo "usage: make translated FILE=docs/<lang>/<page>"; exit 2; }
	$(BIN)/python -m tests.translations stamp $(FILE)

# What the build does not import, though a docs package declares it (mkdocs-jupyter's
# kernel, for executing notebooks): left out of requirements-docs.txt.
NOT_FOR_THE_BUILD := ipykernel ipython ipython-pygments-lexers jedi parso debugpy prompt_toolkit \
	wcwidth pexpect ptyprocess stack-data executing asttokens pure-eval comm matplotlib-inline \
	psutil nest-asyncio2

lock:  ## re-pin requirements-docs.txt and requirements-test.txt from the .in files
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -r requirements-docs.in
	.lock-venv/bin/python -m pip uninstall --quiet -y $(NOT_FOR_THE_BUILD)
	.lock-venv/bin/python -m pip freeze --exclude-editable > requirements-docs.txt
	.lock-venv/bin/python -m pip install --quiet -r requirements-test.in
	.lock-venv/bin/python -m pip freeze --exclude-editable | sed 's/+cpu$$//' > requirements-test.txt
	rm -rf .lock-venv

clean:
	rm -rf site .pytest_cache .cache
