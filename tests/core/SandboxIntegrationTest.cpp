// SPDX-License-Identifier: GPL-3.0-or-later
// RestClient against the sandbox portal over pinned HTTPS: the real request/response shapes.
#include "RestClientHarness.h"
#include "SandboxServer.h"
#include "TestBrowser.h"
#include "net/BatchResult.h"
#include "net/OAuthSignIn.h"

#include <QJsonArray>

#include <optional>

using namespace b24;
using namespace b24::test;

namespace {

class SandboxClient : public ::testing::Test
{
protected:
    void start(sandbox::SandboxOptions options = {})
    {
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
        h.client.setPortal(PortalAddress::parse(server.restUrl().toString()));
        if (options.tls) {
            h.client.pinCertificate(server.restUrl().host(), server.certificateSha256Hex());
        }
        Credentials credentials;
        credentials.accessToken = server.adminAccessToken();
        credentials.refreshToken = server.refreshToken();
        credentials.clientId = server.clientId();
        credentials.clientSecret = server.clientSecret();
        credentials.tokenEndpoint = server.tokenEndpoint();
        h.client.setCredentials(credentials);
    }

    void addEvents(int count)
    {
        for (int i = 0; i < count; ++i) {
            sandbox::SandboxQueue::NewEvent event;
            event.eventName = QStringLiteral("ONCRMDEALUPDATE");
            event.eventData = "{\"FIELDS\":{\"ID\":\"" + QByteArray::number(1000 + i) + "\"}}";
            server.queue().addEvent(event);
        }
    }

    QJsonArray listAll()
    {
        const RestResult result = h.run(QStringLiteral("event.offline.list"));
        EXPECT_EQ(result.status, CallStatus::Ok) << result.explanation.explanation.toStdString();
        return result.result.toArray();
    }

    sandbox::SandboxServer server;
    RestClientHarness h {false};
};

} // namespace

TEST_F(SandboxClient, ListReserveClearByIdAndBatchOverPinnedHttps)
{
    start();
    addEvents(5);
    const RestResult list = h.run(QStringLiteral("event.offline.list"));
    ASSERT_EQ(list.status, CallStatus::Ok) << list.explanation.explanation.toStdString();
    EXPECT_EQ(list.result.toArray().size(), 5);
    EXPECT_EQ(list.total, 5);
    EXPECT_TRUE(list.time.present);

    const RestResult get = h.run(QStringLiteral("event.offline.get"),
                                 {{QStringLiteral("clear"), 0}, {QStringLiteral("limit"), 3}});
    ASSERT_EQ(get.status, CallStatus::Ok) << get.explanation.explanation.toStdString();
    const QString processId = get.result.toObject().value(QLatin1String("process_id")).toString();
    const QJsonArray events = get.result.toObject().value(QLatin1String("events")).toArray();
    ASSERT_FALSE(processId.isEmpty());
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(h.log.last().recordCount, 3);
    EXPECT_FALSE(h.log.last().destructive);

    const auto idOf = [&](int i) {
        return events.at(i).toObject().value(QLatin1String("ID")).toString().toLongLong();
    };
    const RestResult clear = h.run(
        QStringLiteral("event.offline.clear"),
        {{QStringLiteral("process_id"), processId}, {QStringLiteral("id"), QJsonArray {idOf(0), idOf(1)}}});
    ASSERT_EQ(clear.status, CallStatus::Ok) << clear.explanation.explanation.toStdString();
    EXPECT_EQ(clear.result.toBool(), true);
    EXPECT_EQ(listAll().size(), 3);

    BatchRequest batch;
    batch.add(QStringLiteral("rest"), QStringLiteral("event.offline.clear"),
              {{QStringLiteral("process_id"), processId}, {QStringLiteral("id"), QJsonArray {idOf(2)}}});
    batch.add(QStringLiteral("after"), QStringLiteral("event.offline.list"), {});
    const RestResult batchResult = RestClientHarness::wait(h.client.callBatch(batch));
    ASSERT_EQ(batchResult.status, CallStatus::Ok) << batchResult.explanation.explanation.toStdString();
    const BatchResult parsed = BatchResult::fromJson(batchResult.result);
    ASSERT_TRUE(parsed.has(QStringLiteral("rest")));
    EXPECT_TRUE(parsed.item(QStringLiteral("rest")).ok)
        << parsed.item(QStringLiteral("rest")).errorCode.toStdString();
    ASSERT_TRUE(parsed.item(QStringLiteral("after")).ok);
    EXPECT_EQ(parsed.item(QStringLiteral("after")).result.toArray().size(), 2)
        << "commands run in the given order";
    EXPECT_EQ(parsed.item(QStringLiteral("after")).total, 2);
    EXPECT_EQ(listAll().size(), 2);
}

