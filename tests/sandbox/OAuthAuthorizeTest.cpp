// SPDX-License-Identifier: GPL-3.0-or-later
// Browser sign-in: /oauth/authorize/ (loopback redirect) and grant_type=authorization_code.
#include "SandboxFixture.h"
#include "TestSupport.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace b24::test;
namespace sandbox = b24::sandbox;

namespace {

// What the browser gets from /oauth/authorize/ (the redirect is not followed).
struct AuthorizeReply {
    int status = 0;
    QUrl location;
    QUrlQuery locationQuery;
    QByteArray contentType;
    QByteArray body;
};

class OAuthAuthorize : public SandboxFixture
{
protected:
    // The URL the desktop application opens, redirect_uri percent-encoded as a whole.
    QUrl authorizeUrl(const QString &clientId, const QString &redirectUri, const QString &state,
                      const QString &path = QStringLiteral("oauth/authorize/")) const
    {
        QUrl url = server->baseUrl().resolved(QUrl(path));
        QByteArray query = "client_id=" + QUrl::toPercentEncoding(clientId);
        query += "&state=" + QUrl::toPercentEncoding(state);
        if (!redirectUri.isNull()) {
            query += "&redirect_uri=" + QUrl::toPercentEncoding(redirectUri);
        }
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        return url;
    }

    QString loopbackRedirect() const { return QStringLiteral("http://127.0.0.1:54321/"); }

    AuthorizeReply authorize(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = http->network().get(request);
        bool finished = false;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&finished] { finished = true; });
        EXPECT_TRUE(waitUntil([&] { return finished; }, 20000));
        AuthorizeReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.location = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
        result.locationQuery = QUrlQuery(result.location);
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    QString signIn(const QString &state = QStringLiteral("st8"))
    {
        const AuthorizeReply reply = authorize(authorizeUrl(server->clientId(), loopbackRedirect(), state));
        EXPECT_EQ(reply.status, 302) << reply.body.toStdString();
        return reply.locationQuery.queryItemValue(QStringLiteral("code"));
    }

    HttpResult exchange(const QString &code, const QString &secret)
    {
        QUrl url = server->tokenEndpoint();
        url.setQuery(QString::fromLatin1("grant_type=authorization_code&client_id="
                                         + QUrl::toPercentEncoding(server->clientId())
                                         + "&client_secret=" + QUrl::toPercentEncoding(secret)
                                         + "&code=" + QUrl::toPercentEncoding(code)),
                     QUrl::StrictMode);
        return http->get(url);
    }

    HttpResult refresh(const QString &refreshToken)
    {
        QUrl url = server->tokenEndpoint();
        url.setQuery(QString::fromLatin1("grant_type=refresh_token&client_id="
                                         + QUrl::toPercentEncoding(server->clientId())
                                         + "&client_secret=" + QUrl::toPercentEncoding(server->clientSecret())
                                         + "&refresh_token=" + QUrl::toPercentEncoding(refreshToken)),
                     QUrl::StrictMode);
        return http->get(url);
    }

    HttpResult adminPost(const QString &path, const QByteArray &json)
    {
        return http->post(server->adminUrl().resolved(QUrl(path)), json, "application/json",
                          {{"X-Sandbox-Key", server->adminKey().toLatin1()}});
    }

    static QByteArray invalidCode()
    {
        return QByteArrayLiteral(
            "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid authorization code\"}");
    }
};

// Collects every message of the b24.sandbox category while alive.
class SandboxLogCapture
{
public:
    SandboxLogCapture()
    {
        s_messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("b24.sandbox*=true"));
        m_previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &text) {
                  s_messages.append(QString::fromUtf8(context.category ? context.category : "")
                                    + QLatin1Char(' ') + text);
              });
    }
    ~SandboxLogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QStringList messages() const { return s_messages; }

private:
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

