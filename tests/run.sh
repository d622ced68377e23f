#!/usr/bin/env bash
# Install what the tests need (Debian packages, a virtualenv with the project) and run the whole suite.
# Works on a fresh Debian machine, as root or with sudo. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(
  python3-venv
  # Qt's offscreen platform still loads these shared libraries.
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  # Japanese text in rendered pages and reports; pdftotext/pdftoppm for the drill-report tests.
  fonts-noto-cjk poppler-utils
  # vcsim, VMware's vCenter simulator, built from Debian's govmomi sources by the tests.
  golang-go golang-github-vmware-govmomi-dev
  openssl
)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

# The static gates (config in pyproject.toml), a few seconds: lint, formatting, types (strict).
# A failed gate fails the run; the suite still runs after it, so its closing line stays the last line.
gates_failed=()
.venv/bin/ruff check --quiet . || gates_failed+=("ruff check")
.venv/bin/ruff format --check --quiet . || gates_failed+=("ruff format --check (run: ruff format <files>)")
.venv/bin/mypy || gates_failed+=("mypy --strict")

export QT_QPA_PLATFORM=offscreen
if [ ${#gates_failed[@]} -eq 0 ]; then
  exec .venv/bin/python -m pytest "$@"
fi
printf 'Static gate failed: %s\n' "${gates_failed[@]}" >&2
.venv/bin/python -m pytest "$@" || true
exit 1
