# unkg — the two set-up commands of the README:
#   make sample   builds the graph of the bundled sample into output/
#   make test     runs the test suite
# Both create .venv and install unkg with its test dependencies on first use.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: sample test bench install clean namespace

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

sample: $(STAMP)
	$(BIN)/unkg build corpus/ --out output

test: $(STAMP)
	$(BIN)/python -m pytest -q

namespace: $(STAMP)
	$(BIN)/python tools/gen_namespace.py

clean:
	rm -rf $(VENV) output/*.trig output/*.ttl output/*.json
