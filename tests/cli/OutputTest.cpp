// SPDX-License-Identifier: GPL-3.0-or-later
// Output formatting and small pieces of CLI logic that need no portal.
#include "ClearCommand.h"
#include "Confirmation.h"
#include "Console.h"
#include "DryRun.h"
#include "EventTable.h"
#include "ExitCode.h"
#include "TablePrinter.h"
#include "TestSupport.h"
#include "TokenFile.h"
#include "net/RestResult.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace b24;
using namespace b24::cli;

TEST(TablePrinter, AlignsColumnsAndTrimsTrailingSpace)
{
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("NOTE")});
    table.setAlignment(0, TablePrinter::Align::Right);
    table.addRow({QStringLiteral("7"), QStringLiteral("ONCRMLEADADD"), QString()});
    table.addRow({QStringLiteral("1234"), QStringLiteral("X"), QStringLiteral("multi\nline")});
    const QStringList lines = table.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0), QStringLiteral("  ID  NAME          NOTE"));
    EXPECT_EQ(lines.at(1), QStringLiteral("   7  ONCRMLEADADD"));
    EXPECT_EQ(lines.at(2), QStringLiteral("1234  X             multi line"));
}

TEST(TablePrinter, CapsWideCells)
{
    TablePrinter table({QStringLiteral("DATA")});
    table.setMaxWidth(0, 5);
    table.addRow({QStringLiteral("abcdefghij")});
    EXPECT_TRUE(table.toString().contains(QStringLiteral("abcd") + QChar(0x2026)));
}

TEST(EventTable, SortsByFieldWithIdAsTieBreaker)
{
    QList<OfflineEvent> events(3);
    events[0].id = 1;
    events[0].eventName = QStringLiteral("B");
    events[1].id = 2;
    events[1].eventName = QStringLiteral("A");
    events[2].id = 3;
    events[2].eventName = QStringLiteral("B");
    RowOrder order;
    order.field = QStringLiteral("EVENT_NAME");
    EventTable::sort(events, order);
    EXPECT_EQ(events.at(0).id, 2);
    EXPECT_EQ(events.at(1).id, 1);
    order.descending = true;
    EventTable::sort(events, order);
    EXPECT_EQ(events.at(0).id, 3);
    EXPECT_EQ(events.at(2).id, 2);
}

TEST(EventTable, AgeIsCompact)
{
    EXPECT_EQ(EventTable::age(42), QStringLiteral("42s"));
    EXPECT_EQ(EventTable::age(3 * 3600 + 5 * 60), QStringLiteral("3h 05m"));
    EXPECT_EQ(EventTable::age(34 * 86400 + 4 * 3600), QStringLiteral("34d 4h"));
}

TEST(Confirmation, OnlyYesConfirmsAndTheQuestionNamesPortalGroupAndCount)
{
    const QString question
        = Confirmation::question(QStringLiteral("example.bitrix24.com"), QStringLiteral("Unreserved"), 12,
                                 QStringLiteral("every row of the group"));
    EXPECT_TRUE(question.contains(QStringLiteral("example.bitrix24.com")));
    EXPECT_TRUE(question.contains(QStringLiteral("Unreserved")));
    EXPECT_TRUE(question.contains(QStringLiteral("12")));
    for (const auto &[answer, expected] :
         {std::pair {"yes\n", true}, std::pair {"YES\n", true}, std::pair {"no\n", false},
          std::pair {"\n", false}, std::pair {"", false}, std::pair {"yess\n", false}}) {
        QBuffer in;
        in.setData(answer);
        in.open(QIODevice::ReadOnly);
        QBuffer prompt;
        prompt.open(QIODevice::WriteOnly);
        EXPECT_EQ(Confirmation::ask(question, &in, &prompt), expected) << answer;
        EXPECT_EQ(prompt.data(), question.toUtf8());
    }
    EXPECT_TRUE(Confirmation::refusedWithoutTerminal().contains(QStringLiteral("--yes")));
}

TEST(ExitCode, FollowsTheCallStatusAndAuthFlag)
{
    RestResult result;
    result.status = CallStatus::Ok;
    EXPECT_EQ(exitCodeForResult(result), ExitCode::Success);
    result.status = CallStatus::OutcomeUnknown;
    EXPECT_EQ(exitCodeForResult(result), ExitCode::Partial);
    result.status = CallStatus::ApiError;
    EXPECT_EQ(exitCodeForResult(result), ExitCode::Error);
    result.explanation.authProblem = true;
    EXPECT_EQ(exitCodeForResult(result), ExitCode::Auth);
    result.status = CallStatus::TransportError;
    result.explanation.authProblem = false;
    EXPECT_EQ(exitCodeForResult(result), ExitCode::Error);
}

