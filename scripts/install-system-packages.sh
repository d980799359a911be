#!/usr/bin/env bash
# Installs the Debian packages Penny needs beyond npm, when they are missing: Chromium for the browser tests;
# bubblewrap and Python with numpy, pandas and matplotlib for the Python sandbox.
# Runs from `npm install`/`npm ci` (postinstall). Idempotent and silent when everything is there. Needs root or
# password-less sudo to install; otherwise it says what to install and carries on.
# PENNY_SKIP_SYSTEM_PACKAGES=1 skips it (e.g. in a container image that provides the packages another way).
set -uo pipefail

packages=(chromium bubblewrap python3 python3-numpy python3-pandas python3-matplotlib)

[ "${PENNY_SKIP_SYSTEM_PACKAGES:-}" = "1" ] && exit 0
command -v dpkg-query >/dev/null 2>&1 || {
  echo "penny: not a Debian-like system; install these yourself for the browser tests: ${packages[*]}" >&2
  exit 0
}

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

run_as_root=()
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run_as_root=(sudo -n)
  else
    echo "penny: please install these Debian packages (needs root): apt-get install ${missing[*]}" >&2
    exit 0
  fi
fi

echo "penny: installing Debian packages: ${missing[*]}"
"${run_as_root[@]}" apt-get update -qq || echo "penny: apt-get update failed; trying the install anyway" >&2
DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" \
  || echo "penny: could not install ${missing[*]}; the browser tests will say so" >&2
exit 0
