// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "CheckCommand.h"
#include "ClearCommand.h"
#include "CommandLine.h"
#include "Console.h"
#include "ListCommand.h"
#include "MarkErrorCommand.h"
#include "ProcessesCommand.h"
#include "ReserveCommand.h"
#include "SignInCommand.h"
#include "net/PortalAddress.h"
#include "net/RestClient.h"
#include "queue/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

namespace b24::cli {

CliRunner::CliRunner(Console *console, const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent), m_console(console), m_env(environment)
{ }

CliRunner::~CliRunner() = default;

int CliRunner::exec(const QStringList &arguments)
{
    const CommandLine::Outcome parsed = CommandLine::parse(arguments);
    switch (parsed.action) {
    case CommandLine::Action::Help:
    case CommandLine::Action::Version:
        m_console->out(parsed.text);
        return toInt(ExitCode::Success);
    case CommandLine::Action::UsageError:
        m_console->err(tr("%1: %2\n").arg(CommandLine::programName(), parsed.text));
        // The command line could not be parsed, so look for --json by hand: a script that asked
        // for JSON gets a document even now.
        if (arguments.contains(QStringLiteral("--json"))) {
            printJsonError(ExitCode::Usage, QStringLiteral("USAGE"), parsed.text);
        }
        return toInt(ExitCode::Usage);
    case CommandLine::Action::Run:
        break;
    }
    m_options = parsed.options;
    // The core's developer warnings duplicate what the command prints; --verbose (or
    // QT_LOGGING_RULES, which takes precedence) brings them back.
    if (!m_options.verbose) {
        QLoggingCategory::setFilterRules(QStringLiteral("b24.*.warning=false\nb24.*.info=false"));
    }
    QTimer::singleShot(0, this, &CliRunner::start);
    return QCoreApplication::exec();
}

void CliRunner::printJsonError(ExitCode code, const QString &errorCode, const QString &message)
{
    m_console->outJson(
        {{QStringLiteral("ok"), false},
         {QStringLiteral("exitCode"), toInt(code)},
         {QStringLiteral("error"),
          QJsonObject {{QStringLiteral("code"), errorCode}, {QStringLiteral("title"), message}}}});
}

void CliRunner::start()
{
    m_credentials = new CredentialSource(m_options, m_env, this);
    m_credentials->resolve([this](const CredentialSource::Resolved &resolved) { onResolved(resolved); });
}

void CliRunner::onResolved(const CredentialSource::Resolved &resolved)
{
    for (const QString &warning : resolved.warnings) {
        m_console->warn(warning);
    }
    if (!resolved.ok) {
        m_console->err(tr("Error: %1\n").arg(resolved.error));
        if (m_options.json) {
            printJsonError(resolved.failureCode, QStringLiteral("CREDENTIALS"), resolved.error);
        }
        stop(resolved.failureCode);
        return;
    }
    const Credentials &credentials = resolved.credentials;
    for (const QString &secret :
         {credentials.accessToken, credentials.refreshToken, credentials.clientSecret}) {
        m_console->addSecret(secret);
    }

    const PortalAddress portal = PortalAddress::parse(
        resolved.portal,
        resolved.allowHttp ? PortalAddress::HttpPolicy::AllowHttp : PortalAddress::HttpPolicy::HttpsOnly);
    if (!portal.isValid()) {
        const QString message
            = tr("the portal address \"%1\" is not usable: %2").arg(resolved.portal, portal.error());
        m_console->err(tr("Error: %1\n").arg(message));
        if (m_options.json) {
            printJsonError(ExitCode::Usage, QStringLiteral("PORTAL_ADDRESS"), message);
        }
        stop(ExitCode::Usage);
        return;
    }

    RateLimitConfig rate = resolved.profile ? resolved.profile->rateLimit : RateLimitConfig();
    if (m_options.rate) {
        rate.ratePerSecond = *m_options.rate;
    }
    if (m_options.burst) {
        rate.burst = *m_options.burst;
    }
    int timeoutSeconds = resolved.profile ? resolved.profile->timeoutSeconds : 30;
    if (m_options.timeoutSeconds) {
        timeoutSeconds = *m_options.timeoutSeconds;
    }
    QString pin = m_options.pinnedSha256;
    if (pin.isEmpty() && resolved.profile) {
        pin = resolved.profile->pinnedCertificateSha256;
    }

    m_network = new QNetworkAccessManager(this);
    m_client = new RestClient(m_network, this);
    m_client->setPortal(portal);
    m_client->setCredentials(credentials);
    m_client->setRateLimit(rate);
    m_client->setTransferTimeout(timeoutSeconds * 1000);
    if (!pin.isEmpty()) {
        m_client->pinCertificate(portal.host(), pin);
    }
    if (m_options.verbose) {
        connect(m_client, &RestClient::requestLogged, this,
                [this](const RequestLogEntry &entry) { m_console->printRequest(entry); });
    }
    connect(m_client, &RestClient::waiting, this, [this](int milliseconds, const QString &reason) {
        if (m_options.verbose) {
            m_console->err(tr("waiting %1 ms: %2\n").arg(milliseconds).arg(reason));
        } else {
            m_console->progress(tr("Waiting %1 s: %2").arg((milliseconds + 999) / 1000).arg(reason));
        }
    });
    connect(m_client, &RestClient::credentialsRotated, this, &CliRunner::onRotated);

    // Only destructive commands write the audit log; read-only ones never create the file.
    if (m_options.command == Subcommand::Clear || m_options.command == Subcommand::Reserve
        || m_options.command == Subcommand::MarkError) {
        const QString auditPath = m_env.value(QStringLiteral("B24_AUDIT_LOG"));
        m_audit = std::make_unique<AuditLog>(auditPath.isEmpty() ? AuditLog::defaultPath() : auditPath);
    }

    CommandContext context;
    context.options = &m_options;
    context.client = m_client;
    context.console = m_console;
    context.audit = m_audit.get();
    context.portal = portal;
    context.connector = credentials.authConnector;
    if (m_options.command == Subcommand::SignIn) {
        const int port
            = m_options.signInPort.value_or(resolved.profile ? resolved.profile->signInPort : 52180);
        auto *signIn = new SignInCommand(context, m_network, credentials, port, pin, this);
        connect(signIn, &SignInCommand::signedIn, this, &CliRunner::onRotated);
        m_command = signIn;
    } else {
        m_command = createCommandFor(context);
    }
    connect(m_command, &Command::finished, this, &CliRunner::onCommandFinished);
    m_command->start();
}

Command *CliRunner::createCommandFor(const CommandContext &context)
{
    switch (m_options.command) {
    case Subcommand::Check:
        return new CheckCommand(context, this);
    case Subcommand::Processes:
        return new ProcessesCommand(context, this);
    case Subcommand::List:
        return new ListCommand(ListCommand::Mode::List, context, this);
    case Subcommand::Export:
        return new ListCommand(ListCommand::Mode::Export, context, this);
    case Subcommand::Clear:
        return new ClearCommand(context, this);
    case Subcommand::Reserve:
        return new ReserveCommand(context, this);
    case Subcommand::MarkError:
    case Subcommand::SignIn: // built in onResolved(): it needs the application's credentials
    case Subcommand::None:
        break;
    }
    return new MarkErrorCommand(context, this);
}

void CliRunner::onRotated(const Credentials &credentials)
{
    for (const QString &secret :
         {credentials.accessToken, credentials.refreshToken, credentials.clientSecret}) {
        m_console->addSecret(secret);
    }
    ++m_pendingStores;
    m_credentials->storeRotated(credentials, [this](bool ok, const QString &notice) {
        if (ok) {
            m_console->err(notice + QLatin1Char('\n'));
        } else {
            m_console->warn(notice);
        }
        --m_pendingStores;
        quitWhenDone();
    });
}

void CliRunner::onCommandFinished(int exitCode)
{
    m_exitCode = exitCode;
    quitWhenDone();
}

void CliRunner::stop(ExitCode code)
{
    m_exitCode = toInt(code);
    quitWhenDone();
}

void CliRunner::quitWhenDone()
{
    if (m_exitCode && m_pendingStores == 0) {
        QCoreApplication::exit(*m_exitCode);
    }
}

} // namespace b24::cli
