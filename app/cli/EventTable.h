// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "queue/OfflineEvent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace b24::cli {

// Rows of the queue as a terminal table or a JSON array, plus the client-side ordering and the
// age format the commands share.
class EventTable
{
    Q_DECLARE_TR_FUNCTIONS(b24::cli::EventTable)

public:
    static void sort(QList<OfflineEvent> &events, const RowOrder &order);
    static QString render(const QList<OfflineEvent> &events);
    static QJsonArray toJson(const QList<OfflineEvent> &events);
    static QString age(qint64 seconds); // "45s", "12m", "3h 05m", "34d 4h"
};

} // namespace b24::cli
