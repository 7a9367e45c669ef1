// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/RequestLogEntry.h"

#include <QAbstractTableModel>

#include <deque>

namespace b24::ui {

// Every request of the session, oldest first. Capped so a long session does not grow without
// bound: past maxEntries() entries or maxBytes() of response bodies the oldest entries are dropped.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        HttpStatusColumn,
        DurationColumn,
        RecordsColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, // RequestOutcome::Kind as int
        IsErrorRole, // bool: what "show errors only" keeps
        EntryIdRole, // quint64 RequestLogEntry::id
    };

    static constexpr int DefaultMaxEntries = 20000;
    static constexpr qint64 DefaultMaxBytes = 128 * 1024 * 1024;

    explicit RequestLogModel(QObject *parent = nullptr);

    void addEntry(const b24::RequestLogEntry &entry);
    void clear();
    void setMaxEntries(int maxEntries);
    [[nodiscard]] int maxEntries() const { return m_maxEntries; }
    void setMaxBytes(qint64 maxBytes); // total size of the kept response bodies
    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }
    [[nodiscard]] qint64 totalBytes() const { return m_totalBytes; }
    [[nodiscard]] qint64 droppedCount() const { return m_droppedCount; } // since the last clear()
    [[nodiscard]] const b24::RequestLogEntry &entry(int row) const;
    [[nodiscard]] int errorCount() const { return m_errorCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatDuration(qint64 ms);

private:
    void trimToFit(int incomingEntries, qint64 incomingBytes);
    void dropOldest(int count);
    QVariant displayData(const b24::RequestLogEntry &entry, int column) const;

    std::deque<b24::RequestLogEntry> m_entries;
    int m_maxEntries = DefaultMaxEntries;
    int m_errorCount = 0;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_totalBytes = 0;
    qint64 m_droppedCount = 0;
};

} // namespace b24::ui
