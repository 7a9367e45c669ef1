// SPDX-License-Identifier: GPL-3.0-or-later
// Transport: parameter sources, PHP bracket arrays, max_input_vars, URL forms, JSON envelope, HTTPS.
#include "CertificateFactory.h"
#include "SandboxFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QSslConfiguration>
#include <QTcpSocket>

#include <functional>

using namespace b24::test;
namespace sandbox = b24::sandbox;

namespace {

class Transport : public SandboxFixture
{
};

class TransportOverHttps : public SandboxFixture
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

TEST_F(Transport, FormBodyWithBracketArrays)
{
    addEvents(4);
    const QString pid = reserve(4);
    const HttpResult reply
        = http->callForm(QStringLiteral("event.offline.clear"),
                         "process_id=" + pid.toLatin1() + "&id[]=1&id[]=3", server->adminAccessToken());
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(row(1), nullptr);
    EXPECT_NE(row(2), nullptr);
    EXPECT_EQ(row(3), nullptr);
}

TEST_F(Transport, QueryStringOnGet)
{
    addEvents(3);
    const HttpResult reply = http->callQuery(QStringLiteral("event.offline.list"),
                                             "filter[%3E%3DID]=2&order[ID]=DESC", server->adminAccessToken());
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray rows = reply.json.value(QStringLiteral("result")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("ID")).toString(), QStringLiteral("3"));
}

TEST_F(Transport, BodyKeysWinOverTheQueryString)
{
    addEvents(3);
    QUrl url = http->restUrl(QStringLiteral("event.offline.get"));
    url.setQuery(QStringLiteral("clear=1&limit=1"));
    const HttpResult reply = http->post(url, "clear=0&auth=" + server->adminAccessToken().toLatin1(),
                                        "application/x-www-form-urlencoded");
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(server->queue().size(), 3); // clear=0 from the body won
    EXPECT_EQ(server->queue().counts().reserved, 1);
}

TEST_F(Transport, InvalidJsonBodyCountsAsNoParameters)
{
    const QByteArray body = "{\"auth\":\"" + server->adminAccessToken().toLatin1() + "\",";
    const HttpResult reply
        = http->post(http->restUrl(QStringLiteral("event.offline.list")), body, "application/json");
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.error(), QStringLiteral("NO_AUTH_FOUND"));
}

TEST_F(Transport, JsonSuffixTrailingSlashAndMethodCase)
{
    for (const QString &method :
         {QStringLiteral("event.offline.list.json"), QStringLiteral("event.offline.list/"),
          QStringLiteral("Event.Offline.List.json")}) {
        const HttpResult reply = http->callJson(method, {}, server->adminAccessToken());
        EXPECT_EQ(reply.status, 200) << method.toStdString();
        EXPECT_EQ(reply.contentType, QByteArray("application/json; charset=utf-8"));
    }
}

TEST_F(Transport, UnknownMethodIsNotFound)
{
    const HttpResult reply = http->admin(QStringLiteral("event.offline.nothing"));
    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(
        reply.body,
        QByteArray("{\"error\":\"ERROR_METHOD_NOT_FOUND\",\"error_description\":\"Method not found!\"}"));
}

TEST_F(Transport, MaxInputVarsDropsFormVariablesPastOneThousand)
{
    QByteArray filler;
    for (int i = 0; i < 999; ++i) {
        filler += "x[]=1&";
    }
    // 999 variables + auth = 1000: accepted.
    EXPECT_EQ(
        http->callForm(QStringLiteral("event.offline.list"), filler.chopped(1), server->adminAccessToken())
            .status,
        200);
    // 1000 variables + auth: auth is variable 1001 and is dropped, as PHP drops it.
    const HttpResult dropped
        = http->callForm(QStringLiteral("event.offline.list"), filler + "y=1", server->adminAccessToken());
    EXPECT_EQ(dropped.status, 401);
    EXPECT_EQ(dropped.error(), QStringLiteral("NO_AUTH_FOUND"));
}

