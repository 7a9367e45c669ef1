// SPDX-License-Identifier: GPL-3.0-or-later
// RestClient over real loopback HTTP against the scriptable fixture.
#include "RestClientHarness.h"
#include "net/BatchResult.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace b24;
using namespace b24::test;

namespace {

QByteArray envelope(const char *code, const char *description, const char *argument = nullptr)
{
    QJsonObject object {{QStringLiteral("error"), QString::fromLatin1(code)},
                        {QStringLiteral("error_description"), QString::fromLatin1(description)}};
    if (argument) {
        object.insert(QStringLiteral("argument"), QString::fromLatin1(argument));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(RestClient, PostsJsonWithTokenInBodyAndParsesListPage)
{
    RestClientHarness h;
    Credentials credentials = h.client.credentials();
    credentials.authConnector = QStringLiteral("conn-1");
    h.client.setCredentials(credentials);
    h.portal.enqueue(ScriptedResponse::json(200, okList(2, R"(,"next":50,"total":120)")));

    const RestResult result = h.run(QStringLiteral("event.offline.list"), {{QStringLiteral("start"), 0}});

    ASSERT_EQ(result.status, CallStatus::Ok) << result.explanation.explanation.toStdString();
    EXPECT_EQ(result.httpStatus, 200);
    EXPECT_EQ(result.result.toArray().size(), 2);
    EXPECT_EQ(result.next, 50);
    EXPECT_EQ(result.total, 120);
    EXPECT_TRUE(result.time.present);
    EXPECT_DOUBLE_EQ(result.time.start, 1740813302.11);
    EXPECT_EQ(result.attempts, 1);

    ASSERT_EQ(h.portal.requestCount(), 1);
    const HttpRequest &request = h.portal.requests().first();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path(), QStringLiteral("/rest/event.offline.list"));
    EXPECT_TRUE(request.headers.value("content-type").startsWith("application/json"));
    EXPECT_FALSE(request.target.contains(AccessToken.toUtf8())) << "token must never be in the URL";
    EXPECT_EQ(request.json().value(QLatin1String("auth")).toString(), AccessToken);
    EXPECT_EQ(request.json().value(QLatin1String("auth_connector")).toString(), QStringLiteral("conn-1"));
    EXPECT_EQ(request.json().value(QLatin1String("start")).toInt(-1), 0);
}

TEST(RestClient, CallerSuppliedAuthIsReplacedByTheClientsToken)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::json(200, okList()));
    h.run(QStringLiteral("event.offline.list"), {{QStringLiteral("auth"), QStringLiteral("something-else")}});
    ASSERT_EQ(h.portal.requestCount(), 1);
    EXPECT_EQ(h.portal.requests().first().json().value(QLatin1String("auth")).toString(), AccessToken);
}

TEST(RestClient, EveryErrorEnvelopeBecomesApiErrorWithExplanation)
{
    struct Case {
        int status;
        QByteArray body;
        QString code;
        QString argument;
        bool auth;
    };
    const QList<Case> cases {
        {403,
         envelope("WRONG_AUTH_TYPE", "Current authorization type is denied for this method"),
         QStringLiteral("WRONG_AUTH_TYPE"),
         {},
         true},
        {400, envelope("ERROR_ARGUMENT", "Argument 'PROCESS_ID' is null or empty", "PROCESS_ID"),
         QStringLiteral("ERROR_ARGUMENT"), QStringLiteral("PROCESS_ID"), false},
        {403,
         envelope("WRONG_LICENSE",
                  "This feature is not enabled for the current license: extended offline events handling"),
         QStringLiteral("WRONG_LICENSE"),
         {},
         false},
        {403, envelope("ACCESS_DENIED", "Access denied!"), QStringLiteral("ACCESS_DENIED"), {}, true},
        {401,
         envelope("NO_AUTH_FOUND", "Wrong authorization data"),
         QStringLiteral("NO_AUTH_FOUND"),
         {},
         true},
        {401,
         envelope("invalid_token", "The access token provided is invalid"),
         QStringLiteral("invalid_token"),
         {},
         true},
        {404,
         envelope("ERROR_METHOD_NOT_FOUND", "Method not found!"),
         QStringLiteral("ERROR_METHOD_NOT_FOUND"),
         {},
         false},
        {500, envelope("ERROR_CORE", "SQL query error!"), QStringLiteral("ERROR_CORE"), {}, false},
        {200, envelope("WRONG_ENCODING", "Wrong encoding"), QStringLiteral("WRONG_ENCODING"), {}, false},
        {418, envelope("SOMETHING_NEW", "Brand new failure"), QStringLiteral("SOMETHING_NEW"), {}, false},
    };
    for (const Case &c : cases) {
        RestClientHarness h;
        h.portal.enqueue(ScriptedResponse::json(c.status, c.body));
        const RestResult result = h.run(QStringLiteral("event.offline.list"));
        SCOPED_TRACE(c.code.toStdString());
        EXPECT_EQ(result.status, CallStatus::ApiError);
        EXPECT_EQ(result.httpStatus, c.status);
        EXPECT_EQ(result.errorCode, c.code);
        EXPECT_FALSE(result.errorDescription.isEmpty());
        EXPECT_EQ(result.errorArgument, c.argument);
        EXPECT_FALSE(result.explanation.title.isEmpty());
        EXPECT_FALSE(result.explanation.action.isEmpty());
        EXPECT_TRUE(result.explanation.explanation.contains(result.errorDescription));
        EXPECT_EQ(result.explanation.authProblem, c.auth);
        EXPECT_EQ(h.portal.requestCount(), 1) << "API errors other than limits/expiry are not retried";
    }
}

