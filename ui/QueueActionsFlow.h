// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/ListFilter.h"

#include <QObject>

class QMainWindow;

namespace b24 {
class AuditLog;
class QueueActions;
class RestClient;
struct RestResult;
} // namespace b24

namespace b24::ui {

class MessageBanner;
class QueueBrowser;

// Reserving unreserved rows and marking a batch's rows as error: each asks in its own dialog
// (opened with open()), sends one audited call, says in the banner what happened and which group
// to show after the reload. The window decides whether the action is allowed and reloads.
class QueueActionsFlow : public QObject
{
    Q_OBJECT

public:
    QueueActionsFlow(b24::RestClient *client, b24::AuditLog *audit, QueueBrowser *browser,
                     MessageBanner *banner, QMainWindow *window);
    ~QueueActionsFlow() override; // the calls write to the audit log: they end first

    void setAuditLog(b24::AuditLog *audit);
    void requestReserve(const QString &restBase, const b24::ListFilter &loadedFilter);
    void requestMarkError(const QString &restBase);
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void started();
    void finished(bool ok);

private:
    void onReserved(const b24::RestResult &result);
    void onMarkedAsError(const b24::RestResult &result);

    b24::RestClient *m_client;
    b24::QueueActions *m_actions;
    QueueBrowser *m_browser;
    MessageBanner *m_banner;
    QMainWindow *m_window; // parent of the dialogs
    int m_pending = 0;
};

} // namespace b24::ui