TEST_F(OAuthAuthorize, RedirectCarriesCodeStateAndPortalAndKeepsTheRedirectQuery)
{
    const QString state = QStringLiteral("a b+c&d=e/é%");
    const AuthorizeReply reply = authorize(authorizeUrl(
        server->clientId(), QStringLiteral("http://127.0.0.1:54321/callback?app=b24&x=1"), state));
    ASSERT_EQ(reply.status, 302) << reply.body.toStdString();
    EXPECT_EQ(reply.location.scheme(), QStringLiteral("http"));
    EXPECT_EQ(reply.location.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(reply.location.port(), 54321);
    EXPECT_EQ(reply.location.path(), QStringLiteral("/callback"));
    const QUrlQuery &query = reply.locationQuery;
    EXPECT_EQ(query.queryItemValue(QStringLiteral("app")), QStringLiteral("b24"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{32,}$"))
                    .match(query.queryItemValue(QStringLiteral("code")))
                    .hasMatch())
        << reply.location.toString().toStdString();
    EXPECT_EQ(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("domain")), server->baseUrl().authority());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("member_id")).size(), 32);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("scope")), QStringLiteral("event"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("server_domain")), server->tokenEndpoint().authority());
    EXPECT_FALSE(query.hasQueryItem(QStringLiteral("error")));
    EXPECT_EQ(reply.contentType, QByteArray("text/html; charset=utf-8"));
}

TEST_F(OAuthAuthorize, PathWithoutTrailingSlashAndOtherLoopbackHostsWork)
{
    for (const QString &redirect :
         {QStringLiteral("http://localhost:5000/"), QStringLiteral("http://[::1]:5000/"),
          QStringLiteral("https://127.0.0.1/done")}) {
        const AuthorizeReply reply = authorize(authorizeUrl(server->clientId(), redirect, QStringLiteral("s"),
                                                            QStringLiteral("oauth/authorize")));
        EXPECT_EQ(reply.status, 302) << redirect.toStdString() << ' ' << reply.body.toStdString();
        EXPECT_TRUE(reply.locationQuery.hasQueryItem(QStringLiteral("code"))) << redirect.toStdString();
        EXPECT_TRUE(reply.location.toString().startsWith(redirect))
            << reply.location.toString().toStdString();
    }
}

TEST_F(OAuthAuthorize, CodeExchangeGivesTokensThatWorkAndRefresh)
{
    const AuthorizeReply authorized
        = authorize(authorizeUrl(server->clientId(), loopbackRedirect(), QStringLiteral("s1")));
    ASSERT_EQ(authorized.status, 302);
    const HttpResult tokens
        = exchange(authorized.locationQuery.queryItemValue(QStringLiteral("code")), server->clientSecret());
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    const QString access = tokens.json.value(QStringLiteral("access_token")).toString();
    const QString refreshToken = tokens.json.value(QStringLiteral("refresh_token")).toString();
    EXPECT_FALSE(access.isEmpty());
    EXPECT_FALSE(refreshToken.isEmpty());
    EXPECT_EQ(tokens.json.value(QStringLiteral("expires_in")).toInt(), 3600);
    EXPECT_GT(tokens.json.value(QStringLiteral("expires")).toInteger(), 0);
    EXPECT_EQ(tokens.json.value(QStringLiteral("client_endpoint")).toString(), server->restUrl().toString());
    EXPECT_EQ(tokens.json.value(QStringLiteral("server_endpoint")).toString(), server->restUrl().toString());
    EXPECT_EQ(tokens.json.value(QStringLiteral("domain")).toString(), server->baseUrl().authority());
    EXPECT_EQ(tokens.json.value(QStringLiteral("member_id")).toString(),
              authorized.locationQuery.queryItemValue(QStringLiteral("member_id")));
    EXPECT_EQ(tokens.json.value(QStringLiteral("status")).toString(), QStringLiteral("L"));
    EXPECT_EQ(tokens.json.value(QStringLiteral("user_id")).toInt(), 1);

    // The token is the administrator's: the offline methods accept it.
    EXPECT_EQ(http->callJson(QStringLiteral("event.offline.list"), {}, access).status, 200);
    EXPECT_EQ(http->callJson(QStringLiteral("event.offline.get"), {}, access).status, 200);

    // The refresh token works with grant_type=refresh_token, and the answers have the same shape.
    const HttpResult refreshed = refresh(refreshToken);
    ASSERT_EQ(refreshed.status, 200) << refreshed.body.toStdString();
    EXPECT_EQ(refreshed.json.keys(), tokens.json.keys());
    EXPECT_EQ(http->callJson(QStringLiteral("event.offline.list"), {},
                             refreshed.json.value(QStringLiteral("access_token")).toString())
                  .status,
              200);
}

