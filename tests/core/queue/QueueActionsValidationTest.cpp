// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "queue/QueueActions.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using b24::ListFilter;
using b24::QueueActions;

TEST(QueueActionsValidation, ReserveNeedsPositiveBoundedLimit)
{
    EXPECT_FALSE(QueueActions::validateReserve(0, {}).isEmpty());
    EXPECT_FALSE(QueueActions::validateReserve(-3, {}).isEmpty());
    EXPECT_FALSE(QueueActions::validateReserve(1'000'000, {}).isEmpty());
    EXPECT_TRUE(QueueActions::validateReserve(50, {}).isEmpty());
}

TEST(QueueActionsValidation, ReserveFilterAllowsOnlyMarkingOperators)
{
    ListFilter ids;
    ids.idFrom = 10;
    ids.idTo = 20;
    ids.eventName = QStringLiteral("ONCRMDEALUPDATE");
    EXPECT_TRUE(QueueActions::validateReserve(5, ids).isEmpty());

    ListFilter process;
    process.processId = QStringLiteral("abc");
    EXPECT_FALSE(QueueActions::validateReserve(5, process).isEmpty());

    ListFilter time;
    time.timeFrom = QDateTime::currentDateTimeUtc().addDays(-1);
    EXPECT_TRUE(QueueActions::validateReserve(5, time).contains(QStringLiteral("ID range")));

    EXPECT_FALSE(
        QueueActions::validateMarkingFilter({{QStringLiteral("@ID"), QJsonArray({1, 2})}}).isEmpty());
    EXPECT_FALSE(
        QueueActions::validateMarkingFilter({{QStringLiteral("%EVENT_NAME"), QStringLiteral("ONCRM")}})
            .isEmpty());
    EXPECT_FALSE(QueueActions::validateMarkingFilter({{QStringLiteral("!ID"), 3}}).isEmpty());
    EXPECT_FALSE(QueueActions::validateMarkingFilter({{QStringLiteral("<ID"), QJsonArray({3})}}).isEmpty());
    EXPECT_TRUE(QueueActions::validateMarkingFilter({{QStringLiteral("<ID"), 3},
                                                     {QStringLiteral("MESSAGE_ID"), QStringLiteral("x")},
                                                     {QStringLiteral(">=ID"), 1}})
                    .isEmpty());
}

TEST(QueueActionsValidation, MarkErrorRefusesEmptyInputAndExplainsDeletion)
{
    const QString messageId = QStringLiteral("9f1c2b7a0d4e5f60718293a4b5c6d7e8");
    EXPECT_TRUE(QueueActions::validateMarkError(QString(), {messageId}).contains(QStringLiteral("delete")));
    EXPECT_FALSE(QueueActions::validateMarkError(QStringLiteral("pid"), {}).isEmpty());
    EXPECT_FALSE(QueueActions::validateMarkError(QStringLiteral("pid"), {QStringLiteral("short")}).isEmpty());
    EXPECT_FALSE(QueueActions::validateMarkError(QStringLiteral("pid"), {messageId, messageId}).isEmpty());
    EXPECT_TRUE(QueueActions::validateMarkError(QStringLiteral("pid"), {messageId}).isEmpty());
    EXPECT_TRUE(QueueActions::describeMarkError(QStringLiteral("pid"), {messageId})
                    .contains(QStringLiteral("DELETES")));
}
