#!/usr/bin/env bash
# Installs Debian's chromium for the Playwright browser tests (tests/Parallax.Web.Tests/Browser),
# which drive /usr/bin/chromium and never download a browser of their own. A no-op when present.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then echo "install-browser: run as root (apt-get install chromium)" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
