// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/ClearPlan.h"

#include "TestSupport.h"
#include "queue/ClearReport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using b24::ClearPlan;
using b24::ClearReport;
using b24::QueueGroup;

namespace {

QueueGroup batch(const QString &pid = QStringLiteral("k3v9x0c2m1q8z7w6r5t4y3u2i1o0p9a8"))
{
    QueueGroup group;
    group.kind = QueueGroup::Kind::Batch;
    group.processId = pid;
    return group;
}

QueueGroup unreserved()
{
    return QueueGroup();
}

QList<qint64> range(qint64 first, qint64 count)
{
    QList<qint64> ids;
    for (qint64 i = 0; i < count; ++i)
        ids.append(first + i);
    return ids;
}

QString hex32(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

} // namespace

TEST(ClearPlan, ByIdForBatchSendsProcessIdAndIds)
{
    const ClearPlan plan = ClearPlan::make(batch(), ClearPlan::Mode::ById, {5, 7, 9}, {});
    ASSERT_TRUE(plan.isValid()) << plan.error.toStdString();
    ASSERT_EQ(plan.requests.size(), 1);
    ASSERT_EQ(plan.requests[0].size(), 1);
    const auto &command = plan.requests[0].commands().first();
    EXPECT_EQ(command.method, QStringLiteral("event.offline.clear"));
    EXPECT_EQ(command.parameters.value(QStringLiteral("process_id")).toString(),
              QStringLiteral("k3v9x0c2m1q8z7w6r5t4y3u2i1o0p9a8"));
    EXPECT_EQ(command.parameters.value(QStringLiteral("id")).toArray(), QJsonArray({5, 7, 9}));
    EXPECT_FALSE(command.parameters.contains(QStringLiteral("message_id")));
    EXPECT_EQ(plan.scopeSize(), 3);
    EXPECT_EQ(plan.idsOfRequest(0), QList<qint64>({5, 7, 9}));
    EXPECT_TRUE(plan.describe().contains(QStringLiteral("3")));
}

TEST(ClearPlan, UnreservedGroupSendsEmptyProcessIdWithIds)
{
    const ClearPlan plan = ClearPlan::make(unreserved(), ClearPlan::Mode::ById, {11}, {});
    ASSERT_TRUE(plan.isValid());
    const auto &parameters = plan.requests[0].commands().first().parameters;
    ASSERT_TRUE(parameters.contains(QStringLiteral("process_id")));
    EXPECT_EQ(parameters.value(QStringLiteral("process_id")).toString(), QString());
    EXPECT_EQ(parameters.value(QStringLiteral("id")).toArray(), QJsonArray({11}));
}

TEST(ClearPlan, ChunksAt999ValuesAnd50CommandsPerRequest)
{
    // 60,000 ids: 61 commands of <= 999 -> two requests (50 + 11 commands).
    const ClearPlan plan = ClearPlan::make(batch(), ClearPlan::Mode::EntireGroup, range(1, 60000), {});
    ASSERT_TRUE(plan.isValid());
    ASSERT_EQ(plan.requests.size(), 2);
    EXPECT_EQ(plan.requests[0].size(), 50);
    EXPECT_EQ(plan.requests[1].size(), 11);
    qsizetype total = 0;
    for (const auto &request : plan.requests) {
        for (const auto &command : request.commands()) {
            const qsizetype n = command.parameters.value(QStringLiteral("id")).toArray().size();
            EXPECT_GT(n, 0);
            EXPECT_LE(n, ClearPlan::MaxValuesPerCommand);
            total += n;
        }
    }
    EXPECT_EQ(total, 60000);
    EXPECT_EQ(plan.idsOfRequest(1).first(), 50 * 999 + 1);
}

TEST(ClearPlan, SmallValuesPerCommandForcesSeveralRequests)
{
    const ClearPlan plan = ClearPlan::make(batch(), ClearPlan::Mode::ById, range(1, 2500), {}, 20);
    ASSERT_TRUE(plan.isValid());
    ASSERT_EQ(plan.requests.size(), 3); // 125 commands of 20 -> 50 + 50 + 25
    EXPECT_EQ(plan.requests[2].size(), 25);
    EXPECT_EQ(plan.idsOfRequest(2).size(), 500);
}

TEST(ClearPlan, ByMessageIdNormalisesAndNeverMixesWithIds)
{
    const ClearPlan plan = ClearPlan::make(batch(), ClearPlan::Mode::ByMessageId, {},
                                           {QStringLiteral(" 9F1C2B7A0D4E5F60718293A4B5C6D7E8 ")});
    ASSERT_TRUE(plan.isValid()) << plan.error.toStdString();
    const auto &parameters = plan.requests[0].commands().first().parameters;
    EXPECT_EQ(parameters.value(QStringLiteral("message_id")).toArray(),
              QJsonArray({QStringLiteral("9f1c2b7a0d4e5f60718293a4b5c6d7e8")}));
    EXPECT_FALSE(parameters.contains(QStringLiteral("id")));

    const ClearPlan mixed = ClearPlan::make(batch(), ClearPlan::Mode::ByMessageId, {1}, {hex32(1)});
    EXPECT_FALSE(mixed.isValid());
    EXPECT_TRUE(mixed.requests.isEmpty());
    const ClearPlan mixedOther = ClearPlan::make(batch(), ClearPlan::Mode::ById, {1}, {hex32(1)});
    EXPECT_FALSE(mixedOther.isValid());
}

TEST(ClearPlan, RefusesEmptySelectionsInEveryMode)
{
    for (const auto mode :
         {ClearPlan::Mode::ById, ClearPlan::Mode::EntireGroup, ClearPlan::Mode::ByMessageId}) {
        for (const QueueGroup &group : {batch(), unreserved()}) {
            const ClearPlan plan = ClearPlan::make(group, mode, {}, {});
            EXPECT_FALSE(plan.isValid());
            EXPECT_TRUE(plan.requests.isEmpty());
            EXPECT_FALSE(plan.error.isEmpty());
        }
    }
}

TEST(ClearPlan, RefusesBadIdsAndMessageIds)
{
    EXPECT_TRUE(
        ClearPlan::make(batch(), ClearPlan::Mode::ById, {1, 0}, {}).error.contains(QStringLiteral("0")));
    EXPECT_FALSE(ClearPlan::make(batch(), ClearPlan::Mode::ById, {-5}, {}).isValid());
    EXPECT_TRUE(
        ClearPlan::make(batch(), ClearPlan::Mode::ById, {3, 3}, {}).error.contains(QStringLiteral("3")));
    EXPECT_FALSE(
        ClearPlan::make(batch(), ClearPlan::Mode::ByMessageId, {}, {QStringLiteral("abc")}).isValid());
    EXPECT_FALSE(
        ClearPlan::make(batch(), ClearPlan::Mode::ByMessageId, {}, {QStringLiteral("z").repeated(32)})
            .isValid());
    EXPECT_FALSE(ClearPlan::make(batch(), ClearPlan::Mode::ByMessageId, {}, {hex32(4), hex32(4)}).isValid());
    EXPECT_FALSE(ClearPlan::make(batch(QString()), ClearPlan::Mode::ById, {1}, {}).isValid());
    EXPECT_FALSE(ClearPlan::make(batch(), ClearPlan::Mode::ById, {1}, {}, 1000).isValid());
}

TEST(ClearReport, SummarySaysCountsAndUnknowns)
{
    ClearReport report;
    report.requested = 3;
    report.clearedVerified = 3;
    report.verified = true;
    report.chunks = {ClearReport::ChunkOutcome::Sent};
    EXPECT_TRUE(report.isComplete());
    EXPECT_TRUE(report.summary().contains(QStringLiteral("Cleared 3 of 3; still present 0")));

    ClearReport partial;
    partial.requested = 5;
    partial.clearedVerified = 2;
    partial.stillPresent = {4, 5, 6};
    partial.verified = true;
    partial.chunks = {ClearReport::ChunkOutcome::Unknown, ClearReport::ChunkOutcome::NotSent};
    EXPECT_TRUE(partial.hasUnknownOutcome());
    EXPECT_FALSE(partial.isComplete());
    EXPECT_TRUE(partial.summary().contains(QStringLiteral("Cleared 2 of 5; still present 3")));
    EXPECT_TRUE(partial.summary().contains(QStringLiteral("unknown")));
    EXPECT_TRUE(partial.summary().contains(QStringLiteral("not sent")));
    const QJsonObject json = partial.toJson();
    EXPECT_EQ(json.value(QStringLiteral("chunks")).toArray(),
              QJsonArray({QStringLiteral("unknown"), QStringLiteral("not_sent")}));
    EXPECT_TRUE(json.value(QStringLiteral("unknown_outcome")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("still_present")).toArray().size(), 3);

    ClearReport unverified;
    unverified.verifyError = QStringLiteral("connection refused");
    EXPECT_TRUE(unverified.summary().contains(QStringLiteral("connection refused")));
}

TEST(ClearPlanModeName, StableMachineNamesForAuditAndJson)
{
    EXPECT_EQ(b24::ClearPlan::modeName(b24::ClearPlan::Mode::ById), QStringLiteral("by_id"));
    EXPECT_EQ(b24::ClearPlan::modeName(b24::ClearPlan::Mode::ByMessageId), QStringLiteral("by_message_id"));
    EXPECT_EQ(b24::ClearPlan::modeName(b24::ClearPlan::Mode::EntireGroup), QStringLiteral("entire_group"));
}
