// SPDX-License-Identifier: GPL-3.0-or-later
// The queue model and the seeder: sizes, shares, demo data, message ids, PHP-style parsing.
#include "OrderedJsonReader.h"
#include "PhpQueryParser.h"
#include "SandboxQueue.h"
#include "Seeder.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

using namespace b24::sandbox;

TEST(QueueModel, SeedsOneHundredThousandRowsWithShares)
{
    SandboxQueue queue;
    queue.setDefaultAppId(QStringLiteral("app"));
    SeedOptions options;
    options.count = 100000;
    options.reservedShare = 0.1;
    options.errorShare = 0.02;
    options.processes = 4;
    options.stuckBatches = 2;
    options.stuckBatchSize = 100;
    ASSERT_EQ(Seeder::seed(queue, options), 100000);
    const QueueCounts counts = queue.counts();
    EXPECT_EQ(counts.total, 100000);
    EXPECT_EQ(counts.reserved, 10000 + 200);
    EXPECT_EQ(counts.errors, 2000);
    EXPECT_EQ(counts.processes, 6);
    EXPECT_EQ(queue.rows().front().id, 1);
    EXPECT_EQ(queue.rows().back().id, 100000);
}

TEST(QueueModel, DemoQueueLooksLikeAPortal)
{
    SandboxQueue queue;
    queue.setDefaultAppId(QStringLiteral("app"));
    const qint64 now = 1767225600; // fixed clock
    Seeder::seed(queue, SeedOptions::demo(), now);
    const QueueCounts counts = queue.counts();
    EXPECT_GE(counts.total, 1900);
    EXPECT_EQ(counts.processes, 4);
    EXPECT_GT(counts.errors, 0);
    QSet<QString> names;
    qint64 oldestReserved = now;
    QHash<QByteArray, qint64> newestOfBatch;
    for (const SandboxEvent &row : queue.rows()) {
        names.insert(row.eventName);
        if (row.isReserved()) {
            oldestReserved = std::min(oldestReserved, row.timestamp);
            newestOfBatch[row.processId] = std::max(newestOfBatch.value(row.processId), row.timestamp);
        }
        EXPECT_TRUE(row.eventData.startsWith("{\"FIELDS\":{\"ID\":\"")) << row.eventData.toStdString();
    }
    EXPECT_TRUE(names.contains(QStringLiteral("ONCRMDEALUPDATE")));
    EXPECT_TRUE(names.contains(QStringLiteral("ONTASKADD")));
    EXPECT_GE(names.size(), 6);
    EXPECT_LT(oldestReserved, now - 5 * 24 * 3600); // the stuck batches are days old
    int recent = 0;
    for (const qint64 newest : newestOfBatch) {
        recent += newest > now - 2 * 24 * 3600 ? 1 : 0;
    }
    EXPECT_EQ(recent, 2); // and two batches hold what arrived lately
}

TEST(QueueModel, MessageIdIsMd5OfNameAndData)
{
    const QByteArray expected
        = QCryptographicHash::hash("ONCRMDEALUPDATE|{\"FIELDS\":{\"ID\":\"1\"}}", QCryptographicHash::Md5)
              .toHex();
    EXPECT_EQ(SandboxQueue::messageIdFor(QStringLiteral("OnCrmDealUpdate"), "{\"FIELDS\":{\"ID\":\"1\"}}"),
              expected);
}

TEST(QueueModel, IsoTimeHasOffset)
{
    EXPECT_EQ(SandboxQueue::isoTime(1740813302, 3 * 3600), QStringLiteral("2025-03-01T10:15:02+03:00"));
    EXPECT_EQ(SandboxQueue::isoTime(1740813302, -5 * 3600 - 1800),
              QStringLiteral("2025-03-01T01:45:02-05:30"));
}

