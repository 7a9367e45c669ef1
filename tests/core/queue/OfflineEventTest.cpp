// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/OfflineEvent.h"

#include "TestSupport.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using b24::OfflineEvent;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST(OfflineEvent, ParsesListRowWithStringNumbers)
{
    const OfflineEvent event
        = OfflineEvent::fromJson(parse(R"({"ID":"41","TIMESTAMP_X":"2025-03-01T10:15:02+03:00",
        "EVENT_NAME":"ONCRMDEALUPDATE","EVENT_DATA":{"FIELDS":{"ID":"1207"}},"EVENT_ADDITIONAL":{"user_id":"1"},
        "MESSAGE_ID":"9f1c2b7a0d4e5f60718293a4b5c6d7e8","PROCESS_ID":"k3v9","ERROR":"1"})"));
    EXPECT_EQ(event.id, 41);
    EXPECT_EQ(event.timestamp, 1740813302); // 07:15:02 UTC
    EXPECT_EQ(event.timestampText, QStringLiteral("2025-03-01T10:15:02+03:00"));
    EXPECT_EQ(event.eventName, QStringLiteral("ONCRMDEALUPDATE"));
    EXPECT_EQ(event.messageId, QStringLiteral("9f1c2b7a0d4e5f60718293a4b5c6d7e8"));
    EXPECT_EQ(event.processId, QStringLiteral("k3v9"));
    EXPECT_TRUE(event.error);
    EXPECT_TRUE(event.isReserved());
    EXPECT_EQ(event.eventData, QByteArray(R"({"FIELDS":{"ID":"1207"}})"));
    EXPECT_EQ(event.eventAdditional, QByteArray(R"({"user_id":"1"})"));
}

TEST(OfflineEvent, AcceptsNumbersFalsePayloadAndUnreserved)
{
    const OfflineEvent event = OfflineEvent::fromJson(parse(
        R"({"ID":7,"TIMESTAMP_X":"bogus","EVENT_DATA":false,"EVENT_ADDITIONAL":null,"PROCESS_ID":"","ERROR":0})"));
    EXPECT_EQ(event.id, 7);
    EXPECT_EQ(event.timestamp, 0);
    EXPECT_FALSE(event.error);
    EXPECT_FALSE(event.isReserved());
    EXPECT_EQ(event.eventData, QByteArray("false"));
    EXPECT_EQ(event.eventAdditional, QByteArray("null"));
}

TEST(OfflineEvent, ToJsonRoundTripsPortalFields)
{
    const QJsonObject row = parse(R"({"ID":"41","TIMESTAMP_X":"2025-03-01T10:15:02+03:00",
        "EVENT_NAME":"ONCRMDEALUPDATE","EVENT_DATA":{"FIELDS":{"ID":"1207"},"LIST":[1,"a"]},"EVENT_ADDITIONAL":false,
        "MESSAGE_ID":"9f1c2b7a0d4e5f60718293a4b5c6d7e8","PROCESS_ID":"","ERROR":"0"})");
    const QJsonObject back = OfflineEvent::fromJson(row).toJson();
    EXPECT_EQ(back, row);
    EXPECT_EQ(OfflineEvent::fromJson(back).toJson(), row);
}
