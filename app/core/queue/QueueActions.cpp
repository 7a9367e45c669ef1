// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueActions.h"

#include "AuditLog.h"
#include "QueueLogging.h"
#include "net/ErrorCatalog.h"
#include "net/RestClient.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace b24 {

namespace {

// event.offline.get has no upper bound on limit; a reservation hides rows from the production
// consumer, so a typo must not reserve the whole queue.
constexpr int MaxReserveLimit = 5000;
constexpr int MaxMarkErrorIds = 999; // PHP max_input_vars minus process_id

const QStringList MarkingOperators {QStringLiteral(">="), QStringLiteral("<="), QStringLiteral("="),
                                    QStringLiteral(">"), QStringLiteral("<")};
const QStringList MarkingFields {QStringLiteral("ID"), QStringLiteral("TIMESTAMP_X"),
                                 QStringLiteral("EVENT_NAME"), QStringLiteral("MESSAGE_ID")};

bool isMessageId(const QString &text)
{
    return text.size() == 32 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                   || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

} // namespace

QueueActions::QueueActions(RestClient *client, AuditLog *audit, QObject *parent)
    : QObject(parent), m_client(client), m_audit(audit)
{ }

QString QueueActions::validateMarkingFilter(const QJsonObject &filter)
{
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        const QString key = it.key();
        QString op;
        for (const QString &candidate : MarkingOperators) {
            if (key.startsWith(candidate)) {
                op = candidate;
                break;
            }
        }
        const QString field = key.mid(op.size()).toUpper();
        if (!MarkingFields.contains(field)) {
            if (field == QLatin1String("ERROR"))
                return tr("Reserving cannot filter on ERROR; choose \"error rows\" instead, which reserves "
                          "rows with ERROR=1.");
            if (field == QLatin1String("PROCESS_ID"))
                return tr("Reserving always takes unreserved rows, so it cannot filter on PROCESS_ID.");
            return tr("\"%1\" cannot be used when reserving: only = < <= > >= on ID, TIMESTAMP_X, EVENT_NAME "
                      "and MESSAGE_ID are accepted there (@ lists, % patterns and ! are not).")
                .arg(key);
        }
        if (it.value().isArray() || it.value().isObject())
            return tr("\"%1\" has a list value; when reserving every condition takes a single value.")
                .arg(key);
        if (field == QLatin1String("TIMESTAMP_X"))
            return tr(
                "Reserving by time is not reliable: the portal may reject TIMESTAMP_X conditions on this "
                "path. Use an ID range instead (load the queue to see which IDs a time range covers).");
    }
    return {};
}

QString QueueActions::validateReserve(int limit, const ListFilter &filter)
{
    if (limit < 1)
        return tr("The number of rows to reserve must be 1 or more (got %1).").arg(limit);
    if (limit > MaxReserveLimit)
        return tr("Reserve at most %1 rows at a time (got %2); reserved rows are hidden from your "
                  "application until they are cleared or expire.")
            .arg(MaxReserveLimit)
            .arg(limit);
    QString problem = filter.validate();
    if (!problem.isEmpty())
        return problem;
    if (filter.processId)
        return tr("Reserving always takes unreserved rows, so it cannot filter on a process id.");
    QJsonObject filterJson = filter.toFilterJson();
    filterJson.remove(QLatin1String("=ERROR")); // sent as the "error" parameter instead
    return validateMarkingFilter(filterJson);
}

QString QueueActions::describeReserve(int limit, const ListFilter &filter)
{
    QString text = tr("Reserve up to %n unreserved row(s) with event.offline.get clear=0: they get a new "
                      "process id and stay in the queue, hidden from your application's normal get calls "
                      "until that batch is cleared.",
                      nullptr, limit);
    if (filter.error.value_or(false))
        text += QLatin1Char(' ') + tr("Only error rows (ERROR=1) are reserved.");
    return text;
}

QString QueueActions::validateMarkError(const QString &processId, const QStringList &messageIds)
{
    if (processId.trimmed().isEmpty())
        return tr(
            "Choose a reserved batch first: marking as error needs the batch's process id. Without it the "
            "portal would mark nothing and delete every other copy of these messages.");
    if (messageIds.isEmpty())
        return tr("Select at least one record to mark as error; an empty selection is never sent.");
    if (messageIds.size() > MaxMarkErrorIds)
        return tr("Mark at most %1 MESSAGE_IDs at a time (got %2).")
            .arg(MaxMarkErrorIds)
            .arg(messageIds.size());
    QSet<QString> seen;
    for (const QString &messageId : messageIds) {
        const QString normalised = messageId.trimmed().toLower();
        if (!isMessageId(normalised))
            return tr("\"%1\" is not a MESSAGE_ID: a MESSAGE_ID is exactly 32 hexadecimal characters.")
                .arg(messageId);
        if (seen.contains(normalised))
            return tr("MESSAGE_ID %1 is listed twice.").arg(normalised);
        seen.insert(normalised);
    }
    return {};
}

