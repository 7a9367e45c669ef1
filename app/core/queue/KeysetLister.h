// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OfflineEvent.h"
#include "net/RestResult.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace b24 {

class RestCall;
class RestClient;

// Lists every row matching any of several filters ("streams"), read-only, for re-listing a
// clear's scope: each HTTP request is a batch holding one event.offline.list command per
// unfinished stream (start=-1, ID ascending, ">ID" after the stream's last row), up to 50 streams
// per request. A stream ends with its first page of fewer than 50 rows.
class KeysetLister : public QObject
{
    Q_OBJECT

public:
    explicit KeysetLister(RestClient *client, QObject *parent = nullptr);

    void start(const QList<QJsonObject> &streamFilters);
    [[nodiscard]] int requests() const { return m_requests; }

Q_SIGNALS:
    // ok == false: failure holds the call that stopped the listing; rows are what was seen so far.
    void finished(bool ok, const QList<b24::OfflineEvent> &rows, const b24::RestResult &failure);

private:
    struct Stream {
        QJsonObject filter;
        qint64 lastId = 0;
        bool done = false;
    };

    void sendRound();
    void onRound(const RestResult &result, const QList<int> &streamIndexes);
    void finish(bool ok, const RestResult &failure = {});

    RestClient *m_client;
    QList<Stream> m_streams;
    QList<OfflineEvent> m_rows;
    int m_requests = 0;
    qint64 m_rowsAtRoundStart = 0;
};

} // namespace b24
