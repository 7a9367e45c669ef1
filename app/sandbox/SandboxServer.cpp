// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "AdminEndpoint.h"
#include "CertificateFactory.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "OAuthAuthorizeEndpoint.h"
#include "OAuthTokenEndpoint.h"
#include "RestDispatcher.h"
#include "SandboxHttpServer.h"
#include "Seeder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandbox, "b24.sandbox")

namespace b24::sandbox {

SandboxServer::SandboxServer(QObject *parent) : QObject(parent)
{
    m_queue.setDefaultAppId(m_auth.clientId());
    m_adminKey = SandboxAuth::randomToken(24);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    stop();
    m_options = options;
    // The tokens made in the constructor get the configured lifetime.
    m_auth.setAccessTokenLifetime(options.accessTokenLifetimeSeconds);
    m_auth.reissueStartTokens();

    for (const QString &text : options.faults) {
        QString faultError;
        const auto parsed = SandboxFaults::parse(text, &faultError);
        if (!parsed) {
            if (error) {
                *error = faultError;
            }
            return false;
        }
        m_faults.set(parsed->first, parsed->second);
    }

    QSslConfiguration tls;
    if (options.tls) {
        CertificateFactory::Result generated;
        if (!CertificateFactory::generate(&generated, error)) {
            return false;
        }
        m_certificate = generated.certificate;
        m_key = generated.key;
        tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_certificate);
        tls.setPrivateKey(m_key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    m_rest = std::make_unique<RestDispatcher>(m_options, m_queue, m_auth, m_faults);
    m_admin = std::make_unique<AdminEndpoint>(*this);
    m_http = std::make_unique<SandboxHttpServer>();
    m_http->setHandler([this](const HttpRequest &request) { return handle(request); });
    QString listenError;
    if (!m_http->listen(options.address, options.port, tls, &listenError)) {
        if (error) {
            *error = QCoreApplication::translate("b24::sandbox::SandboxServer", "Cannot listen on %1:%2: %3")
                         .arg(options.address.toString())
                         .arg(options.port)
                         .arg(listenError);
        }
        m_http.reset();
        return false;
    }
    QString host = options.address.toString();
    if (options.address == QHostAddress::Any || options.address == QHostAddress::AnyIPv4) {
        host = QStringLiteral("127.0.0.1");
    } else if (options.address == QHostAddress::AnyIPv6) {
        host = QStringLiteral("::1");
    }
    m_baseUrl = QUrl();
    m_baseUrl.setScheme(options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    m_baseUrl.setHost(host);
    m_baseUrl.setPort(m_http->port());
    m_baseUrl.setPath(QStringLiteral("/"));

    if (options.seed.count > 0) {
        Seeder::seed(m_queue, options.seed);
    }
    qCDebug(lcSandbox) << "sandbox portal listening on" << m_baseUrl.toString();
    return true;
}

void SandboxServer::stop()
{
    if (m_http) {
        m_http->close();
        m_http.reset();
    }
}

bool SandboxServer::isRunning() const
{
    return m_http && m_http->isListening();
}

QUrl SandboxServer::baseUrl() const
{
    return m_baseUrl;
}

QUrl SandboxServer::restUrl() const
{
    return m_baseUrl.resolved(QUrl(QStringLiteral("rest/")));
}

QUrl SandboxServer::tokenEndpoint() const
{
    return m_baseUrl.resolved(QUrl(QStringLiteral("oauth/token/")));
}

QUrl SandboxServer::authorizeUrl() const
{
    return m_baseUrl.resolved(QUrl(QStringLiteral("oauth/authorize/")));
}

QUrl SandboxServer::adminUrl() const
{
    return m_baseUrl.resolved(QUrl(QStringLiteral("sandbox/")));
}

QString SandboxServer::adminAccessToken() const
{
    return m_auth.adminAccessToken();
}

QString SandboxServer::nonAdminAccessToken() const
{
    return m_auth.nonAdminAccessToken();
}

QString SandboxServer::refreshToken() const
{
    return m_auth.refreshToken();
}

QString SandboxServer::clientId() const
{
    return m_auth.clientId();
}

QString SandboxServer::clientSecret() const
{
    return m_auth.clientSecret();
}

QString SandboxServer::webhookPath() const
{
    return QStringLiteral("rest/%1/%2/").arg(m_auth.webhookUserId(), m_auth.webhookCode());
}

QString SandboxServer::adminKey() const
{
    return m_adminKey;
}

void SandboxServer::expireAccessTokens()
{
    m_auth.expireAccessTokens();
}

void SandboxServer::expireAuthorizationCodes()
{
    m_auth.expireAuthorizationCodes();
}

QString SandboxServer::issueAccessToken(int userId, bool admin)
{
    return m_auth.issueAccessToken(userId, admin);
}

QSslCertificate SandboxServer::certificate() const
{
    return m_certificate;
}

QString SandboxServer::certificateSha256Hex() const
{
    return m_certificate.isNull() ? QString() : CertificateFactory::sha256Hex(m_certificate);
}

QSslConfiguration SandboxServer::clientSslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_certificate.isNull()) {
        config.setCaCertificates({m_certificate});
    }
    return config;
}

SandboxQueue &SandboxServer::queue()
{
    return m_queue;
}

qsizetype SandboxServer::seed(const SeedOptions &options)
{
    return Seeder::seed(m_queue, options);
}

SandboxFaults &SandboxServer::faults()
{
    return m_faults;
}

SandboxOptions &SandboxServer::options()
{
    return m_options;
}

void SandboxServer::applyOptions()
{
    if (m_rest) {
        m_rest->applyOptions();
    }
}

void SandboxServer::resetLimits()
{
    if (m_rest) {
        m_rest->resetLimits();
    }
}

void SandboxServer::addOperatingTime(const QString &method, double seconds)
{
    if (m_rest) {
        m_rest->operatingLimiter().record(OperatingLimiter::keyFor(m_auth.clientId(), method.toLower()),
                                          seconds, QDateTime::currentSecsSinceEpoch());
    }
}

quint64 SandboxServer::requestCount() const
{
    return m_requestCount;
}

HttpResponse SandboxServer::handle(const HttpRequest &request)
{
    ++m_requestCount;
    QString path = QUrl::fromPercentEncoding(request.path);
    // nginx in front of a portal merges slashes; some clients build ".../rest//method".
    while (path.contains(QStringLiteral("//"))) {
        path.replace(QStringLiteral("//"), QStringLiteral("/"));
    }
    HttpResponse response;
    if (path.startsWith(u"/rest/")) {
        response = m_rest->handle(request, path.mid(6));
    } else if (path == u"/oauth/token" || path == u"/oauth/token/") {
        response = OAuthTokenEndpoint::handle(request, m_auth, m_baseUrl);
    } else if (path == u"/oauth/authorize" || path == u"/oauth/authorize/") {
        response = OAuthAuthorizeEndpoint::handle(request, m_auth, m_options, m_baseUrl, tokenEndpoint());
    } else if (path.startsWith(u"/sandbox/")) {
        response = m_admin->handle(request, path.mid(9));
    } else {
        response = HttpResponse::json(404,
                                      QByteArrayLiteral("{\"error\":\"NOT_FOUND\",\"error_description\":"
                                                        "\"The sandbox serves /rest/, /oauth/token/, "
                                                        "/oauth/authorize/ and /sandbox/\"}"));
    }
    Q_EMIT requestServed(request.method, request.path, response.status);
    return response;
}

} // namespace b24::sandbox
