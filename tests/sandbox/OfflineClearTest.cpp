// SPDX-License-Identifier: GPL-3.0-or-later
// event.offline.clear and event.offline.error conformance, the dangerous cases first.
#include "SandboxFixture.h"

#include <QJsonArray>

using namespace b24::test;
namespace sandbox = b24::sandbox;

namespace {

class OfflineClear : public SandboxFixture
{
protected:
    HttpResult clear(const QJsonObject &params)
    {
        return http->admin(QStringLiteral("event.offline.clear"), params);
    }
    HttpResult markError(const QString &pid, const QJsonArray &messageIds)
    {
        QJsonObject params;
        params.insert(QStringLiteral("process_id"), pid);
        params.insert(QStringLiteral("message_id"), messageIds);
        return http->admin(QStringLiteral("event.offline.error"), params);
    }
    QString messageIdOf(qint64 id) const { return QString::fromLatin1(row(id)->messageId); }
};

QJsonObject withPid(const QString &pid)
{
    QJsonObject params;
    params.insert(QStringLiteral("process_id"), pid);
    return params;
}

} // namespace

TEST_F(OfflineClear, EmptyIdListClearsTheWholeBatch)
{
    addEvents(6);
    const QString pid = reserve(4);
    QJsonObject params = withPid(pid);
    params.insert(QStringLiteral("id"), QJsonArray());
    const HttpResult reply = clear(params);
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json.value(QStringLiteral("result")).toBool(), true);
    EXPECT_EQ(rowsOf(pid), 0);
    EXPECT_EQ(server->queue().size(), 2);
}

TEST_F(OfflineClear, NoListClearsTheWholeBatch)
{
    addEvents(6);
    const QString pid = reserve(4);
    ASSERT_EQ(clear(withPid(pid)).status, 200);
    EXPECT_EQ(server->queue().size(), 2);
}

TEST_F(OfflineClear, IdListDeletesOnlyThoseRowsOfTheBatch)
{
    addEvents(6);
    const QString pid = reserve(4);
    QJsonObject params = withPid(pid);
    params.insert(QStringLiteral("id"), QJsonArray {1, 2, 6}); // 6 is unreserved: ignored
    ASSERT_EQ(clear(params).status, 200);
    EXPECT_EQ(row(1), nullptr);
    EXPECT_EQ(row(2), nullptr);
    EXPECT_NE(row(3), nullptr);
    EXPECT_NE(row(6), nullptr);
    EXPECT_EQ(rowsOf(pid), 2);
}

TEST_F(OfflineClear, MessageIdWinsOverId)
{
    addEvents(4);
    const QString pid = reserve(4);
    QJsonObject params = withPid(pid);
    params.insert(QStringLiteral("message_id"), QJsonArray {messageIdOf(3)});
    params.insert(QStringLiteral("id"), QJsonArray {1, 2});
    ASSERT_EQ(clear(params).status, 200);
    EXPECT_NE(row(1), nullptr);
    EXPECT_NE(row(2), nullptr);
    EXPECT_EQ(row(3), nullptr);
}

TEST_F(OfflineClear, EmptyMessageIdListClearsWholeBatchAndIgnoresIds)
{
    addEvents(4);
    const QString pid = reserve(4);
    QJsonObject params = withPid(pid);
    params.insert(QStringLiteral("message_id"), QJsonArray());
    params.insert(QStringLiteral("id"), QJsonArray {1});
    ASSERT_EQ(clear(params).status, 200);
    EXPECT_EQ(server->queue().size(), 0);
}

TEST_F(OfflineClear, EmptyProcessIdClearsUnreservedRowsOnlyErrorRowsIncluded)
{
    addEvents(8);
    const QString batch = reserve(3);
    const QString failing = reserve(1);
    ASSERT_EQ(markError(failing, QJsonArray {messageIdOf(4)}).status, 200);
    ASSERT_TRUE(row(4)->error);
    ASSERT_EQ(clear(withPid(QString())).status, 200);
    EXPECT_EQ(server->queue().size(), 3);
    EXPECT_EQ(rowsOf(batch), 3);
    EXPECT_EQ(row(4), nullptr);
}

TEST_F(OfflineClear, MissingProcessIdIsArgumentError)
{
    addEvents(2);
    const HttpResult reply = clear({});
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.body,
              QByteArray("{\"error\":\"ERROR_ARGUMENT\",\"error_description\":\"Argument 'PROCESS_ID' is "
                         "null or empty\",\"argument\":\"PROCESS_ID\"}"));
    QJsonObject nullPid;
    nullPid.insert(QStringLiteral("process_id"), QJsonValue::Null);
    EXPECT_EQ(clear(nullPid).status, 400);
    EXPECT_EQ(server->queue().size(), 2);
}