TEST(RestClient, HtmlBadGatewayPageIsBadResponseWithExcerpt)
{
    RestClientHarness h;
    h.portal.setHandler([](const HttpRequest &) {
        return ScriptedResponse::html(
            502,
            "<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>"
            "<body><h1>502 Bad Gateway</h1><hr>nginx</body></html>");
    });
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::BadResponse);
    EXPECT_EQ(result.attempts, 3) << "a read meeting a gateway page is asked twice more";
    EXPECT_EQ(h.portal.requestCount(), 3);
    EXPECT_EQ(result.httpStatus, 502);
    EXPECT_TRUE(result.bodyExcerpt.contains(QStringLiteral("502 Bad Gateway")));
    EXPECT_FALSE(result.bodyExcerpt.contains(QLatin1Char('<')));
    EXPECT_FALSE(result.bodyExcerpt.contains(QStringLiteral("color:red")));
    EXPECT_TRUE(result.explanation.explanation.contains(QStringLiteral("502")));
}

TEST(RestClient, TruncatedJsonBodyIsBadResponse)
{
    RestClientHarness h;
    h.portal.enqueue(
        ScriptedResponse::json(200, QByteArrayLiteral(R"({"result":[{"ID":"1","EVENT_NAME":"ONCRM)")));
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::BadResponse);
    EXPECT_EQ(result.httpStatus, 200);
    EXPECT_TRUE(result.bodyExcerpt.contains(QStringLiteral("EVENT_NAME")));
}

TEST(RestClient, EmptyBodyIsBadResponse)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::json(200, QByteArray()));
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::BadResponse);
    EXPECT_TRUE(result.bodyExcerpt.isEmpty());
    EXPECT_EQ(result.explanation.code, QStringLiteral("BAD_RESPONSE"));
}

TEST(RestClient, ReadTimeoutIsTransportError)
{
    RestClientHarness h;
    h.client.setTransferTimeout(300);
    h.portal.setHandler([](const HttpRequest &) { return ScriptedResponse::hang(); });
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::TransportError);
    EXPECT_EQ(result.attempts, 3);
    EXPECT_EQ(result.networkError, QNetworkReply::TimeoutError);
    EXPECT_EQ(result.errorCode, QStringLiteral("TRANSPORT_TIMEOUT"));
    EXPECT_TRUE(result.explanation.explanation.contains(QStringLiteral("127.0.0.1")));
}

TEST(RestClient, TimeoutOnClearIsOutcomeUnknownAndNotResent)
{
    RestClientHarness h;
    h.client.setTransferTimeout(300);
    h.portal.enqueue(ScriptedResponse::hang());
    h.portal.setHandler(
        [](const HttpRequest &) { return ScriptedResponse::json(200, QByteArray(R"({"result":true})")); });
    const RestResult result = h.run(QStringLiteral("event.offline.clear"), validClear());
    EXPECT_EQ(result.status, CallStatus::OutcomeUnknown);
    EXPECT_EQ(result.errorCode, QStringLiteral("OUTCOME_UNKNOWN"));
    EXPECT_FALSE(waitUntil([&] { return h.portal.requestCount() > 1; }, 500));
    EXPECT_EQ(h.portal.requestCount(), 1);
}

