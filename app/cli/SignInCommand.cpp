// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInCommand.h"

#include "Console.h"
#include "net/OAuthSignIn.h"
#include "net/RestResult.h"

namespace b24::cli {

SignInCommand::SignInCommand(const CommandContext &context, QNetworkAccessManager *network,
                             const Credentials &app, int port, const QString &pinnedSha256, QObject *parent)
    : Command(context, parent), m_signIn(new OAuthSignIn(network, this)), m_app(app), m_port(port)
{
    if (!pinnedSha256.isEmpty()) {
        m_signIn->pinCertificate(app.tokenEndpoint.host(), pinnedSha256);
    }
    connect(m_signIn, &OAuthSignIn::failed, this, &SignInCommand::onFailed);
    connect(m_signIn, &OAuthSignIn::signedIn, this, [this](const Credentials &credentials) {
        m_context.console->addSecret(credentials.accessToken);
        m_context.console->addSecret(credentials.refreshToken);
        Q_EMIT signedIn(credentials);
        if (json()) {
            m_context.console->outJson({{QStringLiteral("ok"), true},
                                        {QStringLiteral("exitCode"), 0},
                                        {QStringLiteral("signedIn"), true},
                                        {QStringLiteral("portal"), portalName()}});
        } else {
            m_context.console->out(tr("Signed in to %1: a new token pair was received.\n").arg(portalName()));
        }
        finish(ExitCode::Success);
    });
}

void SignInCommand::start()
{
    ErrorInfo problem;
    if (!m_signIn->start(m_context.portal, m_app, quint16(m_port), &problem)) {
        onFailed(problem);
        return;
    }
    // stderr: stdout stays free for --json, and a script can still show the address to a human.
    m_context.console->err(
        tr("Open this address in a browser signed in to %1 as an administrator, and allow the "
           "application:\n\n  %2\n\nWaiting up to 5 minutes for the portal's answer on %3 (the "
           "application's handler address must be exactly that). Ctrl+C stops.\n")
            .arg(portalName(), m_signIn->authorizeUrl().toString(QUrl::FullyEncoded),
                 OAuthSignIn::redirectUri(quint16(m_port)).toString()));
}

void SignInCommand::onFailed(const ErrorInfo &why)
{
    RestResult result;
    result.method = QStringLiteral("oauth.authorize");
    result.status = CallStatus::ApiError;
    result.errorCode = why.code;
    result.explanation = why;
    failWith(result);
}

} // namespace b24::cli
