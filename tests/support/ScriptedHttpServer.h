// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace b24::test {

// One request as the fixture received it.
struct HttpRequest {
    QByteArray method; // "POST", "GET"
    QByteArray target; // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    [[nodiscard]] QString path() const;
    [[nodiscard]] QJsonObject json() const; // body parsed as a JSON object (empty if not)
    [[nodiscard]] QString queryItem(const QString &name) const;
    [[nodiscard]] QByteArray raw() const; // everything, for "was this secret sent here" checks
};

// What the fixture does with the next request.
struct ScriptedResponse {
    enum class Kind {
        Reply, // a complete answer (Connection: close)
        Hang, // read the request, never answer (transfer timeouts)
        Close, // read the request, then drop the connection without a byte
        Truncate, // headers with Content-Length larger than the body sent, then drop
    };
    Kind kind = Kind::Reply;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;

    static ScriptedResponse json(int status, const QByteArray &body);
    static ScriptedResponse json(int status, const QJsonObject &body);
    static ScriptedResponse html(int status, const QByteArray &body);
    static ScriptedResponse redirect(int status, const QByteArray &location);
    static ScriptedResponse hang();
    static ScriptedResponse close();
    static ScriptedResponse truncate(int status, const QByteArray &partialBody);
};

// A tiny scriptable HTTP/1.1 (or HTTPS) server on 127.0.0.1 for client tests over real loopback.
// Answers from a queue of canned responses, falling back to a handler; records every request.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const HttpRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen(); // plain HTTP on a free port
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl baseUrl() const; // http(s)://127.0.0.1:<port>/rest/

    void enqueue(const ScriptedResponse &response);
    void setHandler(Handler handler); // used when the queue is empty
    [[nodiscard]] const QList<HttpRequest> &requests() const { return m_requests; }
    [[nodiscard]] int requestCount() const { return int(m_requests.size()); }
    [[nodiscard]] int connectionCount() const { return m_connections; }

    // A self-signed certificate for CN=localhost / IP 127.0.0.1, made with the openssl CLI.
    static bool makeSelfSignedCertificate(QSslCertificate *certificate, QSslKey *key, QString *error);

Q_SIGNALS:
    void requestReceived(const b24::test::HttpRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ScriptedResponse &response);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QList<ScriptedResponse> m_queue;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_connections = 0;
};

} // namespace b24::test