TEST_F(SandboxClient, ExpiredTokensAreRefreshedOnceAtTheSandboxTokenEndpoint)
{
    start();
    addEvents(2);
    const QString oldToken = h.client.credentials().accessToken;
    server.expireAccessTokens();
    QList<RestResult> results;
    for (int i = 0; i < 4; ++i) {
        QObject::connect(h.client.call(QStringLiteral("event.offline.list")), &RestCall::finished, &server,
                         [&](const RestResult &r) { results.append(r); });
    }
    ASSERT_TRUE(waitUntil([&] { return results.size() == 4; }, 15000));
    for (const RestResult &result : std::as_const(results)) {
        EXPECT_EQ(result.status, CallStatus::Ok) << result.explanation.explanation.toStdString();
        EXPECT_EQ(result.result.toArray().size(), 2);
    }
    ASSERT_EQ(h.rotations.size(), 1);
    EXPECT_NE(h.rotations.first().accessToken, oldToken);
    int refreshes = 0;
    for (const RequestLogEntry &entry : std::as_const(h.log)) {
        refreshes += entry.method == QLatin1String("oauth.token") ? 1 : 0;
    }
    EXPECT_EQ(refreshes, 1);
}

TEST_F(SandboxClient, DroppedAnswerToClearIsOutcomeUnknownThoughTheSandboxApplied)
{
    start();
    addEvents(3);
    const RestResult get = h.run(QStringLiteral("event.offline.get"),
                                 {{QStringLiteral("clear"), 0}, {QStringLiteral("limit"), 2}});
    ASSERT_TRUE(get.ok()) << get.explanation.explanation.toStdString();
    const QString processId = get.result.toObject().value(QLatin1String("process_id")).toString();
    const qint64 id = get.result.toObject()
                          .value(QLatin1String("events"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QLatin1String("ID"))
                          .toString()
                          .toLongLong();
    sandbox::FaultSpec drop;
    drop.kind = sandbox::FaultKind::DropAfterApply;
    drop.remaining = 1;
    server.faults().set(QStringLiteral("event.offline.clear"), drop);

    const RestResult clear
        = h.run(QStringLiteral("event.offline.clear"),
                {{QStringLiteral("process_id"), processId}, {QStringLiteral("id"), QJsonArray {id}}});
    EXPECT_EQ(clear.status, CallStatus::OutcomeUnknown) << clear.explanation.explanation.toStdString();
    EXPECT_EQ(clear.attempts, 1);
    // Qt tries to re-send a POST whose connection dropped; the client's body refuses to rewind.
    EXPECT_TRUE(clear.networkError == QNetworkReply::ContentReSendError
                || clear.networkError == QNetworkReply::RemoteHostClosedError)
        << int(clear.networkError);
    EXPECT_EQ(server.queue().findById(id), nullptr)
        << "the sandbox applied it: exactly why the client must not guess";
    EXPECT_EQ(server.queue().size(), 2);
}

TEST_F(SandboxClient, PacedBurstNeverMeetsQueryLimitExceeded)
{
    sandbox::SandboxOptions options;
    options.rateLimitPerSecond = 20;
    options.rateLimitBurst = 20;
    start(options);
    RateLimitConfig limits; // the same as the portal: the client keeps its own headroom
    limits.ratePerSecond = 20;
    limits.burst = 20;
    h.client.setRateLimit(limits);
    int finished = 0;
    for (int i = 0; i < 50; ++i) {
        QObject::connect(h.client.call(QStringLiteral("event.offline.list")), &RestCall::finished, &server,
                         [&](const RestResult &r) {
                             ++finished;
                             EXPECT_TRUE(r.ok()) << r.errorCode.toStdString();
                             EXPECT_EQ(r.attempts, 1);
                         });
    }
    ASSERT_TRUE(waitUntil([&] { return finished == 50; }, 20000));
    for (const RequestLogEntry &entry : std::as_const(h.log)) {
        EXPECT_NE(entry.explanation.code, QStringLiteral("QUERY_LIMIT_EXCEEDED"));
    }
    EXPECT_FALSE(h.waits.isEmpty()) << "the client told its owner it was pacing";
}

TEST_F(SandboxClient, UnpacedBurstDoesMeetTheSandboxLimit)
{
    // Control for the test above: the sandbox limit is real, so pacing is what avoids it.
    sandbox::SandboxOptions options;
    options.rateLimitPerSecond = 20;
    options.rateLimitBurst = 10;
    start(options);
    RateLimitConfig limits;
    limits.ratePerSecond = 1000;
    limits.burst = 1000;
    limits.baseBackoffMs = 100;
    h.client.setRateLimit(limits);
    int finished = 0;
    for (int i = 0; i < 30; ++i) {
        QObject::connect(h.client.call(QStringLiteral("event.offline.list")), &RestCall::finished, &server,
                         [&](const RestResult &) { ++finished; });
    }
    ASSERT_TRUE(waitUntil([&] { return finished == 30; }, 30000));
    int limited = 0;
    for (const RequestLogEntry &entry : std::as_const(h.log)) {
        limited += entry.explanation.code == QLatin1String("QUERY_LIMIT_EXCEEDED") ? 1 : 0;
    }
    EXPECT_GT(limited, 0);
}

TEST_F(SandboxClient, OperatingTimeLimitHandsBackClearAndLongWaitsForReads)
{
    start();
    addEvents(2);
    const RestResult get = h.run(QStringLiteral("event.offline.get"),
                                 {{QStringLiteral("clear"), 0}, {QStringLiteral("limit"), 2}});
    ASSERT_TRUE(get.ok()) << get.explanation.explanation.toStdString();
    ASSERT_TRUE(get.time.operatingResetAt.has_value()) << "the sandbox reports its limiter like the cloud";
    const QString processId = get.result.toObject().value(QLatin1String("process_id")).toString();
    ASSERT_TRUE(h.run(QStringLiteral("event.offline.list")).ok()); // learns list's reset time
    server.addOperatingTime(QStringLiteral("event.offline.clear"), 500);
    server.addOperatingTime(QStringLiteral("event.offline.list"), 500);

    const RestResult clear
        = h.run(QStringLiteral("event.offline.clear"),
                {{QStringLiteral("process_id"), processId}, {QStringLiteral("id"), QJsonArray {1}}});
    EXPECT_EQ(clear.status, CallStatus::ApiError);
    EXPECT_EQ(clear.httpStatus, 429);
    EXPECT_EQ(clear.errorCode, QStringLiteral("OPERATION_TIME_LIMIT"));
    ASSERT_TRUE(clear.retryAfterMs.has_value());
    EXPECT_GT(*clear.retryAfterMs, 0);
    EXPECT_EQ(server.queue().size(), 2) << "nothing was deleted";

    RateLimitConfig limits;
    limits.maxOperatingWaitMs = 1000; // the sandbox's reset is minutes away: give up instead of waiting
    h.client.setRateLimit(limits);
    const RestResult list = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(list.errorCode, QStringLiteral("OPERATION_TIME_LIMIT"));
    ASSERT_TRUE(list.retryAfterMs.has_value());
    EXPECT_GT(*list.retryAfterMs, 1000);
    EXPECT_EQ(list.attempts, 1);
}

TEST_F(SandboxClient, NonAdministratorTokenIsAnAuthProblem)
{
    start();
    Credentials credentials = h.client.credentials();
    credentials.accessToken = server.nonAdminAccessToken();
    h.client.setCredentials(credentials);
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::ApiError);
    EXPECT_EQ(result.errorCode, QStringLiteral("ACCESS_DENIED"));
    EXPECT_EQ(result.httpStatus, 403);
    EXPECT_TRUE(result.explanation.authProblem);
    EXPECT_TRUE(h.rotations.isEmpty()) << "ACCESS_DENIED is not fixed by a refresh";
}

