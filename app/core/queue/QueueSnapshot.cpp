// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueSnapshot.h"

#include <QSet>

#include <algorithm>

namespace b24 {

void QueueSnapshot::reserve(qsizetype rows)
{
    m_events.reserve(rows);
    m_indexById.reserve(rows);
}

int QueueSnapshot::append(const QList<OfflineEvent> &rows)
{
    int added = 0;
    for (const OfflineEvent &row : rows) {
        if (m_indexById.contains(row.id))
            continue;
        m_indexById.insert(row.id, m_events.size());
        m_events.append(row);
        ++added;
    }
    return added;
}

void QueueSnapshot::removeIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QSet<qint64> doomed(ids.cbegin(), ids.cend());
    m_events.removeIf([&doomed](const OfflineEvent &event) { return doomed.contains(event.id); });
    m_indexById.clear();
    m_indexById.reserve(m_events.size());
    for (qsizetype i = 0; i < m_events.size(); ++i)
        m_indexById.insert(m_events.at(i).id, i);
}

void QueueSnapshot::clear()
{
    m_events.clear();
    m_indexById.clear();
}

const OfflineEvent *QueueSnapshot::find(qint64 id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_events.at(it.value());
}

bool QueueSnapshot::belongsTo(const OfflineEvent &event, const QueueGroup &group)
{
    switch (group.kind) {
    case QueueGroup::Kind::Unreserved:
        return event.processId.isEmpty() && !event.error;
    case QueueGroup::Kind::Errors:
        return event.processId.isEmpty() && event.error;
    case QueueGroup::Kind::Batch:
        break;
    }
    return !event.processId.isEmpty() && event.processId == group.processId;
}

namespace {

void addRow(QueueGroup &group, const OfflineEvent &event)
{
    if (group.count == 0 || event.timestamp < group.oldest)
        group.oldest = event.timestamp;
    if (group.count == 0 || event.timestamp > group.newest)
        group.newest = event.timestamp;
    ++group.count;
    if (event.error)
        ++group.errorCount;
}

} // namespace

QList<QueueGroup> QueueSnapshot::groups(qint64 stuckAfterSeconds, qint64 nowSecs) const
{
    QueueGroup unreserved;
    unreserved.kind = QueueGroup::Kind::Unreserved;
    QueueGroup errors;
    errors.kind = QueueGroup::Kind::Errors;
    QHash<QString, QueueGroup> batches;

    for (const OfflineEvent &event : m_events) {
        if (event.processId.isEmpty()) {
            addRow(event.error ? errors : unreserved, event);
            continue;
        }
        auto it = batches.find(event.processId);
        if (it == batches.end()) {
            QueueGroup batch;
            batch.kind = QueueGroup::Kind::Batch;
            batch.processId = event.processId;
            it = batches.insert(event.processId, batch);
        }
        addRow(it.value(), event);
    }

    QList<QueueGroup> sortedBatches = batches.values();
    for (QueueGroup &batch : sortedBatches)
        batch.stuck = nowSecs - batch.oldest > stuckAfterSeconds;
    std::sort(sortedBatches.begin(), sortedBatches.end(), [](const QueueGroup &a, const QueueGroup &b) {
        return a.oldest != b.oldest ? a.oldest < b.oldest : a.processId < b.processId;
    });

    // Unreserved and Errors are always listed, even when empty, so views keep a stable layout.
    QList<QueueGroup> result {unreserved, errors};
    result.append(sortedBatches);
    return result;
}

QList<OfflineEvent> QueueSnapshot::eventsIn(const QueueGroup &group) const
{
    QList<OfflineEvent> result;
    for (const OfflineEvent &event : m_events) {
        if (belongsTo(event, group))
            result.append(event);
    }
    return result;
}

} // namespace b24
