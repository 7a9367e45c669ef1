// SPDX-License-Identifier: GPL-3.0-or-later
// event.offline.get conformance, including the traps of the marking path and of clear=1.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace b24::test;
namespace sandbox = b24::sandbox;

namespace {

class OfflineGet : public SandboxFixture
{
};

QJsonObject params(std::initializer_list<std::pair<QString, QJsonValue>> items)
{
    QJsonObject object;
    for (const auto &[key, value] : items) {
        object.insert(key, value);
    }
    return object;
}

} // namespace

TEST_F(OfflineGet, DefaultClearReturnsEventsWithNullProcessIdAndDeletesThem)
{
    addEvents(3);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject result = reply.json.value(QStringLiteral("result")).toObject();
    EXPECT_TRUE(result.value(QStringLiteral("process_id")).isNull());
    const QJsonArray list = events(reply);
    ASSERT_EQ(list.size(), 3);
    const QJsonObject first = list.at(0).toObject();
    EXPECT_EQ(first.keys(),
              (QStringList {QStringLiteral("EVENT_ADDITIONAL"), QStringLiteral("EVENT_DATA"),
                            QStringLiteral("EVENT_NAME"), QStringLiteral("ID"), QStringLiteral("MESSAGE_ID"),
                            QStringLiteral("TIMESTAMP_X")}));
    EXPECT_TRUE(first.value(QStringLiteral("ID")).isString());
    EXPECT_EQ(first.value(QStringLiteral("EVENT_NAME")).toString(), QStringLiteral("ONCRMDEALUPDATE"));
    EXPECT_EQ(first.value(QStringLiteral("EVENT_DATA"))
                  .toObject()
                  .value(QStringLiteral("FIELDS"))
                  .toObject()
                  .value(QStringLiteral("ID"))
                  .toString(),
              QStringLiteral("1000"));
    EXPECT_EQ(first.value(QStringLiteral("EVENT_ADDITIONAL"))
                  .toObject()
                  .value(QStringLiteral("user_id"))
                  .toString(),
              QStringLiteral("1"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+03:00$"))
                    .match(first.value(QStringLiteral("TIMESTAMP_X")).toString())
                    .hasMatch());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                    .match(first.value(QStringLiteral("MESSAGE_ID")).toString())
                    .hasMatch());
    EXPECT_TRUE(reply.json.value(QStringLiteral("time")).isObject());
    EXPECT_EQ(server->queue().size(), 0);
}

TEST_F(OfflineGet, EmptyQueueAnswersNullProcessIdAndEmptyList)
{
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body.left(46), QByteArray("{\"result\":{\"process_id\":null,\"events\":[]},\"tim"));
}

TEST_F(OfflineGet, ClearZeroReservesUpToLimitAndReturnsProcessId)
{
    addEvents(5);
    const HttpResult reply
        = http->admin(QStringLiteral("event.offline.get"),
                      params({{QStringLiteral("clear"), 0}, {QStringLiteral("limit"), 3}}));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QString pid = reply.json.value(QStringLiteral("result"))
                            .toObject()
                            .value(QStringLiteral("process_id"))
                            .toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[a-z0-9]{32}$")).match(pid).hasMatch())
        << pid.toStdString();
    EXPECT_EQ(events(reply).size(), 3);
    EXPECT_EQ(rowsOf(pid), 3);
    EXPECT_EQ(server->queue().size(), 5);
}

TEST_F(OfflineGet, ClearOneOnKnownProcessIdDeletesTheWholeBatchBeyondLimit)
{
    addEvents(100);
    const QString pid = reserve(100);
    ASSERT_EQ(rowsOf(pid), 100);
    const HttpResult reply
        = http->admin(QStringLiteral("event.offline.get"),
                      params({{QStringLiteral("process_id"), pid}, {QStringLiteral("limit"), 50}}));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(events(reply).size(), 50);
    EXPECT_EQ(
        reply.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("process_id")).toString(),
        pid);
    EXPECT_EQ(rowsOf(pid), 0);
    EXPECT_EQ(server->queue().size(), 0);
}

