// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>

namespace b24::sandbox {

struct HttpRequest {
    QByteArray method; // GET, POST, …
    QByteArray path; // percent-encoded path without the query, e.g. /rest/event.offline.list.json
    QByteArray query; // raw query string without '?'
    QByteArray version; // HTTP/1.1
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool wantsKeepAlive() const;
};

// Incremental HTTP/1.1 request parser (Content-Length bodies; chunked uploads are refused).
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;

    // Consumes bytes from *buffer; on Complete, *request holds the request and the bytes that
    // belong to it are removed from the buffer (pipelined requests stay).
    State parse(QByteArray *buffer, HttpRequest *request);
    QByteArray errorText() const { return m_error; }

private:
    QByteArray m_error;
};

} // namespace b24::sandbox
