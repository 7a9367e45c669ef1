// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/OfflineEvent.h"

#include <QByteArray>
#include <QList>

namespace b24::bench {

// What our code does with a loader batch's response body, minus the network: the client's
// ResponseParser (JSON document, envelope, time block), then what QueueLoader::onBatch does
// (BatchResult::fromJson, ListPage::rows for each command, in key order).
class ParsePipeline
{
public:
    static QList<OfflineEvent> parseBatch(const QByteArray &body);
    // The same plus the client's per-response bookkeeping for the request log (masking the body,
    // counting records), i.e. everything RestClient + QueueLoader spend on one answer.
    static QList<OfflineEvent> parseBatchAsClient(const QByteArray &body);
};

} // namespace b24::bench
