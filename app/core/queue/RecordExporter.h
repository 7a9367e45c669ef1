// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OfflineEvent.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace b24 {

// Writes records with the portal's field names, for "export these records first" and `export`.
class RecordExporter
{
public:
    enum class Format { Json, JsonLines, Csv };

    static bool write(QIODevice *device, const QList<OfflineEvent> &events, Format format,
                      QString *error = nullptr);
    static bool writeFile(const QString &path, const QList<OfflineEvent> &events, Format format,
                          QString *error = nullptr);
    static Format formatForPath(const QString &path); // .csv, .jsonl/.ndjson, else JSON
};

} // namespace b24
