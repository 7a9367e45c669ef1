// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueSnapshot.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using b24::OfflineEvent;
using b24::QueueGroup;
using b24::QueueSnapshot;

namespace {

OfflineEvent row(qint64 id, const char *process, bool error, qint64 timestamp)
{
    OfflineEvent event;
    event.id = id;
    event.processId = QString::fromLatin1(process);
    event.error = error;
    event.timestamp = timestamp;
    return event;
}

constexpr qint64 Now = 1'000'000;
constexpr qint64 Day = 86'400;

} // namespace

TEST(QueueSnapshot, AppendKeepsEveryIdOnce)
{
    QueueSnapshot snapshot;
    EXPECT_EQ(snapshot.append({row(1, "", false, 0), row(2, "", false, 0)}), 2);
    EXPECT_EQ(snapshot.append({row(2, "x", false, 0), row(3, "", false, 0)}), 1);
    EXPECT_EQ(snapshot.size(), 3);
    ASSERT_NE(snapshot.find(2), nullptr);
    EXPECT_TRUE(snapshot.find(2)->processId.isEmpty()); // the first copy stays
    EXPECT_EQ(snapshot.find(99), nullptr);
}

TEST(QueueSnapshot, RemoveIdsKeepsLookupConsistent)
{
    QueueSnapshot snapshot;
    snapshot.append({row(1, "", false, 0), row(2, "", false, 0), row(3, "", false, 0), row(4, "", false, 0)});
    snapshot.removeIds({2, 3, 42});
    EXPECT_EQ(snapshot.size(), 2);
    EXPECT_EQ(snapshot.find(2), nullptr);
    ASSERT_NE(snapshot.find(4), nullptr);
    EXPECT_EQ(snapshot.find(4)->id, 4);
    snapshot.clear();
    EXPECT_EQ(snapshot.size(), 0);
    EXPECT_EQ(snapshot.find(1), nullptr);
}

TEST(QueueSnapshot, GroupsByProcessWithCountsAgesAndStuckFlag)
{
    QueueSnapshot snapshot;
    snapshot.append({
        row(1, "", false, Now - 10),
        row(2, "", true, Now - 20),
        row(3, "young", false, Now - 3600),
        row(4, "old", false, Now - 3 * Day),
        row(5, "old", true, Now - 2 * Day),
        row(6, "", false, Now - 5),
        row(7, "young", false, Now - 60),
    });
    const QList<QueueGroup> groups = snapshot.groups(Day, Now);
    ASSERT_EQ(groups.size(), 4);

    EXPECT_EQ(groups[0].kind, QueueGroup::Kind::Unreserved);
    EXPECT_EQ(groups[0].count, 2);
    EXPECT_EQ(groups[0].oldest, Now - 10);
    EXPECT_EQ(groups[0].newest, Now - 5);
    EXPECT_FALSE(groups[0].stuck);

    EXPECT_EQ(groups[1].kind, QueueGroup::Kind::Errors);
    EXPECT_EQ(groups[1].count, 1);

    // Batches oldest first; only the one older than the threshold is stuck.
    EXPECT_EQ(groups[2].processId, QStringLiteral("old"));
    EXPECT_EQ(groups[2].count, 2);
    EXPECT_EQ(groups[2].errorCount, 1);
    EXPECT_EQ(groups[2].oldest, Now - 3 * Day);
    EXPECT_EQ(groups[2].newest, Now - 2 * Day);
    EXPECT_TRUE(groups[2].stuck);
    EXPECT_EQ(groups[2].key(), QStringLiteral("batch:old"));
    EXPECT_EQ(groups[2].clearProcessId(), QStringLiteral("old"));

    EXPECT_EQ(groups[3].processId, QStringLiteral("young"));
    EXPECT_FALSE(groups[3].stuck);

    EXPECT_EQ(snapshot.eventsIn(groups[2]).size(), 2);
    EXPECT_EQ(snapshot.eventsIn(groups[1]).first().id, 2);
    EXPECT_TRUE(groups[0].clearProcessId().isEmpty());
    EXPECT_TRUE(groups[1].clearProcessId().isEmpty());
}

TEST(QueueSnapshot, EmptySnapshotStillListsUnreservedAndErrors)
{
    const QList<QueueGroup> groups = QueueSnapshot().groups(Day, Now);
    ASSERT_EQ(groups.size(), 2);
    EXPECT_EQ(groups[0].key(), QStringLiteral("unreserved"));
    EXPECT_EQ(groups[1].key(), QStringLiteral("errors"));
    EXPECT_EQ(groups[0].count + groups[1].count, 0);
}

TEST(QueueGroup, DisplayNameShortensProcessId)
{
    QueueGroup batch;
    batch.kind = QueueGroup::Kind::Batch;
    batch.processId = QStringLiteral("k3v9x0c2m1q8z7w6r5t4y3u2i1o0p9a8");
    EXPECT_TRUE(batch.displayName().contains(QStringLiteral("k3v9x0c2")));
    EXPECT_FALSE(batch.displayName().contains(batch.processId));
}
