// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventTable.h"

#include "TablePrinter.h"

#include <algorithm>

namespace b24::cli {

namespace {
constexpr int PayloadColumnWidth = 48;

template<typename Key> void sortBy(QList<OfflineEvent> &events, bool descending, Key key)
{
    std::stable_sort(events.begin(), events.end(), [&](const OfflineEvent &a, const OfflineEvent &b) {
        const auto ka = key(a);
        const auto kb = key(b);
        if (ka == kb) {
            return descending ? a.id > b.id : a.id < b.id;
        }
        return descending ? kb < ka : ka < kb;
    });
}
} // namespace

void EventTable::sort(QList<OfflineEvent> &events, const RowOrder &order)
{
    const bool desc = order.descending;
    if (order.field == QLatin1String("TIMESTAMP_X")) {
        sortBy(events, desc, [](const OfflineEvent &e) { return e.timestamp; });
    } else if (order.field == QLatin1String("EVENT_NAME")) {
        sortBy(events, desc, [](const OfflineEvent &e) { return e.eventName; });
    } else if (order.field == QLatin1String("MESSAGE_ID")) {
        sortBy(events, desc, [](const OfflineEvent &e) { return e.messageId; });
    } else if (order.field == QLatin1String("PROCESS_ID")) {
        sortBy(events, desc, [](const OfflineEvent &e) { return e.processId; });
    } else if (order.field == QLatin1String("ERROR")) {
        sortBy(events, desc, [](const OfflineEvent &e) { return int(e.error); });
    } else {
        sortBy(events, desc, [](const OfflineEvent &e) { return e.id; });
    }
}

QString EventTable::render(const QList<OfflineEvent> &events)
{
    TablePrinter table(
        {tr("ID"), tr("TIME"), tr("EVENT"), tr("MESSAGE_ID"), tr("PROCESS_ID"), tr("ERR"), tr("DATA")});
    table.setAlignment(0, TablePrinter::Align::Right);
    table.setMaxWidth(6, PayloadColumnWidth);
    for (const OfflineEvent &event : events) {
        table.addRow({QString::number(event.id), event.timestampText, event.eventName, event.messageId,
                      event.processId.isEmpty() ? QStringLiteral("-") : event.processId,
                      event.error ? QStringLiteral("1") : QStringLiteral("0"),
                      QString::fromUtf8(event.eventData)});
    }
    return table.toString();
}

QJsonArray EventTable::toJson(const QList<OfflineEvent> &events)
{
    QJsonArray rows;
    for (const OfflineEvent &event : events) {
        rows.append(event.toJson());
    }
    return rows;
}

QString EventTable::age(qint64 seconds)
{
    if (seconds < 0) {
        seconds = 0;
    }
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    constexpr qint64 Day = 24 * Hour;
    if (seconds < Minute) {
        return tr("%1s").arg(seconds);
    }
    if (seconds < Hour) {
        return tr("%1m").arg(seconds / Minute);
    }
    if (seconds < Day) {
        return tr("%1h %2m").arg(seconds / Hour).arg((seconds % Hour) / Minute, 2, 10, QLatin1Char('0'));
    }
    return tr("%1d %2h").arg(seconds / Day).arg((seconds % Day) / Hour);
}

} // namespace b24::cli
