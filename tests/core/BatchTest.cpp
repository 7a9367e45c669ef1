// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "net/BatchRequest.h"
#include "net/BatchResult.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace b24;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object().value(QLatin1String("v"));
}

} // namespace

TEST(BatchRequest, EncodesPhpBracketsWithPercentEncodedOperators)
{
    QJsonObject params;
    params.insert(QStringLiteral("filter"),
                  QJsonObject {{QStringLiteral(">=ID"), 10},
                               {QStringLiteral("=EVENT_NAME"), QStringLiteral("ONCRMLEADADD")}});
    params.insert(QStringLiteral("order"), QJsonObject {{QStringLiteral("ID"), QStringLiteral("DESC")}});
    params.insert(QStringLiteral("id"), QJsonArray {1, 2});
    EXPECT_EQ(
        BatchRequest::encodeQuery(params),
        QStringLiteral(
            "filter%5B%3D"
            "EVENT_NAME%5D=ONCRMLEADADD&filter%5B%3E%3DID%5D=10&id%5B0%5D=1&id%5B1%5D=2&order%5BID%5D=DESC"));
}

TEST(BatchRequest, EncodesScalarsNestedValuesAndSkipsNulls)
{
    QJsonObject params;
    params.insert(QStringLiteral("clear"), false);
    params.insert(QStringLiteral("error"), true);
    params.insert(QStringLiteral("limit"), 50.0);
    params.insert(QStringLiteral("ratio"), 0.5);
    params.insert(QStringLiteral("text"), QStringLiteral("a b&c=d/ä"));
    params.insert(QStringLiteral("nothing"), QJsonValue::Null);
    params.insert(QStringLiteral("empty"), QJsonArray());
    params.insert(QStringLiteral("deep"),
                  QJsonObject {{QStringLiteral("a"), QJsonArray {QJsonObject {{QStringLiteral("b"), 1}}}}});
    const QString query = BatchRequest::encodeQuery(params);
    EXPECT_TRUE(query.contains(QStringLiteral("clear=0")));
    EXPECT_TRUE(query.contains(QStringLiteral("error=1")));
    EXPECT_TRUE(query.contains(QStringLiteral("limit=50&")));
    EXPECT_TRUE(query.contains(QStringLiteral("ratio=0.5")));
    EXPECT_TRUE(query.contains(QStringLiteral("text=a%20b%26c%3Dd%2F%C3%A4")));
    EXPECT_TRUE(query.contains(QStringLiteral("deep%5Ba%5D%5B0%5D%5Bb%5D=1")));
    EXPECT_FALSE(query.contains(QStringLiteral("nothing")));
    EXPECT_FALSE(query.contains(QStringLiteral("empty")));
}

TEST(BatchRequest, AtMostFiftyCommandsWithUniqueKeys)
{
    BatchRequest batch;
    for (int i = 0; i < BatchRequest::MaxCommands; ++i) {
        ASSERT_TRUE(batch.add(QStringLiteral("c%1").arg(i), QStringLiteral("event.offline.list"), {}));
    }
    EXPECT_TRUE(batch.isFull());
    EXPECT_FALSE(batch.add(QStringLiteral("c50"), QStringLiteral("event.offline.list"), {}));
    EXPECT_EQ(batch.size(), 50);
    BatchRequest small;
    EXPECT_TRUE(small.add(QStringLiteral("a"), QStringLiteral("event.offline.list"), {}));
    EXPECT_FALSE(small.add(QStringLiteral("a"), QStringLiteral("event.offline.list"), {}));
    EXPECT_FALSE(small.add(QString(), QStringLiteral("event.offline.list"), {}));
    EXPECT_FALSE(small.add(QStringLiteral("b"), QString(), {}));
    const QJsonObject parameters = small.toParameters(true);
    EXPECT_EQ(parameters.value(QLatin1String("halt")).toInt(), 1);
    EXPECT_EQ(parameters.value(QLatin1String("cmd")).toObject().value(QLatin1String("a")).toString(),
              QStringLiteral("event.offline.list"));
}

TEST(BatchResult, AcceptsEmptyMapsAsArraysOrObjects)
{
    for (
        const char *text : {
            R"({"v":{"result":{"a":[{"ID":"1"}],"b":true},"result_error":[],"result_total":{"a":1},"result_next":[],"result_time":[]}})",
            R"({"v":{"result":{"a":[{"ID":"1"}],"b":true},"result_error":{},"result_total":{"a":1},"result_next":{},"result_time":{}}})",
        }) {
        const BatchResult result = BatchResult::fromJson(json(text));
        ASSERT_EQ(result.items.size(), 2) << text;
        EXPECT_TRUE(result.item(QStringLiteral("a")).ok);
        EXPECT_EQ(result.item(QStringLiteral("a")).total, 1);
        EXPECT_FALSE(result.item(QStringLiteral("a")).next.has_value());
        EXPECT_TRUE(result.item(QStringLiteral("b")).result.toBool());
    }
    EXPECT_TRUE(BatchResult::fromJson(json(R"({"v":{"result":[],"result_error":[]}})")).items.isEmpty());
}

TEST(BatchResult, ErrorsNextAndTimePerKeyAndSequentialKeysAsList)
{
    const BatchResult result = BatchResult::fromJson(json(
        R"({"v":{"result":{"a":[]},"result_error":{"b":{"error":"ERROR_BATCH_LENGTH_EXCEEDED","error_description":"Max batch length exceeded"}},)"
        R"("result_total":{"a":120},"result_next":{"a":50},"result_time":{"a":{"start":1,"finish":2,"duration":1}}}})"));
    EXPECT_EQ(result.item(QStringLiteral("a")).next, 50);
    EXPECT_EQ(result.item(QStringLiteral("a")).total, 120);
    EXPECT_TRUE(result.item(QStringLiteral("a")).time.present);
    const BatchResult::Item b = result.item(QStringLiteral("b"));
    EXPECT_FALSE(b.ok);
    EXPECT_EQ(b.errorCode, QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"));
    EXPECT_FALSE(b.explanation.title.isEmpty());

    const BatchResult list
        = BatchResult::fromJson(json(R"({"v":{"result":[true,[1,2]],"result_error":[]}})"));
    EXPECT_TRUE(list.has(QStringLiteral("0")));
    EXPECT_EQ(list.item(QStringLiteral("1")).result.toArray().size(), 2);
}