TEST(PhpParsing, ParseStrFollowsPhpRules)
{
    const PhpValue value = PhpQueryParser::parse("a.b=1&c d=2&id[]=5&id[]=6&f[%3EID]=7&n[x][y]=8&u[=9&e");
    EXPECT_EQ(value.value(QStringLiteral("a_b")).toString(), QStringLiteral("1"));
    EXPECT_EQ(value.value(QStringLiteral("c_d")).toString(), QStringLiteral("2"));
    const PhpValue ids = value.value(QStringLiteral("id"));
    ASSERT_TRUE(ids.isList());
    EXPECT_EQ(ids.size(), 2);
    EXPECT_EQ(value.value(QStringLiteral("f")).value(QStringLiteral(">ID")).toString(), QStringLiteral("7"));
    EXPECT_EQ(
        value.value(QStringLiteral("n")).value(QStringLiteral("x")).value(QStringLiteral("y")).toString(),
        QStringLiteral("8"));
    EXPECT_EQ(value.value(QStringLiteral("u_")).toString(), QStringLiteral("9"));
    EXPECT_TRUE(value.contains(QStringLiteral("e")));
}

TEST(PhpParsing, MaxInputVarsKeepsTheFirstThousand)
{
    QByteArray query;
    for (int i = 0; i < 1005; ++i) {
        query += "v" + QByteArray::number(i) + "=1&";
    }
    PhpValue value = PhpValue::array();
    EXPECT_EQ(PhpQueryParser::parseInto(query, &value), 5);
    EXPECT_EQ(value.size(), 1000);
    EXPECT_TRUE(value.contains(QStringLiteral("v999")));
    EXPECT_FALSE(value.contains(QStringLiteral("v1000")));
}

TEST(PhpParsing, JsonKeepsKeyOrderAndPhpTypes)
{
    PhpValue value;
    ASSERT_TRUE(OrderedJsonReader::parse("{\"p10\":1,\"p2\":2.5,\"p1\":[true,null,\"\\u00e9\"]}", &value));
    ASSERT_EQ(value.size(), 3);
    EXPECT_EQ(value.entries().at(0).key, QStringLiteral("p10"));
    EXPECT_EQ(value.entries().at(1).key, QStringLiteral("p2"));
    EXPECT_EQ(value.value(QStringLiteral("p2")).toDouble(), 2.5);
    EXPECT_EQ(value.value(QStringLiteral("p1")).value(QStringLiteral("2")).toString(), QStringLiteral("é"));
    EXPECT_EQ(value.toJsonBytes(), QByteArray("{\"p10\":1,\"p2\":2.5,\"p1\":[true,null,\"é\"]}"));
    EXPECT_EQ(PhpValue::array().toJsonBytes(), QByteArray("[]"));
    EXPECT_FALSE(OrderedJsonReader::parse("{\"a\":", &value));
}

TEST(PhpParsing, PhpConversions)
{
    EXPECT_EQ(PhpValue::fromString(QStringLiteral("12abc")).toInt(), 12);
    EXPECT_EQ(PhpValue::fromString(QStringLiteral("abc")).toInt(), 0);
    EXPECT_FALSE(PhpValue::fromString(QStringLiteral("0")).toBool());
    EXPECT_TRUE(PhpValue::fromString(QStringLiteral("false")).toBool()); // (bool)"false" is true in PHP
    EXPECT_EQ(PhpValue::fromBool(true).toString(), QStringLiteral("1"));
}

TEST(QueueModel, StaleBatchAgentDeletesOnlyOldReservedRows)
{
    SandboxQueue queue;
    queue.setDefaultAppId(QStringLiteral("app"));
    const qint64 now = 1767225600;
    SeedOptions options;
    options.count = 100;
    options.reservedShare = 0.2;
    options.stuckBatches = 1;
    options.stuckBatchSize = 10;
    options.stuckAgeDays = 40;
    options.errorShare = 0.1;
    options.spreadSeconds = 50 * 24 * 3600; // unreserved and error rows older than the lifetime too
    Seeder::seed(queue, options, now);
    const QueueCounts before = queue.counts();
    const qsizetype deleted = queue.cleanupStaleBatches(now);
    EXPECT_GE(deleted, 10);
    const QueueCounts after = queue.counts();
    EXPECT_EQ(after.unreserved, before.unreserved);
    EXPECT_EQ(after.errors, before.errors);
    for (const SandboxEvent &row : queue.rows()) {
        EXPECT_FALSE(row.isReserved() && row.timestamp < now - SandboxQueue::processIdLifetimeSeconds);
    }
}
