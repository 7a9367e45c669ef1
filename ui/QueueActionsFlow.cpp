// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueActionsFlow.h"

#include "MainWindow.h"
#include "MarkErrorDialog.h"
#include "MessageBanner.h"
#include "QueueBrowser.h"
#include "ReserveDialog.h"
#include "net/RestClient.h"
#include "queue/QueueActions.h"

#include <QJsonArray>
#include <QJsonObject>

namespace b24::ui {

// Messages are written as MainWindow::tr(): the Russian catalogue has them in that context.

QueueActionsFlow::QueueActionsFlow(RestClient *client, AuditLog *audit, QueueBrowser *browser,
                                   MessageBanner *banner, QMainWindow *window)
    : QObject(window),
      m_client(client),
      m_actions(new QueueActions(client, audit, this)),
      m_browser(browser),
      m_banner(banner),
      m_window(window)
{ }

QueueActionsFlow::~QueueActionsFlow()
{
    delete m_actions;
}

void QueueActionsFlow::setAuditLog(AuditLog *audit)
{
    delete m_actions;
    m_actions = new QueueActions(m_client, audit, this);
}

void QueueActionsFlow::requestReserve(const QString &restBase, const ListFilter &loadedFilter)
{
    qint64 unreserved = 0;
    if (const auto group = m_browser->selection().groupByKey(QStringLiteral("unreserved"))) {
        unreserved = group->count;
    }
    auto *dialog = new ReserveDialog(restBase, loadedFilter, unreserved, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RestCall *call = m_actions->reserve(dialog->limit(), dialog->filter());
        ++m_pending;
        Q_EMIT started();
        connect(call, &RestCall::finished, this, &QueueActionsFlow::onReserved);
    });
    dialog->open();
}

void QueueActionsFlow::onReserved(const RestResult &result)
{
    --m_pending;
    if (result.ok()) {
        const QJsonObject object = result.result.toObject();
        const QString processId = object.value(QStringLiteral("process_id")).toString();
        const qsizetype count = object.value(QStringLiteral("events")).toArray().size();
        if (count > 0) {
            m_browser->setGroupToRestore(QStringLiteral("batch:") + processId);
        }
        m_banner->showMessage(ErrorSeverity::Info, MainWindow::tr("Reserved %n row(s)", nullptr, int(count)),
                              count > 0
                                  ? MainWindow::tr("They now form batch <tt>%1</tt>, shown after the reload.")
                                        .arg(processId.toHtmlEscaped())
                                  : MainWindow::tr("No unreserved row matched."));
    } else {
        m_banner->showError(result.explanation, MainWindow::tr("Reserving failed (%1).").arg(result.method));
    }
    Q_EMIT finished(result.ok());
}

void QueueActionsFlow::requestMarkError(const QString &restBase)
{
    const RecordSelection &selection = m_browser->selection();
    QString why;
    const auto group = selection.selectionGroup(&why);
    if (!group || group->kind != QueueGroup::Kind::Batch) {
        m_banner->showMessage(
            ErrorSeverity::Warning, MainWindow::tr("Cannot mark as error"),
            (why.isEmpty() ? MainWindow::tr("Only rows of a reserved batch can be marked as error.") : why)
                    .toHtmlEscaped()
                + MainWindow::tr("<br/>Nothing was sent to the portal."));
        return;
    }
    const QList<qint64> ids = selection.selectedIds();
    auto *dialog = new MarkErrorDialog(restBase, group->processId, selection.messageIdsOf(ids),
                                       int(ids.size()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RestCall *call = m_actions->markError(dialog->processId(), dialog->messageIds());
        ++m_pending;
        Q_EMIT started();
        connect(call, &RestCall::finished, this, &QueueActionsFlow::onMarkedAsError);
    });
    dialog->open();
}

void QueueActionsFlow::onMarkedAsError(const RestResult &result)
{
    --m_pending;
    if (result.ok()) {
        m_banner->showMessage(
            ErrorSeverity::Info, MainWindow::tr("Marked as error"),
            MainWindow::tr("The rows are now in the Errors group (shown after the reload)."));
        m_browser->setGroupToRestore(QStringLiteral("errors"));
    } else {
        m_banner->showError(result.explanation,
                            MainWindow::tr("Marking as error failed (%1).").arg(result.method));
    }
    Q_EMIT finished(result.ok());
}

} // namespace b24::ui
