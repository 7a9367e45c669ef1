// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "CommandContext.h"
#include "CredentialSource.h"
#include "ExitCode.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace b24 {
class AuditLog;
class RestClient;
struct Credentials;
} // namespace b24

namespace b24::cli {

class Command;
class Console;

// Wires one CLI run: parse, resolve credentials, configure the REST client, run the command's
// asynchronous chain inside QCoreApplication::exec(), wait for rotated tokens to be stored, quit.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    CliRunner(Console *console, const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~CliRunner() override;

    // Returns the process exit code. Runs the event loop only when a command needs the network.
    int exec(const QStringList &arguments);

private:
    void start();
    void onResolved(const CredentialSource::Resolved &resolved);
    void onRotated(const Credentials &credentials);
    void onCommandFinished(int exitCode);
    void quitWhenDone();
    void stop(ExitCode code);
    void printJsonError(ExitCode code, const QString &errorCode, const QString &message);
    Command *createCommandFor(const CommandContext &context);

    Console *m_console;
    QProcessEnvironment m_env;
    CliOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    RestClient *m_client = nullptr;
    CredentialSource *m_credentials = nullptr;
    std::unique_ptr<AuditLog> m_audit;
    Command *m_command = nullptr;
    int m_pendingStores = 0;
    std::optional<int> m_exitCode;
};

} // namespace b24::cli
