#!/usr/bin/env bash
# Builds dist/qspace-kiosk_<version>_amd64.deb from the bundle dist/qspace-kiosk/ with dpkg-deb
# (no network, no debhelper): the bundle in /opt/qspace-kiosk, the systemd unit, the PAM file,
# and maintainer scripts that make the qspace user and its owner-only data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kiosk/__init__.py)
bundle=dist/qspace-kiosk
[ -x "$bundle/qspace-kiosk" ] || { echo "No bundle in $bundle: run make package." >&2; exit 1; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/lib/systemd/system" \
    "$root/etc/pam.d" "$root/usr/share/doc/qspace-kiosk"
cp -a "$bundle" "$root/opt/qspace-kiosk"
cp README.md "$root/opt/qspace-kiosk/README.md"
ln -s /opt/qspace-kiosk/qspace-kiosk "$root/usr/bin/qspace-kiosk"
install -m 0644 packaging/qspace-kiosk.service "$root/lib/systemd/system/qspace-kiosk.service"
install -m 0644 packaging/debian/pam-qspace-kiosk "$root/etc/pam.d/qspace-kiosk"
install -m 0644 README.md "$root/usr/share/doc/qspace-kiosk/README.md"
for script in postinst prerm postrm; do
    install -m 0755 "packaging/debian/$script" "$root/DEBIAN/$script"
done
echo /etc/pam.d/qspace-kiosk >"$root/DEBIAN/conffiles"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/debian/control.in \
    >"$root/DEBIAN/control"
out="dist/qspace-kiosk_${version}_amd64.deb"
# zstd (dpkg 1.21.18+: Debian 12, Ubuntu 22.04+), multithreaded: fast to build and to install.
dpkg-deb --root-owner-group -Zzstd -z3 --threads-max=2 --build "$root" "$out"
echo "Built $out"
