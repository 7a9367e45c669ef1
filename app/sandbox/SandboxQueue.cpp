// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxQueue.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace b24::sandbox {

SandboxQueue::SandboxQueue(QObject *parent) : QObject(parent)
{ }

namespace {

quint64 hexWord(const char *text, bool *ok)
{
    quint64 value = 0;
    for (int i = 0; i < 16; ++i) {
        const char c = text[i];
        int digit = 0;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else {
            *ok = false;
        }
        value = (value << 4) | quint64(digit);
    }
    return value;
}

} // namespace

SandboxQueue::MergeKey SandboxQueue::mergeKey(const QString &appId, const QString &connectorId,
                                              const QByteArray &messageId)
{
    if (m_scopes.isEmpty() || appId != m_lastScopeApp || connectorId != m_lastScopeConnector) {
        const QString scopeName = appId + u'\x1f' + connectorId;
        auto it = m_scopes.find(scopeName);
        if (it == m_scopes.end()) {
            it = m_scopes.insert(scopeName, quint32(m_scopes.size()));
        }
        m_lastScopeApp = appId;
        m_lastScopeConnector = connectorId;
        m_lastScope = it.value();
    }
    MergeKey key;
    key.scope = m_lastScope;
    bool ok = messageId.size() == 32;
    if (ok) {
        key.high = hexWord(messageId.constData(), &ok);
        key.low = hexWord(messageId.constData() + 16, &ok);
    }
    if (!ok) {
        // Not an MD5 (only rows added by hand could be): fall back to hashes of the text.
        key.high = qHash(messageId, 1);
        key.low = qHash(messageId, 2);
    }
    return key;
}

void SandboxQueue::ensureIndex()
{
    if (m_indexed) {
        return;
    }
    m_unreservedByKey.clear();
    m_unreservedByKey.reserve(qsizetype(m_rows.size()));
    m_indexed = true;
    for (const SandboxEvent &row : m_rows) {
        indexRow(row);
    }
}

void SandboxQueue::indexRow(const SandboxEvent &row)
{
    if (m_indexed && !row.isReserved()) {
        m_unreservedByKey.insert(mergeKey(row.appId, row.connectorId, row.messageId), row.id);
    }
}

void SandboxQueue::unindexRow(const SandboxEvent &row)
{
    if (!m_indexed || row.isReserved()) {
        return;
    }
    const MergeKey key = mergeKey(row.appId, row.connectorId, row.messageId);
    auto it = m_unreservedByKey.find(key);
    if (it != m_unreservedByKey.end() && it.value() == row.id) {
        m_unreservedByKey.erase(it);
    }
}

qsizetype SandboxQueue::indexOfId(qint64 id) const
{
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                               [](const SandboxEvent &row, qint64 value) { return row.id < value; });
    if (it == m_rows.end() || it->id != id) {
        return -1;
    }
    return qsizetype(it - m_rows.begin());
}

const SandboxEvent *SandboxQueue::findById(qint64 id) const
{
    const qsizetype index = indexOfId(id);
    return index < 0 ? nullptr : &m_rows[size_t(index)];
}

QByteArray SandboxQueue::messageIdFor(const QString &eventName, const QByteArray &eventDataJson)
{
    QByteArray text = eventName.toUpper().toUtf8();
    text.append('|');
    text.append(eventDataJson);
    return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
}

QByteArray SandboxQueue::newProcessId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray id(32, Qt::Uninitialized);
    for (char &c : id) {
        c = alphabet[QRandomGenerator::global()->bounded(36)];
    }
    return id;
}

QString SandboxQueue::isoTime(qint64 unixSeconds, int utcOffsetSeconds)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(unixSeconds + utcOffsetSeconds, Qt::UTC);
    const int offset = std::abs(utcOffsetSeconds);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (utcOffsetSeconds < 0 ? u'-' : u'+')
        + QStringLiteral("%1:%2")
              .arg(offset / 3600, 2, 10, QLatin1Char('0'))
              .arg((offset % 3600) / 60, 2, 10, QLatin1Char('0'));
}

