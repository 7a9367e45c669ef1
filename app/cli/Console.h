// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/SecretMasker.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QIODevice;

namespace b24 {
struct ErrorInfo;
struct RestResult;
struct RequestLogEntry;
} // namespace b24

namespace b24::cli {

// stdout for results, stderr for everything else. Every text passes through a SecretMasker that
// knows the session's concrete secrets, so even an unexpected echo cannot leak a token.
// Progress lines appear only when stderr is a terminal.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(b24::cli::Console)

public:
    Console(QIODevice *out, QIODevice *err, bool stderrIsTerminal);

    static bool stderrIsTerminalNow();

    void addSecret(const QString &secret);
    [[nodiscard]] const SecretMasker &masker() const { return m_masker; }

    void out(const QString &text);
    void outBytes(const QByteArray &bytes); // export payloads; masked too
    void outJson(const QJsonObject &document);
    void err(const QString &text);
    void warn(const QString &text); // "warning: " + text + newline
    void progress(const QString &text); // overwritten in place; nothing without a terminal
    void endProgress();

    // The catalog explanation: title, explanation, what to do, and the raw code/status.
    void printError(const ErrorInfo &info, int httpStatus = 0);
    void printFailure(const RestResult &result);
    void printRequest(const RequestLogEntry &entry); // --verbose

    [[nodiscard]] QIODevice *outDevice() const { return m_out; }
    [[nodiscard]] bool stderrIsTerminal() const { return m_stderrTty; }

private:
    QIODevice *m_out;
    QIODevice *m_err;
    bool m_stderrTty;
    bool m_progressShown = false;
    SecretMasker m_masker;
};

} // namespace b24::cli
