// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeysetLister.h"

#include "ListPage.h"
#include "net/BatchRequest.h"
#include "net/BatchResult.h"
#include "net/RestClient.h"

#include <QJsonArray>

namespace b24 {

KeysetLister::KeysetLister(RestClient *client, QObject *parent) : QObject(parent), m_client(client)
{ }

void KeysetLister::start(const QList<QJsonObject> &streamFilters)
{
    m_streams.clear();
    m_rows.clear();
    m_requests = 0;
    for (const QJsonObject &filter : streamFilters)
        m_streams.append({filter, 0, false});
    sendRound();
}

void KeysetLister::sendRound()
{
    BatchRequest batch;
    QList<int> streamIndexes;
    for (int i = 0; i < m_streams.size() && !batch.isFull(); ++i) {
        const Stream &stream = m_streams.at(i);
        if (stream.done)
            continue;
        batch.add(QStringLiteral("s%1").arg(i), QStringLiteral("event.offline.list"),
                  ListPage::parameters(stream.filter, QJsonValue(stream.lastId)));
        streamIndexes.append(i);
    }
    if (batch.isEmpty()) {
        finish(true);
        return;
    }
    ++m_requests;
    RestCall *call = m_client->callBatch(batch);
    connect(call, &RestCall::finished, this,
            [this, streamIndexes](const RestResult &result) { onRound(result, streamIndexes); });
}

void KeysetLister::onRound(const RestResult &result, const QList<int> &streamIndexes)
{
    if (!result.ok()) {
        finish(false, result);
        return;
    }
    const BatchResult batch = BatchResult::fromJson(result.result);
    for (int index : streamIndexes) {
        const QString key = QStringLiteral("s%1").arg(index);
        if (!batch.has(key)) {
            finish(false, ListPage::missingCommand(result, key));
            return;
        }
        const BatchResult::Item item = batch.item(key);
        if (!item.ok) {
            finish(false, ListPage::commandFailure(result, item));
            return;
        }
        const QList<OfflineEvent> rows = ListPage::rows(item.result);
        Stream &stream = m_streams[index];
        qint64 highest = stream.lastId;
        for (const OfflineEvent &row : rows) {
            if (row.id <= stream.lastId)
                continue; // the portal ignored ">ID": never count a row twice
            m_rows.append(row);
            highest = qMax(highest, row.id);
        }
        // A short page ends the stream; so does a full page that brought nothing new (no progress).
        stream.done = rows.size() < ListPage::Size || highest == stream.lastId;
        stream.lastId = highest;
    }
    sendRound();
}

void KeysetLister::finish(bool ok, const RestResult &failure)
{
    Q_EMIT finished(ok, m_rows, failure);
}

} // namespace b24
