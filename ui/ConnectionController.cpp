// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionController.h"

#include "ConnectionDialog.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "net/RestClient.h"
#include "net/SecretMasker.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QLabel>
#include <QStatusBar>

namespace b24::ui {

// Messages are written as MainWindow::tr(): the Russian catalogue has them in that context.

ConnectionController::ConnectionController(RestClient *client, ProfileStore *profiles, LogPanel *logPanel,
                                           MessageBanner *banner, QLabel *connectionLabel,
                                           QMainWindow *window)
    : QObject(window),
      m_client(client),
      m_profiles(profiles),
      m_logPanel(logPanel),
      m_banner(banner),
      m_connectionLabel(connectionLabel),
      m_window(window)
{
    connect(m_client, &RestClient::credentialsRotated, this, &ConnectionController::storeRotatedCredentials);
}

void ConnectionController::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

bool ConnectionController::prepare(const ConnectionProfile &profile, const Credentials &credentials)
{
    m_profile = profile;
    m_credentials = credentials;
    m_portal = PortalAddress::parse(profile.portal,
                                    profile.allowPlainHttp ? PortalAddress::HttpPolicy::AllowHttp
                                                           : PortalAddress::HttpPolicy::HttpsOnly);
    if (!m_portal.isValid()) {
        m_connected = false;
        m_banner->showMessage(ErrorSeverity::Error, MainWindow::tr("Cannot use this portal address"),
                              m_portal.error().toHtmlEscaped());
        return false;
    }
    m_client->setPortal(m_portal);
    m_client->setCredentials(credentials);
    m_client->setRateLimit(profile.rateLimit);
    m_client->setTransferTimeout(profile.timeoutSeconds * 1000);
    if (!profile.pinnedCertificateSha256.isEmpty()) {
        m_client->pinCertificate(m_portal.host(), profile.pinnedCertificateSha256);
    }
    // The request log shows bodies and URLs: every secret of this connection is masked there.
    SecretMasker masker;
    for (const QString &secret :
         {credentials.accessToken, credentials.refreshToken, credentials.clientSecret}) {
        masker.addSecret(secret);
    }
    m_logPanel->setSecretMasker(masker);
    m_logPanel->setRestBase(m_portal.restBase().toString());
    return true;
}

void ConnectionController::startPreflight()
{
    m_connected = false;
    m_lastPreflight.reset();
    m_connectionLabel->setText(MainWindow::tr("Connecting to %1…").arg(portalLabel()));
    m_banner->dismiss();
    m_preflightRunning = true;
    auto *preflight = new Preflight(m_client, this);
    connect(preflight, &Preflight::finished, this, [this, preflight](const Preflight::Report &report) {
        preflight->deleteLater();
        m_preflightRunning = false;
        onPreflightFinished(report);
    });
    preflight->start();
}

void ConnectionController::onPreflightFinished(const Preflight::Report &report)
{
    m_lastPreflight = report;
    m_connected = report.ok;
    if (!report.ok) {
        showFailure(report);
        Q_EMIT preflightFinished(false);
        return;
    }
    m_connectionLabel->setText(MainWindow::tr("Connected: %1").arg(portalLabel()));
    if (!report.notes.isEmpty()) {
        QStringList lines;
        for (const QString &note : report.notes) {
            lines << QStringLiteral("• ") + note.toHtmlEscaped();
        }
        m_banner->showMessage(
            report.offlineExtended.value_or(true) ? ErrorSeverity::Info : ErrorSeverity::Warning,
            MainWindow::tr("Connected to %1").arg(portalLabel()), lines.join(QStringLiteral("<br/>")));
    }
    if (m_profiles && !m_profile.name.isEmpty() && !m_demo) {
        m_profiles->setLastUsed(m_profile.name);
    }
    Q_EMIT preflightFinished(true);
}

void ConnectionController::showFailure(const Preflight::Report &report)
{
    m_connectionLabel->setText(MainWindow::tr("Not connected: %1").arg(portalLabel()));
    const ErrorInfo &explanation = report.failure.explanation;
    QStringList lines;
    if (!explanation.explanation.isEmpty()) {
        lines << explanation.explanation.toHtmlEscaped();
    }
    if (!explanation.action.isEmpty()) {
        lines << MainWindow::tr("<i>What to do:</i> %1").arg(explanation.action.toHtmlEscaped());
    }
    // The first note often restates the failure; show only what it adds.
    const QString said = explanation.explanation.left(40);
    for (const QString &note : report.notes) {
        if (said.isEmpty() || !note.contains(said)) {
            lines << QStringLiteral("• ") + note.toHtmlEscaped();
        }
    }
    const QString code = report.failure.errorCode.isEmpty() ? explanation.code : report.failure.errorCode;
    if (!code.isEmpty()) {
        lines << MainWindow::tr("Code: <tt>%1</tt> (HTTP %2)")
                     .arg(code.toHtmlEscaped())
                     .arg(report.failure.httpStatus);
    }
    m_banner->showMessage(ErrorSeverity::Error,
                          explanation.title.isEmpty()
                              ? MainWindow::tr("Could not connect to %1").arg(portalLabel())
                              : MainWindow::tr("Could not connect: %1").arg(explanation.title),
                          lines.join(QStringLiteral("<br/>")));
    m_window->statusBar()->showMessage(
        MainWindow::tr("Connection failed; see the message above and the request log (Ctrl+L)."));
}

void ConnectionController::forget()
{
    m_connected = false;
    m_client->setCredentials({});
    m_connectionLabel->setText(MainWindow::tr("Not connected"));
    m_banner->dismiss();
}

void ConnectionController::storeRotatedCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    if (m_secrets && !m_profile.name.isEmpty() && !m_demo) {
        m_secrets->store(m_profile.secretKey(), credentials.accessToken, credentials.refreshToken,
                         credentials.clientSecret, [](bool, const QString &) {});
    }
}

void ConnectionController::openDialog(bool newProfilesReadOnly)
{
    if (!m_secrets) {
        m_secrets = new SecretStore(QStringLiteral("b24-offline-queue"), this);
    }
    auto *dialog = new ConnectionDialog(m_profiles, m_secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNewProfilesReadOnly(newProfilesReadOnly);
    const QString last = m_profiles->lastUsed();
    if (!last.isEmpty()) {
        dialog->selectProfile(last);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_sessionOnlySecrets = m_secrets->sessionOnly();
        if (m_sessionOnlySecrets) {
            m_window->statusBar()->showMessage(
                MainWindow::tr("No keychain available: the secrets are kept for this session only."));
        }
        Q_EMIT connectRequested(dialog->profile(), dialog->credentials());
    });
    dialog->open();
}

QString ConnectionController::portalLabel() const
{
    QString label
        = m_demo ? MainWindow::tr("Sandbox (demo) %1").arg(m_portal.displayHost()) : m_portal.displayHost();
    if (m_portal.restBase().port() > 0 && !m_demo) {
        label += QLatin1Char(':') + QString::number(m_portal.restBase().port());
    }
    if (!m_credentials.authConnector.isEmpty()) {
        label += MainWindow::tr(" · connector %1").arg(m_credentials.authConnector);
    }
    if (m_sessionOnlySecrets && !m_demo) {
        label += MainWindow::tr(" · secrets for this session only (no keychain)");
    }
    return label;
}

} // namespace b24::ui
