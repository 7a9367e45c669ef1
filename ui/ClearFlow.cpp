// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearFlow.h"

#include "ClearConfirmDialog.h"
#include "ClearProgressDialog.h"
#include "ClearReportDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "QueueBrowser.h"
#include "RecordsModel.h"
#include "queue/ClearExecutor.h"
#include "queue/QueueSnapshot.h"

#include <QStatusBar>

#include <algorithm>

namespace b24::ui {

// Messages are written as MainWindow::tr(): the Russian catalogue has them in that context.

ClearFlow::ClearFlow(RestClient *client, AuditLog *audit, QueueBrowser *browser,
                     const QueueSnapshot *snapshot, RecordsModel *records, MessageBanner *banner,
                     QMainWindow *window)
    : QObject(window),
      m_client(client),
      m_audit(audit),
      m_browser(browser),
      m_snapshot(snapshot),
      m_records(records),
      m_banner(banner),
      m_window(window)
{ }

ClearFlow::~ClearFlow()
{
    delete m_executor.data();
}

void ClearFlow::setAuditLog(AuditLog *audit)
{
    m_audit = audit;
}

void ClearFlow::setValuesPerCommand(int values)
{
    m_valuesPerCommand = std::clamp(values, 1, int(ClearPlan::MaxValuesPerCommand));
}

bool ClearFlow::isRunning() const
{
    return m_executor && m_executor->isRunning();
}

void ClearFlow::cancel()
{
    if (m_executor) {
        m_executor->cancel();
    }
}

void ClearFlow::request(ClearPlan::Mode mode, const QString &restBase, const QString &authConnector,
                        bool exportFirst)
{
    const RecordSelection &selection = m_browser->selection();
    std::optional<QueueGroup> group;
    QList<qint64> ids;
    QStringList messageIds;
    QList<OfflineEvent> records;
    QString why;
    if (mode == ClearPlan::Mode::EntireGroup) {
        group = selection.chosenGroup();
        if (!group) {
            why = MainWindow::tr("Choose a group (not \"All loaded records\") in the overview first.");
        } else {
            records = m_snapshot->eventsIn(*group);
            for (const OfflineEvent &event : std::as_const(records)) {
                ids.append(event.id);
            }
        }
    } else {
        group = selection.selectionGroup(&why);
        if (group) {
            ids = selection.selectedIds();
            for (qint64 id : std::as_const(ids)) {
                if (const OfflineEvent *event = m_records->eventById(id)) {
                    if (!messageIds.contains(event->messageId)) {
                        messageIds.append(event->messageId);
                    }
                    records.append(*event);
                }
            }
            if (mode == ClearPlan::Mode::ByMessageId) {
                // Every loaded row of the group with one of these MESSAGE_IDs goes, not only the selected.
                records.clear();
                for (const OfflineEvent &event : m_snapshot->eventsIn(*group)) {
                    if (messageIds.contains(event.messageId)) {
                        records.append(event);
                    }
                }
                ids.clear();
            } else {
                messageIds.clear();
            }
        }
    }
    if (!group || (ids.isEmpty() && messageIds.isEmpty())) {
        m_banner->showMessage(ErrorSeverity::Warning, MainWindow::tr("Nothing to clear"),
                              (why.isEmpty() ? MainWindow::tr("The scope is empty.") : why).toHtmlEscaped()
                                  + MainWindow::tr("<br/>Nothing was sent to the portal."));
        return;
    }
    const ClearPlan plan = ClearPlan::make(*group, mode, ids, messageIds, m_valuesPerCommand);
    if (!plan.isValid()) {
        m_banner->showMessage(ErrorSeverity::Warning, MainWindow::tr("This clear cannot be sent"),
                              plan.error.toHtmlEscaped()
                                  + MainWindow::tr("<br/>Nothing was sent to the portal."));
        return;
    }
    auto *dialog = new ClearConfirmDialog(plan, restBase, authConnector, records, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (exportFirst) {
        dialog->setExportFirst(true);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT confirmed(dialog->plan()); });
    dialog->open();
}

void ClearFlow::start(const ClearPlan &plan)
{
    auto *executor = new ClearExecutor(m_client, m_audit, this);
    m_executor = executor;
    auto *progress = new ClearProgressDialog(executor, int(plan.requests.size()), m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(executor, &ClearExecutor::finished, this, [this, executor](const ClearReport &report) {
        executor->deleteLater();
        showReport(report);
    });
    m_window->statusBar()->showMessage(plan.describe());
    executor->start(plan);
    progress->open();
}

void ClearFlow::showReport(const ClearReport &report)
{
    m_lastReport = report;
    auto *dialog = new ClearReportDialog(report, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_window->statusBar()->showMessage(report.summary());
    m_executor.clear();
    Q_EMIT finished(report);
}

} // namespace b24::ui
