// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection: each kind, whether the call was applied, counts and the spec syntax.
#include "SandboxFaults.h"
#include "SandboxFixture.h"

#include <QJsonDocument>

using namespace b24::test;
namespace sandbox = b24::sandbox;
using b24::sandbox::FaultKind;
using b24::sandbox::FaultSpec;
using b24::sandbox::SandboxFaults;

namespace {

class Faults : public SandboxFixture
{
protected:
    void setFault(const QString &method, FaultKind kind, int delayMs = 0, int count = -1)
    {
        server->faults().set(method, FaultSpec {kind, delayMs, count});
    }
};

} // namespace

TEST_F(Faults, DelayAnswersNormallyAndAppliesTheCall)
{
    addEvents(2);
    setFault(QStringLiteral("event.offline.get"), FaultKind::Delay, 120);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"));
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(events(reply).size(), 2);
    EXPECT_GE(
        reply.json.value(QStringLiteral("time")).toObject().value(QStringLiteral("processing")).toDouble(),
        0.12);
    EXPECT_EQ(server->queue().size(), 0);
}

TEST_F(Faults, DropBeforeApplyClosesTheConnectionAndChangesNothing)
{
    addEvents(2);
    setFault(QStringLiteral("event.offline.get"), FaultKind::DropBeforeApply);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"));
    EXPECT_NE(reply.networkError, QNetworkReply::NoError);
    EXPECT_EQ(reply.status, 0);
    EXPECT_EQ(server->queue().size(), 2);
}

TEST_F(Faults, DropAfterApplyClosesTheConnectionAfterTheChange)
{
    addEvents(2);
    const QString pid = reserve(2);
    setFault(QStringLiteral("event.offline.clear"), FaultKind::DropAfterApply);
    QJsonObject params;
    params.insert(QStringLiteral("process_id"), pid);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.clear"), params);
    EXPECT_NE(reply.networkError, QNetworkReply::NoError);
    EXPECT_EQ(server->queue().size(), 0);
}

TEST_F(Faults, Html502IsAnHtmlPageAndNotApplied)
{
    addEvents(2);
    setFault(QStringLiteral("event.offline.get"), FaultKind::Html502);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"));
    EXPECT_EQ(reply.status, 502);
    EXPECT_TRUE(reply.contentType.startsWith("text/html"));
    EXPECT_TRUE(reply.body.contains("502 Bad Gateway"));
    EXPECT_EQ(server->queue().size(), 2);
}

TEST_F(Faults, TruncatedJsonIsAppliedButDoesNotParse)
{
    addEvents(2);
    setFault(QStringLiteral("event.offline.get"), FaultKind::TruncatedJson);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"));
    EXPECT_EQ(reply.status, 200);
    EXPECT_FALSE(reply.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    EXPECT_NE(error.error, QJsonParseError::NoError);
    EXPECT_EQ(server->queue().size(), 0);
}

TEST_F(Faults, Error500IsNotApplied)
{
    addEvents(2);
    setFault(QStringLiteral("event.offline.get"), FaultKind::Internal500);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"));
    EXPECT_EQ(reply.status, 500);
    EXPECT_EQ(reply.error(), QStringLiteral("INTERNAL_SERVER_ERROR"));
    EXPECT_EQ(server->queue().size(), 2);
}

TEST_F(Faults, CountedFaultStopsAndWildcardHitsEveryMethod)
{
    setFault(QStringLiteral("event.offline.list"), FaultKind::Internal500, 0, 1);
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.list")).status, 500);
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.list")).status, 200);
    setFault(QStringLiteral("*"), FaultKind::Html502);
    EXPECT_EQ(http->admin(QStringLiteral("feature.get")).status, 502);
    server->faults().clearAll();
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.list")).status, 200);
}

TEST_F(Faults, SpecSyntax)
{
    const auto parsed = SandboxFaults::parse(QStringLiteral("Event.Offline.Get:delay:1500:2"));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->first, QStringLiteral("event.offline.get"));
    EXPECT_EQ(parsed->second.kind, FaultKind::Delay);
    EXPECT_EQ(parsed->second.delayMs, 1500);
    EXPECT_EQ(parsed->second.remaining, 2);
    QString error;
    EXPECT_FALSE(SandboxFaults::parse(QStringLiteral("event.offline.get:explode"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("drop-before"))) << error.toStdString();
    EXPECT_FALSE(SandboxFaults::parse(QStringLiteral("nocolon"), &error).has_value());
    EXPECT_FALSE(SandboxFaults::parse(QStringLiteral("m:delay:soon"), &error).has_value());
}

TEST_F(Faults, PartialBodyIsAppliedAndTheConnectionClosesMidBody)
{
    addEvents(2);
    setFault(QStringLiteral("event.offline.get"), FaultKind::PartialBody);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"));
    EXPECT_NE(reply.networkError, QNetworkReply::NoError);
    EXPECT_EQ(server->queue().size(), 0);
}
