// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include <QTimer>

namespace b24::sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { close(); });
    if (socket->bytesAvailable() > 0) {
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closed && m_socket) {
        HttpRequest request;
        const HttpRequestParser::State state = m_parser.parse(&m_buffer, &request);
        if (state == HttpRequestParser::State::NeedMore) {
            // curl sends "Expect: 100-continue" before bodies over 1 KiB and waits for this.
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (!m_continueSent && headerEnd >= 0
                && m_buffer.left(headerEnd).toLower().contains("\nexpect: 100-continue")) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        m_continueSent = false;
        if (state == HttpRequestParser::State::Error) {
            HttpResponse bad = HttpResponse::json(400,
                                                  "{\"error\":\"INVALID_REQUEST\",\"error_description\":\""
                                                      + m_parser.errorText() + "\"}");
            send(bad, false);
            return;
        }
        request.peer = m_socket->peerAddress();
        const HttpResponse response = m_handler(request);
        const bool keepAlive = request.wantsKeepAlive();
        if (response.delayMs > 0) {
            m_busy = true;
            QTimer::singleShot(response.delayMs, this, [this, response, keepAlive] {
                m_busy = false;
                send(response, keepAlive);
                processBuffer();
            });
            return;
        }
        send(response, keepAlive);
    }
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive)
{
    if (!m_socket || m_closed) {
        return;
    }
    if (response.disposition == HttpResponse::Disposition::CloseWithoutReply) {
        m_socket->abort();
        close();
        return;
    }
    const bool partial = response.disposition == HttpResponse::Disposition::SendPartial;
    m_socket->write(response.serialize(keepAlive && !partial));
    if (!keepAlive || partial) {
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::close()
{
    if (m_closed) {
        return;
    }
    m_closed = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace b24::sandbox