TEST_F(SandboxClient, BrowserSignInGetsATokenPairThatWorks)
{
    start(); // HTTPS with a generated certificate: the token exchange must honour the pin
    addEvents(3);
    OAuthSignIn signIn(&h.network);
    signIn.pinCertificate(server.tokenEndpoint().host(), server.certificateSha256Hex());
    std::optional<Credentials> signedIn;
    std::optional<ErrorInfo> failure;
    QObject::connect(&signIn, &OAuthSignIn::signedIn, &server, [&](const Credentials &c) { signedIn = c; });
    QObject::connect(&signIn, &OAuthSignIn::failed, &server, [&](const ErrorInfo &why) { failure = why; });
    Credentials app;
    app.clientId = server.clientId();
    app.clientSecret = server.clientSecret();
    app.tokenEndpoint = server.tokenEndpoint();
    const quint16 port = TestBrowser::freeLoopbackPort();
    ErrorInfo problem;
    ASSERT_TRUE(signIn.start(PortalAddress::parse(server.restUrl().toString()), app, port, &problem))
        << problem.explanation.toStdString();

    // The browser: opens the authorization page (the sandbox's certificate pinned, as an admin
    // would accept it), then follows the portal's redirect to the loopback address.
    TestBrowser browser;
    browser.trust(server.restUrl().host(), server.certificateSha256Hex());
    const TestBrowser::Page authorize = browser.visit(signIn.authorizeUrl());
    ASSERT_EQ(authorize.status, 302);
    EXPECT_EQ(authorize.location.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(authorize.location.port(), port);
    EXPECT_EQ(browser.visit(authorize.location).status, 200);

    ASSERT_TRUE(waitUntil([&] { return signedIn.has_value() || failure.has_value(); }, 5000));
    ASSERT_TRUE(signedIn.has_value()) << failure->explanation.toStdString();
    EXPECT_FALSE(signedIn->accessToken.isEmpty());
    EXPECT_FALSE(signedIn->refreshToken.isEmpty());

    // The new token lists the queue.
    Credentials credentials = *signedIn;
    h.client.setCredentials(credentials);
    EXPECT_EQ(listAll().size(), 3);
}
