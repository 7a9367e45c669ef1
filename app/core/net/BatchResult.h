// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorInfo.h"
#include "TimeInfo.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace b24 {

// The parsed "result" of a batch call. Empty maps may arrive as [] or {}; both are accepted.
struct BatchResult {
    struct Item {
        bool ok = false;
        QJsonValue result;
        QString errorCode;
        QString errorDescription;
        ErrorInfo explanation;
        std::optional<qint64> total;
        std::optional<qint64> next;
        TimeInfo time;
    };

    QHash<QString, Item> items; // keyed by command key

    static BatchResult fromJson(const QJsonValue &batchResult);
    [[nodiscard]] bool has(const QString &key) const { return items.contains(key); }
    [[nodiscard]] Item item(const QString &key) const { return items.value(key); }
};

} // namespace b24
