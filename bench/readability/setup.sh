#!/usr/bin/env bash
# Installs the readability.js baseline (pinned in package-lock.json) for 'parallax bench extraction'.
set -euo pipefail
cd "$(dirname "$0")"
command -v npm >/dev/null || { echo "npm is needed for the readability.js baseline (Debian: apt-get install nodejs npm)" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
