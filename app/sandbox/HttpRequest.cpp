// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"

namespace b24::sandbox {

bool HttpRequest::wantsKeepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0") {
        return connection.contains("keep-alive");
    }
    return !connection.contains("close");
}

HttpRequestParser::State HttpRequestParser::parse(QByteArray *buffer, HttpRequest *request)
{
    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer->size() > maxHeaderBytes) {
            m_error = "request header too large";
            return State::Error;
        }
        return State::NeedMore;
    }
    const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        m_error = "malformed request line";
        return State::Error;
    }
    HttpRequest parsed;
    parsed.method = requestLine.at(0).toUpper();
    parsed.version = requestLine.at(2);
    const QByteArray &target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    parsed.path = question < 0 ? target : target.left(question);
    parsed.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        parsed.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (parsed.headers.value("transfer-encoding").toLower().contains("chunked")) {
        m_error = "chunked request bodies are not supported";
        return State::Error;
    }
    qint64 length = 0;
    if (parsed.headers.contains("content-length")) {
        bool ok = false;
        length = parsed.headers.value("content-length").toLongLong(&ok);
        if (!ok || length < 0 || length > maxBodyBytes) {
            m_error = "bad Content-Length";
            return State::Error;
        }
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer->size() - bodyStart < length) {
        return State::NeedMore;
    }
    parsed.body = buffer->mid(bodyStart, length);
    buffer->remove(0, bodyStart + length);
    *request = parsed;
    return State::Complete;
}

} // namespace b24::sandbox
