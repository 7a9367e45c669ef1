// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoadController.h"

#include "EventDetailView.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "QueueBrowser.h"
#include "RecordsModel.h"

#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace b24::ui {

// Messages are written as MainWindow::tr(): the Russian catalogue has them in that context.

namespace {
constexpr int OverviewRefreshMs = 250;
// The portal's total is trusted for pre-sizing only up to this many rows; beyond it the storage
// grows as rows arrive.
constexpr qint64 MaxReservedRows = 2'000'000;
} // namespace

LoadController::LoadController(RestClient *client, RecordsModel *records, QueueBrowser *browser,
                               MessageBanner *banner, QAction *cancelAction, QMainWindow *window)
    : QObject(window),
      m_loader(new QueueLoader(client, this)),
      m_records(records),
      m_browser(browser),
      m_banner(banner),
      m_window(window),
      m_overviewTimer(new QTimer(this)),
      m_progress(new QProgressBar(window)),
      m_cancelButton(new QToolButton(window))
{
    m_overviewTimer->setSingleShot(true);
    m_overviewTimer->setInterval(OverviewRefreshMs);
    connect(m_overviewTimer, &QTimer::timeout, this, &LoadController::overviewDue);

    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->setDefaultAction(cancelAction);
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->hide();

    connect(m_loader, &QueueLoader::totalKnown, this, &LoadController::onTotalKnown);
    connect(m_loader, &QueueLoader::rowsLoaded, this, &LoadController::onRowsLoaded);
    connect(m_loader, &QueueLoader::progress, this, &LoadController::onProgress);
    connect(m_loader, &QueueLoader::finished, this, &LoadController::onFinished);
}

LoadController::~LoadController()
{
    // The loader's signals reach this object's members; end it while they still exist.
    delete m_loader;
}

bool LoadController::isRunning() const
{
    return m_loader->isRunning();
}

void LoadController::clearRows()
{
    m_records->clear();
    m_snapshot.clear();
}

void LoadController::start(const ListFilter &filter)
{
    m_loadedFilter = filter;
    m_browser->detailView()->clearRecord();
    clearRows();
    m_progress->setRange(0, 0);
    m_progress->setFormat(MainWindow::tr("Loading…"));
    m_progress->show();
    m_cancelButton->show();
    m_window->statusBar()->showMessage(MainWindow::tr("Loading the queue with event.offline.list…"));
    m_loader->start(m_loadedFilter);
}

void LoadController::cancel()
{
    if (m_loader->isRunning()) {
        m_loader->cancel();
    }
}

void LoadController::onTotalKnown(qint64 total)
{
    if (total > 0 && total <= MaxReservedRows) {
        m_snapshot.reserve(total);
        m_records->reserve(total);
    }
}

void LoadController::onRowsLoaded(const QList<OfflineEvent> &rows)
{
    m_snapshot.append(rows);
    m_records->appendRows(rows);
    if (!m_overviewTimer->isActive()) {
        m_overviewTimer->start();
    }
    m_browser->makeFirstRecordCurrentIfNone();
}

void LoadController::onProgress(qint64 loaded, qint64 total)
{
    if (total > 0) {
        // QProgressBar holds ints; queues never get near INT_MAX rows.
        m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min(loaded, total)));
        m_progress->setFormat(
            MainWindow::tr("%1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total)));
    }
}

void LoadController::onFinished(const QueueLoader::Report &report)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_overviewTimer->stop();
    Q_EMIT overviewDue();
    QStatusBar *status = m_window->statusBar();
    const QString rows = QLocale().toString(report.rowsLoaded);
    if (report.completed) {
        status->showMessage(
            MainWindow::tr("Loaded %1 records in %n request(s).", nullptr, report.requests).arg(rows), 8000);
    } else if (report.cancelled) {
        status->showMessage(
            MainWindow::tr("Loading stopped: %1 records loaded; the view is incomplete.").arg(rows));
        m_banner->showMessage(
            ErrorSeverity::Warning, MainWindow::tr("Loading stopped"),
            MainWindow::tr("%1 of %2 records were loaded. Counts and groups cover only these; "
                           "press F5 to load everything.")
                .arg(rows, QLocale().toString(report.totalAtStart)));
    } else {
        status->showMessage(MainWindow::tr("Loading failed after %1 records.").arg(rows));
        m_banner->showError(
            report.failure.explanation,
            MainWindow::tr("Loading stopped after %1 records (%2).").arg(rows, report.failure.method));
    }
    Q_EMIT finished(report);
}

} // namespace b24::ui
