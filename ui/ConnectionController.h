// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Credentials.h"
#include "net/PortalAddress.h"
#include "queue/Preflight.h"
#include "settings/ConnectionProfile.h"

#include <QObject>

#include <optional>

class QLabel;
class QMainWindow;

namespace b24 {
class ProfileStore;
class RestClient;
class SecretStore;
} // namespace b24

namespace b24::ui {

class LogPanel;
class MessageBanner;

// The connection: the Connect dialog, the profile applied to the REST client (portal, rate limit,
// timeout, pinned certificate, secrets masked in the request log), the preflight and what it found
// (connection label, banner with the explanation and what to do), and rotated tokens written back
// to the keychain. The window clears its rows and loads once preflightFinished(true) arrives.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    ConnectionController(b24::RestClient *client, b24::ProfileStore *profiles, LogPanel *logPanel,
                         MessageBanner *banner, QLabel *connectionLabel, QMainWindow *window);

    // Applies the profile to the client; false, with a message, when the portal address is unusable.
    bool prepare(const b24::ConnectionProfile &profile, const b24::Credentials &credentials);
    void startPreflight(); // after prepare(); ends in preflightFinished()
    void forget(); // disconnect: no credentials on the client any more

    void openDialog(bool newProfilesReadOnly); // ends in connectRequested() when accepted
    void setSecretStore(b24::SecretStore *secrets); // not owned; default: the app's keychain service
    void setDemo(bool demo) { m_demo = demo; }

    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] bool isPreflightRunning() const { return m_preflightRunning; }
    [[nodiscard]] const b24::PortalAddress &portal() const { return m_portal; }
    [[nodiscard]] const b24::Credentials &credentials() const { return m_credentials; }
    [[nodiscard]] std::optional<b24::Preflight::Report> lastPreflight() const { return m_lastPreflight; }

Q_SIGNALS:
    void connectRequested(const b24::ConnectionProfile &profile, const b24::Credentials &credentials);
    void preflightFinished(bool ok);

private:
    void onPreflightFinished(const b24::Preflight::Report &report);
    void showFailure(const b24::Preflight::Report &report);
    void storeRotatedCredentials(const b24::Credentials &credentials);
    [[nodiscard]] QString portalLabel() const;

    b24::RestClient *m_client;
    b24::ProfileStore *m_profiles;
    b24::SecretStore *m_secrets = nullptr;
    LogPanel *m_logPanel;
    MessageBanner *m_banner;
    QLabel *m_connectionLabel;
    QMainWindow *m_window; // parent of the dialog, owner of the status bar

    b24::ConnectionProfile m_profile;
    b24::Credentials m_credentials;
    b24::PortalAddress m_portal;
    std::optional<b24::Preflight::Report> m_lastPreflight;
    bool m_connected = false;
    bool m_preflightRunning = false;
    bool m_demo = false;
    bool m_sessionOnlySecrets = false; // no keychain backend: the window says so
};

} // namespace b24::ui
