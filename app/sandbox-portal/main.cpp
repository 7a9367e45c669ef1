// SPDX-License-Identifier: GPL-3.0-or-later
// b24-sandbox-portal: the sandbox portal as a standalone server.
#include "PortalCommandLine.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("b24-sandbox-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(B24_VERSION));

    b24::sandbox::SandboxOptions options;
    b24::sandbox::PortalCommandLine commandLine;
    QString error;
    QTextStream err(stderr);
    if (!commandLine.parse(QCoreApplication::arguments(), &options, &error)) {
        err << error << Qt::endl
            << QCoreApplication::translate("main", "Run with --help for the options.") << Qt::endl;
        return 2;
    }
    b24::sandbox::SandboxServer server;
    if (!server.start(options, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (!commandLine.certificateOutputPath().isEmpty()) {
        QFile pem(commandLine.certificateOutputPath());
        if (!options.tls || !pem.open(QIODevice::WriteOnly) || pem.write(server.certificate().toPem()) < 0) {
            err << QCoreApplication::translate("main", "Cannot write the certificate to %1 (is TLS on?)")
                       .arg(commandLine.certificateOutputPath())
                << Qt::endl;
            return 1;
        }
    }
    // The printout is the point of this program: a person copies the URL and credentials from it.
    // The labels stay as they are in every language: scripts (tests/sandbox/jssdk) parse them.
    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "Sandbox portal running.") << Qt::endl
        << "REST URL:       " << server.restUrl().toString() << Qt::endl
        << "Access token:   " << server.adminAccessToken() << Qt::endl
        << "Refresh token:  " << server.refreshToken() << Qt::endl
        << "Client id:      " << server.clientId() << Qt::endl
        << "Client secret:  " << server.clientSecret() << Qt::endl
        << "Token endpoint: " << server.tokenEndpoint().toString() << Qt::endl
        << "Non-admin token:" << ' ' << server.nonAdminAccessToken() << Qt::endl
        << "Webhook URL:    " << server.baseUrl().resolved(QUrl(server.webhookPath())).toString() << Qt::endl
        << "Cert SHA-256:   "
        << (options.tls ? server.certificateSha256Hex() : QStringLiteral("(plain HTTP)")) << Qt::endl
        << "Admin key:      " << server.adminKey() << "  (header X-Sandbox-Key for "
        << server.adminUrl().toString() << "state)" << Qt::endl
        << "Queue rows:     " << server.queue().size() << Qt::endl;
    return QCoreApplication::exec();
}
