// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttpServer.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace b24::sandbox {

SandboxHttpServer::SandboxHttpServer(QObject *parent) : QObject(parent)
{ }

SandboxHttpServer::~SandboxHttpServer() = default;

bool SandboxHttpServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                               QString *error)
{
    close();
    if (tls.isNull()) {
        m_server = std::make_unique<QTcpServer>();
    } else {
        auto sslServer = std::make_unique<QSslServer>();
        sslServer->setSslConfiguration(tls);
        // A client that gives up during the handshake must not keep a half-open socket around.
        sslServer->setHandshakeTimeout(10000);
        m_server = std::move(sslServer);
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &SandboxHttpServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        if (error) {
            *error = m_server->errorString();
        }
        m_server.reset();
        return false;
    }
    return true;
}

void SandboxHttpServer::close()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

bool SandboxHttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 SandboxHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void SandboxHttpServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket) {
            return;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, m_handler, this);
        connect(connection, &HttpConnection::finished, this, [this] { --m_connections; });
    }
}

} // namespace b24::sandbox
