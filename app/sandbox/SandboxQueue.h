// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventFilter.h"
#include "SandboxEvent.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace b24::sandbox {

// The scope every method works in: one application and one auth_connector ('' for none).
struct QueueScope {
    QString appId;
    QString connectorId;
};

struct QueueCounts {
    qint64 total = 0;
    qint64 unreserved = 0; // PROCESS_ID='' and ERROR=0
    qint64 reserved = 0; // PROCESS_ID<>''
    qint64 errors = 0; // ERROR=1 (reserved or not)
    qint64 processes = 0; // distinct PROCESS_ID<>''
};

// The offline event table. Rows stay sorted by ID (IDs only grow and a merge keeps the ID), so
// `>ID` pages seek with a binary search; a hash over unreserved rows gives the
// INSERT … ON DUPLICATE KEY merge in O(1).
class SandboxQueue : public QObject
{
    Q_OBJECT

public:
    struct NewEvent {
        QString eventName;
        QByteArray eventData = "{}"; // JSON of EVENT_DATA
        QJsonValue userId = QStringLiteral("1"); // LOCAL_USER; 0 when no user acted
        QString appId; // empty: defaultAppId()
        QString connectorId;
        qint64 timestamp = 0; // 0: now
    };

    explicit SandboxQueue(QObject *parent = nullptr);

    void setDefaultAppId(const QString &appId) { m_defaultAppId = appId; }
    QString defaultAppId() const { return m_defaultAppId; }

    // Adds an event as the portal does: merged into an unreserved row with the same MESSAGE_ID
    // (that row gets the new time, data and additional data, its ERROR flag stays), else a new row.
    // Returns the ID of the row that holds the event.
    qint64 addEvent(const NewEvent &event);
    // Appends rows as they are (seeding). IDs are assigned; rows must not collide with
    // unreserved rows already present (the seeder makes unique data).
    void appendRows(std::vector<SandboxEvent> &&rows);
    void reset();
    // EventOfflineTable::cleanProcessAgent: deletes reserved rows whose TIMESTAMP_X is more than
    // 2,952,000 s (about 34 days) before `now`. Unreserved and error rows never expire.
    qsizetype cleanupStaleBatches(qint64 now);
    static constexpr qint64 processIdLifetimeSeconds = 2952000;

    qsizetype size() const { return qsizetype(m_rows.size()); }
    const std::vector<SandboxEvent> &rows() const { return m_rows; }
    const SandboxEvent *findById(qint64 id) const;
    QueueCounts counts(const QString &appId = {}) const;
    QList<QByteArray> processIds(const QueueScope &scope) const;

    // Row indices (valid until the next change) of rows in `scope` matching `filter`, sorted by
    // `order`, skipping `offset`, at most `limit` (-1: all). *total gets the match count when given.
    std::vector<qsizetype> select(const QueueScope &scope, const EventFilter &filter, const EventOrder &order,
                                  qint64 offset, qint64 limit, qint64 *total = nullptr) const;
    // How many rows the last select() looked at: keyset pages look at about as many as they return.
    qsizetype lastSelectExamined() const { return m_lastExamined; }
    // Applies `change` to the rows at `indices`, keeping the merge index right.
    void update(const std::vector<qsizetype> &indices, const std::function<void(SandboxEvent &)> &change);
    // Deletes the rows for which `predicate` is true; returns how many.
    qsizetype removeIf(const std::function<bool(const SandboxEvent &)> &predicate);

    static QByteArray newProcessId();
    static QByteArray messageIdFor(const QString &eventName, const QByteArray &eventDataJson);
    static QString isoTime(qint64 unixSeconds, int utcOffsetSeconds);

Q_SIGNALS:
    void changed();

private:
    // The unique key of an unreserved row: the MD5 as two integers plus a small number for the
    // (application, connector) pair, so that a million keys cost no string allocations.
    struct MergeKey {
        quint64 high = 0;
        quint64 low = 0;
        quint32 scope = 0;
        friend bool operator==(const MergeKey &a, const MergeKey &b)
        {
            return a.high == b.high && a.low == b.low && a.scope == b.scope;
        }
        friend size_t qHash(const MergeKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.high, key.low, key.scope);
        }
    };

    MergeKey mergeKey(const QString &appId, const QString &connectorId, const QByteArray &messageId);
    void ensureIndex();
    void indexRow(const SandboxEvent &row);
    void unindexRow(const SandboxEvent &row);
    qsizetype indexOfId(qint64 id) const;

    std::vector<SandboxEvent> m_rows;
    // Merge key -> ID of the unreserved row. Built on first need, so seeding stays a plain append.
    QHash<MergeKey, qint64> m_unreservedByKey;
    bool m_indexed = true;
    QHash<QString, quint32> m_scopes;
    QString m_lastScopeApp;
    QString m_lastScopeConnector;
    quint32 m_lastScope = 0;
    qint64 m_nextId = 1;
    mutable qsizetype m_lastExamined = 0;
    QString m_defaultAppId;
};

} // namespace b24::sandbox
