// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordSelection.h"

#include <QWidget>

class QAction;
class QSplitter;
class QTableView;
class QTreeView;

namespace b24::ui {

class EventDetailView;
class QueueOverviewModel;
class RecordsFilterProxy;
class RecordsModel;

// The window's browsing area: the overview of groups above, the records of the chosen group and
// the detail of the current record below. Choosing a group filters the table; the chosen group
// survives reloads (models are reset, the key is remembered and chosen again).
class QueueBrowser : public QWidget
{
    Q_OBJECT

public:
    QueueBrowser(RecordsModel *records, RecordsFilterProxy *proxy, QueueOverviewModel *overview,
                 QWidget *parent = nullptr);

    void setRecordContextActions(const QList<QAction *> &actions); // right click on the table
    // New counts from the loaded rows; keeps (or makes) a choice and keeps the table filter in step.
    void showGroups(const QList<b24::QueueGroup> &groups, qint64 totalRows, qint64 nowSecs,
                    qint64 stuckAfterSeconds);
    void makeFirstRecordCurrentIfNone(); // while rows arrive, so the detail pane shows something

    // The group chosen again after the next reset of the overview ("" = all loaded records).
    [[nodiscard]] QString groupToRestore() const { return m_groupToRestore; }
    void setGroupToRestore(const QString &key) { m_groupToRestore = key; }

    [[nodiscard]] RecordSelection &selection() { return m_selection; }
    [[nodiscard]] const RecordSelection &selection() const { return m_selection; }
    [[nodiscard]] QTreeView *overviewView() const { return m_overviewView; }
    [[nodiscard]] QTableView *recordsView() const { return m_recordsView; }
    [[nodiscard]] EventDetailView *detailView() const { return m_detail; }
    [[nodiscard]] QSplitter *splitter() const { return m_mainSplitter; } // its state is saved

Q_SIGNALS:
    void groupChanged(); // another group chosen; the table shows its rows
    void recordSelectionChanged();

private:
    void createOverviewView();
    void createRecordsView();
    void onGroupChosen();
    void showCurrentRecord();

    RecordsModel *m_records;
    RecordsFilterProxy *m_proxy;
    QueueOverviewModel *m_overview;
    QTreeView *m_overviewView;
    QTableView *m_recordsView;
    EventDetailView *m_detail;
    QSplitter *m_tableSplitter;
    QSplitter *m_mainSplitter;
    RecordSelection m_selection;
    QString m_groupToRestore;
};

} // namespace b24::ui
