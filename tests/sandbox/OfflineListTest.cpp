// SPDX-License-Identifier: GPL-3.0-or-later
// event.offline.list conformance: every row, paging by `start`, filter/order syntax and errors.
#include "SandboxFixture.h"
#include "Seeder.h"

#include <QJsonArray>

using namespace b24::test;
namespace sandbox = b24::sandbox;

namespace {

class OfflineList : public SandboxFixture
{
protected:
    HttpResult list(const QJsonObject &filter = {}, const QJsonValue &order = QJsonValue::Undefined,
                    int start = 0)
    {
        QJsonObject params;
        if (!filter.isEmpty()) {
            params.insert(QStringLiteral("filter"), filter);
        }
        if (!order.isUndefined()) {
            params.insert(QStringLiteral("order"), order);
        }
        params.insert(QStringLiteral("start"), start);
        return http->admin(QStringLiteral("event.offline.list"), params);
    }

    static QStringList ids(const HttpResult &reply)
    {
        QStringList out;
        for (const QJsonValue &row : reply.json.value(QStringLiteral("result")).toArray()) {
            out.append(row.toObject().value(QStringLiteral("ID")).toString());
        }
        return out;
    }
};

} // namespace

TEST_F(OfflineList, ReturnsReservedErrorAndUnreservedRowsWithStateFields)
{
    addEvents(4);
    const QString pid = reserve(2);
    QJsonObject error;
    error.insert(QStringLiteral("process_id"), pid);
    error.insert(QStringLiteral("message_id"),
                 QJsonArray {QString::fromLatin1(server->queue().rows().at(0).messageId)});
    ASSERT_EQ(http->admin(QStringLiteral("event.offline.error"), error).status, 200);

    const HttpResult reply = list();
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray rows = reply.json.value(QStringLiteral("result")).toArray();
    ASSERT_EQ(rows.size(), 4);
    const QJsonObject errorRow = rows.at(0).toObject();
    EXPECT_EQ(errorRow.value(QStringLiteral("ERROR")).toString(), QStringLiteral("1"));
    EXPECT_EQ(errorRow.value(QStringLiteral("PROCESS_ID")).toString(), QString());
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("PROCESS_ID")).toString(), pid);
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("ERROR")).toString(), QStringLiteral("0"));
    EXPECT_EQ(rows.at(3).toObject().value(QStringLiteral("PROCESS_ID")).toString(), QString());
    EXPECT_EQ(reply.json.value(QStringLiteral("total")).toInt(), 4);
    EXPECT_FALSE(reply.json.contains(QStringLiteral("next")));
    EXPECT_EQ(server->queue().size(), 4); // read-only
}

TEST_F(OfflineList, PagesOfFiftyWithTopLevelNextAndTotal)
{
    addEvents(120);
    HttpResult first = list();
    EXPECT_EQ(first.json.value(QStringLiteral("result")).toArray().size(), 50);
    EXPECT_EQ(first.json.value(QStringLiteral("next")).toInt(), 50);
    EXPECT_EQ(first.json.value(QStringLiteral("total")).toInt(), 120);
    HttpResult last = list({}, QJsonValue::Undefined, 100);
    EXPECT_EQ(last.json.value(QStringLiteral("result")).toArray().size(), 20);
    EXPECT_EQ(last.json.value(QStringLiteral("total")).toInt(), 120);
    EXPECT_FALSE(last.json.contains(QStringLiteral("next")));
    EXPECT_EQ(ids(last).constFirst(), QStringLiteral("101"));
}

TEST_F(OfflineList, StartMinusOneSkipsTotalAndNext)
{
    addEvents(80);
    const HttpResult reply = list({}, QJsonValue::Undefined, -1);
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json.value(QStringLiteral("result")).toArray().size(), 50);
    EXPECT_FALSE(reply.json.contains(QStringLiteral("total")));
    EXPECT_FALSE(reply.json.contains(QStringLiteral("next")));
}

