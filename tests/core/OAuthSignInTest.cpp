// SPDX-License-Identifier: GPL-3.0-or-later
// Browser sign-in: the loopback listener, the state check, the code exchange, and no secret in
// anything said. The browser is played by TestBrowser, visiting the redirect address.
#include "net/OAuthSignIn.h"

#include "ScriptedHttpServer.h"
#include "TestBrowser.h"
#include "TestSupport.h"
#include "net/ErrorCatalog.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QUrlQuery>

#include <optional>

#include <gtest/gtest.h>

using namespace b24;
using namespace b24::test;

namespace {

const QString ClientSecret = QStringLiteral("client-secret-0123456789");
const QString Code = QStringLiteral("one-time-code-abcdef0123456789");
const QString IssuedAccess = QStringLiteral("issued-access-token-99887766");
const QString IssuedRefresh = QStringLiteral("issued-refresh-token-55443322");

QMutex g_capturedMutex;
QStringList g_captured;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker lock(&g_capturedMutex);
    g_captured.append(message);
}

struct SignInHarness {
    QNetworkAccessManager network;
    ScriptedHttpServer tokenServer;
    OAuthSignIn signIn {&network};
    PortalAddress portal = PortalAddress::parse(QStringLiteral("https://portal.example.com"));
    quint16 port = TestBrowser::freeLoopbackPort();
    TestBrowser browser;
    std::optional<Credentials> signedIn;
    std::optional<ErrorInfo> failure;

    SignInHarness()
    {
        EXPECT_TRUE(tokenServer.listen());
        QObject::connect(&signIn, &OAuthSignIn::signedIn, &tokenServer,
                         [this](const Credentials &credentials) { signedIn = credentials; });
        QObject::connect(&signIn, &OAuthSignIn::failed, &tokenServer,
                         [this](const ErrorInfo &why) { failure = why; });
    }

    Credentials app() const
    {
        Credentials app;
        app.clientId = QStringLiteral("local.abc123.456");
        app.clientSecret = ClientSecret;
        app.tokenEndpoint = tokenServer.baseUrl().resolved(QUrl(QStringLiteral("/oauth/token/")));
        return app;
    }

    bool start()
    {
        ErrorInfo problem;
        const bool started = signIn.start(portal, app(), port, &problem);
        EXPECT_TRUE(started) << problem.explanation.toStdString();
        return started;
    }

    QString state() const { return QUrlQuery(signIn.authorizeUrl()).queryItemValue(QStringLiteral("state")); }

    // What the portal's redirect makes the browser request.
    TestBrowser::Page visit(const QString &query, const QString &path = QStringLiteral("/"))
    {
        QUrl url = OAuthSignIn::redirectUri(port);
        url.setPath(path);
        url.setQuery(query);
        return browser.visit(url);
    }

    QString answer(const QString &state, const QString &extra = {}) const
    {
        return QStringLiteral("code=%1&state=%2&domain=portal.example.com&member_id=m1&scope=event%3")
            .arg(Code, state, extra);
    }
};

} // namespace

TEST(OAuthSignIn, AuthorizeUrlNamesTheAppTheStateAndTheLoopbackAddress)
{
    SignInHarness h;
    ASSERT_TRUE(h.start());
    const QUrl url = h.signIn.authorizeUrl();
    EXPECT_EQ(url.scheme(), QStringLiteral("https"));
    EXPECT_EQ(url.host(), QStringLiteral("portal.example.com"));
    EXPECT_EQ(url.path(), QStringLiteral("/oauth/authorize/"));
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("local.abc123.456"));
    EXPECT_EQ(h.state().size(), 32) << "128 random bits";
    EXPECT_EQ(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
              QStringLiteral("http://127.0.0.1:%1/").arg(h.port));
    EXPECT_FALSE(url.toString().contains(ClientSecret)) << "the secret never goes to the browser";

    SignInHarness other;
    ASSERT_TRUE(other.start());
    EXPECT_NE(other.state(), h.state());
}