TEST(RestClient, DroppedConnectionOnClearIsOutcomeUnknownAndNotResent)
{
    for (const ScriptedResponse &drop :
         {ScriptedResponse::close(), ScriptedResponse::truncate(200, QByteArrayLiteral(R"({"result":tr)"))}) {
        RestClientHarness h;
        h.portal.enqueue(drop);
        h.portal.setHandler([](const HttpRequest &) {
            return ScriptedResponse::json(200, QByteArray(R"({"result":true})"));
        });
        const RestResult result = h.run(QStringLiteral("event.offline.clear"), validClear());
        EXPECT_EQ(result.status, CallStatus::OutcomeUnknown) << result.explanation.explanation.toStdString();
        EXPECT_FALSE(waitUntil([&] { return h.portal.requestCount() > 1; }, 500));
        EXPECT_EQ(h.portal.requestCount(), 1) << "a destructive call must never be resent";
        ASSERT_FALSE(h.log.isEmpty());
        EXPECT_EQ(h.log.last().status, CallStatus::OutcomeUnknown);
        EXPECT_TRUE(h.log.last().destructive);
    }
}

TEST(RestClient, GetWithDefaultClearIsDestructiveAndNotRetriedAfterQueryLimit)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::json(503, envelope("QUERY_LIMIT_EXCEEDED", "Too many requests")));
    h.portal.enqueue(
        ScriptedResponse::json(200, QByteArray(R"({"result":{"process_id":null,"events":[]}})")));
    const RestResult result = h.run(QStringLiteral("event.offline.get"), {{QStringLiteral("limit"), 10}});
    EXPECT_EQ(result.status, CallStatus::ApiError);
    EXPECT_EQ(result.errorCode, QStringLiteral("QUERY_LIMIT_EXCEEDED"));
    EXPECT_TRUE(result.retryAfterMs.has_value());
    EXPECT_EQ(h.portal.requestCount(), 1);
}

TEST(RestClient, QueryLimitOnClearIsNotRetried)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::json(503, envelope("QUERY_LIMIT_EXCEEDED", "Too many requests")));
    h.portal.enqueue(ScriptedResponse::json(200, QByteArray(R"({"result":true})")));
    const RestResult result = h.run(QStringLiteral("event.offline.clear"), validClear());
    EXPECT_EQ(result.status, CallStatus::ApiError);
    EXPECT_EQ(result.errorCode, QStringLiteral("QUERY_LIMIT_EXCEEDED"));
    EXPECT_EQ(result.attempts, 1);
    EXPECT_FALSE(waitUntil([&] { return h.portal.requestCount() > 1; }, 300));
}

TEST(RestClient, QueryLimitBurstOnReadsRecoversWithBackoff)
{
    RestClientHarness h;
    for (int i = 0; i < 3; ++i) {
        h.portal.enqueue(ScriptedResponse::json(503, envelope("QUERY_LIMIT_EXCEEDED", "Too many requests")));
    }
    h.portal.enqueue(ScriptedResponse::json(200, okList(3)));
    RateLimitConfig limits;
    limits.baseBackoffMs = 10;
    limits.ratePerSecond = 50; // after a 503 the client paces from a full bucket; keep the test short
    h.client.setRateLimit(limits);

    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    ASSERT_EQ(result.status, CallStatus::Ok);
    EXPECT_EQ(result.attempts, 4);
    EXPECT_EQ(h.portal.requestCount(), 4);
    int backoffs = 0;
    for (const auto &[ms, reason] : h.waits) {
        backoffs += ms >= 10 && reason.contains(QStringLiteral("request limit")) ? 1 : 0;
    }
    EXPECT_EQ(backoffs, 3);
    EXPECT_EQ(h.log.size(), 4) << "every attempt is logged";
}

TEST(RestClient, QueryLimitRetriesAreBounded)
{
    RestClientHarness h;
    RateLimitConfig limits;
    limits.baseBackoffMs = 5;
    limits.ratePerSecond = 100;
    limits.maxReadRetries = 2;
    h.client.setRateLimit(limits);
    h.portal.setHandler([](const HttpRequest &) {
        return ScriptedResponse::json(503, envelope("QUERY_LIMIT_EXCEEDED", "Too many requests"));
    });
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::ApiError);
    EXPECT_EQ(h.portal.requestCount(), 3);
}

TEST(RestClient, OperatingTimeLimitWaitsUntilResetAndSaysHowLong)
{
    RestClientHarness h;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray time = QByteArray(R"({"start":)") + QByteArray::number(now) + R"(,"finish":)"
        + QByteArray::number(now) + R"(,"duration":0,"processing":0,"operating":419.5,"operating_reset_at":)"
        + QByteArray::number(now + 2) + "}";
    h.portal.enqueue(
        ScriptedResponse::json(200, QByteArray(R"({"result":[],"total":0,"time":)") + time + "}"));
    h.portal.enqueue(ScriptedResponse::json(
        429, envelope("OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.")));
    h.portal.enqueue(ScriptedResponse::json(200, okList(1)));

    ASSERT_TRUE(h.run(QStringLiteral("event.offline.list")).ok());
    EXPECT_EQ(h.client.call(QStringLiteral("event.offline.list")) != nullptr, true);
    ASSERT_TRUE(waitUntil([&] { return !h.waits.isEmpty(); }, 5000));
    const auto [ms, reason] = h.waits.first();
    EXPECT_GE(ms, 1000);
    EXPECT_LE(ms, 4000);
    EXPECT_TRUE(reason.contains(QStringLiteral("event.offline.list")));
    ASSERT_TRUE(
        waitUntil([&] { return h.portal.requestCount() == 3 && h.client.pendingCalls() == 0; }, 8000));
    EXPECT_EQ(h.log.last().status, CallStatus::Ok);
}

