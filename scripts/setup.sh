#!/usr/bin/env bash
# Create .venv and install the package with its dependencies and bundled model.
# Idempotent: re-running only installs what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-${1:-run}
if [ ! -f "$stamp" ]; then
  if [ "${1:-run}" = test ]; then
    .venv/bin/python -m pip install --quiet -e ".[test]"
  else
    .venv/bin/python -m pip install --quiet -e ".[notebooks]"  # run mode: the notebooks' tools too
  fi
  touch "$stamp"
fi
# The report's browser test (tests/test_report.py) needs a headless Chromium and its
# WebDriver: Debian's packages, installed when missing and apt-get is at hand (CI runs
# as root). Without them those tests are skipped with the reason (under CI=true they fail).
if [ "${1:-run}" = test ] && ! { command -v chromium && command -v chromedriver; } >/dev/null \
   && command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo -n"
  echo "setup: installing chromium and chromium-driver (Debian) for the report's browser test" >&2
  if ! { $sudo apt-get update -qq \
         && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            chromium chromium-driver >/dev/null; }; then
    echo "setup: could not install chromium; the report's browser tests are skipped (and fail under CI=true)" >&2
  fi
fi
