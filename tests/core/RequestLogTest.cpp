// SPDX-License-Identifier: GPL-3.0-or-later
// The request log and developer logging never carry a token, refresh token or client secret.
#include "RestClientHarness.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>

using namespace b24;
using namespace b24::test;

namespace {

QMutex g_capturedMutex;
QStringList g_captured;

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_capturedMutex);
    g_captured.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                      + message);
}

// Installs the capturing handler and turns every b24.net level on for the test's lifetime.
struct CapturedLog {
    QtMessageHandler previous;
    CapturedLog()
    {
        g_captured.clear();
        previous = qInstallMessageHandler(captureMessages);
        QLoggingCategory::setFilterRules(QStringLiteral("b24.net*=true"));
    }
    ~CapturedLog()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
    }
};

const QStringList &allSecrets()
{
    static const QStringList secrets {AccessToken, RefreshToken, ClientSecret, NewAccessToken,
                                      NewRefreshToken};
    return secrets;
}

void expectNoSecret(const QString &text, const char *where)
{
    for (const QString &secret : allSecrets()) {
        EXPECT_FALSE(text.contains(secret))
            << where << " leaks " << secret.toStdString() << ": " << text.toStdString();
    }
}

} // namespace

TEST(RequestLog, NoSecretInEntriesExportsCurlOrDeveloperLog)
{
    CapturedLog captured;
    RestClientHarness h;
    ScriptedHttpServer oauth;
    ASSERT_TRUE(oauth.listen());
    Credentials credentials = h.client.credentials();
    credentials.refreshToken = RefreshToken;
    credentials.clientId = QStringLiteral("local.app.1");
    credentials.clientSecret = ClientSecret;
    credentials.authConnector = QStringLiteral("conn-1");
    credentials.tokenEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token/").arg(oauth.port()));
    h.client.setCredentials(credentials);

    // A portal that echoes secrets back in every way it can: in JSON, in an HTML error page, and
    // in an error description; the token endpoint echoes the client secret in its error.
    int step = 0;
    h.portal.setHandler([&](const HttpRequest &request) {
        const QByteArray auth = request.json().value(QLatin1String("auth")).toString().toUtf8();
        switch (step++) {
        case 0:
            return ScriptedResponse::json(200,
                                          "{\"result\":[{\"ID\":\"1\",\"EVENT_DATA\":{\"token\":\"" + auth
                                              + "\"}}],\"total\":1,\"time\":{\"start\":1,\"finish\":2}}");
        case 1:
            return ScriptedResponse::json(
                401,
                QByteArray(
                    R"({"error":"expired_token","error_description":"The access token provided has expired"})"));
        case 2:
            // 500, not a gateway's 502-504: those are asked again, and this test counts entries.
            return ScriptedResponse::html(500, "<html><body>upstream said auth=" + auth + "</body></html>");
        case 3:
            return ScriptedResponse::json(
                400, "{\"error\":\"ERROR_ARGUMENT\",\"error_description\":\"bad token " + auth + "\"}");
        default:
            return ScriptedResponse::json(
                401, QByteArray(R"({"error":"expired_token","error_description":"expired"})"));
        }
    });
    int refreshes = 0;
    oauth.setHandler([&](const HttpRequest &request) {
        if (refreshes++ == 0) {
            return ScriptedResponse::json(200,
                                          QJsonObject {{QStringLiteral("access_token"), NewAccessToken},
                                                       {QStringLiteral("refresh_token"), NewRefreshToken}});
        }
        return ScriptedResponse::json(400,
                                      "{\"error\":\"invalid_client\",\"error_description\":\"bad secret "
                                          + request.queryItem(QStringLiteral("client_secret")).toUtf8()
                                          + "\"}");
    });

    QList<RestResult> results;
    results.append(h.run(QStringLiteral("event.offline.list")));
    results.append(h.run(QStringLiteral("event.offline.list"))); // expired -> refresh -> 500 echo
    results.append(h.run(QStringLiteral("event.offline.clear"), validClear())); // 400 echo
    results.append(
        h.run(QStringLiteral("event.offline.list"))); // expired -> refresh fails echoing the secret
    ASSERT_EQ(oauth.requestCount(), 2);
    ASSERT_EQ(results.at(0).status, CallStatus::Ok);
    ASSERT_EQ(results.at(1).status, CallStatus::BadResponse);
    ASSERT_EQ(results.at(3).errorCode, QStringLiteral("invalid_client"));
    // Make sure the secrets really travelled, so the checks below can fail.
    EXPECT_TRUE(h.portal.requests().at(2).raw().contains(NewAccessToken.toUtf8()));
    EXPECT_TRUE(oauth.requests().at(1).raw().contains(ClientSecret.toUtf8()));

    ASSERT_EQ(h.log.size(), 7); // list; expired+oauth.token+500; 400; expired+failed oauth.token
    for (const RequestLogEntry &entry : std::as_const(h.log)) {
        expectNoSecret(entry.toJsonLine(), "toJsonLine");
        expectNoSecret(entry.toCurl(h.portal.baseUrl().toString()), "toCurl");
        expectNoSecret(QString::fromUtf8(entry.responseBody), "responseBody");
        expectNoSecret(entry.url, "url");
        expectNoSecret(entry.explanation.explanation, "explanation");
    }
    for (const RestResult &result : std::as_const(results)) {
        expectNoSecret(result.bodyExcerpt, "bodyExcerpt");
        expectNoSecret(result.errorDescription, "errorDescription");
        expectNoSecret(result.explanation.explanation, "result explanation");
    }
    const QMutexLocker lock(&g_capturedMutex);
    EXPECT_GT(g_captured.size(), 8) << "developer logging was expected to be on";
    bool sawRequestLine = false;
    for (const QString &line : std::as_const(g_captured)) {
        expectNoSecret(line, "developer log");
        sawRequestLine = sawRequestLine || line.contains(QStringLiteral("event.offline.clear"));
    }
    EXPECT_TRUE(sawRequestLine);
}

