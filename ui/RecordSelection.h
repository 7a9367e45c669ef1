// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/OfflineEvent.h"
#include "queue/QueueGroup.h"

#include <QList>
#include <QString>

#include <optional>

class QTableView;
class QTreeView;

namespace b24::ui {

class QueueOverviewModel;
class RecordsFilterProxy;
class RecordsModel;

// Reads and sets what the user has chosen: the group in the overview and the rows in the records
// table. The destructive flows ask it for their scope, so "what is selected" is answered in one
// place, in record IDs (never in view rows, which sorting and filtering move).
class RecordSelection
{
public:
    RecordSelection(QTreeView *overviewView, QueueOverviewModel *overview, QTableView *recordsView,
                    RecordsFilterProxy *proxy, RecordsModel *records);

    [[nodiscard]] std::optional<b24::QueueGroup> chosenGroup() const; // from the overview
    [[nodiscard]] std::optional<b24::QueueGroup> groupByKey(const QString &key) const;
    [[nodiscard]] QList<qint64> selectedIds() const; // in the table's order
    [[nodiscard]] QList<b24::OfflineEvent> selectedEvents() const;
    [[nodiscard]] QStringList messageIdsOf(const QList<qint64> &ids) const; // distinct, in order
    // The group all selected rows belong to; sets *why when there is none.
    [[nodiscard]] std::optional<b24::QueueGroup> selectionGroup(QString *why) const;
    [[nodiscard]] bool hasSelection() const;

    void selectGroup(const QString &groupKey); // "" = all loaded records
    void selectRecordIds(const QList<qint64> &ids);
    void invert();

private:
    QTreeView *m_overviewView;
    QueueOverviewModel *m_overview;
    QTableView *m_recordsView;
    RecordsFilterProxy *m_proxy;
    RecordsModel *m_records;
};

} // namespace b24::ui