TEST_F(OAuthAuthorize, CodeIsSingleUse)
{
    const QString code = signIn();
    ASSERT_FALSE(code.isEmpty());
    EXPECT_EQ(exchange(code, server->clientSecret()).status, 200);
    const HttpResult again = exchange(code, server->clientSecret());
    EXPECT_EQ(again.status, 400);
    EXPECT_EQ(again.body, invalidCode());
}

TEST_F(OAuthAuthorize, ExpiredCodeIsInvalidGrant)
{
    const QString code = signIn();
    ASSERT_FALSE(code.isEmpty());
    server->expireAuthorizationCodes();
    const HttpResult reply = exchange(code, server->clientSecret());
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.body, invalidCode());
    // A code issued afterwards has its own 30 s.
    EXPECT_EQ(exchange(signIn(), server->clientSecret()).status, 200);
}

TEST_F(OAuthAuthorize, UnknownOrEmptyCodeIsInvalidGrant)
{
    for (const QString &code : {QStringLiteral("0123456789abcdef0123456789abcdef"), QString()}) {
        const HttpResult reply = exchange(code, server->clientSecret());
        EXPECT_EQ(reply.status, 400) << code.toStdString();
        EXPECT_EQ(reply.body, invalidCode());
    }
}

TEST_F(OAuthAuthorize, WrongClientSecretIsInvalidClientAndLeavesTheCode)
{
    const QString code = signIn();
    const HttpResult reply = exchange(code, QStringLiteral("wrong"));
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.error(), QStringLiteral("invalid_client"));
    EXPECT_EQ(reply.description(), QStringLiteral("Invalid client credentials"));
    EXPECT_EQ(exchange(code, server->clientSecret()).status, 200);
}

TEST_F(OAuthAuthorize, UnknownClientIdIsA400Page)
{
    for (const QString &clientId : {QStringLiteral("local.nope.123"), QString()}) {
        const AuthorizeReply reply
            = authorize(authorizeUrl(clientId, loopbackRedirect(), QStringLiteral("s")));
        EXPECT_EQ(reply.status, 400) << clientId.toStdString();
        EXPECT_TRUE(reply.location.isEmpty());
        EXPECT_EQ(reply.contentType, QByteArray("text/html; charset=utf-8"));
        EXPECT_TRUE(reply.body.contains("Application not found")) << reply.body.toStdString();
        EXPECT_TRUE(reply.body.contains("was not found")) << reply.body.toStdString();
    }
}

