#!/usr/bin/env bash
# Packs dist/loyalty-desktop (made by `make dist`) into the tar.gz an owner downloads:
# dist/loyalty-desktop-VERSION-linux-ARCH.tar.gz with install.sh and the desktop entry beside it.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' loyalty_desktop/__init__.py)
name="loyalty-desktop-$version-linux-$(uname -m)"
staging="build/$name"
rm -rf "$staging"
mkdir -p "$staging"
cp -a dist/loyalty-desktop "$staging/"
cp installer/linux/install.sh resources/linux/loyalty-desktop.desktop "$staging/"
tar -C build -czf "dist/$name.tar.gz" "$name"
rm -rf "$staging"
echo "dist/$name.tar.gz: $(du -sm "dist/$name.tar.gz" | cut -f1) MB"
