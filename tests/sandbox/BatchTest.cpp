// SPDX-License-Identifier: GPL-3.0-or-later
// batch conformance: limits, result_error, [] for empty maps, $result substitution, auth propagation.
#include "BatchMethod.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace b24::test;
namespace sandbox = b24::sandbox;
using b24::sandbox::BatchMethod;
using b24::sandbox::PhpValue;

namespace {

class Batch : public SandboxFixture
{
protected:
    HttpResult batch(const QJsonValue &cmd, int halt = 0, const QJsonObject &extra = {})
    {
        QJsonObject params = extra;
        params.insert(QStringLiteral("cmd"), cmd);
        params.insert(QStringLiteral("halt"), halt);
        return http->admin(QStringLiteral("batch"), params);
    }
    static QJsonObject part(const HttpResult &reply, const QString &name)
    {
        return reply.json.value(QStringLiteral("result")).toObject().value(name).toObject();
    }
};

} // namespace

TEST_F(Batch, RunsCommandsAndWritesEmptyMapsAsLists)
{
    addEvents(2);
    QJsonObject cmd;
    cmd.insert(QStringLiteral("a"), QStringLiteral("event.offline.list?start=-1"));
    cmd.insert(QStringLiteral("b"), QStringLiteral("event.offline.clear?process_id=x&id[]=2"));
    const HttpResult reply = batch(cmd);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_TRUE(reply.body.contains("\"result_error\":[]"));
    EXPECT_TRUE(reply.body.contains("\"result_total\":[]"));
    EXPECT_TRUE(reply.body.contains("\"result_next\":[]"));
    const QJsonObject results = part(reply, QStringLiteral("result"));
    EXPECT_EQ(results.value(QStringLiteral("a")).toArray().size(), 2);
    EXPECT_EQ(results.value(QStringLiteral("b")).toBool(), true);
    EXPECT_TRUE(part(reply, QStringLiteral("result_time"))
                    .value(QStringLiteral("a"))
                    .toObject()
                    .contains(QStringLiteral("processing")));
    EXPECT_TRUE(reply.json.value(QStringLiteral("time")).isObject());
}

TEST_F(Batch, ListResultsCarryTotalAndNext)
{
    addEvents(70);
    QJsonObject cmd;
    cmd.insert(QStringLiteral("page"), QStringLiteral("event.offline.list?start=0"));
    const HttpResult reply = batch(cmd);
    EXPECT_EQ(part(reply, QStringLiteral("result_total")).value(QStringLiteral("page")).toInt(), 70);
    EXPECT_EQ(part(reply, QStringLiteral("result_next")).value(QStringLiteral("page")).toInt(), 50);
}

TEST_F(Batch, ResultSubstitutionPagesByIdInCommandOrder)
{
    addEvents(570);
    // p0..p11 as a JSON object: the commands must run in the order given, not sorted by key.
    QByteArray cmd = "{";
    for (int i = 0; i < 12; ++i) {
        QByteArray command = "event.offline.list?start=-1&order[ID]=ASC";
        if (i > 0) {
            command += "&filter[%3EID]=$result[p" + QByteArray::number(i - 1) + "][49][ID]";
        }
        cmd += (i ? "," : "") + QByteArray("\"p") + QByteArray::number(i) + "\":\"" + command + "\"";
    }
    cmd += "}";
    const QByteArray body
        = "{\"auth\":\"" + server->adminAccessToken().toLatin1() + "\",\"halt\":0,\"cmd\":" + cmd + "}";
    const HttpResult reply = http->post(http->restUrl(QStringLiteral("batch")), body, "application/json");
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject results = part(reply, QStringLiteral("result"));
    for (int i = 0; i < 11; ++i) {
        const QJsonArray page = results.value(QStringLiteral("p%1").arg(i)).toArray();
        ASSERT_EQ(page.size(), 50) << i;
        EXPECT_EQ(page.at(0).toObject().value(QStringLiteral("ID")).toString(), QString::number(i * 50 + 1));
    }
    const QJsonArray last = results.value(QStringLiteral("p11")).toArray();
    ASSERT_EQ(last.size(), 20);
    EXPECT_EQ(last.at(19).toObject().value(QStringLiteral("ID")).toString(), QStringLiteral("570"));
}

