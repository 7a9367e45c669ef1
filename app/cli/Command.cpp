// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "Console.h"
#include "net/ErrorInfo.h"
#include "net/RestResult.h"

namespace b24::cli {

Command::Command(const CommandContext &context, QObject *parent) : QObject(parent), m_context(context)
{ }

void Command::finish(ExitCode code)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_context.console->endProgress();
    Q_EMIT finished(toInt(code));
}

QString Command::portalName() const
{
    const int port = m_context.portal.restBase().port();
    return port > 0 ? QStringLiteral("%1:%2").arg(m_context.portal.displayHost()).arg(port)
                    : m_context.portal.displayHost();
}

QString Command::sentence(const QString &text)
{
    QString result = text.trimmed();
    while (result.endsWith(QLatin1Char('.'))) {
        result.chop(1);
    }
    return result;
}

QJsonObject Command::errorJson(const ErrorInfo &info, int httpStatus, const QString &status)
{
    QJsonObject error {{QStringLiteral("code"), info.code},
                       {QStringLiteral("title"), info.title},
                       {QStringLiteral("explanation"), info.explanation},
                       {QStringLiteral("action"), info.action},
                       {QStringLiteral("authProblem"), info.authProblem}};
    if (httpStatus > 0) {
        error.insert(QStringLiteral("httpStatus"), httpStatus);
    }
    if (!status.isEmpty()) {
        error.insert(QStringLiteral("status"), status);
    }
    return error;
}

void Command::failWith(const RestResult &result)
{
    m_context.console->printFailure(result);
    const ExitCode code = exitCodeForResult(result);
    if (json()) {
        ErrorInfo info = result.explanation;
        if (info.isEmpty()) {
            info.code = result.errorCode;
            info.title = result.errorDescription;
        }
        m_context.console->outJson(
            {{QStringLiteral("ok"), false},
             {QStringLiteral("exitCode"), toInt(code)},
             {QStringLiteral("error"), errorJson(info, result.httpStatus, callStatusName(result.status))}});
    }
    finish(code);
}

void Command::failWith(ExitCode code, const QString &message)
{
    m_context.console->err(tr("Error: %1\n").arg(message));
    if (json()) {
        ErrorInfo info;
        info.title = message;
        m_context.console->outJson({{QStringLiteral("ok"), false},
                                    {QStringLiteral("exitCode"), toInt(code)},
                                    {QStringLiteral("error"), errorJson(info, 0, {})}});
    }
    finish(code);
}

} // namespace b24::cli
