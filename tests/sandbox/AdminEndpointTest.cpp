// SPDX-License-Identifier: GPL-3.0-or-later
// The /sandbox/* admin endpoint and the standalone executable's command line.
#include "SandboxFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace b24::test;
namespace sandbox = b24::sandbox;

namespace {

class AdminEndpoint : public SandboxFixture
{
protected:
    HttpResult adminPost(const QString &path, const QByteArray &json)
    {
        return http->post(server->adminUrl().resolved(QUrl(path)), json, "application/json",
                          {{"X-Sandbox-Key", server->adminKey().toLatin1()}});
    }
    HttpResult state()
    {
        return http->get(server->adminUrl().resolved(QUrl(QStringLiteral("state"))),
                         {{"X-Sandbox-Key", server->adminKey().toLatin1()}});
    }
};

} // namespace

TEST_F(AdminEndpoint, RequiresTheAdminKey)
{
    const HttpResult reply = http->get(server->adminUrl().resolved(QUrl(QStringLiteral("state"))));
    EXPECT_EQ(reply.status, 403);
    EXPECT_TRUE(reply.body.contains("X-Sandbox-Key"));
}

TEST_F(AdminEndpoint, AddsEventsAndReportsState)
{
    const HttpResult added
        = adminPost(QStringLiteral("events"),
                    "{\"events\":[{\"event_name\":\"ONCRMDEALUPDATE\",\"data\":{\"FIELDS\":{\"ID\":\"1\"}}},"
                    "{\"event_name\":\"ONCRMLEADADD\",\"data\":{\"FIELDS\":{\"ID\":\"2\"}},\"user_id\":0}]}");
    ASSERT_EQ(added.status, 200) << added.body.toStdString();
    EXPECT_EQ(added.json.value(QStringLiteral("ids")).toArray().size(), 2);
    reserve(1);
    const HttpResult current = state();
    ASSERT_EQ(current.status, 200);
    const QJsonObject counts = current.json.value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("total")).toInt(), 2);
    EXPECT_EQ(counts.value(QStringLiteral("reserved")).toInt(), 1);
    EXPECT_EQ(current.json.value(QStringLiteral("processes")).toArray().size(), 1);
    EXPECT_EQ(current.json.value(QStringLiteral("rows")).toArray().size(), 2);
    EXPECT_GE(current.json.value(QStringLiteral("request_count")).toInt(), 3);
}

TEST_F(AdminEndpoint, SeedsResetsAndSetsFaultsAndFeatures)
{
    EXPECT_EQ(adminPost(QStringLiteral("seed"), "{\"count\":300,\"reserved_share\":0.5}").status, 200);
    EXPECT_EQ(server->queue().size(), 300);
    EXPECT_EQ(server->queue().counts().reserved, 150);
    EXPECT_EQ(
        adminPost(QStringLiteral("faults"), "{\"method\":\"event.offline.list\",\"kind\":\"error-500\"}")
            .status,
        200);
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.list")).status, 500);
    EXPECT_EQ(adminPost(QStringLiteral("features"), "{\"rest_offline_extended\":false}").status, 200);
    EXPECT_FALSE(server->options().offlineExtended);
    EXPECT_EQ(adminPost(QStringLiteral("reset"), "{}").status, 200);
    EXPECT_EQ(server->queue().size(), 0);
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.list")).status, 200);
    EXPECT_EQ(adminPost(QStringLiteral("expire-tokens"), {}).status, 200);
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.list")).status, 401);
    EXPECT_EQ(adminPost(QStringLiteral("faults"), "{\"kind\":\"nope\"}").status, 400);
}

TEST_F(AdminEndpoint, RequestCountCountsHttpRequests)
{
    const quint64 before = server->requestCount();
    http->admin(QStringLiteral("event.offline.list"));
    http->admin(QStringLiteral("event.offline.list"));
    EXPECT_EQ(server->requestCount(), before + 2);
}

TEST(SandboxPortalExecutable, HelpDocumentsEveryOption)
{
    QProcess process;
    process.start(QStringLiteral(B24_SANDBOX_PORTAL_EXE), {QStringLiteral("--help")});
    ASSERT_TRUE(process.waitForFinished(20000));
    const QString help = QString::fromLocal8Bit(process.readAllStandardOutput());
    for (const char *option :
         {"--port", "--http", "--no-tls", "--seed", "--demo", "--seed-reserved", "--seed-errors",
          "--seed-stuck", "--rate", "--burst", "--no-rate-limit", "--operating-limit", "--no-extended",
          "--no-auth-connector-feature", "--fault", "--token-lifetime"}) {
        EXPECT_TRUE(help.contains(QString::fromLatin1(option))) << option;
    }
}

TEST(SandboxPortalExecutable, PrintsCredentialsAndServes)
{
    QProcess process;
    process.start(QStringLiteral(B24_SANDBOX_PORTAL_EXE),
                  {QStringLiteral("--http"), QStringLiteral("--seed"), QStringLiteral("10")});
    QByteArray output;
    ASSERT_TRUE(waitUntil(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains("Queue rows:");
        },
        20000))
        << output.toStdString();
    EXPECT_TRUE(output.contains("Admin key:"));
    EXPECT_TRUE(output.contains("Refresh token:"));
    EXPECT_TRUE(output.contains("Client secret:"));
    EXPECT_TRUE(output.contains("Queue rows:     10"));
    process.terminate();
    EXPECT_TRUE(process.waitForFinished(10000));
}

TEST(SandboxPortalExecutable, BadOptionNamesTheProblem)
{
    QProcess process;
    process.start(QStringLiteral(B24_SANDBOX_PORTAL_EXE),
                  {QStringLiteral("--fault"), QStringLiteral("x:explode")});
    ASSERT_TRUE(process.waitForFinished(20000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("explode"));
}
