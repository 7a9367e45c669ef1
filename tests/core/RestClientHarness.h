// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScriptedHttpServer.h"
#include "TestSupport.h"
#include "net/BatchRequest.h"
#include "net/RestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

#include <optional>

#include <gtest/gtest.h>

namespace b24::test {

inline const QString AccessToken = QStringLiteral("acc-0123456789abcdef-OLD");
inline const QString RefreshToken = QStringLiteral("ref-0123456789abcdef-OLD");
inline const QString ClientSecret = QStringLiteral("sec-0123456789abcdef-CLIENT");
inline const QString NewAccessToken = QStringLiteral("acc-fedcba9876543210-NEW");
inline const QString NewRefreshToken = QStringLiteral("ref-fedcba9876543210-NEW");

// A RestClient pointed at a ScriptedHttpServer portal over loopback, recording what it reports.
struct RestClientHarness {
    QNetworkAccessManager network;
    ScriptedHttpServer portal;
    RestClient client {&network};
    QList<RequestLogEntry> log;
    QList<QPair<int, QString>> waits;
    QList<Credentials> rotations;

    explicit RestClientHarness(bool startPortal = true)
    {
        if (startPortal) {
            EXPECT_TRUE(portal.listen());
            client.setPortal(PortalAddress::parse(portal.baseUrl().toString()));
        }
        Credentials credentials;
        credentials.accessToken = AccessToken;
        client.setCredentials(credentials);
        RateLimitConfig limits;
        limits.baseBackoffMs = 10;
        client.setRateLimit(limits);
        QObject::connect(&client, &RestClient::requestLogged, &portal,
                         [this](const RequestLogEntry &entry) { log.append(entry); });
        QObject::connect(&client, &RestClient::waiting, &portal, [this](int ms, const QString &reason) {
            waits.append({ms, reason});
        });
        QObject::connect(&client, &RestClient::credentialsRotated, &portal,
                         [this](const Credentials &rotated) { rotations.append(rotated); });
    }

    static RestResult wait(RestCall *call, int timeoutMs = 15000)
    {
        auto result = std::make_shared<std::optional<RestResult>>();
        auto count = std::make_shared<int>(0);
        QObject::connect(call, &RestCall::finished, call, [result, count](const RestResult &r) {
            *result = r;
            ++*count;
        });
        EXPECT_TRUE(waitUntil([result] { return result->has_value(); }, timeoutMs));
        EXPECT_EQ(*count, 1);
        return result->value_or(RestResult {});
    }

    RestResult run(const QString &method, const QJsonObject &params = {}, int timeoutMs = 15000)
    {
        return wait(client.call(method, params), timeoutMs);
    }
};

inline QJsonObject validClear()
{
    return QJsonObject {{QStringLiteral("process_id"), QStringLiteral("k3v9x0c2m1q8z7w6r5t4y3u2i1o0p9a8")},
                        {QStringLiteral("id"), QJsonArray {1, 2}}};
}

inline QByteArray okList(int rows = 1, const QByteArray &extraTop = {})
{
    QByteArray items;
    for (int i = 0; i < rows; ++i) {
        items += (i ? "," : "") + QByteArray(R"({"ID":")") + QByteArray::number(i + 1) + R"("})";
    }
    return "{\"result\":[" + items + "]" + extraTop
        + R"(,"time":{"start":1740813302.11,"finish":1740813302.19,"duration":0.08,"processing":0.01,)"
          R"("date_start":"2025-03-01T10:15:02+03:00","date_finish":"2025-03-01T10:15:02+03:00"}})";
}

} // namespace b24::test
