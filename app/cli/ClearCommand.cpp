// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearCommand.h"

#include "Confirmation.h"
#include "Console.h"
#include "DryRun.h"
#include "InterruptWatcher.h"
#include "RowLoad.h"
#include "TablePrinter.h"
#include "queue/ClearExecutor.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace b24::cli {

namespace {
constexpr int ListedIdsInMessages = 20;

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids.mid(0, ListedIdsInMessages)) {
        parts << QString::number(id);
    }
    if (ids.size() > ListedIdsInMessages) {
        parts << QStringLiteral("…");
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

void ClearCommand::start()
{
    m_load = new RowLoad(m_context.client, m_context.console, this);
    m_load->start(options().effectiveFilter(), [this](const QueueLoader::Report &report) {
        if (!RowLoad::succeeded(report, false)) {
            m_context.console->err(tr("Could not load the group's rows; nothing was cleared.\n"));
            failWith(report.failure);
            return;
        }
        planAndRun();
    });
}

QueueGroup ClearCommand::groupFromRows() const
{
    QueueGroup group;
    switch (options().group) {
    case GroupChoice::Process:
        group.kind = QueueGroup::Kind::Batch;
        group.processId = options().processId;
        break;
    case GroupChoice::Errors:
        group.kind = QueueGroup::Kind::Errors;
        break;
    case GroupChoice::Unreserved:
    case GroupChoice::None:
        group.kind = QueueGroup::Kind::Unreserved;
        break;
    }
    for (const OfflineEvent &event : m_load->snapshot().events()) {
        ++group.count;
        group.errorCount += event.error ? 1 : 0;
        group.oldest = group.oldest == 0 ? event.timestamp : std::min(group.oldest, event.timestamp);
        group.newest = std::max(group.newest, event.timestamp);
    }
    return group;
}

void ClearCommand::planAndRun()
{
    const QueueGroup group = groupFromRows();
    const QueueSnapshot &snapshot = m_load->snapshot();
    Console *console = m_context.console;

    ClearPlan::Mode mode = ClearPlan::Mode::ById;
    QList<qint64> ids;
    QStringList messageIds;
    qint64 rowsInScope = 0;
    if (options().allInGroup) {
        mode = ClearPlan::Mode::EntireGroup;
        for (const OfflineEvent &event : snapshot.events()) {
            ids.append(event.id);
        }
        rowsInScope = ids.size();
        if (ids.isEmpty()) {
            console->err(tr("Group \"%1\" has no rows on %2; nothing to clear, nothing was sent.\n")
                             .arg(group.displayName(), portalName()));
            if (json()) {
                console->outJson({{QStringLiteral("ok"), true},
                                  {QStringLiteral("requested"), 0},
                                  {QStringLiteral("clearedVerified"), 0},
                                  {QStringLiteral("summary"), tr("group is empty")}});
            }
            finish(ExitCode::Success);
            return;
        }
    } else if (!options().messageIds.isEmpty()) {
        mode = ClearPlan::Mode::ByMessageId;
        QSet<QString> inGroup;
        for (const OfflineEvent &event : snapshot.events()) {
            inGroup.insert(event.messageId.toLower());
        }
        QStringList missing;
        for (const QString &messageId : options().messageIds) {
            (inGroup.contains(messageId) ? messageIds : missing).append(messageId);
        }
        const QSet<QString> wanted(messageIds.cbegin(), messageIds.cend());
        for (const OfflineEvent &event : snapshot.events()) {
            rowsInScope += wanted.contains(event.messageId.toLower()) ? 1 : 0;
        }
        if (!missing.isEmpty()) {
            console->warn(
                tr("%n MESSAGE_ID(s) are not in group \"%1\" and are left out: %2", nullptr,
                   int(missing.size()))
                    .arg(group.displayName(), missing.mid(0, ListedIdsInMessages).join(QLatin1Char(','))));
        }
    } else {
        QSet<qint64> inGroup;
        for (const OfflineEvent &event : snapshot.events()) {
            inGroup.insert(event.id);
        }
        QList<qint64> missing;
        for (qint64 id : options().ids) {
            (inGroup.contains(id) ? ids : missing).append(id);
        }
        rowsInScope = ids.size();
        if (!missing.isEmpty()) {
            console->warn(tr("%n ID(s) are not in group \"%1\" and are left out (already gone, or in "
                             "another group): %2",
                             nullptr, int(missing.size()))
                              .arg(group.displayName(), idList(missing)));
        }
    }
    if (ids.isEmpty() && messageIds.isEmpty()) {
        failWith(ExitCode::Error,
                 tr("None of the given rows is in group \"%1\" on %2; nothing was sent. "
                    "'processes' and 'list' show where the rows are.")
                     .arg(group.displayName(), portalName()));
        return;
    }

    const ClearPlan plan = ClearPlan::make(group, mode, ids, messageIds);
    if (!plan.isValid()) {
        failWith(ExitCode::Error, tr("No clear could be planned: %1").arg(plan.error));
        return;
    }

    if (options().dryRun) {
        DryRun dryRun(m_context.portal.restBase(), m_context.connector);
        for (const BatchRequest &request : plan.requests) {
            dryRun.add(QStringLiteral("batch"), request.toParameters());
        }
        dryRun.print(console, json(),
                     tr("Would clear %n row(s) of group \"%1\" on %2 (%3).", nullptr, int(rowsInScope))
                         .arg(group.displayName(), portalName(), sentence(plan.describe())));
        finish(ExitCode::Success);
        return;
    }
    if (!confirm(plan, rowsInScope)) {
        return;
    }
    execute(plan);
}

bool ClearCommand::confirm(const ClearPlan &plan, qint64 rows)
{
    const bool needed = options().allInGroup || plan.group.kind != QueueGroup::Kind::Batch;
    if (!needed || options().yes) {
        return true;
    }
    if (!Confirmation::stdinIsTerminal()) {
        failWith(ExitCode::Usage, Confirmation::refusedWithoutTerminal());
        return false;
    }
    QFile in;
    QFile prompt;
    in.open(stdin, QIODevice::ReadOnly);
    prompt.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const QString what = options().allInGroup ? tr("every row of the group") : sentence(plan.describe());
    const QString host = m_context.connector.isEmpty()
        ? portalName()
        : tr("%1 (connector %2)").arg(portalName(), m_context.connector);
    if (!Confirmation::ask(Confirmation::question(host, plan.group.displayName(), rows, what), &in,
                           &prompt)) {
        failWith(ExitCode::Usage, tr("Not confirmed; nothing was sent."));
        return false;
    }
    return true;
}

void ClearCommand::execute(const ClearPlan &plan)
{
    auto *executor = new ClearExecutor(m_context.client, m_context.audit, this);
    auto *interrupt = new InterruptWatcher(this);
    connect(interrupt, &InterruptWatcher::interrupted, this, [this, executor] {
        m_context.console->err(
            tr("\nInterrupted: stopping after the request in flight, then re-listing the "
               "group. Press Ctrl-C again to quit at once (the outcome is then unknown).\n"));
        executor->cancel();
    });
    connect(executor, &ClearExecutor::progress, this, [this](int done, int total) {
        m_context.console->progress(tr("Clearing: request %1 of %2").arg(done).arg(total));
    });
    connect(executor, &ClearExecutor::verifying, this,
            [this] { m_context.console->progress(tr("Verifying: re-listing the group…")); });
    connect(executor, &ClearExecutor::finished, this,
            [this, plan](const ClearReport &result) { report(plan, result); });
    executor->start(plan);
}

ExitCode ClearCommand::exitCodeFor(const ClearReport &report)
{
    // Verified: every row in scope is gone (also when cancelled after the last request).
    if (report.verified && report.stillPresent.isEmpty() && report.stillPresentMessageIds.isEmpty()
        && !report.hasUnknownOutcome() && report.chunkCount(ClearReport::ChunkOutcome::NotSent) == 0) {
        return ExitCode::Success;
    }
    if (report.hasUnknownOutcome() || report.clearedVerified > 0 || report.cancelled) {
        return ExitCode::Partial;
    }
    for (const RestResult &failure : report.failures) {
        if (failure.status == CallStatus::OutcomeUnknown) {
            return ExitCode::Partial;
        }
        if (failure.explanation.authProblem) {
            return ExitCode::Auth;
        }
    }
    if (!report.failures.isEmpty()) {
        return ExitCode::Error;
    }
    return ExitCode::Partial; // nothing failed, yet rows are still there or could not be verified
}

void ClearCommand::report(const ClearPlan &plan, const ClearReport &report)
{
    Console *console = m_context.console;
    console->endProgress();
    const ExitCode code = exitCodeFor(report);
    if (json()) {
        QJsonObject document = report.toJson();
        document.insert(QStringLiteral("ok"), code == ExitCode::Success);
        document.insert(QStringLiteral("exitCode"), toInt(code));
        document.insert(QStringLiteral("portal"), portalName());
        document.insert(QStringLiteral("connector"), m_context.connector);
        document.insert(QStringLiteral("group"), plan.group.key());
        document.insert(QStringLiteral("mode"), ClearPlan::modeName(plan.mode));
        document.insert(QStringLiteral("summary"), report.summary());
        console->outJson(document);
    } else {
        TablePrinter table({tr("RESULT"), tr("ROWS")});
        table.setAlignment(1, TablePrinter::Align::Right);
        table.addRow({tr("In scope"), QString::number(report.requested)});
        table.addRow(
            {tr("Verified gone"), report.verified ? QString::number(report.clearedVerified) : tr("?")});
        table.addRow(
            {tr("Still present"), report.verified ? QString::number(report.stillPresent.size()) : tr("?")});
        console->out(tr("Cleared in group \"%1\" on %2 (%3):\n")
                         .arg(plan.group.displayName(), portalName(), sentence(plan.describe())));
        console->out(table.toString());
        for (qint64 id : report.stillPresent) {
            const QString reason = report.stillPresentReason.value(id);
            console->out(reason.isEmpty() ? tr("  still present: %1\n").arg(id)
                                          : tr("  still present: %1 (%2)\n").arg(id).arg(reason));
        }
        for (const QString &messageId : report.stillPresentMessageIds) {
            console->out(tr("  still present: MESSAGE_ID %1\n").arg(messageId));
        }
        console->out(report.summary() + QLatin1Char('\n'));
    }
    for (const RestResult &failure : report.failures) {
        console->printFailure(failure);
    }
    if (!report.verified) {
        console->err(tr("The outcome could not be verified%1. Re-list before acting again: %2 list %3\n")
                         .arg(report.verifyError.isEmpty() ? QString()
                                                           : QStringLiteral(" (%1)").arg(report.verifyError),
                              QStringLiteral("b24-offline-queue-cli"),
                              options().group == GroupChoice::Process
                                  ? QStringLiteral("--process ") + options().processId
                                  : options().group == GroupChoice::Errors ? QStringLiteral("--errors")
                                                                           : QStringLiteral("--unreserved")));
    } else if (report.hasUnknownOutcome()) {
        console->err(
            tr("A request may or may not have been applied (connection lost); the re-list above shows "
               "what is really gone. Nothing was retried automatically.\n"));
    }
    finish(code);
}

} // namespace b24::cli