TEST(RestClient, OperatingTimeLimitOnClearIsHandedBackWithTheWait)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::json(
        429, envelope("OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.")));
    const RestResult result = h.run(QStringLiteral("event.offline.clear"), validClear());
    EXPECT_EQ(result.status, CallStatus::ApiError);
    EXPECT_EQ(result.errorCode, QStringLiteral("OPERATION_TIME_LIMIT"));
    ASSERT_TRUE(result.retryAfterMs.has_value());
    EXPECT_GT(*result.retryAfterMs, 0);
    EXPECT_EQ(h.portal.requestCount(), 1);
}

TEST(RestClient, RedirectToForeignHostIsReportedAndNeverFollowed)
{
    RestClientHarness h;
    ScriptedHttpServer foreign;
    ASSERT_TRUE(foreign.listen());
    const QByteArray target
        = "http://localhost:" + QByteArray::number(foreign.port()) + "/rest/event.offline.list";
    h.portal.enqueue(ScriptedResponse::redirect(302, target));
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::ApiError);
    EXPECT_EQ(result.errorCode, QStringLiteral("PORTAL_MOVED"));
    EXPECT_EQ(result.redirectTarget.host(), QStringLiteral("localhost"));
    EXPECT_TRUE(result.explanation.explanation.contains(QStringLiteral("localhost")));
    EXPECT_FALSE(waitUntil([&] { return foreign.connectionCount() > 0; }, 300));
    EXPECT_EQ(foreign.requestCount(), 0);
}

TEST(RestClient, RedirectToAnotherPortOfTheSameHostIsForeignToo)
{
    RestClientHarness h;
    ScriptedHttpServer other;
    ASSERT_TRUE(other.listen());
    h.portal.enqueue(
        ScriptedResponse::redirect(301, other.baseUrl().toString().toUtf8() + "event.offline.list"));
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.errorCode, QStringLiteral("PORTAL_MOVED"));
    EXPECT_EQ(other.requestCount(), 0);
}

TEST(RestClient, SameHostRedirectIsFollowedForReads)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::redirect(301, "/rest/event.offline.list/"));
    h.portal.enqueue(ScriptedResponse::json(200, okList(1)));
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    ASSERT_EQ(result.status, CallStatus::Ok);
    ASSERT_EQ(h.portal.requestCount(), 2);
    EXPECT_EQ(h.portal.requests().at(1).path(), QStringLiteral("/rest/event.offline.list/"));
    EXPECT_EQ(h.portal.requests().at(1).method, "POST");
}

TEST(RestClient, SameHostRedirectIsNotFollowedForClear)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::redirect(307, "/rest/event.offline.clear/"));
    const RestResult result = h.run(QStringLiteral("event.offline.clear"), validClear());
    EXPECT_EQ(result.errorCode, QStringLiteral("REDIRECT_NOT_FOLLOWED"));
    EXPECT_EQ(h.portal.requestCount(), 1);
}

TEST(RestClient, EmptyIdListIsRefusedBeforeSending)
{
    RestClientHarness h;
    const QString pid = QStringLiteral("k3v9x0c2m1q8z7w6r5t4y3u2i1o0p9a8");
    const QList<QJsonObject> unsafe {
        {{QStringLiteral("process_id"), pid}, {QStringLiteral("id"), QJsonArray()}},
        {{QStringLiteral("process_id"), pid}, {QStringLiteral("message_id"), QJsonArray()}},
        {{QStringLiteral("process_id"), pid}},
    };
    for (const QJsonObject &params : unsafe) {
        const RestResult result = h.run(QStringLiteral("event.offline.clear"), params);
        EXPECT_EQ(result.status, CallStatus::Refused);
        EXPECT_EQ(result.attempts, 0);
        EXPECT_TRUE(result.explanation.explanation.contains(QStringLiteral("whole batch")));
    }
    const RestResult error
        = h.run(QStringLiteral("event.offline.error"), {{QStringLiteral("process_id"), pid}});
    EXPECT_EQ(error.status, CallStatus::Refused);
    EXPECT_EQ(h.portal.connectionCount(), 0);
    EXPECT_EQ(h.portal.requestCount(), 0);
}