TEST_F(Batch, MissingReferenceStopsAtTheDeepestExistingValue)
{
    PhpValue rows = PhpValue::array();
    PhpValue row = PhpValue::array();
    row.insert(QStringLiteral("ID"), PhpValue::fromString(QStringLiteral("41")));
    rows.append(row);
    PhpValue results = PhpValue::array();
    PhpValue resultMap = PhpValue::array();
    resultMap.insert(QStringLiteral("p0"), rows);
    results.insert(QStringLiteral("result"), resultMap);

    EXPECT_EQ(BatchMethod::substitute(QStringLiteral("$result[p0][0][ID]"), results).toString(),
              QStringLiteral("41"));
    EXPECT_EQ(BatchMethod::substitute(QStringLiteral("x$result[p0][0][ID]"), results).toString(),
              QStringLiteral("x41"));
    // [49] does not exist: PHP's loop stops at $result[p0], the whole list of rows.
    const PhpValue whole = BatchMethod::substitute(QStringLiteral("$result[p0][49][ID]"), results);
    EXPECT_TRUE(whole.isArray());
    EXPECT_EQ(whole.size(), 1);
    // Inside a longer text the array is written as PHP writes it.
    EXPECT_EQ(BatchMethod::substitute(QStringLiteral("x$result[p0][49][ID]"), results).toString(),
              QStringLiteral("xArray"));
    // Keys are case-sensitive: $RESULT finds nothing and substitutes an empty value.
    EXPECT_EQ(BatchMethod::substitute(QStringLiteral("x$RESULT[p0][0][ID]"), results).toString(),
              QStringLiteral("x"));
}

TEST_F(Batch, MoreThanFiftyCommandsExceedTheLength)
{
    QJsonArray cmd;
    for (int i = 0; i < 52; ++i) {
        cmd.append(QStringLiteral("feature.get?CODE=rest_offline_extended"));
    }
    const HttpResult reply = batch(cmd);
    ASSERT_EQ(reply.status, 200);
    const QJsonValue results
        = reply.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("result"));
    ASSERT_TRUE(results.isArray()); // sequential numeric keys become a JSON list
    EXPECT_EQ(results.toArray().size(), 50);
    const QJsonObject errors = part(reply, QStringLiteral("result_error"));
    EXPECT_EQ(errors.keys(), (QStringList {QStringLiteral("50"), QStringLiteral("51")}));
    EXPECT_EQ(errors.value(QStringLiteral("50")).toObject().value(QStringLiteral("error")).toString(),
              QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"));
    EXPECT_EQ(
        errors.value(QStringLiteral("50")).toObject().value(QStringLiteral("error_description")).toString(),
        QStringLiteral("Max batch length exceeded"));
}

TEST_F(Batch, SubCallErrorsGoToResultErrorWithStatus200AndHaltStops)
{
    addEvents(1);
    QJsonObject cmd;
    cmd.insert(QStringLiteral("bad"), QStringLiteral("event.offline.clear"));
    cmd.insert(QStringLiteral("good"), QStringLiteral("event.offline.list"));
    HttpResult reply = batch(cmd, 0);
    ASSERT_EQ(reply.status, 200);
    const QJsonObject error
        = part(reply, QStringLiteral("result_error")).value(QStringLiteral("bad")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_ARGUMENT"));
    EXPECT_EQ(error.value(QStringLiteral("error_description")).toString(),
              QStringLiteral("Argument 'PROCESS_ID' is null or empty"));
    EXPECT_TRUE(part(reply, QStringLiteral("result")).contains(QStringLiteral("good")));

    reply = batch(cmd, 1);
    EXPECT_FALSE(part(reply, QStringLiteral("result")).contains(QStringLiteral("good")));
}

TEST_F(Batch, OuterAuthAndConnectorApplyToEveryCommand)
{
    addEvent(QStringLiteral("ONCRMDEALUPDATE"), 1);
    addEvent(QStringLiteral("ONCRMDEALUPDATE"), 2, QStringLiteral("c1"));
    QJsonObject cmd;
    // A per-command auth_connector is ignored; so is a per-command token.
    cmd.insert(QStringLiteral("a"), QStringLiteral("event.offline.list?auth_connector=other&auth=bogus"));
    QJsonObject extra;
    extra.insert(QStringLiteral("auth_connector"), QStringLiteral("c1"));
    const HttpResult reply = batch(cmd, 0, extra);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray rows = part(reply, QStringLiteral("result")).value(QStringLiteral("a")).toArray();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("ID")).toString(), QStringLiteral("2"));
}

