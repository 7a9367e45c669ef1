// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/DestructiveCallGuard.h"

#include "TestSupport.h"
#include "net/BatchRequest.h"
#include "net/RestClient.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace b24;

namespace {

const QString Pid = QStringLiteral("k3v9x0c2m1q8z7w6r5t4y3u2i1o0p9a8");
const QString Mid = QStringLiteral("9f1c2b7a0d4e5f60718293a4b5c6d7e8");

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    QJsonObject object;
    for (const auto &[key, value] : pairs) {
        object.insert(key, value);
    }
    return object;
}

} // namespace

TEST(DestructiveCallGuard, WhichCallsAreDestructive)
{
    const QString get = QStringLiteral("event.offline.get");
    EXPECT_TRUE(RestClient::isDestructive(QStringLiteral("event.offline.clear"), {}));
    EXPECT_TRUE(RestClient::isDestructive(QStringLiteral("EVENT.OFFLINE.ERROR"), {}));
    EXPECT_TRUE(RestClient::isDestructive(get, {})) << "clear defaults to 1";
    EXPECT_TRUE(RestClient::isDestructive(get, obj({{QStringLiteral("clear"), 1}})));
    EXPECT_TRUE(RestClient::isDestructive(get, obj({{QStringLiteral("CLEAR"), QStringLiteral("1")}})));
    EXPECT_TRUE(RestClient::isDestructive(get, obj({{QStringLiteral("clear"), true}})));
    EXPECT_TRUE(RestClient::isDestructive(get, obj({{QStringLiteral("clear"), QJsonValue::Null}})));
    EXPECT_FALSE(RestClient::isDestructive(get, obj({{QStringLiteral("clear"), 0}})));
    EXPECT_FALSE(RestClient::isDestructive(get, obj({{QStringLiteral("clear"), QStringLiteral("0")}})));
    EXPECT_FALSE(RestClient::isDestructive(get, obj({{QStringLiteral("clear"), false}})));
    EXPECT_FALSE(RestClient::isDestructive(get, obj({{QStringLiteral("clear"), QStringLiteral("no")}})))
        << "PHP intval(\"no\") is 0";
    EXPECT_FALSE(RestClient::isDestructive(QStringLiteral("event.offline.list"), {}));
    EXPECT_FALSE(RestClient::isDestructive(QStringLiteral("feature.get"), {}));
}

TEST(DestructiveCallGuard, BatchIsDestructiveWhenAnyCommandIs)
{
    BatchRequest reads;
    reads.add(QStringLiteral("a"), QStringLiteral("event.offline.list"), {});
    reads.add(QStringLiteral("b"), QStringLiteral("event.offline.get"), obj({{QStringLiteral("clear"), 0}}));
    EXPECT_FALSE(reads.isDestructive());
    EXPECT_FALSE(RestClient::isDestructive(QStringLiteral("batch"), reads.toParameters()));
    BatchRequest withGet = reads;
    withGet.add(QStringLiteral("c"), QStringLiteral("event.offline.get"), {});
    EXPECT_TRUE(withGet.isDestructive());
    EXPECT_TRUE(RestClient::isDestructive(QStringLiteral("batch"), withGet.toParameters()));
}

TEST(DestructiveCallGuard, ClearRefusals)
{
    const QString clear = QStringLiteral("event.offline.clear");
    EXPECT_TRUE(
        RestClient::refusalReason(
            clear, obj({{QStringLiteral("process_id"), Pid}, {QStringLiteral("id"), QJsonArray {1, 2}}}))
            .isEmpty());
    EXPECT_TRUE(RestClient::refusalReason(clear,
                                          obj({{QStringLiteral("process_id"), Pid},
                                               {QStringLiteral("message_id"), QJsonArray {Mid}}}))
                    .isEmpty());
    EXPECT_TRUE(
        RestClient::refusalReason(
            clear, obj({{QStringLiteral("process_id"), QString()}, {QStringLiteral("id"), QJsonArray {7}}}))
            .isEmpty())
        << "deleting a chosen unreserved row by id is legitimate";
    // Would clear the whole batch:
    EXPECT_FALSE(RestClient::refusalReason(clear, obj({{QStringLiteral("process_id"), Pid}})).isEmpty());
    EXPECT_FALSE(RestClient::refusalReason(
                     clear, obj({{QStringLiteral("process_id"), Pid}, {QStringLiteral("ID"), QJsonArray()}}))
                     .isEmpty());
    EXPECT_FALSE(
        RestClient::refusalReason(
            clear, obj({{QStringLiteral("process_id"), Pid}, {QStringLiteral("message_id"), QJsonArray()}}))
            .isEmpty());
    // Both lists: message_id would silently win.
    EXPECT_FALSE(RestClient::refusalReason(clear,
                                           obj({{QStringLiteral("process_id"), Pid},
                                                {QStringLiteral("id"), QJsonArray {1}},
                                                {QStringLiteral("message_id"), QJsonArray {Mid}}}))
                     .isEmpty());
    // Missing/null process_id, malformed lists.
    EXPECT_FALSE(RestClient::refusalReason(clear, obj({{QStringLiteral("id"), QJsonArray {1}}})).isEmpty());
    EXPECT_FALSE(RestClient::refusalReason(clear,
                                           obj({{QStringLiteral("process_id"), QJsonValue::Null},
                                                {QStringLiteral("id"), QJsonArray {1}}}))
                     .isEmpty());
    EXPECT_FALSE(
        RestClient::refusalReason(
            clear, obj({{QStringLiteral("process_id"), Pid}, {QStringLiteral("id"), QJsonArray {0}}}))
            .isEmpty());
    EXPECT_FALSE(RestClient::refusalReason(
                     clear, obj({{QStringLiteral("process_id"), Pid}, {QStringLiteral("id"), 5}}))
                     .isEmpty());
    EXPECT_FALSE(
        RestClient::refusalReason(clear,
                                  obj({{QStringLiteral("process_id"), Pid},
                                       {QStringLiteral("message_id"), QJsonArray {QStringLiteral("short")}}}))
            .isEmpty());
}

