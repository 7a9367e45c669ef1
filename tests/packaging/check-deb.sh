#!/usr/bin/env bash
# Builds the .deb with CPack, checks its metadata, unpacks it into a temporary root with
# dpkg-deb -x and runs the installed executables from there.
set -euo pipefail
build=$1
version=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-deb: $*" >&2; exit 1; }
# English output whatever the machine's locale: the checks below grep for English text.
export LC_ALL=C.UTF-8 LANGUAGE=

# -B keeps CPack's staging area out of the build directory.
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log" >&2
  fail "cpack -G DEB failed"
fi
deb=$tmp/out/b24-offline-queue_${version}_amd64.deb
[ -f "$deb" ] || { ls -l "$tmp/out" >&2; fail "expected $deb"; }

echo "--- control"
dpkg-deb -f "$deb"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1; do
  grep -q "$lib" <<<"$depends" || fail "Depends does not mention $lib (shlibdeps did not run?): $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = b24-offline-queue ] || fail "wrong package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "wrong version"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"

root=$tmp/root
dpkg-deb -x "$deb" "$root"
echo "--- contents"
(cd "$root" && find . -type f | sort)
for f in usr/bin/b24-offline-queue usr/bin/b24-offline-queue-cli usr/bin/b24-sandbox-portal \
  usr/share/applications/io.github.b24offlinequeue.B24OfflineQueue.desktop \
  usr/share/metainfo/io.github.b24offlinequeue.B24OfflineQueue.metainfo.xml \
  usr/share/man/man1/b24-offline-queue-cli.1.gz; do
  [ -e "$root/$f" ] || fail "the package lacks /$f"
done

echo "--- b24-offline-queue --version"
# timeout: a main() without --version would open its window and never return.
out=$(QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/b24-offline-queue" --version 2>&1) \
  || fail "b24-offline-queue --version exited with $?: $out"
echo "$out"
grep -q "$version" <<<"$out" || fail "b24-offline-queue --version does not print $version"

echo "--- b24-offline-queue-cli --help"
out=$(timeout 60 "$root/usr/bin/b24-offline-queue-cli" --help 2>&1) || fail "b24-offline-queue-cli --help exited with $?: $out"
echo "$out"
grep -q "Usage:" <<<"$out" || fail "b24-offline-queue-cli --help prints no Usage: line"
grep -q "b24-offline-queue-cli" <<<"$out" || fail "b24-offline-queue-cli --help does not name the program"
echo "check-deb: $deb is installable and runs"
