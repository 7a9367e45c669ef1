// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpResponse.h"

namespace b24::sandbox {

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append(std::make_pair(QByteArrayLiteral("Content-Type"),
                                           QByteArrayLiteral("application/json; charset=utf-8")));
    response.body = body;
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray payload = body;
    qsizetype length = body.size();
    if (disposition == Disposition::SendTruncated) {
        // A proxy that cut the body: the length matches what is sent, the JSON does not parse.
        payload = body.left(body.size() / 2);
        length = payload.size();
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (disposition == Disposition::SendPartial) {
        payload = body.left(body.size() / 2);
    }
    out += payload;
    return out;
}

} // namespace b24::sandbox