TEST_F(Batch, NonAdminTokenIsDeniedInEachCommand)
{
    QJsonObject params;
    params.insert(QStringLiteral("cmd"),
                  QJsonObject {{QStringLiteral("a"), QStringLiteral("event.offline.list")}});
    const HttpResult reply = http->callJson(QStringLiteral("batch"), params, server->nonAdminAccessToken());
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(part(reply, QStringLiteral("result_error"))
                  .value(QStringLiteral("a"))
                  .toObject()
                  .value(QStringLiteral("error"))
                  .toString(),
              QStringLiteral("ACCESS_DENIED"));
    EXPECT_TRUE(reply.body.contains("\"result\":{\"result\":[]"));
}

TEST_F(Batch, NestedBatchAndUnknownMethodsFailPerCommand)
{
    QJsonObject cmd;
    cmd.insert(QStringLiteral("nested"), QStringLiteral("batch?cmd[x]=profile"));
    cmd.insert(QStringLiteral("unknown"), QStringLiteral("no.such.method"));
    const HttpResult reply = batch(cmd);
    const QJsonObject errors = part(reply, QStringLiteral("result_error"));
    EXPECT_EQ(errors.value(QStringLiteral("nested")).toObject().value(QStringLiteral("error")).toString(),
              QStringLiteral("ERROR_BATCH_METHOD_NOT_ALLOWED"));
    EXPECT_EQ(errors.value(QStringLiteral("unknown")).toObject().value(QStringLiteral("error")).toString(),
              QStringLiteral("ERROR_METHOD_NOT_FOUND"));
}

TEST_F(Batch, FormEncodedCommandsWork)
{
    addEvents(3);
    const QByteArray form = "halt=0&cmd[one]="
        + QUrl::toPercentEncoding(QStringLiteral("event.offline.list?start=-1")) + "&cmd[two]="
        + QUrl::toPercentEncoding(QStringLiteral("event.offline.list?filter[>ID]=$result[one][0][ID]"));
    const HttpResult reply = http->callForm(QStringLiteral("batch"), form, server->adminAccessToken());
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(part(reply, QStringLiteral("result")).value(QStringLiteral("two")).toArray().size(), 2);
}

TEST_F(Batch, MaxInputVarsAppliesInsideCommands)
{
    addEvents(1);
    const QString pid = reserve(1);
    QString command = QStringLiteral("event.offline.clear?");
    for (int i = 0; i < 1000; ++i) {
        command += QStringLiteral("x[]=1&");
    }
    command += QStringLiteral("process_id=") + pid; // variable 1001: dropped by parse_str
    QJsonObject cmd;
    cmd.insert(QStringLiteral("c"), command);
    const HttpResult reply = batch(cmd);
    EXPECT_EQ(part(reply, QStringLiteral("result_error"))
                  .value(QStringLiteral("c"))
                  .toObject()
                  .value(QStringLiteral("error"))
                  .toString(),
              QStringLiteral("ERROR_ARGUMENT"));
    EXPECT_EQ(rowsOf(pid), 1);
}