TEST_F(OfflineGet, ClearZeroOnKnownProcessIdReReadsWithoutDeleting)
{
    addEvents(10);
    const QString pid = reserve(10);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"),
                                         params({{QStringLiteral("process_id"), pid},
                                                 {QStringLiteral("clear"), 0},
                                                 {QStringLiteral("limit"), 4}}));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(events(reply).size(), 4);
    EXPECT_EQ(rowsOf(pid), 10);
}

TEST_F(OfflineGet, EmptyProcessIdReadsUnreservedRowsAndDeletesAllOfThemWithErrorRows)
{
    addEvents(10);
    const QString batch = reserve(4);
    const QString other = reserve(1);
    const qint64 errorId = server->queue().rows().at(4).id;
    ASSERT_EQ(row(errorId)->processId, other.toLatin1());
    const HttpResult marked = http->admin(
        QStringLiteral("event.offline.error"),
        params({{QStringLiteral("process_id"), other},
                {QStringLiteral("message_id"), QJsonArray {QString::fromLatin1(row(errorId)->messageId)}}}));
    ASSERT_EQ(marked.status, 200);
    ASSERT_TRUE(row(errorId)->error);

    const HttpResult reply
        = http->admin(QStringLiteral("event.offline.get"),
                      params({{QStringLiteral("process_id"), QString()}, {QStringLiteral("limit"), 2}}));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(events(reply).size(), 2);
    // Every unreserved row went, the error row included; the reserved batch stays.
    EXPECT_EQ(server->queue().size(), 4);
    EXPECT_EQ(rowsOf(batch), 4);
    EXPECT_EQ(row(errorId), nullptr);
}

TEST_F(OfflineGet, NonPositiveLimitIsAnArgumentError)
{
    addEvents(1);
    const HttpResult reply
        = http->admin(QStringLiteral("event.offline.get"), params({{QStringLiteral("limit"), 0}}));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.body,
              QByteArray("{\"error\":\"ERROR_ARGUMENT\",\"error_description\":\"Value must be positive "
                         "integer\",\"argument\":\"LIMIT\"}"));
    EXPECT_EQ(server->queue().size(), 1);
}

TEST_F(OfflineGet, ClearZeroWithoutExtendedFeatureIsWrongLicenseCheckedBeforeLimit)
{
    server->options().offlineExtended = false;
    addEvents(1);
    const HttpResult reply
        = http->admin(QStringLiteral("event.offline.get"),
                      params({{QStringLiteral("clear"), 0}, {QStringLiteral("limit"), 0}}));
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.error(), QStringLiteral("WRONG_LICENSE"));
    EXPECT_EQ(reply.description(),
              QStringLiteral(
                  "This feature is not enabled for the current license: extended offline events handling"));
    EXPECT_FALSE(reply.json.contains(QStringLiteral("time")));
    // The default clear still works without the feature.
    EXPECT_EQ(http->admin(QStringLiteral("event.offline.get")).status, 200);
    EXPECT_EQ(server->queue().size(), 0);
}

TEST_F(OfflineGet, ErrorOneReadsOnlyErrorRows)
{
    addEvents(3);
    const QString pid = reserve(1);
    const QString messageId = QString::fromLatin1(server->queue().rows().at(0).messageId);
    http->admin(QStringLiteral("event.offline.error"),
                params({{QStringLiteral("process_id"), pid},
                        {QStringLiteral("message_id"), QJsonArray {messageId}}}));
    const HttpResult errors
        = http->admin(QStringLiteral("event.offline.get"),
                      params({{QStringLiteral("error"), 1}, {QStringLiteral("clear"), 0}}));
    ASSERT_EQ(events(errors).size(), 1);
    EXPECT_EQ(events(errors).at(0).toObject().value(QStringLiteral("MESSAGE_ID")).toString(), messageId);
    const HttpResult normal
        = http->admin(QStringLiteral("event.offline.get"), params({{QStringLiteral("clear"), 0}}));
    EXPECT_EQ(events(normal).size(), 2);
}