TEST(RestClient, BothListsAndMissingProcessIdAreRefusedBeforeSending)
{
    RestClientHarness h;
    const RestResult both = h.run(
        QStringLiteral("event.offline.clear"),
        {{QStringLiteral("process_id"), QStringLiteral("p")},
         {QStringLiteral("id"), QJsonArray {1}},
         {QStringLiteral("message_id"), QJsonArray {QStringLiteral("9f1c2b7a0d4e5f60718293a4b5c6d7e8")}}});
    EXPECT_EQ(both.status, CallStatus::Refused);
    EXPECT_TRUE(both.explanation.explanation.contains(QStringLiteral("message_id")));
    const RestResult noPid
        = h.run(QStringLiteral("event.offline.clear"), {{QStringLiteral("id"), QJsonArray {1}}});
    EXPECT_EQ(noPid.status, CallStatus::Refused);
    EXPECT_TRUE(noPid.explanation.explanation.contains(QStringLiteral("process_id")));
    BatchRequest batch;
    batch.add(QStringLiteral("a"), QStringLiteral("event.offline.list"), {});
    batch.add(QStringLiteral("b"), QStringLiteral("event.offline.clear"),
              {{QStringLiteral("process_id"), QStringLiteral("p")}});
    const RestResult unsafeBatch = RestClientHarness::wait(h.client.callBatch(batch));
    EXPECT_EQ(unsafeBatch.status, CallStatus::Refused);
    EXPECT_TRUE(unsafeBatch.explanation.explanation.contains(QStringLiteral("“b”")));
    EXPECT_EQ(h.portal.requestCount(), 0);
}

TEST(RestClient, FinishedIsEmittedLaterNotInsideCall)
{
    RestClientHarness h;
    int emitted = 0;
    RestCall *call = h.client.call(QStringLiteral("event.offline.clear"), {});
    QObject::connect(call, &RestCall::finished, &h.portal, [&](const RestResult &) { ++emitted; });
    EXPECT_EQ(emitted, 0);
    EXPECT_EQ(h.client.pendingCalls(), 0) << "refused calls are no longer pending";
    QPointer<RestCall> guard(call);
    ASSERT_TRUE(waitUntil([&] { return guard.isNull(); }, 2000)) << "the call deletes itself";
    EXPECT_EQ(emitted, 1);
}

TEST(RestClient, PortalNotSetIsRefused)
{
    RestClientHarness h(false);
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::Refused);
    EXPECT_EQ(result.errorCode, QStringLiteral("PORTAL_NOT_SET"));
}

TEST(RestClient, AbortedReadEndsCancelled)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::hang());
    RestCall *call = h.client.call(QStringLiteral("event.offline.list"));
    ASSERT_TRUE(waitUntil([&] { return h.portal.requestCount() == 1; }, 3000));
    std::optional<RestResult> result;
    QObject::connect(call, &RestCall::finished, &h.portal, [&](const RestResult &r) { result = r; });
    call->abort();
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }, 3000));
    EXPECT_EQ(result->status, CallStatus::Cancelled);
}

