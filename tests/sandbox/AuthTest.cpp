// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication: tokens, expiry, the refresh endpoint, webhooks, non-admins, auth_connector, features.
#include "SandboxFixture.h"

#include <QUrlQuery>

using namespace b24::test;
namespace sandbox = b24::sandbox;

namespace {

class Auth : public SandboxFixture
{
protected:
    QUrl refreshUrl(const QString &refreshToken, const QString &secret) const
    {
        QUrl url = server->tokenEndpoint();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        query.addQueryItem(QStringLiteral("client_id"), server->clientId());
        query.addQueryItem(QStringLiteral("client_secret"), secret);
        query.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
        url.setQuery(query);
        return url;
    }
};

class AuthOverHttps : public Auth
{
protected:
    void SetUp() override
    {
        sandbox::SandboxOptions options = defaultOptions();
        options.tls = true;
        startSandbox(options);
    }
};

} // namespace

TEST_F(Auth, MissingTokenIsNoAuthFound)
{
    const HttpResult reply = http->callJson(QStringLiteral("event.offline.list"), {}, QString());
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.body,
              QByteArray("{\"error\":\"NO_AUTH_FOUND\",\"error_description\":\"Wrong authorization data\"}"));
}

TEST_F(Auth, UnknownTokenIsNoAuthFound)
{
    const HttpResult reply
        = http->callJson(QStringLiteral("event.offline.list"), {}, QStringLiteral("nonsense"));
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.error(), QStringLiteral("NO_AUTH_FOUND"));
}

TEST_F(Auth, ExpiredTokenIsExpiredToken)
{
    server->expireAccessTokens();
    const HttpResult reply = http->admin(QStringLiteral("event.offline.list"));
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.body,
              QByteArray("{\"error\":\"expired_token\",\"error_description\":\"The access token provided "
                         "has expired\"}"));
}

TEST_F(Auth, RefreshIssuesWorkingTokenAndRotatesTheRefreshToken)
{
    server->expireAccessTokens();
    const QString oldRefresh = server->refreshToken();
    const HttpResult refreshed = http->get(refreshUrl(oldRefresh, server->clientSecret()));
    ASSERT_EQ(refreshed.status, 200) << refreshed.body.toStdString();
    const QString access = refreshed.json.value(QStringLiteral("access_token")).toString();
    const QString refresh = refreshed.json.value(QStringLiteral("refresh_token")).toString();
    EXPECT_NE(refresh, oldRefresh);
    EXPECT_EQ(refreshed.json.value(QStringLiteral("expires_in")).toInt(), 3600);
    EXPECT_GT(refreshed.json.value(QStringLiteral("expires")).toInteger(), 0);
    EXPECT_EQ(refreshed.json.value(QStringLiteral("client_endpoint")).toString(),
              server->restUrl().toString());
    EXPECT_EQ(refreshed.json.value(QStringLiteral("user_id")).toInt(), 1);
    EXPECT_EQ(refreshed.json.value(QStringLiteral("status")).toString(), QStringLiteral("L"));
    for (const char *field : {"scope", "domain", "server_endpoint", "member_id"}) {
        EXPECT_TRUE(refreshed.json.contains(QString::fromLatin1(field))) << field;
    }
    EXPECT_EQ(http->callJson(QStringLiteral("event.offline.list"), {}, access).status, 200);

    const HttpResult reused = http->get(refreshUrl(oldRefresh, server->clientSecret()));
    EXPECT_EQ(reused.status, 400);
    EXPECT_EQ(reused.error(), QStringLiteral("invalid_grant"));

    // POST with a form body works as well, with the rotated token.
    QUrlQuery form(refreshUrl(refresh, server->clientSecret()));
    const HttpResult posted
        = http->post(server->tokenEndpoint(), form.toString(QUrl::FullyEncoded).toLatin1(),
                     "application/x-www-form-urlencoded");
    EXPECT_EQ(posted.status, 200) << posted.body.toStdString();
}

