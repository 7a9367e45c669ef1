// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/OfflineEvent.h"

#include <QList>

namespace b24::test {

// A synthetic queue row: MESSAGE_ID derived from the id unless given, payload {"FIELDS":{"ID":id}}.
OfflineEvent makeEvent(qint64 id, const QString &processId = {}, bool error = false,
                       qint64 timestamp = 1700000000, const QString &messageId = {},
                       const QString &eventName = QStringLiteral("ONCRMDEALUPDATE"));

// Rows first..last (inclusive), all unreserved.
QList<OfflineEvent> makeEvents(qint64 first, qint64 last, const QString &processId = {});

} // namespace b24::test