TEST(RestClient, ConnectionRefusedIsTransportErrorEvenForClear)
{
    QNetworkAccessManager network;
    RestClient client(&network);
    quint16 port = 0;
    {
        ScriptedHttpServer closed;
        ASSERT_TRUE(closed.listen());
        port = closed.port();
    }
    client.setPortal(PortalAddress::parse(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    const RestResult result
        = RestClientHarness::wait(client.call(QStringLiteral("event.offline.clear"), validClear()));
    EXPECT_EQ(result.status, CallStatus::TransportError) << "nothing was sent, so the outcome is known";
    EXPECT_EQ(result.errorCode, QStringLiteral("TRANSPORT_CONNECTION_REFUSED"));
}

namespace {

BatchRequest twoListCommands()
{
    BatchRequest batch;
    batch.add(QStringLiteral("p0"), QStringLiteral("event.offline.list"), {});
    batch.add(QStringLiteral("p1"), QStringLiteral("event.offline.list"), {});
    return batch;
}

QByteArray blockedCommand()
{
    return QByteArrayLiteral(
        R"({"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit."})");
}

} // namespace

TEST(RestClient, ReadBatchWhoseEveryCommandHitTheOperatingLimitWaitsForTheResetAndAsksAgain)
{
    RestClientHarness h;
    const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray resetAt = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1);
    // 1: both commands run; their time blocks say when event.offline.list's operating time resets.
    h.portal.enqueue(ScriptedResponse::json(
        200,
        R"({"result":{"result":{"p0":[{"ID":"1"}],"p1":[]},"result_error":[],"result_total":[],)"
        R"("result_next":[],"result_time":{"p0":{"start":)"
            + now + R"(,"finish":)" + now + R"(,"operating":421,"operating_reset_at":)" + resetAt
            + R"(}}},"time":{"start":)" + now + R"(,"finish":)" + now + "}}"));
    // 2: the method is blocked; every command of the batch says so (HTTP 200, as batch answers).
    h.portal.enqueue(ScriptedResponse::json(200,
                                            R"({"result":{"result":[],"result_error":{"p0":)"
                                                + blockedCommand() + R"(,"p1":)" + blockedCommand()
                                                + R"(},"result_total":[],"result_next":[],"result_time":[]},)"
                                                  R"("time":{"start":)"
                                                + now + R"(,"finish":)" + now + "}}"));
    // 3: after the reset the same batch runs. (Every time block carries the real clock: the client
    // derives the portal's clock offset from it.)
    h.portal.setHandler([](const HttpRequest &) {
        const QByteArray clock = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        return ScriptedResponse::json(
            200,
            R"({"result":{"result":{"p0":[{"ID":"7"}],"p1":[]},"result_error":[],)"
            R"("result_total":[],"result_next":[],"result_time":[]},"time":{"start":)"
                + clock + R"(,"finish":)" + clock + "}}");
    });
    ASSERT_TRUE(RestClientHarness::wait(h.client.callBatch(twoListCommands())).ok());
    QElapsedTimer waited;
    waited.start();
    const RestResult result = RestClientHarness::wait(h.client.callBatch(twoListCommands()));
    ASSERT_TRUE(result.ok()) << result.errorCode.toStdString();
    EXPECT_EQ(result.attempts, 2);
    EXPECT_EQ(h.portal.requestCount(), 3);
    EXPECT_EQ(BatchResult::fromJson(result.result).item(QStringLiteral("p0")).result.toArray().size(), 1);
    EXPECT_GE(waited.elapsed(), 900) << "waited for operating_reset_at (+1 s), not a blind retry";
    ASSERT_FALSE(h.waits.isEmpty());
    EXPECT_TRUE(h.waits.last().second.contains(QStringLiteral("event.offline.list")))
        << h.waits.last().second.toStdString();
    // The blocked attempt is logged as what it was.
    ASSERT_GE(h.log.size(), 3);
    EXPECT_EQ(h.log.at(1).status, CallStatus::ApiError);
}

TEST(RestClient, BatchWithSomeCommandsBlockedIsHandedBackAsItCame)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::json(200,
                                            R"({"result":{"result":{"p0":[{"ID":"1"}]},"result_error":{"p1":)"
                                                + blockedCommand()
                                                + R"(},"result_total":[],"result_next":[],"result_time":[]},)"
                                                  R"("time":{"start":1,"finish":2}})"));
    const RestResult result = RestClientHarness::wait(h.client.callBatch(twoListCommands()));
    ASSERT_TRUE(result.ok()) << "the rows of p0 are the caller's to use";
    const BatchResult batch = BatchResult::fromJson(result.result);
    EXPECT_TRUE(batch.item(QStringLiteral("p0")).ok);
    EXPECT_EQ(batch.item(QStringLiteral("p1")).errorCode, QStringLiteral("OPERATION_TIME_LIMIT"));
    EXPECT_EQ(h.portal.requestCount(), 1);
}

