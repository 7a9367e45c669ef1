// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueueGroup.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace b24::ui {

class RecordsModel;

// Narrows the loaded rows to the chosen queue group and to a quick text filter (Ctrl+F), and
// sorts on raw values (IDs as numbers, times as seconds) instead of the displayed text.
class RecordsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordsFilterProxy(QObject *parent = nullptr);

    void setRecordsModel(RecordsModel *model);
    [[nodiscard]] RecordsModel *recordsModel() const { return m_records; }

    // nullopt shows every loaded row.
    void setGroup(const std::optional<b24::QueueGroup> &group);
    [[nodiscard]] const std::optional<b24::QueueGroup> &group() const { return m_group; }

    // Case-insensitive; matches ID, event name, MESSAGE_ID, PROCESS_ID and the payload.
    void setQuickFilter(const QString &text);
    [[nodiscard]] QString quickFilter() const { return m_quickFilter; }

    // IDs of the given proxy rows, in proxy order.
    [[nodiscard]] QList<qint64> idsOfRows(const QList<int> &proxyRows) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the rows' fields directly: each page of a load costs tens of thousands of
    // comparisons while the proxy merges it into the sorted order, too many for QVariants.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RecordsModel *m_records = nullptr;
    std::optional<b24::QueueGroup> m_group;
    QString m_quickFilter;
};

} // namespace b24::ui
