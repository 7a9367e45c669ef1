#!/usr/bin/env bash
# `cmake --install` into a staging prefix must produce the desktop integration tree:
# executables, desktop file, metainfo, hicolor icons and the man page, all under GNUInstallDirs.
set -euo pipefail
build=$1
id=$2
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

cmake --install "$build" --prefix "$stage" >"$stage.log" 2>&1 || {
  cat "$stage.log"
  rm -f "$stage.log"
  echo "check-install: cmake --install failed" >&2
  exit 1
}
rm -f "$stage.log"

missing=0
for f in \
  bin/b24-offline-queue bin/b24-offline-queue-cli bin/b24-sandbox-portal \
  "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" \
  "share/icons/hicolor/scalable/apps/$id.svg" \
  "share/icons/hicolor/16x16/apps/$id.png" "share/icons/hicolor/32x32/apps/$id.png" \
  "share/icons/hicolor/48x48/apps/$id.png" "share/icons/hicolor/64x64/apps/$id.png" \
  "share/icons/hicolor/128x128/apps/$id.png" "share/icons/hicolor/256x256/apps/$id.png" \
  share/man/man1/b24-offline-queue-cli.1.gz; do
  if [ ! -e "$stage/$f" ]; then
    echo "check-install: missing $f in the staged install" >&2
    missing=1
  fi
done
[ "$missing" -eq 0 ] || { (cd "$stage" && find . -type f | sort) >&2; exit 1; }

# The desktop file's Icon= and Exec= must name what was installed.
grep -qx "Icon=$id" "$stage/share/applications/$id.desktop" || { echo "check-install: Icon= is not $id" >&2; exit 1; }
grep -qx "Exec=b24-offline-queue" "$stage/share/applications/$id.desktop" \
  || { echo "check-install: Exec= does not run b24-offline-queue" >&2; exit 1; }
# The man page must be a valid gzip file that man can format.
gzip -t "$stage/share/man/man1/b24-offline-queue-cli.1.gz"
# The installed tree as a whole: metainfo, its launchable desktop file and the icon together.
appstreamcli validate-tree --no-net "$stage" || { echo "check-install: appstreamcli validate-tree failed" >&2; exit 1; }
echo "check-install: staged install in $stage is complete"
