#!/usr/bin/env bash
# Install convention-parser and everything it needs into ./.venv.
# On Debian/Ubuntu it also installs the system packages: python3-venv (when
# missing) and Tesseract with French data (OCR of scanned pages).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi

if command -v apt-get >/dev/null 2>&1; then
  need=()
  python3 -c "import ensurepip, venv" >/dev/null 2>&1 || need+=(python3-venv python3-pip)
  if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx fra; then
    need+=(tesseract-ocr tesseract-ocr-fra)
  fi
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing system packages: ${need[*]}" >&2
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
echo "setup: done. Try: .venv/bin/convention-parser --help" >&2