TEST(OAuthSignIn, CodeFromTheBrowserIsExchangedForTheTokenPair)
{
    SignInHarness h;
    h.tokenServer.setHandler([](const HttpRequest &) {
        return ScriptedResponse::json(200,
                                      QJsonObject {{QStringLiteral("access_token"), IssuedAccess},
                                                   {QStringLiteral("refresh_token"), IssuedRefresh},
                                                   {QStringLiteral("expires_in"), 3600}});
    });
    ASSERT_TRUE(h.start());
    EXPECT_TRUE(h.signIn.isRunning());
    const TestBrowser::Page browser = h.visit(h.answer(h.state()));
    EXPECT_EQ(browser.status, 200);
    EXPECT_TRUE(browser.body.contains(QStringLiteral("close this tab"))) << browser.body.toStdString();
    EXPECT_FALSE(browser.body.contains(Code)) << "the code is not echoed";

    ASSERT_TRUE(waitUntil([&] { return h.signedIn.has_value() || h.failure.has_value(); }, 5000));
    ASSERT_TRUE(h.signedIn.has_value()) << h.failure->explanation.toStdString();
    EXPECT_EQ(h.signedIn->accessToken, IssuedAccess);
    EXPECT_EQ(h.signedIn->refreshToken, IssuedRefresh);
    EXPECT_EQ(h.signedIn->clientId, QStringLiteral("local.abc123.456"));
    EXPECT_EQ(h.signedIn->clientSecret, ClientSecret);

    ASSERT_EQ(h.tokenServer.requestCount(), 1);
    const QUrlQuery sent(QUrl::fromEncoded(h.tokenServer.requests().first().target));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("code")), Code);
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("client_id")), QStringLiteral("local.abc123.456"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("client_secret")), ClientSecret);
    EXPECT_FALSE(h.signIn.isRunning());
    EXPECT_NE(h.visit(h.answer(h.state())).status, 200) << "the listener closed after the answer";
}

TEST(OAuthSignIn, StrayRequestsAreAnsweredButDoNotEndTheSignIn)
{
    SignInHarness h;
    ASSERT_TRUE(h.start());
    EXPECT_EQ(h.visit({}, QStringLiteral("/favicon.ico")).status, 404);
    EXPECT_EQ(h.visit(QStringLiteral("hello=1")).status, 404);
    EXPECT_TRUE(h.signIn.isRunning());
    EXPECT_FALSE(h.failure.has_value());
    EXPECT_EQ(h.tokenServer.requestCount(), 0);
}

TEST(OAuthSignIn, AnswerWithAnotherStateIsRefusedAndNothingIsExchanged)
{
    SignInHarness h;
    ASSERT_TRUE(h.start());
    const TestBrowser::Page browser = h.visit(h.answer(QStringLiteral("0123456789abcdef0123456789abcdef")));
    EXPECT_EQ(browser.status, 400);
    ASSERT_TRUE(waitUntil([&] { return h.failure.has_value(); }, 3000));
    EXPECT_EQ(h.failure->code, QStringLiteral("SIGN_IN_STATE_MISMATCH"));
    EXPECT_EQ(h.tokenServer.requestCount(), 0);
    EXPECT_FALSE(h.signedIn.has_value());
}

TEST(OAuthSignIn, RefusalInThePortalIsReportedWithItsReason)
{
    SignInHarness h;
    ASSERT_TRUE(h.start());
    const TestBrowser::Page browser
        = h.visit(QStringLiteral("error=access_denied&error_description=User%20is%20not%20an%20administrator"
                                 "%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=")
                  + h.state());
    EXPECT_TRUE(browser.body.contains(QStringLiteral("User is not an administrator")));
    EXPECT_FALSE(browser.body.contains(QStringLiteral("<script>"))) << "text from the URL is escaped";
    ASSERT_TRUE(waitUntil([&] { return h.failure.has_value(); }, 3000));
    EXPECT_EQ(h.failure->code, QStringLiteral("SIGN_IN_DENIED"));
    EXPECT_TRUE(h.failure->explanation.contains(QStringLiteral("User is not an administrator")));
    EXPECT_TRUE(h.failure->authProblem);
    EXPECT_EQ(h.tokenServer.requestCount(), 0);
}