qint64 SandboxQueue::addEvent(const NewEvent &event)
{
    const QString appId = event.appId.isEmpty() ? m_defaultAppId : event.appId;
    const QString name = event.eventName.toUpper();
    const QByteArray data = event.eventData.isEmpty() ? QByteArrayLiteral("{}") : event.eventData;
    const QByteArray messageId = messageIdFor(name, data);
    const qint64 timestamp = event.timestamp > 0 ? event.timestamp : QDateTime::currentSecsSinceEpoch();
    QJsonObject additional;
    additional.insert(QStringLiteral("LOCAL_USER"), event.userId);
    const QByteArray additionalJson = QJsonDocument(additional).toJson(QJsonDocument::Compact);

    ensureIndex();
    const MergeKey key = mergeKey(appId, event.connectorId, messageId);
    const auto existing = m_unreservedByKey.constFind(key);
    if (existing != m_unreservedByKey.constEnd()) {
        const qsizetype index = indexOfId(existing.value());
        if (index >= 0) {
            SandboxEvent &row = m_rows[size_t(index)];
            row.timestamp = timestamp;
            row.eventData = data;
            row.eventAdditional = additionalJson;
            Q_EMIT changed();
            return row.id;
        }
    }
    SandboxEvent row;
    row.id = m_nextId++;
    row.timestamp = timestamp;
    row.eventName = name;
    row.eventData = data;
    row.eventAdditional = additionalJson;
    row.messageId = messageId;
    row.appId = appId;
    row.connectorId = event.connectorId;
    m_rows.push_back(row);
    indexRow(m_rows.back());
    Q_EMIT changed();
    return row.id;
}

void SandboxQueue::appendRows(std::vector<SandboxEvent> &&rows)
{
    m_rows.reserve(m_rows.size() + rows.size());
    // The merge index is rebuilt when an event is next added or a row changes.
    m_indexed = false;
    m_unreservedByKey.clear();
    for (SandboxEvent &row : rows) {
        row.id = m_nextId++;
        if (row.appId.isEmpty()) {
            row.appId = m_defaultAppId;
        }
        m_rows.push_back(std::move(row));
        indexRow(m_rows.back());
    }
    rows.clear();
    Q_EMIT changed();
}

void SandboxQueue::reset()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_unreservedByKey.clear();
    m_indexed = true;
    Q_EMIT changed();
}

qsizetype SandboxQueue::cleanupStaleBatches(qint64 now)
{
    return removeIf([now](const SandboxEvent &row) {
        return row.isReserved() && row.timestamp < now - processIdLifetimeSeconds;
    });
}

QueueCounts SandboxQueue::counts(const QString &appId) const
{
    QueueCounts counts;
    QSet<QByteArray> processes;
    for (const SandboxEvent &row : m_rows) {
        if (!appId.isEmpty() && row.appId != appId) {
            continue;
        }
        ++counts.total;
        if (row.isReserved()) {
            ++counts.reserved;
            processes.insert(row.processId);
        } else if (!row.error) {
            ++counts.unreserved;
        }
        if (row.error) {
            ++counts.errors;
        }
    }
    counts.processes = processes.size();
    return counts;
}

QList<QByteArray> SandboxQueue::processIds(const QueueScope &scope) const
{
    QList<QByteArray> result;
    QSet<QByteArray> seen;
    for (const SandboxEvent &row : m_rows) {
        if (row.isReserved() && row.appId == scope.appId && row.connectorId == scope.connectorId
            && !seen.contains(row.processId)) {
            seen.insert(row.processId);
            result.append(row.processId);
        }
    }
    return result;
}

