// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeInfo.h"

#include <QJsonValue>

#include <cmath>

namespace b24 {

namespace {

// Bitrix sends these as int or float depending on the build; a proxy may even stringify them.
std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok) {
            return parsed;
        }
    }
    return std::nullopt;
}

} // namespace

TimeInfo TimeInfo::fromJson(const QJsonObject &object)
{
    TimeInfo time;
    if (object.isEmpty()) {
        return time;
    }
    time.present = true;
    time.start = number(object.value(QLatin1String("start"))).value_or(0);
    time.finish = number(object.value(QLatin1String("finish"))).value_or(0);
    time.duration = number(object.value(QLatin1String("duration"))).value_or(time.finish - time.start);
    time.processing = number(object.value(QLatin1String("processing"))).value_or(0);
    time.dateStart = object.value(QLatin1String("date_start")).toString();
    time.dateFinish = object.value(QLatin1String("date_finish")).toString();
    time.operating = number(object.value(QLatin1String("operating")));
    if (const auto resetAt = number(object.value(QLatin1String("operating_reset_at")))) {
        time.operatingResetAt = qint64(std::llround(*resetAt));
    }
    return time;
}

QJsonObject TimeInfo::toJson() const
{
    QJsonObject object;
    if (!present) {
        return object;
    }
    object.insert(QLatin1String("start"), start);
    object.insert(QLatin1String("finish"), finish);
    object.insert(QLatin1String("duration"), duration);
    object.insert(QLatin1String("processing"), processing);
    object.insert(QLatin1String("date_start"), dateStart);
    object.insert(QLatin1String("date_finish"), dateFinish);
    if (operating) {
        object.insert(QLatin1String("operating"), *operating);
    }
    if (operatingResetAt) {
        object.insert(QLatin1String("operating_reset_at"), *operatingResetAt);
    }
    return object;
}

} // namespace b24