TEST_F(OAuthAuthorize, RedirectUriMustBeAnAbsoluteLoopbackUrl)
{
    const QList<std::pair<QString, QByteArray>> cases = {
        {QStringLiteral("http://example.com/cb"), "does not point at this computer"},
        {QStringLiteral("http://192.168.1.10:8080/"), "does not point at this computer"},
        {QStringLiteral("ftp://127.0.0.1/"), "is not an absolute http:// or https:// URL"},
        {QStringLiteral("/relative/callback"), "is not an absolute http:// or https:// URL"},
        {QStringLiteral("http://127.0.0.1:5000/#frag"), "contains a fragment"},
        {QString(), "redirect_uri is missing"},
    };
    for (const auto &[redirect, expected] : cases) {
        const AuthorizeReply reply
            = authorize(authorizeUrl(server->clientId(), redirect, QStringLiteral("s")));
        EXPECT_EQ(reply.status, 400) << redirect.toStdString();
        EXPECT_TRUE(reply.location.isEmpty()) << redirect.toStdString();
        EXPECT_TRUE(reply.body.contains("Invalid redirect_uri")) << reply.body.toStdString();
        EXPECT_TRUE(reply.body.contains(expected)) << reply.body.toStdString();
    }
}

TEST_F(OAuthAuthorize, AuthorizeDeniesRedirectsWithAccessDeniedAndTheState)
{
    server->options().authorizeDenies = true;
    const AuthorizeReply reply = authorize(authorizeUrl(
        server->clientId(), QStringLiteral("http://127.0.0.1:54321/?keep=1"), QStringLiteral("xyz")));
    ASSERT_EQ(reply.status, 302) << reply.body.toStdString();
    const QUrlQuery &query = reply.locationQuery;
    EXPECT_EQ(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    EXPECT_FALSE(query.queryItemValue(QStringLiteral("error_description")).isEmpty());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("keep")), QStringLiteral("1"));
    EXPECT_FALSE(query.hasQueryItem(QStringLiteral("code")));
    // Client and redirect checks still come first.
    EXPECT_EQ(
        authorize(authorizeUrl(QStringLiteral("other"), loopbackRedirect(), QStringLiteral("s"))).status,
        400);
}

TEST_F(OAuthAuthorize, AdminEndpointSwitchesDenialAndExpiresCodes)
{
    ASSERT_EQ(adminPost(QStringLiteral("features"), "{\"authorize_denies\":true}").status, 200);
    EXPECT_EQ(authorize(authorizeUrl(server->clientId(), loopbackRedirect(), QStringLiteral("s")))
                  .locationQuery.queryItemValue(QStringLiteral("error")),
              QStringLiteral("access_denied"));
    ASSERT_EQ(adminPost(QStringLiteral("features"), "{\"authorize_denies\":false}").status, 200);
    const QString code = signIn();
    ASSERT_FALSE(code.isEmpty());
    ASSERT_EQ(adminPost(QStringLiteral("expire-codes"), {}).status, 200);
    EXPECT_EQ(exchange(code, server->clientSecret()).body, invalidCode());
}

TEST_F(OAuthAuthorize, NoCodeTokenStateOrSecretIsLogged)
{
    QStringList logged;
    QStringList servedPaths;
    QObject::connect(server.get(), &sandbox::SandboxServer::requestServed, server.get(),
                     [&servedPaths](const QByteArray &, const QByteArray &path, int) {
                         servedPaths.append(QString::fromLatin1(path));
                     });
    QString code;
    HttpResult tokens;
    {
        SandboxLogCapture capture;
        code = signIn(QStringLiteral("state-7f3a9c"));
        tokens = exchange(code, server->clientSecret());
        logged = capture.messages();
    }
    ASSERT_EQ(tokens.status, 200);
    // The endpoint does log (so this test can catch a leak), just not the secrets.
    ASSERT_TRUE(logged.join(u'\n').contains(QStringLiteral("oauth/authorize")))
        << logged.join(u'\n').toStdString();
    const QStringList secrets = {code, QStringLiteral("state-7f3a9c"), server->clientSecret(),
                                 tokens.json.value(QStringLiteral("access_token")).toString(),
                                 tokens.json.value(QStringLiteral("refresh_token")).toString()};
    for (const QString &secret : secrets) {
        ASSERT_FALSE(secret.isEmpty());
        for (const QString &line : logged + servedPaths) {
            EXPECT_FALSE(line.contains(secret)) << line.toStdString();
        }
    }
}
