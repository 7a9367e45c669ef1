// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include "net/ErrorInfo.h"
#include "net/RequestLogEntry.h"
#include "net/RestResult.h"

#include <QIODevice>
#include <QJsonDocument>

#include <unistd.h>

namespace b24::cli {

namespace {
constexpr qsizetype VerboseBodyLimit = 2000;

QString statusName(CallStatus status)
{
    switch (status) {
    case CallStatus::Ok:
        return QStringLiteral("ok");
    case CallStatus::ApiError:
        return QStringLiteral("api-error");
    case CallStatus::TransportError:
        return QStringLiteral("transport-error");
    case CallStatus::BadResponse:
        return QStringLiteral("bad-response");
    case CallStatus::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    case CallStatus::Refused:
        return QStringLiteral("refused");
    case CallStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
} // namespace

Console::Console(QIODevice *out, QIODevice *err, bool stderrIsTerminal)
    : m_out(out), m_err(err), m_stderrTty(stderrIsTerminal)
{ }

bool Console::stderrIsTerminalNow()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void Console::addSecret(const QString &secret)
{
    m_masker.addSecret(secret);
}

void Console::out(const QString &text)
{
    endProgress();
    m_out->write(m_masker.maskText(text).toUtf8());
}

void Console::outBytes(const QByteArray &bytes)
{
    endProgress();
    m_out->write(m_masker.maskBytes(bytes));
}

void Console::outJson(const QJsonObject &document)
{
    outBytes(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

void Console::err(const QString &text)
{
    endProgress();
    m_err->write(m_masker.maskText(text).toUtf8());
}

void Console::warn(const QString &text)
{
    err(tr("warning: %1\n").arg(text));
}

void Console::progress(const QString &text)
{
    if (!m_stderrTty) {
        return;
    }
    m_err->write("\r\x1b[K");
    m_err->write(m_masker.maskText(text).toUtf8());
    m_progressShown = true;
}

void Console::endProgress()
{
    if (m_progressShown) {
        m_err->write("\r\x1b[K");
        m_progressShown = false;
    }
}

void Console::printError(const ErrorInfo &info, int httpStatus)
{
    QString text = tr("Error: %1").arg(info.title.isEmpty() ? info.code : info.title);
    QStringList details;
    if (!info.code.isEmpty() && info.code != info.title) {
        details << info.code;
    }
    if (httpStatus > 0) {
        details << tr("HTTP %1").arg(httpStatus);
    }
    if (!details.isEmpty()) {
        text += QStringLiteral(" [%1]").arg(details.join(QStringLiteral(", ")));
    }
    text += QLatin1Char('\n');
    if (!info.explanation.isEmpty()) {
        text += info.explanation + QLatin1Char('\n');
    }
    if (!info.action.isEmpty()) {
        text += tr("What to do: %1\n").arg(info.action);
    }
    err(text);
}

void Console::printFailure(const RestResult &result)
{
    ErrorInfo info = result.explanation;
    if (info.isEmpty()) {
        info.code = result.errorCode;
        info.title = result.errorDescription.isEmpty() ? result.errorCode : result.errorDescription;
    }
    printError(info, result.httpStatus);
}

void Console::printRequest(const RequestLogEntry &entry)
{
    QString text = QStringLiteral("[%1] %2 %3 -> HTTP %4, %5, %6 ms")
                       .arg(entry.id)
                       .arg(entry.method, entry.url)
                       .arg(entry.httpStatus)
                       .arg(statusName(entry.status))
                       .arg(entry.durationMs);
    if (entry.attempt > 1) {
        text += tr(", attempt %1").arg(entry.attempt);
    }
    text += QLatin1Char('\n');
    text += QStringLiteral("  > %1\n")
                .arg(QString::fromUtf8(
                    QJsonDocument(m_masker.maskParameters(entry.parameters)).toJson(QJsonDocument::Compact)));
    QByteArray body = entry.responseBody;
    const bool cut = body.size() > VerboseBodyLimit;
    body.truncate(VerboseBodyLimit);
    text += QStringLiteral("  < %1%2\n").arg(QString::fromUtf8(body), cut ? QStringLiteral("…") : QString());
    err(text);
}

} // namespace b24::cli
