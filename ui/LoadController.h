// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/ListFilter.h"
#include "queue/QueueLoader.h"
#include "queue/QueueSnapshot.h"

#include <QObject>

class QAction;
class QMainWindow;
class QProgressBar;
class QTimer;
class QToolButton;

namespace b24 {
class RestClient;
}

namespace b24::ui {

class MessageBanner;
class QueueBrowser;
class RecordsModel;

// Loads the queue page by page with event.offline.list and feeds the table as rows arrive, so the
// window stays responsive on 100,000 rows: the rows go into the model incrementally, the overview
// is recounted at most every 250 ms (overviewDue), the status bar shows progress and a stop button.
// A stopped or failed load keeps what arrived and says that the view is incomplete.
class LoadController : public QObject
{
    Q_OBJECT

public:
    LoadController(b24::RestClient *client, RecordsModel *records, QueueBrowser *browser,
                   MessageBanner *banner, QAction *cancelAction, QMainWindow *window);
    ~LoadController() override;

    void start(const b24::ListFilter &filter); // drops the loaded rows first
    void cancel();
    void clearRows(); // the model and the snapshot
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const b24::QueueSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] const b24::ListFilter &loadedFilter() const { return m_loadedFilter; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; } // for the status bar
    [[nodiscard]] QToolButton *cancelButton() const { return m_cancelButton; }

Q_SIGNALS:
    void overviewDue(); // recount the groups from snapshot()
    void finished(const b24::QueueLoader::Report &report);

private:
    void onTotalKnown(qint64 total); // sizes the model and the snapshot once
    void onRowsLoaded(const QList<b24::OfflineEvent> &rows);
    void onProgress(qint64 loaded, qint64 total);
    void onFinished(const b24::QueueLoader::Report &report);

    b24::QueueLoader *m_loader;
    RecordsModel *m_records;
    QueueBrowser *m_browser;
    MessageBanner *m_banner;
    QMainWindow *m_window; // owner of the status bar
    QTimer *m_overviewTimer;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    b24::QueueSnapshot m_snapshot;
    b24::ListFilter m_loadedFilter;
};

} // namespace b24::ui
