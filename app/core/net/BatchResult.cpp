// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchResult.h"

#include "ErrorCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace b24 {

namespace {

// PHP serialises an empty map as [] and a map with keys 0..n-1 as a list; both mean a map here.
QHash<QString, QJsonValue> toMap(const QJsonValue &value)
{
    QHash<QString, QJsonValue> map;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            map.insert(it.key(), it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            map.insert(QString::number(i), array.at(i));
        }
    }
    return map;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        return qint64(value.toDouble());
    }
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

} // namespace

BatchResult BatchResult::fromJson(const QJsonValue &batchResult)
{
    const QJsonObject object = batchResult.toObject();
    const auto results = toMap(object.value(QLatin1String("result")));
    const auto errors = toMap(object.value(QLatin1String("result_error")));
    const auto totals = toMap(object.value(QLatin1String("result_total")));
    const auto nexts = toMap(object.value(QLatin1String("result_next")));
    const auto times = toMap(object.value(QLatin1String("result_time")));

    BatchResult parsed;
    for (auto it = results.constBegin(); it != results.constEnd(); ++it) {
        Item &item = parsed.items[it.key()];
        item.ok = true;
        item.result = it.value();
    }
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        Item &item = parsed.items[it.key()];
        item.ok = false;
        const QJsonObject error = it.value().toObject();
        item.errorCode = error.value(QLatin1String("error")).toString();
        item.errorDescription = error.value(QLatin1String("error_description")).toString();
        if (item.errorCode.isEmpty() && it.value().isString()) {
            item.errorDescription = it.value().toString();
        }
        item.explanation = ErrorCatalog::forApiError(item.errorCode, item.errorDescription, 0);
    }
    for (auto it = parsed.items.begin(); it != parsed.items.end(); ++it) {
        if (totals.contains(it.key())) {
            it->total = integer(totals.value(it.key()));
        }
        if (nexts.contains(it.key())) {
            it->next = integer(nexts.value(it.key()));
        }
        it->time = TimeInfo::fromJson(times.value(it.key()).toObject());
    }
    return parsed;
}

} // namespace b24
