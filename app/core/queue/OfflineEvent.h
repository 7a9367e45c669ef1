// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace b24 {

// One row of event.offline.list. Payloads are kept as compact JSON bytes (not QJsonObject) so a
// million loaded rows stay within ~1 KB of overhead each; parse them on demand for the detail pane.
struct OfflineEvent {
    qint64 id = 0;
    qint64 timestamp = 0; // seconds since epoch, from TIMESTAMP_X
    QString timestampText; // TIMESTAMP_X as the portal sent it (ISO-8601 with offset)
    QString eventName;
    QString messageId; // 32 hex characters
    QString processId; // "" when unreserved
    bool error = false;
    QByteArray eventData; // compact JSON (object, or "false"/"null")
    QByteArray eventAdditional;

    static OfflineEvent fromJson(const QJsonObject &row);
    [[nodiscard]] QJsonObject toJson() const; // the portal's field names, for export
    [[nodiscard]] bool isReserved() const { return !processId.isEmpty(); }
};

} // namespace b24

// Every member is relocatable, so a growing list of a million rows moves them with realloc instead
// of copying and destroying each one (a visible pause, and twice the memory, while it happens).
Q_DECLARE_TYPEINFO(b24::OfflineEvent, Q_RELOCATABLE_TYPE);
