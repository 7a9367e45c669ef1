// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"
#include "queue/Preflight.h"
#include "queue/QueueActions.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkRequest>

using namespace b24;
using namespace b24::test;

namespace {

RestResult waitFor(RestCall *call)
{
    std::optional<RestResult> result;
    QObject::connect(call, &RestCall::finished, call, [&result](const RestResult &done) { result = done; });
    EXPECT_TRUE(waitUntil([&result] { return result.has_value(); }, 30000));
    return result.value_or(RestResult());
}

Preflight::Report runPreflight(RestClient *client)
{
    Preflight preflight(client);
    std::optional<Preflight::Report> report;
    QObject::connect(&preflight, &Preflight::finished, &preflight,
                     [&report](const Preflight::Report &done) { report = done; });
    preflight.start();
    EXPECT_TRUE(waitUntil([&report] { return report.has_value(); }, 30000));
    return report.value_or(Preflight::Report());
}

bool anyNoteContains(const Preflight::Report &report, const QString &text)
{
    return std::any_of(report.notes.cbegin(), report.notes.cend(),
                       [&text](const QString &note) { return note.contains(text, Qt::CaseInsensitive); });
}

// Sends every REST call to the portal's webhook address, as a pasted webhook URL would: the
// portal then sees a webhook, not an application token.
class WebhookNetwork : public QNetworkAccessManager
{
public:
    QString webhookPath;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkRequest rewritten = request;
        QUrl url = request.url();
        url.setPath(url.path().replace(QStringLiteral("/rest/"), QLatin1Char('/') + webhookPath));
        rewritten.setUrl(url);
        return QNetworkAccessManager::createRequest(op, rewritten, data);
    }
};

} // namespace

class QueueActionsSandbox : public SandboxFixture
{
};

TEST_F(QueueActionsSandbox, ReserveGivesUnreservedRowsAProcessIdAndIsAudited)
{
    const QList<qint64> ids = addEvents(10);
    QueueActions actions(m_client.get(), m_audit.get());
    const RestResult result = waitFor(actions.reserve(4));
    ASSERT_TRUE(result.ok()) << result.errorDescription.toStdString();
    const QString processId = result.result.toObject().value(QStringLiteral("process_id")).toString();
    ASSERT_EQ(processId.size(), 32);
    EXPECT_EQ(result.result.toObject().value(QStringLiteral("events")).toArray().size(), 4);
    int reserved = 0;
    for (qint64 id : ids) {
        if (row(id)->processId == processId.toLatin1())
            ++reserved;
    }
    EXPECT_EQ(reserved, 4);
    EXPECT_EQ(int(allIds().size()), 10); // clear=0: nothing deleted

    const QList<QJsonObject> records = m_audit->readAll();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].value(QStringLiteral("method")).toString(), QStringLiteral("event.offline.get"));
    EXPECT_EQ(records[0].value(QStringLiteral("reserved_process_id")).toString(), processId);
    EXPECT_EQ(records[0].value(QStringLiteral("ids")).toArray().size(), 4);
    EXPECT_EQ(records[0].value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QFile file(m_audit->filePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(m_server.adminAccessToken().toUtf8()));
}

TEST_F(QueueActionsSandbox, ReserveWithIdFilterAndRefusalSendsNothing)
{
    const QList<qint64> ids = addEvents(10);
    QueueActions actions(m_client.get(), m_audit.get());
    ListFilter filter;
    filter.idFrom = ids[6];
    const RestResult result = waitFor(actions.reserve(50, filter));
    ASSERT_TRUE(result.ok()) << result.errorDescription.toStdString();
    EXPECT_EQ(result.result.toObject().value(QStringLiteral("events")).toArray().size(), 4);
    EXPECT_TRUE(row(ids[5])->processId.isEmpty());
    EXPECT_FALSE(row(ids[6])->processId.isEmpty());

    const quint64 before = m_server.requestCount();
    const RestResult refused = waitFor(actions.reserve(0));
    EXPECT_EQ(refused.status, CallStatus::Refused);
    ListFilter process;
    process.processId = QStringLiteral("x");
    EXPECT_EQ(waitFor(actions.reserve(5, process)).status, CallStatus::Refused);
    EXPECT_EQ(m_server.requestCount(), before);
}

