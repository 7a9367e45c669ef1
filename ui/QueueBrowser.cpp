// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueBrowser.h"

#include "EventDetailView.h"
#include "MainWindow.h"
#include "QueueOverviewModel.h"
#include "RecordsFilterProxy.h"
#include "RecordsModel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace b24::ui {

QueueBrowser::QueueBrowser(RecordsModel *records, RecordsFilterProxy *proxy, QueueOverviewModel *overview,
                           QWidget *parent)
    : QWidget(parent),
      m_records(records),
      m_proxy(proxy),
      m_overview(overview),
      m_overviewView(new QTreeView(this)),
      m_recordsView(new QTableView(this)),
      m_detail(new EventDetailView(this)),
      m_tableSplitter(new QSplitter(Qt::Horizontal, this)),
      m_mainSplitter(new QSplitter(Qt::Vertical, this)),
      m_selection(m_overviewView, overview, m_recordsView, proxy, records)
{
    createOverviewView();
    createRecordsView();

    m_tableSplitter->setObjectName(QStringLiteral("tableSplitter"));
    m_tableSplitter->addWidget(m_recordsView);
    m_tableSplitter->addWidget(m_detail);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 1);
    m_tableSplitter->setSizes({1100, 400});

    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_overviewView);
    m_mainSplitter->addWidget(m_tableSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({190, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);
}

void QueueBrowser::createOverviewView()
{
    m_overviewView->setObjectName(QStringLiteral("queueOverview"));
    m_overviewView->setModel(m_overview);
    m_overviewView->setRootIsDecorated(false);
    m_overviewView->setUniformRowHeights(true);
    m_overviewView->setAlternatingRowColors(true);
    m_overviewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overviewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overviewView->setToolTip(MainWindow::tr("The queue by process: choose a group to see its records"));
    m_overviewView->header()->setStretchLastSection(false);
    m_overviewView->header()->setSectionResizeMode(QueueOverviewModel::GroupColumn, QHeaderView::Stretch);
    const QList<std::pair<int, int>> overviewWidths
        = {{QueueOverviewModel::CountColumn, 90},   {QueueOverviewModel::ErrorsColumn, 70},
           {QueueOverviewModel::OldestColumn, 140}, {QueueOverviewModel::NewestColumn, 140},
           {QueueOverviewModel::AgeColumn, 100},    {QueueOverviewModel::StateColumn, 90}};
    for (const auto &[column, width] : overviewWidths) {
        m_overviewView->header()->resizeSection(column, width);
    }
    connect(m_overviewView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueBrowser::onGroupChosen);
    connect(m_overview, &QAbstractItemModel::modelReset, this, [this] {
        // A reset drops the selection; put the chosen group back.
        const int row = m_overview->rowOfKey(m_groupToRestore);
        if (row >= 0) {
            m_overviewView->selectionModel()->select(
                m_overview->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    });
}

void QueueBrowser::createRecordsView()
{
    m_recordsView->setObjectName(QStringLiteral("recordsView"));
    m_recordsView->setModel(m_proxy);
    m_recordsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recordsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recordsView->setSortingEnabled(true);
    m_recordsView->sortByColumn(RecordsModel::IdColumn, Qt::AscendingOrder);
    m_recordsView->setAlternatingRowColors(true);
    m_recordsView->setWordWrap(false);
    m_recordsView->setTextElideMode(Qt::ElideRight);
    m_recordsView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_recordsView->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    m_recordsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_recordsView->verticalHeader()->setDefaultSectionSize(m_recordsView->fontMetrics().height() + 6);
    QHeaderView *header = m_recordsView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics metrics(m_recordsView->font());
    QFont mono = m_recordsView->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    const QFontMetrics monoMetrics(mono);
    // Hashes are shown with their first 14 characters; the tooltip and the detail pane have all 32.
    const int hexWidth = monoMetrics.horizontalAdvance(QString(14, QLatin1Char('f'))) + 16;
    header->resizeSection(RecordsModel::IdColumn, metrics.horizontalAdvance(QStringLiteral("0000000")) + 24);
    header->resizeSection(RecordsModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16);
    header->resizeSection(RecordsModel::EventNameColumn,
                          metrics.horizontalAdvance(QStringLiteral("ONCRMCONTACTUPDATE")) + 16);
    header->resizeSection(RecordsModel::MessageIdColumn, hexWidth);
    header->resizeSection(RecordsModel::ProcessIdColumn, hexWidth);
    header->resizeSection(RecordsModel::ErrorColumn, metrics.horizontalAdvance(QStringLiteral("Error")) + 30);
    m_recordsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_recordsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueBrowser::recordSelectionChanged);
    connect(m_recordsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueueBrowser::showCurrentRecord);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueueBrowser::showCurrentRecord);
}

void QueueBrowser::setRecordContextActions(const QList<QAction *> &actions)
{
    m_recordsView->addActions(actions);
}

void QueueBrowser::showGroups(const QList<QueueGroup> &groups, qint64 totalRows, qint64 nowSecs,
                              qint64 stuckAfterSeconds)
{
    m_overview->setGroups(groups, totalRows, nowSecs, stuckAfterSeconds);
    if (!m_overviewView->selectionModel()->hasSelection() && m_overview->rowCount() > 0) {
        const int row = std::max(0, m_overview->rowOfKey(m_groupToRestore));
        m_overviewView->selectionModel()->select(
            m_overview->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // Keep the chosen group's filter in step with the new counts (its rows may have changed).
    const auto group = m_selection.chosenGroup();
    if (group.has_value() != m_proxy->group().has_value()
        || (group && group->key() != m_proxy->group()->key())) {
        m_proxy->setGroup(group);
    }
}

void QueueBrowser::makeFirstRecordCurrentIfNone()
{
    if (!m_recordsView->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_recordsView->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    }
}

void QueueBrowser::onGroupChosen()
{
    const auto group = m_selection.chosenGroup();
    m_groupToRestore = group ? group->key() : QString();
    m_recordsView->clearSelection();
    m_proxy->setGroup(group);
    if (m_proxy->rowCount() > 0) {
        m_recordsView->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    }
    showCurrentRecord();
    Q_EMIT groupChanged();
}

void QueueBrowser::showCurrentRecord()
{
    const QModelIndex current = m_recordsView->currentIndex();
    const QModelIndex source = current.isValid() ? m_proxy->mapToSource(current) : QModelIndex();
    if (!source.isValid()) {
        m_detail->clearRecord();
        return;
    }
    m_detail->setRecord(m_records->eventAt(source.row()));
}

} // namespace b24::ui