TEST(DestructiveCallGuard, ErrorAndGetRefusals)
{
    const QString error = QStringLiteral("event.offline.error");
    EXPECT_TRUE(RestClient::refusalReason(error,
                                          obj({{QStringLiteral("process_id"), Pid},
                                               {QStringLiteral("message_id"), QJsonArray {Mid}}}))
                    .isEmpty());
    EXPECT_FALSE(RestClient::refusalReason(error, obj({{QStringLiteral("process_id"), Pid}})).isEmpty());
    EXPECT_FALSE(
        RestClient::refusalReason(error, obj({{QStringLiteral("message_id"), QJsonArray {Mid}}})).isEmpty());
    EXPECT_FALSE(RestClient::refusalReason(error,
                                           obj({{QStringLiteral("process_id"), Pid},
                                                {QStringLiteral("id"), QJsonArray {1}},
                                                {QStringLiteral("message_id"), QJsonArray {Mid}}}))
                     .isEmpty());
    const QString get = QStringLiteral("event.offline.get");
    EXPECT_FALSE(RestClient::refusalReason(get, obj({{QStringLiteral("process_id"), QString()}})).isEmpty())
        << "process_id \"\" with the default clear deletes every unreserved event";
    EXPECT_TRUE(RestClient::refusalReason(
                    get, obj({{QStringLiteral("process_id"), QString()}, {QStringLiteral("clear"), 0}}))
                    .isEmpty());
    EXPECT_TRUE(RestClient::refusalReason(get, {}).isEmpty());
}

TEST(DestructiveCallGuard, BatchCommandsAreCheckedOneByOne)
{
    BatchRequest batch;
    batch.add(QStringLiteral("ok"), QStringLiteral("event.offline.clear"),
              obj({{QStringLiteral("process_id"), Pid}, {QStringLiteral("id"), QJsonArray {3}}}));
    EXPECT_TRUE(RestClient::refusalReason(QStringLiteral("batch"), batch.toParameters()).isEmpty());
    batch.add(QStringLiteral("bad"), QStringLiteral("event.offline.clear"),
              obj({{QStringLiteral("process_id"), Pid}, {QStringLiteral("id"), QJsonArray()}}));
    const QString reason = RestClient::refusalReason(QStringLiteral("batch"), batch.toParameters());
    EXPECT_TRUE(reason.contains(QStringLiteral("bad"))) << reason.toStdString();
    const QJsonObject nested {
        {QStringLiteral("cmd"), QJsonObject {{QStringLiteral("n"), QStringLiteral("batch?cmd%5Ba%5D=x")}}}};
    EXPECT_FALSE(RestClient::refusalReason(QStringLiteral("batch"), nested).isEmpty());
    EXPECT_FALSE(RestClient::refusalReason(QStringLiteral("batch"), QJsonObject {}).isEmpty());
}

TEST(DestructiveCallGuard, ParsesPhpQueryCommands)
{
    const QJsonObject params = DestructiveCallGuard::commandParameters(QStringLiteral(
        "event.offline.clear?process_id=p&id%5B0%5D=2&id%5B1%5D=3&filter%5B%3E%3DID%5D=10&x[]=a&x[]=b"));
    EXPECT_EQ(DestructiveCallGuard::commandMethod(QStringLiteral("event.offline.clear?process_id=p")),
              QStringLiteral("event.offline.clear"));
    EXPECT_EQ(params.value(QLatin1String("process_id")).toString(), QStringLiteral("p"));
    EXPECT_EQ(params.value(QLatin1String("id")).toObject().size(), 2);
    EXPECT_EQ(params.value(QLatin1String("filter")).toObject().value(QLatin1String(">=ID")).toString(),
              QStringLiteral("10"));
    EXPECT_EQ(params.value(QLatin1String("x")).toObject().size(), 2);
}

TEST(DestructiveCallGuard, ReservingGetChangesStateWithoutBeingDestructive)
{
    const QString get = QStringLiteral("event.offline.get");
    const QJsonObject reserve = obj({{QStringLiteral("clear"), 0}});
    EXPECT_FALSE(RestClient::isDestructive(get, reserve));
    EXPECT_TRUE(RestClient::changesState(get, reserve));
    EXPECT_FALSE(RestClient::changesState(
        get, obj({{QStringLiteral("clear"), 0}, {QStringLiteral("process_id"), Pid}})))
        << "re-reading a reserved batch without clearing changes nothing";
    EXPECT_TRUE(RestClient::changesState(QStringLiteral("event.offline.clear"), {}));
    EXPECT_FALSE(RestClient::changesState(QStringLiteral("event.offline.list"), {}));
    BatchRequest batch;
    batch.add(QStringLiteral("a"), QStringLiteral("event.offline.list"), {});
    EXPECT_FALSE(RestClient::changesState(QStringLiteral("batch"), batch.toParameters()));
    batch.add(QStringLiteral("b"), get, reserve);
    EXPECT_TRUE(RestClient::changesState(QStringLiteral("batch"), batch.toParameters()));
}