QString QueueActions::describeMarkError(const QString &processId, const QStringList &messageIds)
{
    return tr("Mark %n MESSAGE_ID(s) of batch %1 as error with event.offline.error: the rows leave the batch "
              "and become error rows (ERROR=1, unreserved). The portal also DELETES every other copy with "
              "these MESSAGE_IDs outside this batch (unreserved copies and copies in other batches).",
              nullptr, int(messageIds.size()))
        .arg(processId);
}

RestCall *QueueActions::refusedCall(const QString &method, const QString &reason)
{
    // A call object that ends at once, so callers handle refusals like any other outcome.
    auto *call = new RestCall(this);
    RestResult result;
    result.status = CallStatus::Refused;
    result.method = method;
    result.errorCode = QStringLiteral("REFUSED");
    result.errorDescription = reason;
    result.explanation = ErrorCatalog::forRefused(reason);
    QTimer::singleShot(0, call, [call, result] {
        Q_EMIT call->finished(result);
        call->deleteLater();
    });
    return call;
}

RestCall *QueueActions::reserve(int limit, const ListFilter &filter)
{
    const QString problem = validateReserve(limit, filter);
    if (!problem.isEmpty())
        return refusedCall(QStringLiteral("event.offline.get"), problem);

    QJsonObject filterJson = filter.toFilterJson();
    filterJson.remove(QLatin1String("=ERROR"));
    QJsonObject parameters;
    parameters.insert(QLatin1String("clear"), 0); // never the default 1, which would delete
    parameters.insert(QLatin1String("limit"), limit);
    if (filter.error.value_or(false))
        parameters.insert(QLatin1String("error"), 1);
    if (!filterJson.isEmpty())
        parameters.insert(QLatin1String("filter"), filterJson);
    parameters.insert(QLatin1String("order"), QJsonObject {{QLatin1String("ID"), QLatin1String("ASC")}});

    RestCall *call = m_client->call(QStringLiteral("event.offline.get"), parameters);
    QJsonObject record = auditBase(QStringLiteral("event.offline.get"));
    record.insert(QLatin1String("event"), QStringLiteral("reserve"));
    record.insert(QLatin1String("limit"), limit);
    record.insert(QLatin1String("filter"), filterJson);
    connect(call, &RestCall::finished, this, [this, record](const RestResult &result) mutable {
        const QJsonObject answer = result.result.toObject();
        record.insert(QLatin1String("reserved_process_id"), answer.value(QLatin1String("process_id")));
        QJsonArray ids;
        for (const QJsonValue &event : answer.value(QLatin1String("events")).toArray())
            ids.append(event.toObject().value(QLatin1String("ID")).toVariant().toLongLong());
        record.insert(QLatin1String("ids"), ids);
        writeAudit(record, result);
    });
    return call;
}

RestCall *QueueActions::markError(const QString &processId, const QStringList &messageIds)
{
    const QString problem = validateMarkError(processId, messageIds);
    if (!problem.isEmpty())
        return refusedCall(QStringLiteral("event.offline.error"), problem);

    QJsonArray values;
    for (const QString &messageId : messageIds)
        values.append(messageId.trimmed().toLower());
    QJsonObject parameters;
    parameters.insert(QLatin1String("process_id"), processId.trimmed());
    parameters.insert(QLatin1String("message_id"), values);

    RestCall *call = m_client->call(QStringLiteral("event.offline.error"), parameters);
    QJsonObject record = auditBase(QStringLiteral("event.offline.error"));
    record.insert(QLatin1String("event"), QStringLiteral("mark_error"));
    record.insert(QLatin1String("process_id"), processId.trimmed());
    record.insert(QLatin1String("message_ids"), values);
    connect(call, &RestCall::finished, this,
            [this, record](const RestResult &result) { writeAudit(record, result); });
    return call;
}

QJsonObject QueueActions::auditBase(const QString &method) const
{
    QJsonObject record;
    record.insert(QLatin1String("portal"), m_client->portal().host());
    record.insert(QLatin1String("connector"), m_client->credentials().authConnector);
    record.insert(QLatin1String("method"), method);
    return record;
}

void QueueActions::writeAudit(QJsonObject record, const RestResult &result)
{
    if (!m_audit)
        return;
    record.insert(QLatin1String("outcome"), callStatusName(result.status));
    record.insert(QLatin1String("http_status"), result.httpStatus);
    if (!result.errorCode.isEmpty())
        record.insert(QLatin1String("error"), result.errorCode);
    if (!m_audit->append(record))
        qCWarning(lcQueue) << "audit log not written:" << m_audit->errorString();
}

} // namespace b24
