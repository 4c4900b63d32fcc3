#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build, run and test Trellis. Idempotent and quick when
# everything is present: it asks dpkg first and only calls apt-get for missing packages.
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(
  g++ cmake make pkg-config ccache
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libpq-dev libsodium-dev libcurl4-openssl-dev
  libfmt-dev libspdlog-dev libcli11-dev libgtest-dev libyaml-cpp-dev libxlsxwriter-dev
  libhowardhinnant-date-dev tzdata zlib1g-dev
  nodejs npm
)
test_packages=(
  postgresql python3-pytest python3-requests python3-aiosmtpd python3-icalendar python3-openpyxl chromium wrk
  clang-19 libclang-rt-19-dev clang-format-14
  nginx-light systemd openssl
)

wanted=("${build_packages[@]}")
if [ "${1:-}" = "--test" ]; then
  wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
  # nodejs/npm may come from outside Debian on some machines: a working binary is enough.
  case "$package" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Web packages exactly as the lock file says; skipped when node_modules was installed from this same lock.
if [ -f web/package-lock.json ]; then
  lock_hash=$(sha256sum web/package-lock.json | cut -d' ' -f1)
  if [ "$(cat web/node_modules/.trellis-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_hash" > web/node_modules/.trellis-lock-hash
  fi
fi
