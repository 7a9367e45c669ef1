// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordSelection.h"

#include "MainWindow.h"
#include "QueueOverviewModel.h"
#include "RecordsFilterProxy.h"
#include "RecordsModel.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace b24::ui {

// Messages are written as MainWindow::tr(): the Russian catalogue has them in that context.

RecordSelection::RecordSelection(QTreeView *overviewView, QueueOverviewModel *overview,
                                 QTableView *recordsView, RecordsFilterProxy *proxy, RecordsModel *records)
    : m_overviewView(overviewView),
      m_overview(overview),
      m_recordsView(recordsView),
      m_proxy(proxy),
      m_records(records)
{ }

std::optional<QueueGroup> RecordSelection::chosenGroup() const
{
    const QModelIndexList rows = m_overviewView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_overview->groupAt(rows.first().row());
}

std::optional<QueueGroup> RecordSelection::groupByKey(const QString &key) const
{
    const int row = m_overview->rowOfKey(key);
    return row > 0 ? m_overview->groupAt(row) : std::nullopt;
}

bool RecordSelection::hasSelection() const
{
    return m_recordsView->selectionModel()->hasSelection();
}

QList<qint64> RecordSelection::selectedIds() const
{
    const QModelIndexList rows = m_recordsView->selectionModel()->selectedRows();
    QList<int> proxyRows;
    proxyRows.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        proxyRows.append(index.row());
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    return m_proxy->idsOfRows(proxyRows);
}

QList<OfflineEvent> RecordSelection::selectedEvents() const
{
    QList<OfflineEvent> events;
    for (qint64 id : selectedIds()) {
        if (const OfflineEvent *event = m_records->eventById(id)) {
            events.append(*event);
        }
    }
    return events;
}

QStringList RecordSelection::messageIdsOf(const QList<qint64> &ids) const
{
    QStringList messageIds;
    for (qint64 id : ids) {
        if (const OfflineEvent *event = m_records->eventById(id);
            event && !messageIds.contains(event->messageId)) {
            messageIds.append(event->messageId);
        }
    }
    return messageIds;
}

std::optional<QueueGroup> RecordSelection::selectionGroup(QString *why) const
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        *why = MainWindow::tr("Nothing is selected: select the records to act on first.");
        return std::nullopt;
    }
    QString key;
    for (qint64 id : ids) {
        const OfflineEvent *event = m_records->eventById(id);
        if (!event) {
            continue;
        }
        const QString eventKey = RecordsModel::groupKeyOf(*event);
        if (key.isEmpty()) {
            key = eventKey;
        } else if (key != eventKey) {
            *why = MainWindow::tr(
                "The selection spans several groups (for example unreserved rows and a batch). A clear "
                "addresses one group: choose it in the overview and select there.");
            return std::nullopt;
        }
    }
    auto group = groupByKey(key);
    if (!group) {
        *why = MainWindow::tr("The selected rows' group is not in the overview; reload (F5).");
    }
    return group;
}

void RecordSelection::selectGroup(const QString &groupKey)
{
    const int row = m_overview->rowOfKey(groupKey);
    if (row < 0) {
        return;
    }
    m_overviewView->selectionModel()->select(m_overview->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_overviewView->setCurrentIndex(m_overview->index(row, 0));
}

void RecordSelection::selectRecordIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int sourceRow = m_records->rowOfId(id);
        if (sourceRow < 0) {
            continue;
        }
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_records->index(sourceRow, 0));
        if (proxyIndex.isValid()) {
            selection.select(proxyIndex, proxyIndex);
        }
    }
    m_recordsView->selectionModel()->select(selection,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty()) {
        m_recordsView->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                         QItemSelectionModel::NoUpdate);
    }
}

void RecordSelection::invert()
{
    // Contiguous runs become one range each: selecting 100,000 single rows one by one would crawl.
    QItemSelectionModel *model = m_recordsView->selectionModel();
    const int rows = m_proxy->rowCount();
    const int lastColumn = m_proxy->columnCount() - 1;
    QItemSelection inverted;
    int runStart = -1;
    for (int row = 0; row <= rows; ++row) {
        const bool unselected = row < rows && !model->isRowSelected(row, {});
        if (unselected && runStart < 0) {
            runStart = row;
        } else if (!unselected && runStart >= 0) {
            inverted.select(m_proxy->index(runStart, 0), m_proxy->index(row - 1, lastColumn));
            runStart = -1;
        }
    }
    model->select(inverted, QItemSelectionModel::ClearAndSelect);
}

} // namespace b24::ui
