// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxAuth.h"
#include "SandboxFaults.h"
#include "SandboxOptions.h"
#include "SandboxQueue.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

#include <memory>

namespace b24::sandbox {

class AdminEndpoint;
class RestDispatcher;
class SandboxHttpServer;
struct HttpRequest;
struct HttpResponse;

// The in-process sandbox portal: HTTP(S) transport, the offline event queue, OAuth, limits,
// faults and the admin endpoint. Start it, point a client at baseUrl()/restUrl(), and use
// queue()/faults() to arrange what the client will see.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(const SandboxOptions &options, QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // portal root, e.g. https://127.0.0.1:40123/
    QUrl restUrl() const; // baseUrl + "rest/"
    QUrl tokenEndpoint() const; // baseUrl + "oauth/token/"
    QUrl authorizeUrl() const; // baseUrl + "oauth/authorize/" (browser sign-in)
    QUrl adminUrl() const; // baseUrl + "sandbox/"

    QString adminAccessToken() const;
    QString nonAdminAccessToken() const;
    QString refreshToken() const;
    QString clientId() const;
    QString clientSecret() const;
    QString webhookPath() const; // "rest/1/<code>/": the offline methods answer 403 WRONG_AUTH_TYPE
    QString adminKey() const; // header X-Sandbox-Key for /sandbox/* requests
    void expireAccessTokens(); // every access token issued so far is expired from now on
    void expireAuthorizationCodes(); // every /oauth/authorize/ code issued so far is expired from now on
    QString issueAccessToken(int userId, bool admin);

    QSslCertificate certificate() const; // null over plain HTTP
    QString certificateSha256Hex() const; // SHA-256 of the DER, lowercase hex
    // A client configuration that trusts exactly the sandbox certificate.
    QSslConfiguration clientSslConfiguration() const;

    SandboxQueue &queue();
    qsizetype seed(const SeedOptions &options); // Seeder::seed on this queue; returns rows added
    SandboxFaults &faults();
    SandboxOptions &options(); // live: feature switches and limits take effect on the next call
    void applyOptions(); // after changing rate/operating limits in options()
    void resetLimits(); // empties the leaky bucket and the operating-time buckets
    // Adds `seconds` of method time for the sandbox application, as slow calls would.
    void addOperatingTime(const QString &method, double seconds);
    quint64 requestCount() const; // HTTP requests served (any path)

Q_SIGNALS:
    void requestServed(const QByteArray &method, const QByteArray &path, int status);

private:
    HttpResponse handle(const HttpRequest &request);

    SandboxOptions m_options;
    SandboxQueue m_queue;
    SandboxFaults m_faults;
    SandboxAuth m_auth;
    std::unique_ptr<RestDispatcher> m_rest;
    std::unique_ptr<AdminEndpoint> m_admin;
    std::unique_ptr<SandboxHttpServer> m_http;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_adminKey;
    QUrl m_baseUrl;
    quint64 m_requestCount = 0;
};

} // namespace b24::sandbox
