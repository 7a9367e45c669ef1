// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReserveCommand.h"

#include "Console.h"
#include "DryRun.h"
#include "EventTable.h"
#include "net/RestClient.h"
#include "queue/QueueActions.h"

#include <QJsonArray>

namespace b24::cli {

QJsonObject ReserveCommand::reserveParameters(int limit, const ListFilter &filter)
{
    QJsonObject filterJson = filter.toFilterJson();
    filterJson.remove(QStringLiteral("=ERROR"));
    QJsonObject parameters {{QStringLiteral("clear"), 0}, {QStringLiteral("limit"), limit}};
    if (filter.error.value_or(false)) {
        parameters.insert(QStringLiteral("error"), 1);
    }
    if (!filterJson.isEmpty()) {
        parameters.insert(QStringLiteral("filter"), filterJson);
    }
    parameters.insert(QStringLiteral("order"), QJsonObject {{QStringLiteral("ID"), QStringLiteral("ASC")}});
    return parameters;
}

void ReserveCommand::start()
{
    const int limit = options().limit.value_or(50);
    const ListFilter filter = options().filter;
    const QString problem = QueueActions::validateReserve(limit, filter);
    if (!problem.isEmpty()) {
        failWith(ExitCode::Usage, problem);
        return;
    }
    if (options().dryRun) {
        DryRun dryRun(m_context.portal.restBase(), m_context.connector);
        dryRun.add(QStringLiteral("event.offline.get"), reserveParameters(limit, filter));
        dryRun.print(m_context.console, json(), QueueActions::describeReserve(limit, filter));
        finish(ExitCode::Success);
        return;
    }
    auto *actions = new QueueActions(m_context.client, m_context.audit, this);
    RestCall *call = actions->reserve(limit, filter);
    connect(call, &RestCall::finished, this, &ReserveCommand::report);
}

bool ReserveCommand::mayHaveBeenApplied(const RestResult &result)
{
    switch (result.status) {
    case CallStatus::OutcomeUnknown:
    case CallStatus::BadResponse: // something answered: the portal may have run the call
        return true;
    case CallStatus::TransportError:
        break;
    case CallStatus::Ok:
    case CallStatus::ApiError:
    case CallStatus::Refused:
    case CallStatus::Cancelled:
        return false;
    }
    // The client treats get with clear=0 as a read, so a connection lost after sending arrives as
    // a transport error. Only failures before anything was sent are certain.
    switch (result.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return false;
    default:
        return true;
    }
}

void ReserveCommand::report(const RestResult &result)
{
    if (!result.ok()) {
        if (mayHaveBeenApplied(result)) {
            m_context.console->printFailure(result);
            failWith(ExitCode::Partial,
                     tr("Whether rows were reserved is unknown: the request may have reached the portal. It "
                        "was not repeated. Run 'processes' to see the batches before trying again."));
            return;
        }
        failWith(result);
        return;
    }
    const QJsonObject answer = result.result.toObject();
    const QString processId = answer.value(QStringLiteral("process_id")).toString();
    QList<OfflineEvent> rows;
    for (const QJsonValue &value : answer.value(QStringLiteral("events")).toArray()) {
        OfflineEvent event = OfflineEvent::fromJson(value.toObject());
        event.processId = processId;
        event.error = options().filter.error.value_or(false);
        rows.append(event);
    }
    if (json()) {
        m_context.console->outJson({{QStringLiteral("ok"), true},
                                    {QStringLiteral("portal"), portalName()},
                                    {QStringLiteral("connector"), m_context.connector},
                                    {QStringLiteral("processId"), processId},
                                    {QStringLiteral("count"), qint64(rows.size())},
                                    {QStringLiteral("rows"), EventTable::toJson(rows)}});
    } else if (rows.isEmpty()) {
        m_context.console->out(tr("No unreserved row matched; nothing was reserved.\n"));
    } else {
        m_context.console->out(EventTable::render(rows));
        m_context.console->out(tr("Reserved %n row(s) as batch %1 on %2. They are hidden from your "
                                  "application until cleared: %3 clear --process %1 --all-in-group\n",
                                  nullptr, int(rows.size()))
                                   .arg(processId, portalName(), QStringLiteral("b24-offline-queue-cli")));
    }
    finish(ExitCode::Success);
}

} // namespace b24::cli