TEST(RestClient, BatchKeepsCommandOrderAndParsesPerKeyResults)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::json(
        200,
        QByteArray(R"({"result":{"result":{"z":[{"ID":"1"},{"ID":"2"}],"a":true},"result_error":[],)"
                   R"("result_total":{"z":2},"result_next":[],"result_time":{"z":{"start":1,"finish":2}}},)"
                   R"("time":{"start":1,"finish":2}})")));
    BatchRequest batch;
    ASSERT_TRUE(batch.add(QStringLiteral("z"), QStringLiteral("event.offline.list"),
                          {{QStringLiteral("filter"), QJsonObject {{QStringLiteral(">=ID"), 10}}}}));
    ASSERT_TRUE(batch.add(
        QStringLiteral("a"), QStringLiteral("event.offline.clear"),
        {{QStringLiteral("process_id"), QStringLiteral("p")}, {QStringLiteral("id"), QJsonArray {2}}}));
    const RestResult result = RestClientHarness::wait(h.client.callBatch(batch));
    ASSERT_EQ(result.status, CallStatus::Ok);
    ASSERT_EQ(h.portal.requestCount(), 1);
    const HttpRequest &request = h.portal.requests().first();
    EXPECT_EQ(request.path(), QStringLiteral("/rest/batch"));
    const QByteArray body = request.body;
    EXPECT_LT(body.indexOf("\"z\""), body.indexOf("\"a\"")) << body.toStdString();
    const QJsonObject cmd = request.json().value(QLatin1String("cmd")).toObject();
    EXPECT_EQ(cmd.value(QLatin1String("z")).toString(),
              QStringLiteral("event.offline.list?filter%5B%3E%3DID%5D=10"));
    EXPECT_EQ(cmd.value(QLatin1String("a")).toString(),
              QStringLiteral("event.offline.clear?id%5B0%5D=2&process_id=p"));
    EXPECT_EQ(request.json().value(QLatin1String("halt")).toInt(-1), 0);
    EXPECT_EQ(request.json().value(QLatin1String("auth")).toString(), AccessToken);
    ASSERT_FALSE(h.log.isEmpty());
    EXPECT_TRUE(h.log.last().destructive);
    EXPECT_EQ(h.log.last().recordCount, 2);

    const BatchResult parsed = BatchResult::fromJson(result.result);
    ASSERT_TRUE(parsed.has(QStringLiteral("z")));
    EXPECT_TRUE(parsed.item(QStringLiteral("z")).ok);
    EXPECT_EQ(parsed.item(QStringLiteral("z")).total, 2);
    EXPECT_EQ(parsed.item(QStringLiteral("a")).result.toBool(), true);
}

TEST(RestClient, AbortedClearInFlightIsOutcomeUnknown)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::hang());
    RestCall *call = h.client.call(QStringLiteral("event.offline.clear"), validClear());
    ASSERT_TRUE(waitUntil([&] { return h.portal.requestCount() == 1; }, 3000));
    std::optional<RestResult> result;
    QObject::connect(call, &RestCall::finished, &h.portal, [&](const RestResult &r) { result = r; });
    call->abort();
    EXPECT_FALSE(result.has_value()) << "finished() is queued, never emitted inside abort()";
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }, 3000));
    EXPECT_EQ(result->status, CallStatus::OutcomeUnknown);
}

TEST(RestClient, GatewayErrorPageOnClearIsOutcomeUnknownButNotFoundPageIsNot)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::html(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
    const RestResult gateway = h.run(QStringLiteral("event.offline.clear"), validClear());
    EXPECT_EQ(gateway.status, CallStatus::OutcomeUnknown);
    EXPECT_EQ(gateway.httpStatus, 502);
    EXPECT_TRUE(gateway.explanation.explanation.contains(QStringLiteral("502 Bad Gateway")));

    h.portal.enqueue(ScriptedResponse::html(404, "<html><body>Not Found</body></html>"));
    const RestResult notFound = h.run(QStringLiteral("event.offline.clear"), validClear());
    EXPECT_EQ(notFound.status, CallStatus::BadResponse) << "a 404 page means the method never ran";
    EXPECT_EQ(h.portal.requestCount(), 2);
}

TEST(RestClient, ClientSidePacingDefersBeyondTheBurstAndSaysSo)
{
    RestClientHarness h;
    RateLimitConfig limits;
    limits.ratePerSecond = 20;
    limits.burst = 4; // the client keeps one slot of headroom: 3 go at once
    h.client.setRateLimit(limits);
    h.portal.setHandler([](const HttpRequest &) { return ScriptedResponse::json(200, okList(1)); });
    int finished = 0;
    for (int i = 0; i < 8; ++i) {
        QObject::connect(h.client.call(QStringLiteral("event.offline.list")), &RestCall::finished, &h.portal,
                         [&](const RestResult &r) {
                             ++finished;
                             EXPECT_TRUE(r.ok());
                         });
    }
    EXPECT_EQ(h.client.pendingCalls(), 8);
    ASSERT_EQ(h.waits.size(), 1) << "one notice when pacing starts";
    EXPECT_GT(h.waits.first().first, 0);
    EXPECT_TRUE(h.waits.first().second.contains(QStringLiteral("rate limit")));
    ASSERT_TRUE(waitUntil([&] { return finished == 8; }, 5000));
    EXPECT_EQ(h.portal.requestCount(), 8);
}

TEST(RestClient, DroppedConnectionOnReservingGetIsOutcomeUnknownAndNotResent)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::close());
    h.portal.setHandler([](const HttpRequest &) {
        return ScriptedResponse::json(200, QByteArray(R"({"result":{"process_id":"p2","events":[]}})"));
    });
    const RestResult result = h.run(QStringLiteral("event.offline.get"),
                                    {{QStringLiteral("clear"), 0}, {QStringLiteral("limit"), 10}});
    EXPECT_EQ(result.status, CallStatus::OutcomeUnknown) << "rows may have been reserved";
    EXPECT_FALSE(waitUntil([&] { return h.portal.requestCount() > 1; }, 500));
    EXPECT_EQ(h.portal.requestCount(), 1) << "a second send would reserve a second batch";
}

