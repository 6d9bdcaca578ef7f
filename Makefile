# Two entry points, both from a clean clone: `make demo` (the main job) and `make test`.
# Each sets up .venv (torch pinned to the 2.13.0 CPU build) and the real Fashion-MNIST first.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DATA_DIR := /usr/share/datasets/fashion-mnist

.PHONY: setup data sandbox browser demo test
setup: $(VENV)/.installed data sandbox

$(VENV)/.installed: pyproject.toml
	# Debian's python3 needs python3-venv for `-m venv`
	$(PYTHON) -m venv $(VENV) || ($(SUDO) apt-get install -y python3-venv && $(PYTHON) -m venv $(VENV))
	$(PY) -m pip install -q --upgrade pip
	# the CPU build; an unpinned torch would pull a CUDA build of several GB
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[all]'
	touch $@

data:
	@test -d $(DATA_DIR) || $(SUDO) apt-get install -y dataset-fashion-mnist \
	  || ($(SUDO) apt-get update && $(SUDO) apt-get install -y dataset-fashion-mnist)

# bubblewrap: the sandbox xval check runs submissions in (without it: limits and a process-tree kill only)
sandbox:
	@command -v bwrap >/dev/null || $(SUDO) apt-get install -y bubblewrap \
	  || ($(SUDO) apt-get update && $(SUDO) apt-get install -y bubblewrap)

# headless Chromium, for the test that renders the HTML report in a real browser
browser:
	@command -v chromium >/dev/null || $(SUDO) apt-get install -y chromium \
	  || ($(SUDO) apt-get update && $(SUDO) apt-get install -y chromium)

demo: setup
	$(VENV)/bin/xval report --epochs 1 --out runs/report --force
	@echo "open runs/report/report.html"

test: setup browser
	XVAL_REQUIRE_DATA=1 XVAL_REQUIRE_BROWSER=1 $(PY) -m pytest -q -n 2