TEST_F(OfflineGet, MarkingPathRejectsArraysAndTimestampButProcessPathAcceptsThem)
{
    addEvents(4);
    QJsonObject inFilter;
    inFilter.insert(QStringLiteral("@ID"), QJsonArray {1, 2});
    HttpResult reply
        = http->admin(QStringLiteral("event.offline.get"),
                      params({{QStringLiteral("filter"), inFilter}, {QStringLiteral("clear"), 0}}));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.description(), QStringLiteral("The value of an argument '@ID' has an invalid type"));

    QJsonObject timeFilter;
    timeFilter.insert(QStringLiteral(">TIMESTAMP_X"), QStringLiteral("2020-01-01T00:00:00+03:00"));
    reply = http->admin(QStringLiteral("event.offline.get"),
                        params({{QStringLiteral("filter"), timeFilter}, {QStringLiteral("clear"), 0}}));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(server->queue().counts().reserved, 0);

    const QString pid = reserve(4);
    reply = http->admin(QStringLiteral("event.offline.get"),
                        params({{QStringLiteral("filter"), inFilter},
                                {QStringLiteral("process_id"), pid},
                                {QStringLiteral("clear"), 0}}));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(events(reply).size(), 2);
    reply = http->admin(QStringLiteral("event.offline.get"),
                        params({{QStringLiteral("filter"), timeFilter},
                                {QStringLiteral("process_id"), pid},
                                {QStringLiteral("clear"), 0}}));
    EXPECT_EQ(events(reply).size(), 4);
}

TEST_F(OfflineGet, MarkingFollowsFilterAndOrder)
{
    addEvents(5);
    QJsonObject filter;
    filter.insert(QStringLiteral(">ID"), 2);
    QJsonObject order;
    order.insert(QStringLiteral("ID"), QStringLiteral("desc"));
    const HttpResult reply = http->admin(QStringLiteral("event.offline.get"),
                                         params({{QStringLiteral("filter"), filter},
                                                 {QStringLiteral("order"), order},
                                                 {QStringLiteral("limit"), 2},
                                                 {QStringLiteral("clear"), 0}}));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray list = events(reply);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("ID")).toString(), QStringLiteral("5"));
    EXPECT_EQ(list.at(1).toObject().value(QStringLiteral("ID")).toString(), QStringLiteral("4"));
}

TEST_F(OfflineGet, ConsecutiveReservationsDoNotOverlap)
{
    addEvents(6);
    const QString first = reserve(3);
    const QString second = reserve(3);
    EXPECT_NE(first, second);
    EXPECT_EQ(rowsOf(first), 3);
    EXPECT_EQ(rowsOf(second), 3);
    EXPECT_EQ(events(http->admin(QStringLiteral("event.offline.get"), params({{QStringLiteral("clear"), 0}})))
                  .size(),
              0);
}

TEST_F(OfflineGet, RepeatedEventMergesIntoUnreservedRowButNotIntoReservedOne)
{
    const qint64 id = addEvent(QStringLiteral("ONCRMDEALUPDATE"), 7);
    EXPECT_EQ(addEvent(QStringLiteral("ONCRMDEALUPDATE"), 7), id);
    EXPECT_EQ(server->queue().size(), 1);
    reserve(1);
    const qint64 second = addEvent(QStringLiteral("ONCRMDEALUPDATE"), 7);
    EXPECT_NE(second, id);
    EXPECT_EQ(server->queue().size(), 2);
    EXPECT_EQ(row(second)->messageId, row(id)->messageId);
}

TEST_F(OfflineGet, ParameterNamesAreCaseInsensitive)
{
    addEvents(3);
    const HttpResult reply
        = http->admin(QStringLiteral("event.offline.get"),
                      params({{QStringLiteral("CLEAR"), 0}, {QStringLiteral("Limit"), 2}}));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(events(reply).size(), 2);
    EXPECT_EQ(server->queue().size(), 3);
}
