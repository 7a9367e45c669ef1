// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace b24 {

// A server-side filter for event.offline.list, built from what the admin typed.
struct ListFilter {
    QString eventName; // exact, upper-cased when sent ("=EVENT_NAME")
    std::optional<qint64> idFrom; // ">=ID"
    std::optional<qint64> idTo; // "<=ID"
    QDateTime timeFrom; // ">=TIMESTAMP_X" (ISO-8601)
    QDateTime timeTo; // "<=TIMESTAMP_X"
    std::optional<bool> error; // "=ERROR" 1/0
    std::optional<QString> processId; // "=PROCESS_ID" ("" = unreserved)

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QJsonObject toFilterJson() const;
    // Why the filter cannot be sent (e.g. idFrom > idTo), or empty when it is fine.
    [[nodiscard]] QString validate() const;
};

} // namespace b24