TEST(ExitCode, ClearReportOutcomes)
{
    ClearReport complete;
    complete.requested = 2;
    complete.clearedVerified = 2;
    complete.verified = true;
    EXPECT_EQ(ClearCommand::exitCodeFor(complete), ExitCode::Success);

    ClearReport cancelledAfterLast = complete;
    cancelledAfterLast.cancelled = true;
    cancelledAfterLast.chunks = {ClearReport::ChunkOutcome::Sent};
    EXPECT_EQ(ClearCommand::exitCodeFor(cancelledAfterLast), ExitCode::Success) << "nothing left to stop";
    ClearReport cancelledEarly = cancelledAfterLast;
    cancelledEarly.chunks.append(ClearReport::ChunkOutcome::NotSent);
    EXPECT_EQ(ClearCommand::exitCodeFor(cancelledEarly), ExitCode::Partial);

    ClearReport partial = complete;
    partial.clearedVerified = 1;
    partial.stillPresent = {5};
    EXPECT_EQ(ClearCommand::exitCodeFor(partial), ExitCode::Partial);

    ClearReport unknown = complete;
    unknown.chunks = {ClearReport::ChunkOutcome::Unknown};
    RestResult dropped;
    dropped.status = CallStatus::OutcomeUnknown;
    unknown.failures = {dropped};
    EXPECT_EQ(ClearCommand::exitCodeFor(unknown), ExitCode::Partial);

    ClearReport denied;
    denied.requested = 2;
    denied.verified = true;
    denied.stillPresent = {1, 2};
    denied.chunks = {ClearReport::ChunkOutcome::Failed};
    RestResult forbidden;
    forbidden.status = CallStatus::ApiError;
    forbidden.explanation.authProblem = true;
    denied.failures = {forbidden};
    EXPECT_EQ(ClearCommand::exitCodeFor(denied), ExitCode::Auth);
    denied.failures.first().explanation.authProblem = false;
    EXPECT_EQ(ClearCommand::exitCodeFor(denied), ExitCode::Error);
}

TEST(DryRun, ShowsUrlParametersAndMaskedTokenOnly)
{
    DryRun dryRun(QUrl(QStringLiteral("https://example.bitrix24.com/rest/")), QStringLiteral("conn1"));
    dryRun.add(QStringLiteral("event.offline.error"),
               {{QStringLiteral("process_id"), QStringLiteral("p1")},
                {QStringLiteral("message_id"), QJsonArray {QStringLiteral("abc")}}});
    const QString text = dryRun.toText();
    EXPECT_TRUE(text.contains(QStringLiteral("POST https://example.bitrix24.com/rest/event.offline.error")));
    EXPECT_TRUE(text.contains(QStringLiteral("\"auth\": \"***\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("\"auth_connector\": \"conn1\"")));
    const QJsonObject json = dryRun.toJson();
    EXPECT_TRUE(json.value(QStringLiteral("dryRun")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("requests")).toArray().size(), 1);
}

TEST(Console, MasksRegisteredSecretsInEveryChannel)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Console console(&out, &err, false);
    console.addSecret(QStringLiteral("topsecretaccesstoken"));
    console.out(QStringLiteral("token=topsecretaccesstoken\n"));
    console.err(QStringLiteral("again topsecretaccesstoken\n"));
    console.outBytes("bytes topsecretaccesstoken\n");
    console.progress(QStringLiteral("not shown without a terminal"));
    EXPECT_FALSE(out.data().contains("topsecretaccesstoken"));
    EXPECT_FALSE(err.data().contains("topsecretaccesstoken"));
    EXPECT_TRUE(out.data().contains("***"));
    EXPECT_FALSE(err.data().contains("not shown"));
}

TEST(TokenFile, PlainAndJsonFormsAndRewriteKeepsMode0600)
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("token"));
    QFile file(plain);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("accesstoken-plain\nignored second line\n");
    file.close();
    auto content = TokenFile::read(plain);
    ASSERT_TRUE(content.ok) << content.error.toStdString();
    EXPECT_FALSE(content.isJson);
    EXPECT_EQ(content.accessToken, QStringLiteral("accesstoken-plain"));

    const QString jsonPath = dir.filePath(QStringLiteral("token.json"));
    QFile jsonFile(jsonPath);
    ASSERT_TRUE(jsonFile.open(QIODevice::WriteOnly));
    jsonFile.write(
        R"({"access_token":"a1","refresh_token":"r1","client_id":"c","client_secret":"s","note":"keep"})");
    jsonFile.close();
    QFile::setPermissions(jsonPath,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    content = TokenFile::read(jsonPath);
    ASSERT_TRUE(content.ok);
    EXPECT_TRUE(content.isJson);
    EXPECT_EQ(content.refreshToken, QStringLiteral("r1"));
    EXPECT_EQ(content.clientSecret, QStringLiteral("s"));
    ASSERT_EQ(content.warnings.size(), 1) << "group-readable token file is flagged";

    QString error;
    ASSERT_TRUE(TokenFile::rewrite(jsonPath, content, QStringLiteral("a2"), QStringLiteral("r2"), &error))
        << error.toStdString();
    const auto rewritten = TokenFile::read(jsonPath);
    EXPECT_EQ(rewritten.accessToken, QStringLiteral("a2"));
    EXPECT_EQ(rewritten.refreshToken, QStringLiteral("r2"));
    EXPECT_EQ(rewritten.json.value(QStringLiteral("note")).toString(), QStringLiteral("keep"));
    const QFileDevice::Permissions mode = QFile::permissions(jsonPath);
    EXPECT_TRUE(mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_FALSE(mode
                 & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther))
        << "mode 0600 after the rewrite";
    EXPECT_TRUE(rewritten.warnings.isEmpty());
}

TEST(TokenFile, BrokenJsonDoesNotQuoteTheContent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"access_token":"leakyleakyleaky")");
    file.close();
    const auto content = TokenFile::read(path);
    EXPECT_FALSE(content.ok);
    EXPECT_FALSE(content.error.contains(QStringLiteral("leakyleakyleaky")));
    EXPECT_TRUE(content.error.contains(path));
}
