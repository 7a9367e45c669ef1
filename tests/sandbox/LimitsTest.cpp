// SPDX-License-Identifier: GPL-3.0-or-later
// The leaky bucket (503), the operating-time limiter (429) and the time block.
#include "LeakyBucket.h"
#include "OperatingLimiter.h"
#include "SandboxFixture.h"

using namespace b24::test;
namespace sandbox = b24::sandbox;
using b24::sandbox::LeakyBucket;
using b24::sandbox::OperatingLimiter;

namespace {

class Limits : public SandboxFixture
{
};

} // namespace

TEST_F(Limits, LeakyBucketAnswers503AboveTheBurst)
{
    sandbox::SandboxOptions options = defaultOptions();
    options.rateLimitEnabled = true;
    options.rateLimitBurst = 3;
    options.rateLimitPerSecond = 0.001; // nothing drains during the test
    startSandbox(options);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(http->admin(QStringLiteral("event.offline.list")).status, 200) << i;
    }
    const HttpResult refused = http->admin(QStringLiteral("event.offline.list"));
    EXPECT_EQ(refused.status, 503);
    EXPECT_EQ(refused.body,
              QByteArray("{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}"));
    server->resetLimits();
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.list")).status, 200);
}

TEST_F(Limits, LeakyBucketDrainsAtItsRate)
{
    LeakyBucket bucket(2.0, 3);
    EXPECT_TRUE(bucket.tryAdd(0));
    EXPECT_TRUE(bucket.tryAdd(0));
    EXPECT_TRUE(bucket.tryAdd(0));
    EXPECT_FALSE(bucket.tryAdd(0));
    EXPECT_FALSE(bucket.tryAdd(0.4)); // 0.8 drained: level 2.2, +1 > 3
    EXPECT_TRUE(bucket.tryAdd(0.5)); // 1.0 drained: level 2, +1 = 3
    EXPECT_DOUBLE_EQ(bucket.level(10), 0);
}

TEST_F(Limits, OperatingLimitBlocksTheMethodWith429)
{
    addEvents(1);
    server->addOperatingTime(QStringLiteral("event.offline.list"), 500);
    const HttpResult blocked = http->admin(QStringLiteral("event.offline.list"));
    EXPECT_EQ(blocked.status, 429);
    EXPECT_EQ(blocked.body,
              QByteArray("{\"error\":\"OPERATION_TIME_LIMIT\",\"error_description\":\"Method is blocked "
                         "due to operation time limit.\"}"));
    // Counted per method: get still runs.
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.get")).status, 200);
}

TEST_F(Limits, TimeBlockCarriesOperatingAndResetAt)
{
    server->addOperatingTime(QStringLiteral("event.offline.list"), 12.5);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.list"));
    ASSERT_EQ(reply.status, 200);
    const QJsonObject time = reply.json.value(QStringLiteral("time")).toObject();
    for (const char *field : {"start", "finish", "duration", "processing", "date_start", "date_finish"}) {
        EXPECT_TRUE(time.contains(QString::fromLatin1(field))) << field;
    }
    EXPECT_DOUBLE_EQ(time.value(QStringLiteral("operating")).toDouble(), 12.5);
    EXPECT_GT(time.value(QStringLiteral("operating_reset_at")).toInteger(),
              time.value(QStringLiteral("start")).toDouble());
}

TEST_F(Limits, DelayedCallsCountAsOperatingTime)
{
    server->faults().set(QStringLiteral("event.offline.list"), {sandbox::FaultKind::Delay, 150, -1});
    http->admin(QStringLiteral("event.offline.list"));
    const HttpResult second = http->admin(QStringLiteral("event.offline.list"));
    const QJsonObject time = second.json.value(QStringLiteral("time")).toObject();
    EXPECT_GE(time.value(QStringLiteral("operating")).toDouble(), 0.3);
    EXPECT_GE(time.value(QStringLiteral("processing")).toDouble(), 0.15);
}

TEST_F(Limits, NoOperatingFieldsWhenTheLimiterIsOff)
{
    sandbox::SandboxOptions options = defaultOptions();
    options.operatingLimitEnabled = false;
    startSandbox(options);
    server->addOperatingTime(QStringLiteral("event.offline.list"), 5000);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.list"));
    ASSERT_EQ(reply.status, 200);
    EXPECT_FALSE(reply.json.value(QStringLiteral("time")).toObject().contains(QStringLiteral("operating")));
}

TEST_F(Limits, OperatingLimiterIgnoresShortCallsAndForgetsAfterTenMinutes)
{
    OperatingLimiter limiter(1.0);
    const QString key = OperatingLimiter::keyFor(QStringLiteral("app"), QStringLiteral("m"));
    limiter.record(key, 0.1, 1000);
    EXPECT_DOUBLE_EQ(limiter.operating(key, 1000), 0);
    limiter.record(key, 0.7, 1000);
    limiter.record(key, 0.7, 1030);
    EXPECT_TRUE(limiter.isBlocked(key, 1030));
    EXPECT_EQ(limiter.resetAt(key, 1030).value_or(0), 1600);
    EXPECT_FALSE(limiter.isBlocked(key, 1600));
}

TEST_F(Limits, ErrorsHaveNoTimeBlock)
{
    const HttpResult reply = http->admin(QStringLiteral("event.offline.clear"));
    EXPECT_EQ(reply.status, 400);
    EXPECT_FALSE(reply.json.contains(QStringLiteral("time")));
}
