// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthSignIn.h"

#include "CertificatePins.h"
#include "ErrorCatalog.h"
#include "NetLogging.h"
#include "SecretMasker.h"
#include "TokenRefresher.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace b24 {

namespace {

constexpr qsizetype MaxRequestBytes = 16 * 1024; // a browser's GET with a code fits easily
constexpr int ExchangeTimeoutMs = 30'000;

QString randomState()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

// The portal's domain as its sign-in answer names it: host, plus the port when not the default.
QString domainOf(const QUrl &url)
{
    const int port = url.port(-1);
    const bool defaultPort
        = port == -1 || (url.scheme() == u"https" && port == 443) || (url.scheme() == u"http" && port == 80);
    return defaultPort ? url.host() : url.host() + QLatin1Char(':') + QString::number(port);
}

} // namespace

OAuthSignIn::OAuthSignIn(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_masker(new SecretMasker),
      m_pins(new CertificatePins),
      m_refresher(new TokenRefresher(network, m_masker, m_pins, this)),
      m_server(new QTcpServer(this)),
      m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { fail(ErrorCatalog::forClientCode(QStringLiteral("SIGN_IN_TIMEOUT"))); });
    connect(m_server, &QTcpServer::newConnection, this, &OAuthSignIn::onConnection);
    connect(m_refresher, &TokenRefresher::refreshed, this, [this](const Credentials &credentials) {
        if (std::exchange(m_exchanging, false)) {
            qCInfo(lcNet) << "browser sign-in finished for" << m_portal.host();
            Q_EMIT signedIn(credentials);
        }
    });
    connect(m_refresher, &TokenRefresher::failed, this, [this](const RestResult &result) {
        if (std::exchange(m_exchanging, false))
            Q_EMIT failed(result.explanation);
    });
}

OAuthSignIn::~OAuthSignIn()
{
    delete m_refresher; // uses the masker and the pins
    delete m_pins;
    delete m_masker;
}

QUrl OAuthSignIn::redirectUri(quint16 port)
{
    QUrl uri;
    uri.setScheme(QStringLiteral("http"));
    uri.setHost(QStringLiteral("127.0.0.1"));
    uri.setPort(port);
    uri.setPath(QStringLiteral("/"));
    return uri;
}

void OAuthSignIn::pinCertificate(const QString &host, const QString &sha256Hex)
{
    m_pins->pin(host, sha256Hex);
}

bool OAuthSignIn::isRunning() const
{
    return m_server->isListening() || m_exchanging;
}

bool OAuthSignIn::start(const PortalAddress &portal, const Credentials &app, quint16 port, ErrorInfo *error)
{
    cancel();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error) {
            *error = ErrorCatalog::forClientCode(
                QStringLiteral("SIGN_IN_PORT_BUSY"),
                tr("127.0.0.1:%1: %2").arg(QString::number(port), m_server->errorString()));
        }
        return false;
    }
    m_portal = portal;
    m_app = app;
    m_app.accessToken.clear();
    m_app.refreshToken.clear();
    m_masker->clear();
    m_masker->addSecret(app.clientSecret);
    m_state = randomState();

    QUrl authorize = portal.restBase().resolved(QUrl(QStringLiteral("/oauth/authorize/")));
    authorize.setQuery(QStringLiteral("client_id=%1&state=%2&redirect_uri=%3")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(app.clientId)), m_state,
                                QString::fromLatin1(QUrl::toPercentEncoding(redirectUri(port).toString()))));
    m_authorizeUrl = authorize;
    m_timeout->start(BrowserTimeoutMs);
    qCInfo(lcNet) << "browser sign-in: waiting on" << redirectUri(port).toString() << "for" << portal.host();
    return true;
}

void OAuthSignIn::cancel()
{
    stopListening();
    m_exchanging = false; // a code exchange still under way is ignored when it ends
}

void OAuthSignIn::stopListening()
{
    m_timeout->stop();
    m_server->close();
}

void OAuthSignIn::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    }
}

void OAuthSignIn::onReadable(QTcpSocket *socket)
{
    // Only the request line matters; wait until the headers are complete so the answer goes out
    // after the browser finished sending.
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    if (request.size() > MaxRequestBytes) {
        socket->abort();
        return;
    }
    if (!request.contains("\r\n\r\n")) {
        socket->setProperty("request", request);
        return;
    }
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    if (requestLine.size() < 3 || requestLine.at(0) != "GET") {
        reply(socket, 405, tr("Not a sign-in answer"), tr("Only the portal's redirect is expected here."));
        return;
    }
    handleAnswer(socket, QUrl::fromEncoded(requestLine.at(1)));
}

void OAuthSignIn::handleAnswer(QTcpSocket *socket, const QUrl &target)
{
    const QUrlQuery query(target);
    const bool isAnswer
        = query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("error"));
    if (!m_server->isListening() || !isAnswer) {
        // favicon.ico, a reload after the sign-in finished, a stray visitor: not ours to act on.
        reply(socket, 404, tr("Not a sign-in answer"),
              tr("This address only receives the portal's answer to a sign-in started in "
                 "b24-offline-queue."));
        return;
    }
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        reply(socket, 400, tr("Sign-in answer not used"),
              tr("This answer does not belong to the sign-in b24-offline-queue started. Start the "
                 "sign-in again from the connection profile."));
        fail(ErrorCatalog::forClientCode(QStringLiteral("SIGN_IN_STATE_MISMATCH")));
        return;
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString detail = m_masker->maskText(
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).isEmpty()
                ? query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded)
                : query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded));
        reply(socket, 200, tr("Sign-in refused"),
              tr("The portal refused the sign-in: %1. Return to b24-offline-queue.").arg(detail));
        fail(ErrorCatalog::forClientCode(QStringLiteral("SIGN_IN_DENIED"), detail));
        return;
    }
    const QString domain = query.queryItemValue(QStringLiteral("domain"), QUrl::FullyDecoded);
    const QString expected = domainOf(m_portal.restBase());
    if (!domain.isEmpty() && domain.compare(expected, Qt::CaseInsensitive) != 0) {
        reply(socket, 200, tr("Signed in to another portal"),
              tr("The browser signed in to %1, but the profile is for %2. Return to "
                 "b24-offline-queue.")
                  .arg(domain, expected));
        fail(
            ErrorCatalog::forClientCode(QStringLiteral("SIGN_IN_WRONG_PORTAL"),
                                        tr("Signed in to %1; the profile is for %2.").arg(domain, expected)));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    m_masker->addSecret(code);
    reply(socket, 200, tr("Signed in"),
          tr("b24-offline-queue received the portal's answer. You can close this tab and return to "
             "the application."));
    stopListening();
    m_exchanging = true;
    m_refresher->startWithCode(m_app, code, ExchangeTimeoutMs);
}

void OAuthSignIn::reply(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    const QByteArray body
        = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                         "</head><body style=\"font-family:sans-serif;margin:3em\"><h2>%1</h2>"
                         "<p>%2</p></body></html>")
              .arg(title.toHtmlEscaped(), message.toHtmlEscaped()) // the portal's texts come from a URL
              .toUtf8();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                    "Connection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void OAuthSignIn::fail(const ErrorInfo &why)
{
    stopListening();
    qCWarning(lcNet) << "browser sign-in failed:" << why.code;
    Q_EMIT failed(why);
}

} // namespace b24