std::vector<qsizetype> SandboxQueue::select(const QueueScope &scope, const EventFilter &filter,
                                            const EventOrder &order, qint64 offset, qint64 limit,
                                            qint64 *total) const
{
    std::vector<qsizetype> result;
    m_lastExamined = 0;
    if (filter.minId() > filter.maxId()) {
        if (total) {
            *total = 0;
        }
        return result;
    }
    auto inScope = [&](const SandboxEvent &row) {
        return row.appId == scope.appId && row.connectorId == scope.connectorId && filter.matches(row);
    };
    const auto first = std::lower_bound(m_rows.begin(), m_rows.end(), filter.minId(),
                                        [](const SandboxEvent &row, qint64 value) { return row.id < value; });
    const auto last = std::upper_bound(m_rows.begin(), m_rows.end(), filter.maxId(),
                                       [](qint64 value, const SandboxEvent &row) { return value < row.id; });
    const qsizetype begin = qsizetype(first - m_rows.begin());
    const qsizetype end = qsizetype(last - m_rows.begin());
    const qint64 wanted = limit < 0 ? std::numeric_limits<qint64>::max() : offset + limit;

    if (order.isIdAscending() || order.isIdDescending()) {
        // Storage order: walk from the seek position and stop once the page is full,
        // unless the caller also wants the total.
        qint64 matched = 0;
        const bool ascending = order.isIdAscending();
        for (qsizetype step = 0; step < end - begin; ++step) {
            const qsizetype i = ascending ? begin + step : end - 1 - step;
            ++m_lastExamined;
            if (!inScope(m_rows[size_t(i)])) {
                continue;
            }
            if (matched >= offset && matched < wanted) {
                result.push_back(i);
            }
            ++matched;
            if (!total && matched >= wanted) {
                break;
            }
        }
        if (total) {
            *total = matched;
        }
        return result;
    }

    std::vector<qsizetype> matches;
    m_lastExamined = end - begin;
    for (qsizetype i = begin; i < end; ++i) {
        if (inScope(m_rows[size_t(i)])) {
            matches.push_back(i);
        }
    }
    if (total) {
        *total = qint64(matches.size());
    }
    auto less = [&](qsizetype a, qsizetype b) {
        return order.less(m_rows[size_t(a)], m_rows[size_t(b)]);
    };
    const size_t stop = size_t(std::min<qint64>(wanted, qint64(matches.size())));
    std::partial_sort(matches.begin(), matches.begin() + qsizetype(stop), matches.end(), less);
    for (size_t i = size_t(std::min<qint64>(offset, qint64(stop))); i < stop; ++i) {
        result.push_back(matches[i]);
    }
    return result;
}

void SandboxQueue::update(const std::vector<qsizetype> &indices,
                          const std::function<void(SandboxEvent &)> &change)
{
    if (indices.empty()) {
        return;
    }
    ensureIndex();
    for (const qsizetype i : indices) {
        SandboxEvent &row = m_rows[size_t(i)];
        unindexRow(row);
        change(row);
        const MergeKey key = mergeKey(row.appId, row.connectorId, row.messageId);
        if (!row.isReserved() && m_unreservedByKey.contains(key) && m_unreservedByKey.value(key) != row.id) {
            // The unique key (MESSAGE_ID, APP_ID, CONNECTOR_ID, PROCESS_ID) would collide: the row that
            // already holds the key stays and this one is dropped below.
            row.processId = QByteArrayLiteral("\x01collided");
            continue;
        }
        indexRow(row);
    }
    std::erase_if(m_rows, [](const SandboxEvent &row) { return row.processId == "\x01collided"; });
    Q_EMIT changed();
}

qsizetype SandboxQueue::removeIf(const std::function<bool(const SandboxEvent &)> &predicate)
{
    qsizetype removed = 0;
    for (const SandboxEvent &row : m_rows) {
        if (predicate(row)) {
            unindexRow(row);
            ++removed;
        }
    }
    if (removed > 0) {
        std::erase_if(m_rows, predicate);
        Q_EMIT changed();
    }
    return removed;
}

} // namespace b24::sandbox
