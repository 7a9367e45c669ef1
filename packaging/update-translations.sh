#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources: every tr()/translate() string under app/
# and ui/ (plus the language names in resources/Translations.cpp). Strings no longer in the code are
# dropped (-no-obsolete); new ones arrive marked unfinished. Translate them with Qt Linguist
# (`/usr/lib/qt6/bin/linguist resources/translations/b24-offline-queue_ru.ts`) or in the XML, then
# build: the .qm files are compiled at build time and embedded in the executables.
# Same as `cmake --build <build dir> --target update_translations`, but needs no build directory.
#
# Usage: packaging/update-translations.sh [TS_FILE...]   (default: every resources/translations/*.ts)
# The translation test passes a temporary copy to see what is still unfinished.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)}
if [ $# -gt 0 ]; then
  ts_files=("$@")
else
  ts_files=("$root"/resources/translations/b24-offline-queue_*.ts)
fi
cd "$root"
for ts in "${ts_files[@]}"; do
  "$lupdate" -no-obsolete -locations relative -source-language en \
    -I app/core -I ui \
    app ui resources/Translations.cpp -ts "$ts"
done
