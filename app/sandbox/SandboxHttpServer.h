// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

class QTcpServer;

namespace b24::sandbox {

// A small HTTP/1.1 server over QTcpServer or QSslServer: keep-alive, Content-Length bodies, and the
// control over the raw connection that the fault injection needs (drop, truncate, delay).
class SandboxHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    void setHandler(HttpConnection::Handler handler) { m_handler = std::move(handler); }
    // An invalid (null) configuration means plain HTTP.
    bool listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, QString *error);
    void close();
    bool isListening() const;
    quint16 port() const;
    int openConnections() const { return m_connections; }

private:
    void onNewConnection();

    std::unique_ptr<QTcpServer> m_server;
    HttpConnection::Handler m_handler;
    int m_connections = 0;
};

} // namespace b24::sandbox
