// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace b24::sandbox {

struct HttpResponse {
    // What the connection does with the response: send it, cut its body (truncated-json fault),
    // or close the connection without a word (drop faults).
    // SendPartial announces the whole body but sends half of it and closes the connection.
    enum class Disposition { Send, SendTruncated, SendPartial, CloseWithoutReply };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Disposition disposition = Disposition::Send;
    int delayMs = 0;

    static HttpResponse json(int status, const QByteArray &body);
    static QByteArray reasonPhrase(int status);
    QByteArray serialize(bool keepAlive) const;
};

} // namespace b24::sandbox
