// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueueGroup.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace b24::ui {

// The queue by process: a first "All loaded records" row, then Unreserved, Errors and every
// reserved batch with its count, oldest/newest TIMESTAMP_X, age and a stuck flag.
class QueueOverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        GroupColumn,
        CountColumn,
        ErrorsColumn,
        OldestColumn,
        NewestColumn,
        AgeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole,
        GroupKeyRole, // QueueGroup::key(), empty for the "All" row
        StuckRole, // bool
    };

    explicit QueueOverviewModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Replaces the groups. Keeps row identities when only counts changed (one dataChanged) so the
    // view keeps its selection while a load streams in.
    void setGroups(const QList<b24::QueueGroup> &groups, qint64 totalRows, qint64 nowSecs,
                   qint64 stuckAfterSeconds);
    void clear();

    [[nodiscard]] const QList<b24::QueueGroup> &groups() const { return m_groups; }
    // nullopt for the "All loaded records" row or an invalid row.
    [[nodiscard]] std::optional<b24::QueueGroup> groupAt(int row) const;
    [[nodiscard]] int rowOfKey(const QString &key) const; // -1 when absent; "" is the "All" row
    [[nodiscard]] qint64 totalRows() const { return m_totalRows; }
    [[nodiscard]] int stuckCount() const;

    static QString formatAge(qint64 seconds); // "3 d 4 h", "12 min", "40 s"

private:
    [[nodiscard]] QVariant groupData(const b24::QueueGroup &group, int column, int role) const;
    [[nodiscard]] QVariant allRowData(int column, int role) const;

    QList<b24::QueueGroup> m_groups;
    qint64 m_totalRows = 0;
    qint64 m_now = 0;
    qint64 m_stuckAfter = 0;
};

} // namespace b24::ui
