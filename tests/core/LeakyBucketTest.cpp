// SPDX-License-Identifier: GPL-3.0-or-later
// Pacing is asserted by counting with a fake clock, never by measuring time.
#include "net/LeakyBucket.h"

#include <gtest/gtest.h>

using b24::LeakyBucket;

namespace {

int acquireAll(LeakyBucket &bucket, int wanted)
{
    int allowed = 0;
    for (int i = 0; i < wanted; ++i) {
        allowed += bucket.tryAcquire() ? 1 : 0;
    }
    return allowed;
}

} // namespace

TEST(LeakyBucket, BurstGoesImmediatelyThenTheRestIsDeferred)
{
    qint64 now = 1000;
    LeakyBucket bucket(2.0, 50, [&] { return now; });
    EXPECT_EQ(acquireAll(bucket, 60), 50);
    EXPECT_EQ(bucket.delayMs(), 500);
    now += 499;
    EXPECT_FALSE(bucket.tryAcquire());
    now += 1;
    EXPECT_TRUE(bucket.tryAcquire());
    EXPECT_FALSE(bucket.tryAcquire());
}

TEST(LeakyBucket, DrainsAtTheConfiguredRate)
{
    qint64 now = 0;
    LeakyBucket bucket(2.0, 50, [&] { return now; });
    ASSERT_EQ(acquireAll(bucket, 50), 50);
    now += 10'000; // 20 slots drained
    EXPECT_EQ(acquireAll(bucket, 30), 20);
    now += 25'000; // fully drained, never below empty
    EXPECT_EQ(acquireAll(bucket, 100), 50);
}

TEST(LeakyBucket, EnterpriseLimits)
{
    qint64 now = 0;
    LeakyBucket bucket(2.0, 50, [&] { return now; });
    bucket.configure(5.0, 250);
    EXPECT_EQ(acquireAll(bucket, 300), 250);
    EXPECT_EQ(bucket.delayMs(), 200);
    now += 1000;
    EXPECT_EQ(acquireAll(bucket, 10), 5);
}

TEST(LeakyBucket, PortalSaysFullMeansPacingFromFull)
{
    qint64 now = 0;
    LeakyBucket bucket(2.0, 50, [&] { return now; });
    EXPECT_EQ(acquireAll(bucket, 3), 3);
    bucket.markFull();
    EXPECT_FALSE(bucket.tryAcquire());
    now += 500;
    EXPECT_TRUE(bucket.tryAcquire());
}
