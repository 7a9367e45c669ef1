// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListFilter.h"
#include "net/RestResult.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace b24 {

class AuditLog;
class RestCall;
class RestClient;

// The two other state-changing actions, with their guards:
// - reserve: event.offline.get clear=0 (needs rest_offline_extended) gives up to `limit`
//   unreserved rows a new process_id; never sent without clear=0.
// - markError: event.offline.error(process_id, message_id[]) for rows of one batch; refused for an
//   empty message_id list or an empty process_id (the server would delete copies elsewhere).
class QueueActions : public QObject
{
    Q_OBJECT

public:
    explicit QueueActions(RestClient *client, AuditLog *audit = nullptr, QObject *parent = nullptr);

    // Invalid input sends nothing: the returned call then finishes (from the event loop) with
    // CallStatus::Refused and the validation text. Both calls are written to the audit log.
    // reserve: filter.error == true reserves error rows (get error=1); filter.processId is refused.
    RestCall *reserve(int limit, const ListFilter &filter = {});
    RestCall *markError(const QString &processId, const QStringList &messageIds);

    // Validation the UI and CLI show before sending; empty when fine.
    static QString validateReserve(int limit, const ListFilter &filter);
    static QString validateMarkError(const QString &processId, const QStringList &messageIds);
    // get's marking path accepts only = < <= > >= (or a bare field) with scalar values on ID,
    // TIMESTAMP_X, EVENT_NAME, MESSAGE_ID; TIMESTAMP_X is refused too (the portal may reject it).
    static QString validateMarkingFilter(const QJsonObject &filter);
    // Confirmation texts that say exactly what the call does (markError: deletes other copies).
    static QString describeReserve(int limit, const ListFilter &filter);
    static QString describeMarkError(const QString &processId, const QStringList &messageIds);

private:
    RestCall *refusedCall(const QString &method, const QString &reason);
    [[nodiscard]] QJsonObject auditBase(const QString &method) const;
    void writeAudit(QJsonObject record, const b24::RestResult &result);

    RestClient *m_client;
    AuditLog *m_audit;
};

} // namespace b24
