// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/OfflineEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace b24::ui {

// The loaded queue rows as a table. Rows arrive page by page from the loader; each page becomes a
// single beginInsertRows/endInsertRows so 100,000 rows load without one signal per row. Each ID is
// kept once, so a page that overlaps a previous one adds only the new rows.
class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TimeColumn,
        EventNameColumn,
        MessageIdColumn,
        ProcessIdColumn,
        ErrorColumn,
        PayloadColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, // unformatted value for sorting (qint64, QString, int)
        EventIdRole, // the row's ID (qint64) whatever the column
        GroupKeyRole, // QueueGroup::key() of the group the row belongs to
    };

    explicit RecordsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Appends the rows whose ID is not loaded yet; returns how many were added.
    int appendRows(const QList<b24::OfflineEvent> &rows);
    // Room for this many rows in total, so a load of known size never regrows the storage.
    void reserve(qsizetype rows);
    void removeIds(const QList<qint64> &ids);
    void clear();

    [[nodiscard]] const QList<b24::OfflineEvent> &events() const { return m_events; }
    [[nodiscard]] const b24::OfflineEvent &eventAt(int row) const { return m_events.at(row); }
    [[nodiscard]] const b24::OfflineEvent *eventById(qint64 id) const;
    [[nodiscard]] int rowOfId(qint64 id) const { return int(m_rowById.value(id, -1)); }

    // "unreserved", "errors" or "batch:<pid>", matching QueueGroup::key().
    static QString groupKeyOf(const b24::OfflineEvent &event);
    // The payload column's text: compact EVENT_DATA, cut to a readable length.
    static QString payloadPreview(const b24::OfflineEvent &event);

private:
    [[nodiscard]] QVariant displayValue(const b24::OfflineEvent &event, int column) const;
    [[nodiscard]] QVariant rawValue(const b24::OfflineEvent &event, int column) const;
    void rebuildIndex();

    QList<b24::OfflineEvent> m_events;
    QHash<qint64, qsizetype> m_rowById;
};

} // namespace b24::ui