TEST_F(Auth, RefreshWithWrongSecretIsInvalidClient)
{
    const HttpResult reply = http->get(refreshUrl(server->refreshToken(), QStringLiteral("wrong")));
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.error(), QStringLiteral("invalid_client"));
}

TEST_F(Auth, NonAdminIsAccessDenied)
{
    const HttpResult reply
        = http->callJson(QStringLiteral("event.offline.get"), {}, server->nonAdminAccessToken());
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.body,
              QByteArray("{\"error\":\"ACCESS_DENIED\",\"error_description\":\"Access denied!\"}"));
}

TEST_F(Auth, BearerHeaderIsAccepted)
{
    const HttpResult reply
        = http->post(http->restUrl(QStringLiteral("event.offline.list")), "{}", "application/json",
                     {{"Authorization", "Bearer " + server->adminAccessToken().toLatin1()}});
    EXPECT_EQ(reply.status, 200);
}

TEST_F(Auth, AuthConnectorWithoutFeatureIsWrongLicenseEvenWhenEmpty)
{
    server->options().authConnectorFeature = false;
    QJsonObject params;
    params.insert(QStringLiteral("auth_connector"), QString());
    const HttpResult reply = http->admin(QStringLiteral("event.offline.list"), params);
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.error(), QStringLiteral("WRONG_LICENSE"));
    EXPECT_EQ(reply.description(),
              QStringLiteral("This feature is not enabled for the current license: auth_connector"));
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.list")).status, 200);
}

TEST_F(Auth, FeatureGetAnswersSwitches)
{
    QJsonObject params;
    params.insert(QStringLiteral("code"), QStringLiteral("rest_offline_extended"));
    EXPECT_EQ(http->admin(QStringLiteral("feature.get"), params)
                  .json.value(QStringLiteral("result"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toString(),
              QStringLiteral("Y"));
    server->options().offlineExtended = false;
    EXPECT_EQ(http->admin(QStringLiteral("feature.get"), params)
                  .json.value(QStringLiteral("result"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toString(),
              QStringLiteral("N"));
    const HttpResult missing = http->admin(QStringLiteral("feature.get"));
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.error(), QStringLiteral("CODE_EMPTY"));
    EXPECT_EQ(missing.description(), QStringLiteral("CODE can't be empty"));
}

TEST_F(Auth, WebhookOverPlainHttpNeedsHttps)
{
    const HttpResult reply = http->post(
        server->baseUrl().resolved(QUrl(server->webhookPath() + QStringLiteral("event.offline.list"))), {},
        "application/x-www-form-urlencoded");
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.error(), QStringLiteral("INVALID_REQUEST"));
}

TEST_F(AuthOverHttps, WebhookIsWrongAuthTypeForOfflineMethods)
{
    const QUrl url
        = server->baseUrl().resolved(QUrl(server->webhookPath() + QStringLiteral("event.offline.list.json")));
    const HttpResult reply = http->post(url, {}, "application/x-www-form-urlencoded");
    EXPECT_EQ(reply.status, 403) << reply.body.toStdString();
    EXPECT_EQ(reply.body,
              QByteArray("{\"error\":\"WRONG_AUTH_TYPE\",\"error_description\":\"Current authorization type "
                         "is denied for this method\"}"));
    // The same webhook may call other methods.
    const HttpResult feature = http->get(server->baseUrl().resolved(
        QUrl(server->webhookPath() + QStringLiteral("feature.get?CODE=rest_auth_connector"))));
    EXPECT_EQ(feature.status, 200) << feature.body.toStdString();
    const HttpResult wrong
        = http->post(server->baseUrl().resolved(QUrl(QStringLiteral("rest/1/wrongcode/profile"))), {},
                     "application/x-www-form-urlencoded");
    EXPECT_EQ(wrong.status, 401);
}
