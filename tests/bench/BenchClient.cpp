// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchClient.h"

#include "net/Credentials.h"
#include "net/PortalAddress.h"

#include <QNetworkReply>

namespace b24::bench {

BenchClient::BenchClient(const QUrl &portal, const QString &accessToken, const RateLimitConfig &rateLimit,
                         QObject *parent)
    : QObject(parent), m_client(std::make_unique<RestClient>(&m_network))
{
    m_client->setPortal(PortalAddress::parse(portal.toString(), PortalAddress::HttpPolicy::AllowHttp));
    Credentials credentials;
    credentials.accessToken = accessToken;
    m_client->setCredentials(credentials);
    m_client->setRateLimit(rateLimit);
    // Large batches over a loaded 2-core machine: leave room before the transfer timeout.
    m_client->setTransferTimeout(120'000);
    connect(m_client.get(), &RestClient::requestLogged, this, [this](const RequestLogEntry &entry) {
        if (entry.attempt < 1 || entry.httpStatus == 0)
            return; // refused before sending: nothing went over the wire
        ++m_requests;
        if (entry.httpStatus == 503 || entry.explanation.code == QLatin1String("QUERY_LIMIT_EXCEEDED"))
            ++m_limitExceeded;
    });
    connect(&m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        m_responseBytes += reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    });
}

BenchClient::~BenchClient() = default;

void BenchClient::resetCounters()
{
    m_requests = 0;
    m_limitExceeded = 0;
    m_responseBytes = 0;
}

} // namespace b24::bench
