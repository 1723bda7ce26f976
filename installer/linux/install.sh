#!/usr/bin/env bash
# Install loyalty-desktop from the unpacked tar.gz: the program folder, its menu entry and icon.
#   ./install.sh              for this user: ~/.local/opt/loyalty-desktop, ~/.local/share/...
#   sudo ./install.sh         for everyone: /opt/loyalty-desktop, /usr/local/share/...
#   ./install.sh --uninstall  removes the program, its entry and icon; never the shop's data
#                             (~/.local/share/loyalty-desktop: the database, backups, the log)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ $(id -u) -eq 0 ]]; then
  prefix=/opt/loyalty-desktop share=/usr/local/share
else
  prefix="$HOME/.local/opt/loyalty-desktop" share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
entry="$share/applications/loyalty-desktop.desktop"
icons="$share/icons/hicolor"
sizes=(16 24 32 48 64 128 256 512)

if [[ "${1:-}" == "--uninstall" ]]; then
  rm -rf "$prefix" "$entry"
  for size in "${sizes[@]}"; do rm -f "$icons/${size}x${size}/apps/loyalty-desktop.png"; done
  echo "loyalty-desktop removed; the shop's data was kept."
  exit 0
fi

rm -rf "$prefix"
mkdir -p "$(dirname "$prefix")" "$(dirname "$entry")"
cp -a "$here/loyalty-desktop" "$prefix"
sed "s|@PREFIX@|$prefix|g" "$here/loyalty-desktop.desktop" > "$entry"
for size in "${sizes[@]}"; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$prefix/_internal/loyalty_desktop/resources/icons/loyalty-desktop-$size.png" \
    "$icons/${size}x${size}/apps/loyalty-desktop.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$entry")" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" || true
echo "loyalty-desktop installed in $prefix; start it from the applications menu."