TEST(RestClient, DroppedConnectionOnListIsAPlainTransportError)
{
    RestClientHarness h;
    h.portal.setHandler([](const HttpRequest &) { return ScriptedResponse::close(); });
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::TransportError);
    EXPECT_EQ(result.errorCode, QStringLiteral("TRANSPORT_REMOTE_CLOSED"));
    EXPECT_EQ(result.attempts, 3) << "first attempt and two retries";
}

TEST(RestClient, ReadIsAskedAgainAfterATimeoutOrGatewayPage)
{
    // (A dropped connection is re-sent by Qt itself once or twice before it reaches us, so the
    // always-dropping portal above shows our retries; a stalled answer and gateway pages do here.)
    for (const ScriptedResponse &hiccup :
         {ScriptedResponse::hang(),
          ScriptedResponse::html(504, "<html><body>504 Gateway Time-out</body></html>"),
          ScriptedResponse::html(503, "<html><body>503 Service Unavailable</body></html>")}) {
        RestClientHarness h;
        h.client.setTransferTimeout(300);
        h.portal.enqueue(hiccup);
        h.portal.setHandler([](const HttpRequest &) { return ScriptedResponse::json(200, okList(3)); });
        const RestResult result = h.run(QStringLiteral("event.offline.list"));
        ASSERT_TRUE(result.ok()) << result.explanation.explanation.toStdString();
        EXPECT_EQ(result.result.toArray().size(), 3);
        EXPECT_EQ(result.attempts, 2);
        EXPECT_EQ(h.portal.requestCount(), 2);
        // The failed attempt is in the log, and the window was told why it waits.
        ASSERT_EQ(h.log.size(), 2);
        EXPECT_NE(h.log.first().status, CallStatus::Ok);
        EXPECT_EQ(h.log.last().status, CallStatus::Ok);
        ASSERT_FALSE(h.waits.isEmpty());
        EXPECT_TRUE(h.waits.last().second.contains(QStringLiteral("trying again")))
            << h.waits.last().second.toStdString();
    }
}

TEST(RestClient, TransientRetriesFollowTheConfiguration)
{
    RestClientHarness h;
    RateLimitConfig limits;
    limits.baseBackoffMs = 10;
    limits.maxTransientRetries = 0;
    h.client.setRateLimit(limits);
    h.client.setTransferTimeout(300);
    h.portal.enqueue(ScriptedResponse::hang());
    h.portal.setHandler([](const HttpRequest &) { return ScriptedResponse::json(200, okList(1)); });
    const RestResult result = h.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::TransportError);
    EXPECT_EQ(result.attempts, 1);
    EXPECT_EQ(h.portal.requestCount(), 1);
}

TEST(RestClient, ReadsOfABlockedMethodWaitForTheSameReset)
{
    RestClientHarness h;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    h.portal.enqueue(ScriptedResponse::json(
        200,
        QByteArray(R"({"result":[],"time":{"start":)") + QByteArray::number(now) + R"(,"finish":)"
            + QByteArray::number(now) + R"(,"operating_reset_at":)" + QByteArray::number(now + 2) + "}}"));
    h.portal.enqueue(ScriptedResponse::json(
        429,
        QByteArray(
            R"({"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit."})")));
    h.portal.setHandler([](const HttpRequest &) { return ScriptedResponse::json(200, okList(1)); });
    ASSERT_TRUE(h.run(QStringLiteral("event.offline.list")).ok());
    RestCall *blocked = h.client.call(QStringLiteral("event.offline.list"));
    ASSERT_TRUE(waitUntil([&] { return h.portal.requestCount() == 2 && !h.waits.isEmpty(); }, 3000));
    RestCall *later = h.client.call(QStringLiteral("event.offline.list"));
    EXPECT_FALSE(waitUntil([&] { return h.portal.requestCount() > 2; }, 500))
        << "the later read must not go out while the method is blocked";
    const RestResult laterResult = RestClientHarness::wait(later, 8000);
    EXPECT_TRUE(laterResult.ok());
    EXPECT_EQ(laterResult.attempts, 1);
    EXPECT_TRUE(waitUntil([&] { return h.client.pendingCalls() == 0; }, 3000));
    EXPECT_EQ(h.portal.requestCount(), 4);
    Q_UNUSED(blocked);
}