TEST_F(OfflineList, StartIsCaseSensitive)
{
    addEvents(60);
    QJsonObject params;
    params.insert(QStringLiteral("START"), 50);
    const HttpResult reply = http->admin(QStringLiteral("event.offline.list"), params);
    EXPECT_EQ(ids(reply).constFirst(), QStringLiteral("1"));
}

TEST_F(OfflineList, FilterOperatorsSelectRows)
{
    addEvents(6);
    addEvent(QStringLiteral("ONCRMLEADADD"), 1);
    QJsonObject filter;
    filter.insert(QStringLiteral(">=ID"), 2);
    filter.insert(QStringLiteral("<ID"), 5);
    EXPECT_EQ(ids(list(filter)),
              (QStringList {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));

    QJsonObject in;
    in.insert(QStringLiteral("@ID"), QJsonArray {1, 6});
    EXPECT_EQ(ids(list(in)), (QStringList {QStringLiteral("1"), QStringLiteral("6")}));

    QJsonObject like;
    like.insert(QStringLiteral("%EVENT_NAME"), QStringLiteral("lead"));
    EXPECT_EQ(ids(list(like)), QStringList {QStringLiteral("7")});

    QJsonObject equal;
    equal.insert(QStringLiteral("EVENT_NAME"), QStringLiteral("oncrmleadadd"));
    EXPECT_EQ(ids(list(equal)), QStringList {QStringLiteral("7")});

    const QString pid = reserve(2);
    QJsonObject byProcess;
    byProcess.insert(QStringLiteral("=PROCESS_ID"), pid);
    EXPECT_EQ(ids(list(byProcess)).size(), 2);
    QJsonObject unreserved;
    unreserved.insert(QStringLiteral("PROCESS_ID"), QString());
    unreserved.insert(QStringLiteral("ERROR"), 0);
    EXPECT_EQ(ids(list(unreserved)).size(), 5);
}

TEST_F(OfflineList, FilterOnTimestampTakesIsoValues)
{
    sandbox::SandboxQueue::NewEvent old;
    old.eventName = QStringLiteral("ONCRMDEALUPDATE");
    old.timestamp = 1700000000; // 2023-11-14T22:13:20Z
    server->queue().addEvent(old);
    addEvent(QStringLiteral("ONCRMDEALUPDATE"), 5);
    QJsonObject filter;
    filter.insert(QStringLiteral("<TIMESTAMP_X"), QStringLiteral("2023-11-15T01:13:21+03:00"));
    EXPECT_EQ(ids(list(filter)), QStringList {QStringLiteral("1")});
    filter.insert(QStringLiteral("<TIMESTAMP_X"), QStringLiteral("2023-11-15T01:13:20+03:00"));
    EXPECT_TRUE(ids(list(filter)).isEmpty());
}

TEST_F(OfflineList, OrderByFieldsAndDirectionInAnyCase)
{
    addEvent(QStringLiteral("ONCRMLEADADD"), 1);
    addEvent(QStringLiteral("ONCRMDEALUPDATE"), 2);
    addEvent(QStringLiteral("ONCRMLEADADD"), 3);
    QJsonObject byId;
    byId.insert(QStringLiteral("id"), QStringLiteral("desc"));
    EXPECT_EQ(ids(list({}, byId)),
              (QStringList {QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
    // Multi-key order keeps the key order of the request (JSON object order).
    const QByteArray body = "{\"auth\":\"" + server->adminAccessToken().toLatin1()
        + "\",\"order\":{\"EVENT_NAME\":\"ASC\",\"ID\":\"DESC\"}}";
    const HttpResult reply
        = http->post(http->restUrl(QStringLiteral("event.offline.list")), body, "application/json");
    EXPECT_EQ(ids(reply), (QStringList {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1")}));
}

TEST_F(OfflineList, FilterAndOrderErrorsHaveExactTextsAndNoArgument)
{
    struct Case {
        QByteArray params;
        QString description;
    };
    const QList<Case> cases = {
        {"filter[!ID]=1", QStringLiteral("Filter operation not allowed: !")},
        {"filter[%21%3DID]=1", QStringLiteral("Filter operation not allowed: !=")},
        {"filter[APP_ID]=1", QStringLiteral("Filter field not allowed: APP_ID")},
        {"filter=abc", QStringLiteral("The filter is not an array.")},
        {"order=abc", QStringLiteral("The order is not an array.")},
        {"order[FOO]=ASC", QStringLiteral("Order field not allowed: FOO")},
        {"order[ID]=UP", QStringLiteral("Order direction should be one of {ASC|DESC}")},
    };
    for (const Case &c : cases) {
        const HttpResult reply
            = http->callForm(QStringLiteral("event.offline.list"), c.params, server->adminAccessToken());
        EXPECT_EQ(reply.status, 400) << c.params.toStdString();
        EXPECT_EQ(reply.error(), QStringLiteral("ERROR_ARGUMENT")) << c.params.toStdString();
        EXPECT_EQ(reply.description(), c.description) << c.params.toStdString();
        EXPECT_FALSE(reply.json.contains(QStringLiteral("argument"))) << c.params.toStdString();
    }
}

TEST_F(OfflineList, GetRejectsListOnlyFields)
{
    const HttpResult reply = http->callForm(QStringLiteral("event.offline.get"),
                                            "filter[PROCESS_ID]=x&clear=0", server->adminAccessToken());
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.description(), QStringLiteral("Filter field not allowed: PROCESS_ID"));
}

TEST_F(OfflineList, QueueIsScopedToApplicationAndConnector)
{
    addEvent(QStringLiteral("ONCRMDEALUPDATE"), 1);
    addEvent(QStringLiteral("ONCRMDEALUPDATE"), 2, QStringLiteral("connector1"));
    sandbox::SandboxQueue::NewEvent foreign;
    foreign.eventName = QStringLiteral("ONCRMDEALUPDATE");
    foreign.appId = QStringLiteral("local.other.app");
    server->queue().addEvent(foreign);

    EXPECT_EQ(ids(list()), QStringList {QStringLiteral("1")});
    QJsonObject params;
    params.insert(QStringLiteral("auth_connector"), QStringLiteral("connector1"));
    const HttpResult withConnector = http->admin(QStringLiteral("event.offline.list"), params);
    EXPECT_EQ(ids(withConnector), QStringList {QStringLiteral("2")});
}

TEST_F(OfflineList, KeysetPageFromLargeQueue)
{
    sandbox::SeedOptions seed;
    seed.count = 100000;
    ASSERT_EQ(sandbox::Seeder::seed(server->queue(), seed), 100000);
    const HttpResult reply
        = http->callForm(QStringLiteral("event.offline.list"), "start=-1&order[ID]=ASC&filter[%3EID]=99900",
                         server->adminAccessToken());
    ASSERT_EQ(reply.status, 200);
    const QStringList page = ids(reply);
    ASSERT_EQ(page.size(), 50);
    EXPECT_EQ(page.constFirst(), QStringLiteral("99901"));
    EXPECT_EQ(page.constLast(), QStringLiteral("99950"));
}

TEST_F(OfflineList, MillionRowQueuePagesByIdWithoutScanningAndCountsOnlyWhenAsked)
{
    sandbox::SeedOptions seed;
    seed.count = 1000000;
    ASSERT_EQ(server->seed(seed), 1000000);
    const HttpResult page
        = http->callForm(QStringLiteral("event.offline.list"), "start=-1&order[ID]=ASC&filter[%3EID]=500000",
                         server->adminAccessToken());
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(ids(page).constFirst(), QStringLiteral("500001"));
    EXPECT_EQ(ids(page).size(), 50);
    EXPECT_EQ(server->queue().lastSelectExamined(), 50);
    // With a total the portal counts every match, and so does the sandbox.
    const HttpResult counted = http->callForm(QStringLiteral("event.offline.list"), "filter[%3EID]=500000",
                                              server->adminAccessToken());
    EXPECT_EQ(counted.json.value(QStringLiteral("total")).toInt(), 500000);
    EXPECT_EQ(server->queue().lastSelectExamined(), 500000);
}
