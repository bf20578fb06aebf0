# Set-up and everyday commands. Every target creates .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test quick bench lint typecheck clean dist

run: $(STAMP)
	$(BIN)/python main.py $(FILE)

# Lint, types and layer contracts first: they take seconds and catch what the tests would not.
test: lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The edit-test loop: everything but the long kill tests.
quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -q $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

lint: $(STAMP)
	$(BIN)/ruff check copeditor tests benchmarks main.py

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/lint-imports

# The one-folder bundle for people without Python, and its archive (packaging/copeditor.spec).
dist: $(VENV)/.installed-dist
	rm -rf build/pyinstaller dist/copeditor
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/copeditor.spec
	cd dist && tar -czf copeditor-$$($(CURDIR)/$(BIN)/python -c 'import copeditor; \
		print(copeditor.__version__)')-linux-$$(uname -m).tar.gz copeditor

$(VENV)/.installed-dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $@

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
