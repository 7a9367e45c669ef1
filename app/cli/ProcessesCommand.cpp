// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessesCommand.h"

#include "Console.h"
#include "EventTable.h"
#include "RowLoad.h"
#include "TablePrinter.h"

#include <QDateTime>
#include <QJsonArray>

namespace b24::cli {

namespace {
QString kindName(QueueGroup::Kind kind)
{
    switch (kind) {
    case QueueGroup::Kind::Unreserved:
        return QStringLiteral("unreserved");
    case QueueGroup::Kind::Errors:
        return QStringLiteral("errors");
    case QueueGroup::Kind::Batch:
        return QStringLiteral("batch");
    }
    return {};
}

QString isoTime(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate) : QString();
}
} // namespace

void ProcessesCommand::start()
{
    m_load = new RowLoad(m_context.client, m_context.console, this);
    m_load->start(ListFilter(), [this](const QueueLoader::Report &report) {
        if (!RowLoad::succeeded(report, m_load->stoppedEarly())) {
            failWith(report.failure);
            return;
        }
        print();
    });
}

void ProcessesCommand::print()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<QueueGroup> groups = m_load->snapshot().groups(qint64(options().stuckAfterHours) * 3600, now);
    if (json()) {
        QJsonArray array;
        for (const QueueGroup &group : groups) {
            array.append(
                QJsonObject {{QStringLiteral("kind"), kindName(group.kind)},
                             {QStringLiteral("processId"), group.processId},
                             {QStringLiteral("count"), group.count},
                             {QStringLiteral("errorCount"), group.errorCount},
                             {QStringLiteral("oldest"), isoTime(group.oldest)},
                             {QStringLiteral("newest"), isoTime(group.newest)},
                             {QStringLiteral("ageSeconds"), group.oldest > 0 ? now - group.oldest : 0},
                             {QStringLiteral("stuck"), group.stuck}});
        }
        m_context.console->outJson({{QStringLiteral("ok"), true},
                                    {QStringLiteral("portal"), portalName()},
                                    {QStringLiteral("connector"), m_context.connector},
                                    {QStringLiteral("total"), qint64(m_load->snapshot().size())},
                                    {QStringLiteral("groups"), array}});
        finish(ExitCode::Success);
        return;
    }
    TablePrinter table(
        {tr("GROUP"), tr("PROCESS_ID"), tr("ROWS"), tr("ERRORS"), tr("OLDEST"), tr("AGE"), tr("STUCK")});
    table.setAlignment(2, TablePrinter::Align::Right);
    table.setAlignment(3, TablePrinter::Align::Right);
    for (const QueueGroup &group : groups) {
        table.addRow({kindName(group.kind), group.processId.isEmpty() ? QStringLiteral("-") : group.processId,
                      QString::number(group.count), QString::number(group.errorCount), isoTime(group.oldest),
                      group.oldest > 0 ? EventTable::age(now - group.oldest) : QString(),
                      group.stuck ? tr("yes") : QString()});
    }
    m_context.console->out(table.toString());
    m_context.console->out(
        tr("%n row(s) in total on %1.\n", nullptr, int(m_load->snapshot().size())).arg(portalName()));
    finish(ExitCode::Success);
}

} // namespace b24::cli
