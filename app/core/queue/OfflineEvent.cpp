// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineEvent.h"

#include "JsonBytes.h"

#include <QDateTime>
#include <QJsonValue>

namespace b24 {

namespace {

// The portal sends IDs and flags as strings ("41", "0"); other producers (exports, the sandbox,
// future API versions) may send numbers or booleans. Accept all of them.
qint64 toInt64(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return qint64(value.toDouble());
}

} // namespace

OfflineEvent OfflineEvent::fromJson(const QJsonObject &row)
{
    OfflineEvent event;
    event.id = toInt64(row.value(QLatin1String("ID")));
    event.timestampText = row.value(QLatin1String("TIMESTAMP_X")).toString();
    const QDateTime time = QDateTime::fromString(event.timestampText, Qt::ISODate);
    event.timestamp = time.isValid() ? time.toSecsSinceEpoch() : 0;
    event.eventName = row.value(QLatin1String("EVENT_NAME")).toString();
    event.messageId = row.value(QLatin1String("MESSAGE_ID")).toString();
    event.processId = row.value(QLatin1String("PROCESS_ID")).toString();
    event.error = toInt64(row.value(QLatin1String("ERROR"))) != 0;
    event.eventData = JsonBytes::fromValue(row.value(QLatin1String("EVENT_DATA")));
    event.eventAdditional = JsonBytes::fromValue(row.value(QLatin1String("EVENT_ADDITIONAL")));
    return event;
}

QJsonObject OfflineEvent::toJson() const
{
    QJsonObject row;
    row.insert(QLatin1String("ID"), QString::number(id));
    row.insert(QLatin1String("TIMESTAMP_X"), timestampText);
    row.insert(QLatin1String("EVENT_NAME"), eventName);
    row.insert(QLatin1String("EVENT_DATA"), JsonBytes::toValue(eventData));
    row.insert(QLatin1String("EVENT_ADDITIONAL"), JsonBytes::toValue(eventAdditional));
    row.insert(QLatin1String("MESSAGE_ID"), messageId);
    row.insert(QLatin1String("PROCESS_ID"), processId);
    row.insert(QLatin1String("ERROR"), error ? QStringLiteral("1") : QStringLiteral("0"));
    return row;
}

} // namespace b24
