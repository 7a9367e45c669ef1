// SPDX-License-Identifier: GPL-3.0-or-later
// expired_token handling over loopback: one refresh for many concurrent failures, then replays.
#include "RestClientHarness.h"

#include <QJsonDocument>

using namespace b24;
using namespace b24::test;

namespace {

const QByteArray Expired
    = R"({"error":"expired_token","error_description":"The access token provided has expired"})";

// A portal that accepts only the new token, and a token endpoint that hands it out.
struct RefreshFixture : RestClientHarness {
    ScriptedHttpServer oauth;
    int portalCallsWithOldToken = 0;

    RefreshFixture()
    {
        EXPECT_TRUE(oauth.listen());
        Credentials credentials = client.credentials();
        credentials.refreshToken = RefreshToken;
        credentials.clientId = QStringLiteral("local.app.1");
        credentials.clientSecret = ClientSecret;
        credentials.tokenEndpoint
            = QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token/").arg(oauth.port()));
        client.setCredentials(credentials);
        portal.setHandler([this](const HttpRequest &request) {
            if (request.json().value(QLatin1String("auth")).toString() != NewAccessToken) {
                ++portalCallsWithOldToken;
                return ScriptedResponse::json(401, Expired);
            }
            if (request.path().endsWith(QLatin1String("event.offline.clear"))) {
                return ScriptedResponse::json(200, QByteArray(R"({"result":true})"));
            }
            return ScriptedResponse::json(200, okList(1));
        });
    }

    void tokenEndpointGrants()
    {
        oauth.setHandler([](const HttpRequest &) {
            ScriptedResponse response
                = ScriptedResponse::json(200,
                                         QJsonObject {{QStringLiteral("access_token"), NewAccessToken},
                                                      {QStringLiteral("refresh_token"), NewRefreshToken},
                                                      {QStringLiteral("expires_in"), 3600}});
            response.delayMs = 100; // let every concurrent call hit expired_token first
            return response;
        });
    }
};

} // namespace

TEST(TokenRefresh, ConcurrentExpiredCallsShareOneRefreshThenReplay)
{
    RefreshFixture f;
    f.tokenEndpointGrants();
    QList<RestCall *> calls;
    QList<RestResult> results;
    for (int i = 0; i < 5; ++i) {
        calls.append(
            f.client.call(QStringLiteral("event.offline.list"), {{QStringLiteral("start"), i * 50}}));
    }
    // A clear that hit expired_token was rejected at the auth stage, so replaying it is safe.
    calls.append(f.client.call(QStringLiteral("event.offline.clear"), validClear()));
    for (RestCall *call : calls) {
        QObject::connect(call, &RestCall::finished, &f.portal,
                         [&](const RestResult &r) { results.append(r); });
    }
    ASSERT_TRUE(waitUntil([&] { return results.size() == 6; }, 10000));
    for (const RestResult &result : results) {
        EXPECT_EQ(result.status, CallStatus::Ok)
            << result.method.toStdString() << " " << result.explanation.explanation.toStdString();
        EXPECT_EQ(result.attempts, 2);
    }
    EXPECT_EQ(f.oauth.requestCount(), 1) << "exactly one refresh for all concurrent failures";
    EXPECT_EQ(f.portalCallsWithOldToken, 6);
    EXPECT_EQ(f.portal.requestCount(), 12);

    const HttpRequest &refresh = f.oauth.requests().first();
    EXPECT_EQ(refresh.method, "GET");
    EXPECT_EQ(refresh.queryItem(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    EXPECT_EQ(refresh.queryItem(QStringLiteral("client_id")), QStringLiteral("local.app.1"));
    EXPECT_EQ(refresh.queryItem(QStringLiteral("client_secret")), ClientSecret);
    EXPECT_EQ(refresh.queryItem(QStringLiteral("refresh_token")), RefreshToken);

    ASSERT_EQ(f.rotations.size(), 1);
    EXPECT_EQ(f.rotations.first().accessToken, NewAccessToken);
    EXPECT_EQ(f.rotations.first().refreshToken, NewRefreshToken);
    EXPECT_EQ(f.client.credentials().accessToken, NewAccessToken);

    bool refreshLogged = false;
    for (const RequestLogEntry &entry : std::as_const(f.log)) {
        if (entry.method == QLatin1String("oauth.token")) {
            refreshLogged = true;
            EXPECT_FALSE(entry.url.contains(QLatin1Char('?'))) << entry.url.toStdString();
            EXPECT_EQ(entry.parameters.value(QLatin1String("client_secret")).toString(),
                      QStringLiteral("***"));
            EXPECT_EQ(entry.parameters.value(QLatin1String("refresh_token")).toString(),
                      QStringLiteral("***"));
        }
    }
    EXPECT_TRUE(refreshLogged);
}

TEST(TokenRefresh, ReplayedCallThatExpiresAgainIsNotRefreshedTwice)
{
    RefreshFixture f;
    f.tokenEndpointGrants();
    f.portal.setHandler([](const HttpRequest &) { return ScriptedResponse::json(401, Expired); });
    const RestResult result = f.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::ApiError);
    EXPECT_EQ(result.errorCode, QStringLiteral("expired_token"));
    EXPECT_EQ(f.oauth.requestCount(), 1);
    EXPECT_EQ(f.portal.requestCount(), 2);
}

TEST(TokenRefresh, RefreshFailureEndsEveryWaitingCallWithTheReason)
{
    RefreshFixture f;
    f.oauth.setHandler([](const HttpRequest &) {
        ScriptedResponse response = ScriptedResponse::json(
            400, QByteArray(R"({"error":"invalid_grant","error_description":"Invalid refresh token"})"));
        response.delayMs = 100;
        return response;
    });
    QList<RestResult> results;
    for (int i = 0; i < 3; ++i) {
        QObject::connect(f.client.call(QStringLiteral("event.offline.list")), &RestCall::finished, &f.portal,
                         [&](const RestResult &r) { results.append(r); });
    }
    ASSERT_TRUE(waitUntil([&] { return results.size() == 3; }, 10000));
    for (const RestResult &result : results) {
        EXPECT_EQ(result.status, CallStatus::ApiError);
        EXPECT_EQ(result.errorCode, QStringLiteral("invalid_grant"));
        EXPECT_TRUE(result.explanation.authProblem);
        EXPECT_TRUE(result.explanation.explanation.contains(QStringLiteral("Renewing")));
        EXPECT_EQ(result.method, QStringLiteral("event.offline.list"));
    }
    EXPECT_EQ(f.oauth.requestCount(), 1);
    EXPECT_EQ(f.portal.requestCount(), 3) << "nothing is replayed after a failed refresh";
    EXPECT_TRUE(f.rotations.isEmpty());
}

TEST(TokenRefresh, UnreachableTokenEndpointIsTransportError)
{
    RefreshFixture f;
    Credentials credentials = f.client.credentials();
    quint16 port = 0;
    {
        ScriptedHttpServer gone;
        ASSERT_TRUE(gone.listen());
        port = gone.port();
    }
    credentials.tokenEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token/").arg(port));
    f.client.setCredentials(credentials);
    const RestResult result = f.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::TransportError);
    EXPECT_EQ(result.errorCode, QStringLiteral("TRANSPORT_CONNECTION_REFUSED"));
}

TEST(TokenRefresh, WithoutRefreshCredentialsExpiredTokenIsReported)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::json(401, Expired));
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::ApiError);
    EXPECT_EQ(result.errorCode, QStringLiteral("expired_token"));
    EXPECT_TRUE(result.explanation.authProblem);
    EXPECT_EQ(h.portal.requestCount(), 1);
}
