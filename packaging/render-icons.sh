#!/usr/bin/env bash
# Renders the hicolor PNG icons from resources/icons/b24-offline-queue.svg. The PNGs are committed,
# so the build never needs rsvg-convert; run this only after changing the SVG
# (needs librsvg2-bin: apt-get install librsvg2-bin).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
id=io.github.b24offlinequeue.B24OfflineQueue
for size in 16 32 48 64 128 256; do
  dir="$root/packaging/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert -w "$size" -h "$size" "$root/resources/icons/b24-offline-queue.svg" -o "$dir/$id.png"
done
