#!/usr/bin/env bash
# Installs what Qspace Kiosk needs on Debian 12 / Ubuntu 24.04: the Debian packages in
# installer/apt-packages.txt (only those missing) and a .venv at the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t wanted < <(grep -Ev '^\s*(#|$)' installer/apt-packages.txt)
missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
        echo "Qspace Kiosk needs these Debian packages and cannot install them without root or sudo: ${missing[*]}" >&2
        exit 1
    fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's own nodejs comes without npm (NodeSource's includes it): add Debian's npm then.
if ! command -v npm >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
fi

python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
    echo "Qspace Kiosk needs Python 3.11 or newer; this machine has $(python3 --version)." >&2
    exit 1
}
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
# JavaScript test tools (axe-core), exactly as package-lock.json pins them.
npm ci --no-audit --no-fund --silent
echo "Set-up complete: .venv ready."