TEST_F(OfflineClear, ListValidationUsesExactTextsAndTheTypo)
{
    addEvents(2);
    const QString pid = reserve(2);
    QJsonObject notArray = withPid(pid);
    notArray.insert(QStringLiteral("message_id"), QStringLiteral("abc"));
    HttpResult reply = clear(notArray);
    EXPECT_EQ(reply.description(), QStringLiteral("Value must be array of MESSAGE_ID values"));
    EXPECT_EQ(reply.json.value(QStringLiteral("argument")).toString(), QStringLiteral("message_id"));

    QJsonObject badLength = withPid(pid);
    badLength.insert(QStringLiteral("message_id"), QJsonArray {QStringLiteral("short")});
    reply = clear(badLength);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.json.value(QStringLiteral("argument")).toString(), QStringLiteral("messsage_id"));

    QJsonObject idNotArray = withPid(pid);
    idNotArray.insert(QStringLiteral("id"), 5);
    reply = clear(idNotArray);
    EXPECT_EQ(reply.description(), QStringLiteral("Value must be array of integers"));
    EXPECT_EQ(reply.json.value(QStringLiteral("argument")).toString(), QStringLiteral("id"));

    QJsonObject idZero = withPid(pid);
    idZero.insert(QStringLiteral("id"), QJsonArray {1, 0});
    EXPECT_EQ(clear(idZero).json.value(QStringLiteral("argument")).toString(), QStringLiteral("id"));
    EXPECT_EQ(rowsOf(pid), 2);
}

TEST_F(OfflineClear, InventedProcessIdAnswersTrue)
{
    addEvents(2);
    const HttpResult reply = clear(withPid(QStringLiteral("nosuchprocess000000000000000000")));
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.json.value(QStringLiteral("result")).toBool());
    EXPECT_EQ(server->queue().size(), 2);
}

TEST_F(OfflineClear, ErrorMarksBatchRowsAndReleasesThem)
{
    addEvents(3);
    const QString pid = reserve(3);
    const HttpResult reply = markError(pid, QJsonArray {messageIdOf(1), messageIdOf(2)});
    ASSERT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.json.value(QStringLiteral("result")).toBool());
    EXPECT_TRUE(row(1)->error);
    EXPECT_TRUE(row(1)->processId.isEmpty());
    EXPECT_TRUE(row(2)->error);
    EXPECT_FALSE(row(3)->error);
    EXPECT_EQ(row(3)->processId, pid.toLatin1());
}

TEST_F(OfflineClear, ErrorDeletesOtherCopiesOfTheMessage)
{
    addEvent(QStringLiteral("ONCRMDEALUPDATE"), 7);
    const QString first = reserve(1);
    addEvent(QStringLiteral("ONCRMDEALUPDATE"), 7); // a second row: the first copy is reserved
    const QString second = reserve(1);
    addEvent(QStringLiteral("ONCRMDEALUPDATE"), 7); // and an unreserved third copy
    ASSERT_EQ(server->queue().size(), 3);
    ASSERT_EQ(markError(first, QJsonArray {messageIdOf(1)}).status, 200);
    ASSERT_EQ(server->queue().size(), 1);
    EXPECT_TRUE(row(1)->error);
    EXPECT_EQ(rowsOf(second), 0);
}

TEST_F(OfflineClear, ErrorNeedsAMessageIdArrayAndAcceptsAnEmptyOne)
{
    addEvents(1);
    const QString pid = reserve(1);
    HttpResult reply = http->admin(QStringLiteral("event.offline.error"), withPid(pid));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.description(), QStringLiteral("Value must be array of MESSAGE_ID values"));
    EXPECT_EQ(reply.json.value(QStringLiteral("argument")).toString(), QStringLiteral("message_id"));
    reply = markError(pid, QJsonArray());
    EXPECT_EQ(reply.status, 200);
    EXPECT_FALSE(row(1)->error);
    reply = http->admin(QStringLiteral("event.offline.error"), {});
    EXPECT_EQ(reply.json.value(QStringLiteral("argument")).toString(), QStringLiteral("PROCESS_ID"));
}

TEST_F(OfflineClear, RepeatedEventRefreshesErrorRowAndKeepsItAnError)
{
    const qint64 id = addEvent(QStringLiteral("ONCRMDEALUPDATE"), 9);
    const QString pid = reserve(1);
    ASSERT_EQ(markError(pid, QJsonArray {messageIdOf(id)}).status, 200);
    EXPECT_EQ(addEvent(QStringLiteral("ONCRMDEALUPDATE"), 9), id);
    EXPECT_TRUE(row(id)->error);
    EXPECT_EQ(server->queue().size(), 1);
}
