// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/ListFilter.h"

#include "TestSupport.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using b24::ListFilter;

TEST(ListFilter, EmptyFilterSendsNothing)
{
    const ListFilter filter;
    EXPECT_TRUE(filter.isEmpty());
    EXPECT_TRUE(filter.toFilterJson().isEmpty());
    EXPECT_TRUE(filter.validate().isEmpty());
}

TEST(ListFilter, BuildsPortalOperators)
{
    ListFilter filter;
    filter.eventName = QStringLiteral(" onCrmDealUpdate ");
    filter.idFrom = 10;
    filter.idTo = 20;
    filter.timeFrom = QDateTime(QDate(2025, 3, 1), QTime(10, 15, 2), QTimeZone(3 * 3600));
    filter.timeTo = QDateTime(QDate(2025, 3, 2), QTime(0, 0, 0), QTimeZone::utc());
    filter.error = true;
    filter.processId = QString();
    EXPECT_FALSE(filter.isEmpty());
    const QJsonObject json = filter.toFilterJson();
    EXPECT_EQ(json.value(QStringLiteral("=EVENT_NAME")).toString(), QStringLiteral("ONCRMDEALUPDATE"));
    EXPECT_EQ(json.value(QStringLiteral(">=ID")).toInteger(), 10);
    EXPECT_EQ(json.value(QStringLiteral("<=ID")).toInteger(), 20);
    EXPECT_EQ(json.value(QStringLiteral(">=TIMESTAMP_X")).toString(),
              QStringLiteral("2025-03-01T10:15:02+03:00"));
    EXPECT_EQ(json.value(QStringLiteral("<=TIMESTAMP_X")).toString(),
              QStringLiteral("2025-03-02T00:00:00+00:00"));
    EXPECT_EQ(json.value(QStringLiteral("=ERROR")).toString(), QStringLiteral("1"));
    ASSERT_TRUE(json.contains(QStringLiteral("=PROCESS_ID")));
    EXPECT_EQ(json.value(QStringLiteral("=PROCESS_ID")).toString(), QString());
    EXPECT_EQ(json.size(), 7);
    EXPECT_TRUE(filter.validate().isEmpty());
}

TEST(ListFilter, ValidateExplainsBadRanges)
{
    ListFilter ids;
    ids.idFrom = 30;
    ids.idTo = 20;
    EXPECT_TRUE(ids.validate().contains(QStringLiteral("30")));

    ListFilter negative;
    negative.idFrom = 0;
    EXPECT_FALSE(negative.validate().isEmpty());

    ListFilter times;
    times.timeFrom = QDateTime(QDate(2025, 3, 2), QTime(0, 0), QTimeZone::utc());
    times.timeTo = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::utc());
    EXPECT_FALSE(times.validate().isEmpty());

    ListFilter name;
    name.eventName = QStringLiteral("ONCRM DEALUPDATE");
    EXPECT_TRUE(name.validate().contains(QStringLiteral("ONCRM DEALUPDATE")));
}