TEST(OAuthSignIn, AnswerFromAnotherPortalIsNotUsed)
{
    SignInHarness h;
    ASSERT_TRUE(h.start());
    h.visit(QStringLiteral("code=%1&state=%2&domain=other.bitrix24.com").arg(Code, h.state()));
    ASSERT_TRUE(waitUntil([&] { return h.failure.has_value(); }, 3000));
    EXPECT_EQ(h.failure->code, QStringLiteral("SIGN_IN_WRONG_PORTAL"));
    EXPECT_TRUE(h.failure->explanation.contains(QStringLiteral("other.bitrix24.com")));
    EXPECT_EQ(h.tokenServer.requestCount(), 0) << "the code is not exchanged";
}

TEST(OAuthSignIn, BusyPortIsSaidBeforeAnythingStarts)
{
    SignInHarness h;
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, h.port));
    ErrorInfo problem;
    EXPECT_FALSE(h.signIn.start(h.portal, h.app(), h.port, &problem));
    EXPECT_EQ(problem.code, QStringLiteral("SIGN_IN_PORT_BUSY"));
    EXPECT_TRUE(problem.explanation.contains(QString::number(h.port)));
    EXPECT_FALSE(h.signIn.isRunning());
}

TEST(OAuthSignIn, RejectedCodeIsExplainedWithoutLeakingCodeOrSecret)
{
    g_captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    QLoggingCategory::setFilterRules(QStringLiteral("b24.net*=true"));
    SignInHarness h;
    h.tokenServer.setHandler([](const HttpRequest &request) {
        // A server that echoes what it got, the way error pages sometimes do.
        return ScriptedResponse::json(
            400,
            QJsonObject {{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                         {QStringLiteral("error_description"),
                          QStringLiteral("Invalid code %1 for secret %2")
                              .arg(request.queryItem(QStringLiteral("code")),
                                   request.queryItem(QStringLiteral("client_secret")))}});
    });
    ASSERT_TRUE(h.start());
    h.visit(h.answer(h.state()));
    ASSERT_TRUE(waitUntil([&] { return h.failure.has_value(); }, 5000));
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);

    EXPECT_EQ(h.failure->code, QStringLiteral("SIGN_IN_CODE_REJECTED"));
    EXPECT_TRUE(h.failure->explanation.contains(QStringLiteral("30 seconds")));
    ASSERT_EQ(h.tokenServer.requestCount(), 1);
    EXPECT_TRUE(h.tokenServer.requests().first().raw().contains(Code.toUtf8()))
        << "the code really travelled";
    const QString said = h.failure->title + h.failure->explanation + h.failure->action;
    const QMutexLocker lock(&g_capturedMutex);
    EXPECT_FALSE(g_captured.isEmpty()) << "developer logging was expected to be on";
    QStringList everything = g_captured;
    everything.append(said);
    for (const QString &text : std::as_const(everything)) {
        EXPECT_FALSE(text.contains(Code)) << text.toStdString();
        EXPECT_FALSE(text.contains(ClientSecret)) << text.toStdString();
    }
}

TEST(OAuthSignIn, CancelStopsListeningAndNothingFollows)
{
    SignInHarness h;
    ASSERT_TRUE(h.start());
    h.signIn.cancel();
    EXPECT_FALSE(h.signIn.isRunning());
    EXPECT_NE(h.visit(h.answer(h.state())).status, 200);
    EXPECT_FALSE(h.signedIn.has_value());
    EXPECT_FALSE(h.failure.has_value());
    EXPECT_EQ(h.tokenServer.requestCount(), 0);
}
