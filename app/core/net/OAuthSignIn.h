// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credentials.h"
#include "ErrorInfo.h"
#include "PortalAddress.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace b24 {

class CertificatePins;
class SecretMasker;
class TokenRefresher;

// Signs an administrator in through the browser and gets the application's token pair: OAuth 2.0
// authorization code with a loopback redirect (RFC 8252). Listens on http://127.0.0.1:<port>/,
// which must be the application's handler address in the portal; the browser opens
// https://<portal>/oauth/authorize/?client_id=…&state=…&redirect_uri=…, the portal sends it back
// here with a one-time code (30 s), and the code is exchanged at the token endpoint with the
// client secret. Only an answer carrying this sign-in's random state and the profile's portal is
// used; the code and the tokens are never logged or shown.
class OAuthSignIn : public QObject
{
    Q_OBJECT

public:
    static constexpr int BrowserTimeoutMs = 5 * 60 * 1000;

    explicit OAuthSignIn(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // app: clientId, clientSecret and tokenEndpoint (tokens, if any, are ignored). False, with
    // failed() not emitted, when the local port cannot be opened; *error then says why.
    bool start(const PortalAddress &portal, const Credentials &app, quint16 port, ErrorInfo *error);
    void cancel(); // stops listening; nothing more is emitted for this sign-in
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QUrl authorizeUrl() const { return m_authorizeUrl; } // for the browser
    // For a token endpoint with a self-signed certificate (self-hosted portals).
    void pinCertificate(const QString &host, const QString &sha256Hex);
    static QUrl redirectUri(quint16 port); // http://127.0.0.1:<port>/

Q_SIGNALS:
    void signedIn(const b24::Credentials &credentials); // the app's fields plus the new token pair
    void failed(const b24::ErrorInfo &why);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    // Answers the browser and, for this sign-in's code, starts the exchange.
    void handleAnswer(QTcpSocket *socket, const QUrl &target);
    void reply(QTcpSocket *socket, int status, const QString &title, const QString &message);
    void fail(const ErrorInfo &why);
    void stopListening();

    SecretMasker *m_masker;
    CertificatePins *m_pins;
    TokenRefresher *m_refresher;
    QTcpServer *m_server;
    QTimer *m_timeout;
    PortalAddress m_portal;
    Credentials m_app;
    QString m_state;
    QUrl m_authorizeUrl;
    bool m_exchanging = false;
};

} // namespace b24
