// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OfflineEvent.h"
#include "net/BatchResult.h"
#include "net/RestResult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace b24 {

// Shared pieces of the keyset-paged event.offline.list commands.
class ListPage
{
public:
    static constexpr int Size = 50; // the portal's fixed page size (IRestService::LIST_LIMIT)

    // {"filter": filter + {">ID": after}, "order": {"ID": "ASC"}, "start": -1}; "after" may be a
    // number (0 = no bound) or a "$result[...]" reference string. start=-1 skips the COUNT query.
    static QJsonObject parameters(const QJsonObject &filter, const QJsonValue &after);
    static QList<OfflineEvent> rows(const QJsonValue &result);
    // A RestResult describing one failed command of an otherwise successful batch.
    static RestResult commandFailure(const RestResult &batch, const BatchResult::Item &item);
    static RestResult missingCommand(const RestResult &batch, const QString &key);
};

} // namespace b24
