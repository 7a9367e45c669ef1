// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OfflineEvent.h"
#include "QueueGroup.h"

#include <QHash>
#include <QList>

namespace b24 {

// The rows of one load, each ID once, plus the groups derived from them. Appending is cheap so a
// loader can feed it page by page; groups() is recomputed lazily.
class QueueSnapshot
{
public:
    // Adds rows not seen yet (by ID); returns how many were new.
    int append(const QList<OfflineEvent> &rows);
    // Room for this many rows in total, so a load of known size never regrows the storage.
    void reserve(qsizetype rows);
    void removeIds(const QList<qint64> &ids);
    void clear();

    [[nodiscard]] qsizetype size() const { return m_events.size(); }
    [[nodiscard]] const QList<OfflineEvent> &events() const { return m_events; }
    [[nodiscard]] const OfflineEvent *find(qint64 id) const;

    // Groups sorted: Unreserved, Errors, then batches oldest first. Unreserved (PROCESS_ID '' and
    // ERROR 0) and Errors (PROCESS_ID '' and ERROR 1) are always present, even with count 0; a row
    // with a PROCESS_ID belongs to its batch whatever its ERROR flag (counted in errorCount).
    // stuckAfterSeconds flags batches whose oldest row is older than that, relative to nowSecs.
    [[nodiscard]] QList<QueueGroup> groups(qint64 stuckAfterSeconds, qint64 nowSecs) const;
    [[nodiscard]] QList<OfflineEvent> eventsIn(const QueueGroup &group) const;
    static bool belongsTo(const OfflineEvent &event, const QueueGroup &group);

private:
    QList<OfflineEvent> m_events;
    QHash<qint64, qsizetype> m_indexById;
};

} // namespace b24
