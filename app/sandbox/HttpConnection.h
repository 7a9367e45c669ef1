// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace b24::sandbox {

// One client connection: parses requests in order, asks the handler for each response and writes
// it (possibly after a delay), keeps the connection alive when the client wants that.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void processBuffer();
    void send(const HttpResponse &response, bool keepAlive);
    void close();

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    HttpRequestParser m_parser;
    bool m_busy = false; // a delayed response is pending; later requests wait
    bool m_closed = false;
    bool m_continueSent = false;
};

} // namespace b24::sandbox
