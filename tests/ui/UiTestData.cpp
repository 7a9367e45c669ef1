// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestData.h"

#include <QCryptographicHash>

namespace b24::test {

OfflineEvent makeEvent(qint64 id, const QString &processId, bool error, qint64 timestamp,
                       const QString &messageId, const QString &eventName)
{
    OfflineEvent event;
    event.id = id;
    event.timestamp = timestamp;
    event.timestampText = QStringLiteral("2023-11-14T22:13:20+00:00");
    event.eventName = eventName;
    event.messageId = messageId.isEmpty() ? QString::fromLatin1(
                          QCryptographicHash::hash(QByteArray::number(id), QCryptographicHash::Md5).toHex())
                                          : messageId;
    event.processId = processId;
    event.error = error;
    event.eventData = "{\"FIELDS\":{\"ID\":\"" + QByteArray::number(id * 7) + "\"}}";
    event.eventAdditional = "{\"user_id\":\"1\"}";
    return event;
}

QList<OfflineEvent> makeEvents(qint64 first, qint64 last, const QString &processId)
{
    QList<OfflineEvent> events;
    for (qint64 id = first; id <= last; ++id) {
        events.append(makeEvent(id, processId));
    }
    return events;
}

} // namespace b24::test
