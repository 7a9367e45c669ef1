// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credentials.h"
#include "RequestLogEntry.h"
#include "RestResult.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace b24 {

class CertificatePins;
class SecretMasker;

// One OAuth token request at a time against Credentials::tokenEndpoint: a refresh
// (grant_type=refresh_token), or the exchange of a browser sign-in's code
// (grant_type=authorization_code, see OAuthSignIn).
// Bitrix's token endpoint takes its parameters in a GET query; that query carries the client
// secret and refresh token, so it is never logged as is: the log entry shows the endpoint without
// query and the parameters masked. Redirects are not followed (the secret would travel on).
class TokenRefresher : public QObject
{
    Q_OBJECT

public:
    // pins: the client's pinned certificates, honoured for the token endpoint as for the portal.
    TokenRefresher(QNetworkAccessManager *network, SecretMasker *masker, const CertificatePins *pins,
                   QObject *parent = nullptr);

    [[nodiscard]] bool isRunning() const { return !m_reply.isNull(); }
    // Ignored while a refresh is running: every waiting caller gets that refresh's outcome.
    void start(const Credentials &credentials, int transferTimeoutMs);
    // Exchanges a sign-in code (valid 30 s, single use) for a token pair; refreshed() carries it.
    void startWithCode(const Credentials &credentials, const QString &code, int transferTimeoutMs);

Q_SIGNALS:
    void refreshed(const b24::Credentials &credentials);
    void failed(const b24::RestResult &result); // method "oauth.token"
    void logged(const b24::RequestLogEntry &entry); // id left 0: the client numbers entries

private:
    // grant: "refresh_token" (grantValue: the refresh token) or "authorization_code" (the code).
    void request(const Credentials &credentials, const QString &grant, const QString &grantValue,
                 int transferTimeoutMs);
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    SecretMasker *m_masker;
    const CertificatePins *m_pins;
    QString m_tlsFingerprint;
    QString m_tlsErrors;
    QPointer<QNetworkReply> m_reply;
    Credentials m_credentials;
    bool m_exchangingCode = false;
    RequestLogEntry m_entry;
    qint64 m_startedMs = 0;
};

} // namespace b24