TEST(RequestLog, EntryFieldsJsonAndCurl)
{
    RestClientHarness h;
    h.portal.enqueue(ScriptedResponse::json(200, okList(3, R"(,"next":3,"total":10)")));
    const RestResult result = h.run(QStringLiteral("event.offline.list"), {{QStringLiteral("start"), 0}});
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(h.log.size(), 1);
    const RequestLogEntry entry = h.log.first();
    EXPECT_EQ(entry.id, 1u);
    EXPECT_EQ(entry.method, QStringLiteral("event.offline.list"));
    EXPECT_EQ(entry.httpStatus, 200);
    EXPECT_EQ(entry.recordCount, 3);
    EXPECT_FALSE(entry.destructive);
    EXPECT_TRUE(entry.time.present);
    EXPECT_EQ(entry.parameters.value(QLatin1String("auth")).toString(), QStringLiteral("***"));

    const QJsonObject json = QJsonDocument::fromJson(entry.toJsonLine().toUtf8()).object();
    EXPECT_EQ(json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(json.value(QLatin1String("recordCount")).toInt(), 3);
    EXPECT_FALSE(entry.toJsonLine().contains(QLatin1Char('\n')));

    const QString curl = entry.toCurl(h.portal.baseUrl().toString());
    EXPECT_TRUE(curl.startsWith(QStringLiteral("curl ")));
    EXPECT_TRUE(curl.contains(h.portal.baseUrl().toString() + QStringLiteral("event.offline.list")));
    EXPECT_TRUE(curl.contains(QStringLiteral("$B24_TOKEN")));
    EXPECT_TRUE(curl.contains(QStringLiteral("\\\"start\\\":0")));
}

TEST(RequestLog, RecordCountForGetAndBatchOfLists)
{
    EXPECT_EQ(RequestLogEntry::countRecords(
                  QStringLiteral("event.offline.get"),
                  QJsonDocument::fromJson(R"({"process_id":"p","events":[{},{}]})").object()),
              2);
    EXPECT_EQ(RequestLogEntry::countRecords(QStringLiteral("event.offline.clear"), QJsonValue(true)), -1);
    const QJsonValue batch
        = QJsonDocument::fromJson(R"({"result":{"result":{"a":[{},{},{}],"b":{"events":[{}]},"c":true}}})")
              .object()
              .value(QLatin1String("result"));
    EXPECT_EQ(RequestLogEntry::countRecords(QStringLiteral("batch"), batch), 4);
}
