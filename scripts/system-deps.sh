#!/usr/bin/env bash
# Debian/Ubuntu packages loyalty-desktop needs: installed when run as root, otherwise the exact
# apt-get line is printed. Usage: scripts/system-deps.sh [run|test|dist]
set -euo pipefail

packages=(
  python3 python3-venv python3-pip
  fonts-wqy-microhei                      # a CJK font: without it Qt draws Chinese as empty boxes
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0   # Qt runtime
)
mode="${1:-run}"
if [[ "$mode" == "run" || "$mode" == "dist" ]]; then
  # Qt's xcb platform plugin, for a real window on an X11 desktop (dist: PyInstaller copies them
  # into the build, so it starts on a desktop that lacks one, such as libxcb-cursor0).
  packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
             libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
fi
if [[ "$mode" == "dist" ]]; then
  packages+=(binutils)                  # PyInstaller reads the libraries' needs with objdump
elif [[ "$mode" == "test" ]]; then
  packages+=(poppler-utils)             # tests render PDFs to images with pdftoppm
  packages+=(postgresql)                # make test-postgres: a throwaway cluster
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Please install the equivalents of: ${missing[*]}" >&2
  exit 1
fi
if [[ $(id -u) -eq 0 ]]; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Missing system packages. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
