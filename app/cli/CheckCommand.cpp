// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "Console.h"
#include "TablePrinter.h"

#include <QJsonArray>

namespace b24::cli {

namespace {
QString flag(const std::optional<bool> &value)
{
    if (!value) {
        return Command::tr("unknown");
    }
    return *value ? Command::tr("yes") : Command::tr("no");
}

QJsonValue flagJson(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

void CheckCommand::start()
{
    auto *preflight = new Preflight(m_context.client, this);
    connect(preflight, &Preflight::finished, this, &CheckCommand::report);
    preflight->start();
}

void CheckCommand::report(const Preflight::Report &report)
{
    if (json()) {
        QJsonObject document {{QStringLiteral("ok"), report.ok},
                              {QStringLiteral("portal"), portalName()},
                              {QStringLiteral("connector"), m_context.connector},
                              {QStringLiteral("offlineExtended"), flagJson(report.offlineExtended)},
                              {QStringLiteral("authConnectorFeature"), flagJson(report.authConnector)},
                              {QStringLiteral("total"), report.total},
                              {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
        if (!report.ok) {
            document.insert(QStringLiteral("exitCode"), toInt(exitCodeForResult(report.failure)));
            document.insert(QStringLiteral("error"),
                            errorJson(report.failure.explanation, report.failure.httpStatus,
                                      callStatusName(report.failure.status)));
        }
        m_context.console->outJson(document);
    } else {
        TablePrinter table({tr("CHECK"), tr("RESULT")});
        table.addRow({tr("Portal"), m_context.portal.restBase().toString()});
        table.addRow({tr("Connector"), m_context.connector.isEmpty() ? tr("(none)") : m_context.connector});
        table.addRow({tr("Queue readable"), report.ok ? tr("yes") : tr("no")});
        table.addRow({tr("rest_offline_extended (reserve)"), flag(report.offlineExtended)});
        table.addRow({tr("rest_auth_connector"), flag(report.authConnector)});
        if (report.total >= 0) {
            table.addRow({tr("Rows visible"), QString::number(report.total)});
        }
        m_context.console->out(table.toString());
        for (const QString &note : report.notes) {
            m_context.console->out(QStringLiteral("- %1\n").arg(note));
        }
    }
    if (report.ok) {
        finish(ExitCode::Success);
        return;
    }
    m_context.console->printFailure(report.failure);
    finish(exitCodeForResult(report.failure));
}

} // namespace b24::cli
