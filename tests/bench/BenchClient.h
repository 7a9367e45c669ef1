// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/RateLimitConfig.h"
#include "net/RequestLogEntry.h"
#include "net/RestClient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

namespace b24::bench {

// Our RestClient pointed at a sandbox over loopback, counting what went over the wire: HTTP
// requests (every attempt the client logs), 503 QUERY_LIMIT_EXCEEDED answers and response bytes.
class BenchClient : public QObject
{
    Q_OBJECT

public:
    // rateLimit: the client's own leaky bucket; the default is what the app ships with (2/s, 50).
    BenchClient(const QUrl &portal, const QString &accessToken, const RateLimitConfig &rateLimit = {},
                QObject *parent = nullptr);
    ~BenchClient() override;

    [[nodiscard]] RestClient *client() const { return m_client.get(); }
    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] int limitExceeded() const { return m_limitExceeded; }
    [[nodiscard]] qint64 responseBytes() const { return m_responseBytes; }
    void resetCounters();

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<RestClient> m_client;
    int m_requests = 0;
    int m_limitExceeded = 0;
    qint64 m_responseBytes = 0;
};

} // namespace b24::bench
