// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/ClearPlan.h"
#include "queue/ClearReport.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMainWindow;

namespace b24 {
class AuditLog;
class ClearExecutor;
class QueueSnapshot;
class RestClient;
} // namespace b24

namespace b24::ui {

class MessageBanner;
class QueueBrowser;
class RecordsModel;

// Clearing, from scope to report: the selection or chosen group becomes a ClearPlan, the user
// confirms it (dialog opened with open(), no nested loop), the executor sends and verifies it with
// a progress dialog, and the verified report is shown. An empty or invalid scope is refused with a
// message and nothing sent. The window decides whether clearing is allowed at all (read-only,
// connected, idle) and reloads afterwards.
class ClearFlow : public QObject
{
    Q_OBJECT

public:
    ClearFlow(b24::RestClient *client, b24::AuditLog *audit, QueueBrowser *browser,
              const b24::QueueSnapshot *snapshot, RecordsModel *records, MessageBanner *banner,
              QMainWindow *window);
    ~ClearFlow() override; // a running executor writes to the audit log: it ends first

    void setAuditLog(b24::AuditLog *audit); // used by the next clear
    void setValuesPerCommand(int values); // chunk size (default: the form limit)

    // Opens the confirmation for this scope: the selection (ById / ByMessageId) or the chosen group
    // (EntireGroup). restBase and authConnector are shown so the user sees where it goes.
    void request(b24::ClearPlan::Mode mode, const QString &restBase, const QString &authConnector,
                 bool exportFirst);
    void start(const b24::ClearPlan &plan); // after confirmed()
    [[nodiscard]] bool isRunning() const;
    void cancel(); // stops after the request in flight; the report still comes
    [[nodiscard]] std::optional<b24::ClearReport> lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void confirmed(const b24::ClearPlan &plan);
    void finished(const b24::ClearReport &report);

private:
    void showReport(const b24::ClearReport &report);

    b24::RestClient *m_client;
    b24::AuditLog *m_audit;
    QueueBrowser *m_browser;
    const b24::QueueSnapshot *m_snapshot;
    RecordsModel *m_records;
    MessageBanner *m_banner;
    QMainWindow *m_window; // parent of the dialogs, owner of the status bar
    QPointer<b24::ClearExecutor> m_executor;
    int m_valuesPerCommand = b24::ClearPlan::MaxValuesPerCommand;
    std::optional<b24::ClearReport> m_lastReport;
};

} // namespace b24::ui
