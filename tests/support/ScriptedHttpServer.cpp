// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedHttpServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

namespace b24::test {

QString HttpRequest::path() const
{
    return QUrl(QString::fromUtf8(target)).path();
}

QJsonObject HttpRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpRequest::queryItem(const QString &name) const
{
    return QUrlQuery(QUrl(QString::fromUtf8(target)).query()).queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray HttpRequest::raw() const
{
    QByteArray all = method + ' ' + target + "\r\n";
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        all += it.key() + ": " + it.value() + "\r\n";
    }
    return all + "\r\n" + body;
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ScriptedResponse ScriptedResponse::html(int status, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html")));
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::redirect(int status, const QByteArray &location)
{
    ScriptedResponse response;
    response.status = status;
    response.headers.append(qMakePair(QByteArray("Location"), location));
    return response;
}

ScriptedResponse ScriptedResponse::hang()
{
    ScriptedResponse response;
    response.kind = Kind::Hang;
    return response;
}

ScriptedResponse ScriptedResponse::close()
{
    ScriptedResponse response;
    response.kind = Kind::Close;
    return response;
}

ScriptedResponse ScriptedResponse::truncate(int status, const QByteArray &partialBody)
{
    ScriptedResponse response = json(status, partialBody);
    response.kind = Kind::Truncate;
    return response;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent) : QObject(parent)
{ }

ScriptedHttpServer::~ScriptedHttpServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
        }
    }
}

bool ScriptedHttpServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost);
}

bool ScriptedHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/rest/")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port()));
}

void ScriptedHttpServer::enqueue(const ScriptedResponse &response)
{
    m_queue.append(response);
}

void ScriptedHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void ScriptedHttpServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        m_connections += 1;
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0) {
            onReadyRead(socket);
        }
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        HttpRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        m_requests.append(request);
        ScriptedResponse response;
        if (!m_queue.isEmpty()) {
            response = m_queue.takeFirst();
        } else if (m_handler) {
            response = m_handler(request);
        } else {
            response = ScriptedResponse::json(
                500,
                QByteArrayLiteral(
                    "{\"error\":\"NO_SCRIPT\",\"error_description\":\"No scripted response left\"}"));
        }
        Q_EMIT requestReceived(request);
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard) {
                    respond(guard, response);
                }
            });
        } else {
            respond(socket, response);
        }
    }
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const ScriptedResponse &response)
{
    switch (response.kind) {
    case ScriptedResponse::Kind::Hang:
        return;
    case ScriptedResponse::Kind::Close:
        socket->abort();
        return;
    case ScriptedResponse::Kind::Reply:
    case ScriptedResponse::Kind::Truncate:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    const qsizetype declared = response.kind == ScriptedResponse::Kind::Truncate ? response.body.size() + 100
                                                                                 : response.body.size();
    head += "Content-Length: " + QByteArray::number(declared) + "\r\nConnection: close\r\n\r\n";
    socket->write(head + response.body);
    socket->flush();
    if (response.kind == ScriptedResponse::Kind::Truncate) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(50, this, [guard] {
            if (guard) {
                guard->abort();
            }
        });
        return;
    }
    socket->disconnectFromHost();
}

bool ScriptedHttpServer::makeSelfSignedCertificate(QSslCertificate *certificate, QSslKey *key, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        *error = QString::fromUtf8(openssl.readAll());
        return false;
    }
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl wrote no files");
        return false;
    }
    *certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    *key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (certificate->isNull() || key->isNull()) {
        *error = QStringLiteral("could not load the generated certificate or key");
        return false;
    }
    return true;
}

} // namespace b24::test