TEST_F(Transport, MaxInputVarsDoesNotApplyToJsonBodies)
{
    QJsonObject params;
    for (int i = 0; i < 1500; ++i) {
        params.insert(QStringLiteral("x%1").arg(i), i);
    }
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.list"), params).status, 200);
}

TEST_F(Transport, UnknownPathsAnswerNotFound)
{
    EXPECT_EQ(http->get(server->baseUrl().resolved(QUrl(QStringLiteral("index.php")))).status, 404);
}

TEST_F(TransportOverHttps, ClientPinningTheGeneratedCertificateConnects)
{
    ASSERT_FALSE(server->certificate().isNull());
    EXPECT_EQ(server->baseUrl().scheme(), QStringLiteral("https"));
    EXPECT_EQ(server->certificateSha256Hex(),
              QString::fromLatin1(server->certificate().digest(QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(server->certificateSha256Hex().size(), 64);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.list"));
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
}

TEST_F(TransportOverHttps, ClientTrustingOnlyThatCertificateAfterSslErrorsConnects)
{
    // A client without the CA sees exactly one untrusted certificate and may accept exactly it.
    QNetworkAccessManager network;
    QNetworkRequest request(http->restUrl(QStringLiteral("event.offline.list")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply
        = network.post(request, "{\"auth\":\"" + server->adminAccessToken().toLatin1() + "\"}");
    bool sawErrors = false;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        sawErrors = true;
        QList<QSslError> expected;
        for (const QSslError &error : errors) {
            if (error.certificate() == server->certificate()) {
                expected.append(error);
            }
        }
        if (expected.size() == errors.size()) {
            reply->ignoreSslErrors(expected);
        }
    });
    bool done = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] { done = true; });
    ASSERT_TRUE(waitUntil([&] { return done; }, 20000));
    EXPECT_TRUE(sawErrors);
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

TEST_F(TransportOverHttps, ClientWithoutTrustIsRefused)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(http->restUrl(QStringLiteral("server.time"))));
    bool done = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] { done = true; });
    ASSERT_TRUE(waitUntil([&] { return done; }, 20000));
    EXPECT_EQ(reply->error(), QNetworkReply::SslHandshakeFailedError);
    reply->deleteLater();
}

namespace {

// Writes raw bytes on one TCP connection and collects what comes back until `done` says so.
QByteArray exchange(quint16 port, const QList<QByteArray> &writes,
                    const std::function<bool(const QByteArray &)> &done)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000)) {
        return {};
    }
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    for (const QByteArray &chunk : writes) {
        socket.write(chunk);
        waitUntil([&] { return socket.bytesToWrite() == 0; }, 10000);
    }
    waitUntil([&] { return done(received); }, 10000);
    return received;
}

} // namespace

TEST_F(Transport, KeepAliveServesSeveralRequestsOnOneConnection)
{
    const QByteArray request = "GET /rest/server.time?auth=" + server->adminAccessToken().toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const QByteArray received
        = exchange(server->baseUrl().port(), {request + request},
                   [](const QByteArray &data) { return data.count("HTTP/1.1 200 OK") == 2; });
    EXPECT_EQ(received.count("HTTP/1.1 200 OK"), 2) << received.toStdString();
    EXPECT_EQ(received.count("Connection: keep-alive"), 2);
}

TEST_F(Transport, ExpectContinueGetsAnInterimAnswer)
{
    const QByteArray body = "auth=" + server->adminAccessToken().toLatin1();
    const QByteArray head = "POST /rest/server.time HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n";
    const QByteArray received = exchange(server->baseUrl().port(), {head}, [](const QByteArray &data) {
        return data.contains("100 Continue");
    });
    EXPECT_TRUE(received.startsWith("HTTP/1.1 100 Continue\r\n\r\n")) << received.toStdString();
}
