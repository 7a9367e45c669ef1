// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListFilter.h"
#include "OfflineEvent.h"
#include "net/RestResult.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace b24 {

class RestClient;
class RestCall;

// Loads the whole queue (or a filtered part) with event.offline.list, read-only.
//
// Pages by ID (keyset) rather than by offset so a queue that changes during the load still yields
// every row once: each HTTP request is a batch of up to 50 list commands of 50 rows, the n-th
// command continuing after the last ID of the (n-1)-th through $result substitution. A first
// plain list call gives the total for the progress bar.
class QueueLoader : public QObject
{
    Q_OBJECT

public:
    struct Report {
        bool completed = false; // reached the end of the queue
        bool cancelled = false;
        qint64 rowsLoaded = 0;
        qint64 totalAtStart = -1; // "total" of the first list call
        int requests = 0; // HTTP requests made
        RestResult failure; // the call that stopped the load, when not completed/cancelled
    };

    explicit QueueLoader(RestClient *client, QObject *parent = nullptr);
    ~QueueLoader() override;

    void setCommandsPerBatch(int commands); // default 50 (tests and the naive benchmark use fewer)
    // A filter that fails ListFilter::validate() ends the load (finished() from the event loop)
    // with a Refused failure and sends nothing.
    void start(const ListFilter &filter = {});
    // Aborts the call in flight; finished() follows with cancelled = true.
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void totalKnown(qint64 total);
    void rowsLoaded(const QList<b24::OfflineEvent> &rows); // incremental, in ID order
    void progress(qint64 loaded, qint64 total);
    void finished(const b24::QueueLoader::Report &report);

private:
    void onFirstPage(const b24::RestResult &result);
    void sendBatch(qint64 after);
    void onBatch(const b24::RestResult &result);
    void handleBatch(const b24::RestResult &result);
    // meta: the batch's answer without its JSON; rows sorted by ID.
    void onDecoded(const b24::RestResult &meta, QList<b24::OfflineEvent> rows, bool reachedEnd,
                   const std::optional<b24::RestResult> &failure);
    void emitNewRows(QList<OfflineEvent> rows);
    // Ends the load when the answer was cancelled or failed; true when it did.
    bool finishUnlessUsable(const b24::RestResult &result);
    void finish();

    class Private;
    Private *d;
};

} // namespace b24
