// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkErrorCommand.h"

#include "Console.h"
#include "DryRun.h"
#include "RowLoad.h"
#include "net/RestClient.h"
#include "queue/QueueActions.h"

#include <QJsonArray>
#include <QSet>

namespace b24::cli {

void MarkErrorCommand::start()
{
    const QString problem = QueueActions::validateMarkError(options().processId, options().messageIds);
    if (!problem.isEmpty()) {
        failWith(ExitCode::Usage, problem);
        return;
    }
    m_load = new RowLoad(m_context.client, m_context.console, this);
    ListFilter batch;
    batch.processId = options().processId;
    m_load->start(batch, [this](const QueueLoader::Report &report) {
        if (!RowLoad::succeeded(report, false)) {
            m_context.console->err(tr("Could not load the batch's rows; nothing was marked.\n"));
            failWith(report.failure);
            return;
        }
        QSet<QString> inBatch;
        for (const OfflineEvent &event : m_load->snapshot().events()) {
            inBatch.insert(event.messageId.toLower());
        }
        QStringList missing;
        for (const QString &messageId : options().messageIds) {
            if (!inBatch.contains(messageId)) {
                missing << messageId;
            }
        }
        if (!missing.isEmpty()) {
            failWith(ExitCode::Error,
                     tr("%n MESSAGE_ID(s) are not in batch %1: %2. Nothing was sent: for them "
                        "event.offline.error would mark nothing and delete their copies elsewhere.",
                        nullptr, int(missing.size()))
                         .arg(options().processId, missing.join(QLatin1Char(','))));
            return;
        }
        send();
    });
}

void MarkErrorCommand::send()
{
    if (options().dryRun) {
        DryRun dryRun(m_context.portal.restBase(), m_context.connector);
        dryRun.add(QStringLiteral("event.offline.error"),
                   {{QStringLiteral("process_id"), options().processId},
                    {QStringLiteral("message_id"), QJsonArray::fromStringList(options().messageIds)}});
        dryRun.print(m_context.console, json(),
                     QueueActions::describeMarkError(options().processId, options().messageIds));
        finish(ExitCode::Success);
        return;
    }
    auto *actions = new QueueActions(m_context.client, m_context.audit, this);
    RestCall *call = actions->markError(options().processId, options().messageIds);
    connect(call, &RestCall::finished, this, &MarkErrorCommand::verify);
}

void MarkErrorCommand::verify(const RestResult &result)
{
    if (!result.ok() && result.status != CallStatus::OutcomeUnknown) {
        failWith(result);
        return;
    }
    if (!result.ok()) {
        m_context.console->printFailure(result);
    }
    // Re-list the error rows: a marked row is ERROR=1 with an empty PROCESS_ID.
    ListFilter errors;
    errors.processId = QString();
    errors.error = true;
    // An answer lost on the way keeps exit code 3 even when the re-list shows every row marked,
    // as for clear: the script learns that the call's own outcome was not confirmed.
    const bool answered = result.ok();
    m_load->start(errors, [this, answered](const QueueLoader::Report &report) {
        if (!RowLoad::succeeded(report, false)) {
            m_context.console->err(
                tr("The error rows could not be re-listed; the outcome is not verified.\n"));
            m_context.console->printFailure(report.failure);
            finish(ExitCode::Partial);
            return;
        }
        QSet<QString> marked;
        for (const OfflineEvent &event : m_load->snapshot().events()) {
            marked.insert(event.messageId.toLower());
        }
        QStringList verified;
        QStringList notMarked;
        for (const QString &messageId : options().messageIds) {
            (marked.contains(messageId) ? verified : notMarked).append(messageId);
        }
        const bool complete = notMarked.isEmpty();
        if (json()) {
            m_context.console->outJson(
                {{QStringLiteral("ok"), complete && answered},
                 {QStringLiteral("portal"), portalName()},
                 {QStringLiteral("processId"), options().processId},
                 {QStringLiteral("requested"), qint64(options().messageIds.size())},
                 {QStringLiteral("markedVerified"), QJsonArray::fromStringList(verified)},
                 {QStringLiteral("notMarked"), QJsonArray::fromStringList(notMarked)}});
        } else {
            m_context.console->out(tr("Marked as error (verified): %1 of %2 MESSAGE_ID(s).\n")
                                       .arg(verified.size())
                                       .arg(options().messageIds.size()));
            for (const QString &messageId : notMarked) {
                m_context.console->out(tr("  not marked: %1\n").arg(messageId));
            }
        }
        finish(complete && answered ? ExitCode::Success : ExitCode::Partial);
    });
}

} // namespace b24::cli