TEST_F(QueueActionsSandbox, MarkErrorReleasesRowsAsErrorsAndRefusesEmptyInput)
{
    const QList<qint64> ids = addEvents(3);
    const QByteArray batch = "markbatch00000000000000000000000";
    reserve(ids, batch);
    QueueActions actions(m_client.get(), m_audit.get());
    const QString messageId = QString::fromLatin1(row(ids[1])->messageId);
    const RestResult result = waitFor(actions.markError(QString::fromLatin1(batch), {messageId}));
    ASSERT_TRUE(result.ok()) << result.errorDescription.toStdString();
    EXPECT_TRUE(row(ids[1])->error);
    EXPECT_TRUE(row(ids[1])->processId.isEmpty());
    EXPECT_EQ(row(ids[0])->processId, batch);
    EXPECT_FALSE(row(ids[0])->error);

    const quint64 before = m_server.requestCount();
    EXPECT_EQ(waitFor(actions.markError(QString(), {messageId})).status, CallStatus::Refused);
    EXPECT_EQ(waitFor(actions.markError(QString::fromLatin1(batch), {})).status, CallStatus::Refused);
    EXPECT_EQ(m_server.requestCount(), before);

    const QList<QJsonObject> records = m_audit->readAll();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].value(QStringLiteral("method")).toString(), QStringLiteral("event.offline.error"));
    EXPECT_EQ(records[0].value(QStringLiteral("message_ids")).toArray(), QJsonArray({messageId}));
}

TEST_F(QueueActionsSandbox, PreflightWithGoodAdminToken)
{
    addEvents(7);
    const Preflight::Report report = runPreflight(m_client.get());
    EXPECT_TRUE(report.ok);
    EXPECT_EQ(report.offlineExtended, std::optional<bool>(true));
    EXPECT_EQ(report.authConnector, std::optional<bool>(true));
    EXPECT_EQ(report.total, 7);
    EXPECT_EQ(report.failure.errorCode, QString());
    // Plain HTTP to loopback is only mentioned, not warned about; nothing else is worth a note.
    ASSERT_EQ(report.notes.size(), 1);
    EXPECT_TRUE(report.notes.first().contains(QStringLiteral("plain HTTP")));
}

TEST_F(QueueActionsSandbox, PreflightExplainsNonAdmin)
{
    connectClient(&m_network, m_server.nonAdminAccessToken());
    const Preflight::Report report = runPreflight(m_client.get());
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.failure.errorCode, QStringLiteral("ACCESS_DENIED"));
    ASSERT_FALSE(report.notes.isEmpty());
    EXPECT_TRUE(anyNoteContains(report, QStringLiteral("administrator")));
}

TEST_F(QueueActionsSandbox, PreflightExplainsLicenseLimits)
{
    m_server.options().offlineExtended = false;
    m_server.options().authConnectorFeature = false;
    const Preflight::Report withoutConnector = runPreflight(m_client.get());
    EXPECT_TRUE(withoutConnector.ok);
    EXPECT_EQ(withoutConnector.offlineExtended, std::optional<bool>(false));
    EXPECT_EQ(withoutConnector.authConnector, std::optional<bool>(false));
    EXPECT_TRUE(anyNoteContains(withoutConnector, QStringLiteral("rest_offline_extended")));

    connectClient(&m_network, m_server.adminAccessToken(), QStringLiteral("crm_sync"));
    const Preflight::Report withConnector = runPreflight(m_client.get());
    EXPECT_FALSE(withConnector.ok);
    EXPECT_EQ(withConnector.failure.errorCode, QStringLiteral("WRONG_LICENSE"));
    EXPECT_TRUE(anyNoteContains(withConnector, QStringLiteral("crm_sync")));
}

TEST_F(QueueActionsSandbox, PreflightNotesUnknownConnectorAsEmptyQueue)
{
    addEvents(3);
    connectClient(&m_network, m_server.adminAccessToken(), QStringLiteral("no_such_connector"));
    const Preflight::Report report = runPreflight(m_client.get());
    EXPECT_TRUE(report.ok);
    EXPECT_EQ(report.total, 0);
    EXPECT_TRUE(anyNoteContains(report, QStringLiteral("no_such_connector")));
}

TEST_F(QueueActionsSandbox, PreflightExplainsWebhookOverPinnedHttps)
{
    m_server.stop();
    sandbox::SandboxOptions options;
    options.tls = true; // the portal refuses webhooks over plain HTTP before checking the method
    options.rateLimitEnabled = false;
    startPortal(options);
    WebhookNetwork network;
    network.webhookPath = m_server.webhookPath();
    connectClient(&network, m_server.adminAccessToken());
    const Preflight::Report report = runPreflight(m_client.get());
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.failure.errorCode, QStringLiteral("WRONG_AUTH_TYPE"));
    EXPECT_TRUE(anyNoteContains(report, QStringLiteral("webhook")));
    m_client.reset(); // before `network` goes away
}
