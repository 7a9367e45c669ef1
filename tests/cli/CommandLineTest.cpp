// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "TestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using b24::cli::CommandLine;
using b24::cli::GroupChoice;
using b24::cli::Subcommand;

namespace {

CommandLine::Outcome parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList {QStringLiteral("b24-offline-queue-cli")} + arguments);
}

QStringList args(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST(CommandLine, GlobalOptionsBeforeAndAfterTheCommand)
{
    const auto outcome = parse(args("--portal example.bitrix24.com --json list --limit 5 --verbose"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    EXPECT_EQ(outcome.options.command, Subcommand::List);
    EXPECT_EQ(outcome.options.portal, QStringLiteral("example.bitrix24.com"));
    EXPECT_TRUE(outcome.options.json);
    EXPECT_TRUE(outcome.options.verbose);
    EXPECT_EQ(outcome.options.limit, 5);
}

TEST(CommandLine, ListDefaultsToHundredRowsAndZeroMeansAll)
{
    EXPECT_EQ(parse(args("list")).options.limit, 100);
    EXPECT_FALSE(parse(args("list --limit 0")).options.limit.has_value());
}

TEST(CommandLine, TokenOptionIsRefusedWithTheReasonAndWithoutEchoingTheValue)
{
    for (const char *line : {"--token s3cr3tvalue123 check", "check --token=s3cr3tvalue123",
                             "--client-secret s3cr3tvalue123 list", "list --refresh-token=s3cr3tvalue123"}) {
        const auto outcome = parse(args(line));
        EXPECT_EQ(outcome.action, CommandLine::Action::UsageError) << line;
        EXPECT_TRUE(outcome.text.contains(QStringLiteral("--token-file"))) << outcome.text.toStdString();
        EXPECT_TRUE(outcome.text.contains(QStringLiteral("visible to every user"))) << line;
        EXPECT_FALSE(outcome.text.contains(QStringLiteral("s3cr3tvalue123"))) << line;
    }
}

TEST(CommandLine, TokenFileIsNotMistakenForToken)
{
    const auto outcome = parse(args("--token-file /tmp/t.json check"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    EXPECT_EQ(outcome.options.tokenFile, QStringLiteral("/tmp/t.json"));
}

TEST(CommandLine, MainHelpListsCommandsExitCodesAndExamples)
{
    const auto outcome = parse(args("--help"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Help);
    for (const char *needle : {"check", "processes", "mark-error", "Exit codes", "4  authentication",
                               "3  partial", "Examples", "B24_ACCESS_TOKEN", "--insecure-pin"}) {
        EXPECT_TRUE(outcome.text.contains(QString::fromUtf8(needle))) << needle;
    }
}

TEST(CommandLine, EachCommandHasItsOwnHelp)
{
    const auto clear = parse(args("clear --help"));
    ASSERT_EQ(clear.action, CommandLine::Action::Help);
    EXPECT_TRUE(clear.text.contains(QStringLiteral("--all-in-group")));
    EXPECT_TRUE(clear.text.contains(QStringLiteral("--dry-run")));
    EXPECT_FALSE(clear.text.contains(QStringLiteral("--stuck-after")));
    const auto viaHelpCommand = parse(args("help export"));
    ASSERT_EQ(viaHelpCommand.action, CommandLine::Action::Help);
    EXPECT_TRUE(viaHelpCommand.text.contains(QStringLiteral("--format")));
}

TEST(CommandLine, VersionAndMissingOrUnknownCommand)
{
    EXPECT_EQ(parse(args("--version")).action, CommandLine::Action::Version);
    const auto none = parse({});
    EXPECT_EQ(none.action, CommandLine::Action::UsageError);
    const auto unknown = parse(args("purge"));
    EXPECT_EQ(unknown.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(unknown.text.contains(QStringLiteral("purge")));
}

TEST(CommandLine, OptionOfAnotherCommandIsRejected)
{
    const auto outcome = parse(args("check --all-in-group"));
    EXPECT_EQ(outcome.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(outcome.text.contains(QStringLiteral("check --help"))) << outcome.text.toStdString();
}

TEST(CommandLine, RateWithBurstAndSeparateBurst)
{
    auto outcome = parse(args("--rate 5/250 check"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    EXPECT_DOUBLE_EQ(*outcome.options.rate, 5.0);
    EXPECT_EQ(outcome.options.burst, 250);
    outcome = parse(args("--rate 0.5 --burst 10 check"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run);
    EXPECT_DOUBLE_EQ(*outcome.options.rate, 0.5);
    EXPECT_EQ(outcome.options.burst, 10);
    EXPECT_EQ(parse(args("--rate 5/250 --burst 10 check")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("--rate fast check")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("--rate 2/0 check")).action, CommandLine::Action::UsageError);
}

TEST(CommandLine, TimeoutAndPinAreValidated)
{
    EXPECT_EQ(parse(args("--timeout 0 check")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("--timeout 7 check")).options.timeoutSeconds, 7);
    const QString pin = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
    const auto pinned = parse({QStringLiteral("--insecure-pin"), pin, QStringLiteral("check")});
    ASSERT_EQ(pinned.action, CommandLine::Action::Run) << pinned.text.toStdString();
    EXPECT_EQ(pinned.options.pinnedSha256, QStringLiteral("ab").repeated(32));
    EXPECT_EQ(parse(args("--insecure-pin abcd check")).action, CommandLine::Action::UsageError);
}

TEST(CommandLine, ListFilters)
{
    const auto outcome = parse(args("list --event oncrmdealupdate --id-from 10 --id-to 20 --since 2025-03-01 "
                                    "--until 2025-03-02T10:00:00+03:00 --no-error --order timestamp_x:desc "
                                    "--process abc"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    const auto &o = outcome.options;
    EXPECT_EQ(o.filter.eventName, QStringLiteral("ONCRMDEALUPDATE"));
    EXPECT_EQ(o.filter.idFrom, 10);
    EXPECT_EQ(o.filter.idTo, 20);
    EXPECT_TRUE(o.filter.timeFrom.isValid());
    EXPECT_EQ(o.filter.timeTo.offsetFromUtc(), 3 * 3600);
    EXPECT_EQ(o.filter.error, false);
    EXPECT_EQ(o.order.field, QStringLiteral("TIMESTAMP_X"));
    EXPECT_TRUE(o.order.descending);
    EXPECT_EQ(o.group, GroupChoice::Process);
    EXPECT_EQ(o.effectiveFilter().processId, QStringLiteral("abc"));
}

TEST(CommandLine, BadFiltersNameTheOptionAndValue)
{
    auto outcome = parse(args("list --since yesterday"));
    EXPECT_EQ(outcome.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(outcome.text.contains(QStringLiteral("--since")));
    EXPECT_TRUE(outcome.text.contains(QStringLiteral("yesterday")));
    outcome = parse(args("list --order AGE:DESC"));
    EXPECT_EQ(outcome.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(outcome.text.contains(QStringLiteral("AGE")));
    EXPECT_EQ(parse(args("list --order ID:UP")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("list --error --no-error")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("list --id-from 20 --id-to 10")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("list --limit -3")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("list --unreserved --errors")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("list --errors --no-error")).action, CommandLine::Action::UsageError);
}

TEST(CommandLine, GroupsFoldIntoTheFilter)
{
    auto filter = parse(args("list --unreserved")).options.effectiveFilter();
    EXPECT_EQ(filter.processId, QString());
    EXPECT_TRUE(filter.processId.has_value());
    EXPECT_EQ(filter.error, false);
    filter = parse(args("list --errors")).options.effectiveFilter();
    EXPECT_EQ(filter.error, true);
    EXPECT_FALSE(parse(args("list")).options.effectiveFilter().processId.has_value());
}

TEST(CommandLine, ClearIdsRepeatableAndCommaLists)
{
    const auto outcome = parse(args("clear --process p1 --id 3,1 --id 7 --id 3 --yes --dry-run"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    EXPECT_EQ(outcome.options.ids, (QList<qint64> {3, 1, 7}));
    EXPECT_TRUE(outcome.options.yes);
    EXPECT_TRUE(outcome.options.dryRun);
    EXPECT_EQ(outcome.options.processId, QStringLiteral("p1"));
}

TEST(CommandLine, ClearNeedsAGroupAndANonEmptyScope)
{
    auto outcome = parse(args("clear --id 1"));
    EXPECT_EQ(outcome.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(outcome.text.contains(QStringLiteral("--unreserved")));
    outcome = parse(args("clear --unreserved"));
    EXPECT_EQ(outcome.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(outcome.text.contains(QStringLiteral("empty list")));
    EXPECT_EQ(parse(args("clear --unreserved --id 1 --all-in-group")).action,
              CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("clear --unreserved --id 1 --message-id 0123456789abcdef0123456789abcdef")).action,
              CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("clear --unreserved --id 0")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("clear --unreserved --id 1,x")).action, CommandLine::Action::UsageError);
    EXPECT_EQ(parse(args("clear --process --all-in-group")).action, CommandLine::Action::UsageError);
}

TEST(CommandLine, ClearMessageIdsAreValidatedAndLowerCased)
{
    const auto outcome = parse(args("clear --errors --message-id 0123456789ABCDEF0123456789ABCDEF"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    EXPECT_EQ(outcome.options.messageIds, QStringList {QStringLiteral("0123456789abcdef0123456789abcdef")});
    EXPECT_EQ(parse(args("clear --errors --message-id 123")).action, CommandLine::Action::UsageError);
}

TEST(CommandLine, IdsFromFileMergesWithIdOptions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ids.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# stale rows\n5\n\n6 # second\n");
    file.close();
    const auto outcome
        = parse({QStringLiteral("clear"), QStringLiteral("--unreserved"), QStringLiteral("--id"),
                 QStringLiteral("4"), QStringLiteral("--ids-from"), path});
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    EXPECT_EQ(outcome.options.ids, (QList<qint64> {4, 5, 6}));
}

TEST(CommandLine, IdsFromBadFileIsAUsageErrorNamingTheLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ids.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("5\n6\nseven\n");
    file.close();
    const auto outcome = parse(
        {QStringLiteral("clear"), QStringLiteral("--unreserved"), QStringLiteral("--ids-from"), path});
    EXPECT_EQ(outcome.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(outcome.text.contains(QStringLiteral("line 3"))) << outcome.text.toStdString();
    const auto missing = parse(args("clear --unreserved --ids-from /nonexistent/ids.txt"));
    EXPECT_EQ(missing.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(missing.text.contains(QStringLiteral("/nonexistent/ids.txt")));
}

TEST(CommandLine, ReserveOptions)
{
    auto outcome = parse(args("reserve --limit 10 --event onCrmLeadAdd --id-to 500 --error --dry-run"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    EXPECT_EQ(outcome.options.limit, 10);
    EXPECT_EQ(outcome.options.filter.eventName, QStringLiteral("ONCRMLEADADD"));
    EXPECT_EQ(outcome.options.filter.error, true);
    EXPECT_TRUE(outcome.options.dryRun);
    EXPECT_EQ(parse(args("reserve")).options.limit, 50);
    outcome = parse(args("reserve --order ID:DESC"));
    EXPECT_EQ(outcome.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(outcome.text.contains(QStringLiteral("--order")));
    EXPECT_EQ(parse(args("reserve --limit 0")).action, CommandLine::Action::UsageError);
}

TEST(CommandLine, MarkErrorNeedsProcessAndMessageIds)
{
    auto outcome = parse(args("mark-error --message-id 0123456789abcdef0123456789abcdef"));
    EXPECT_EQ(outcome.action, CommandLine::Action::UsageError);
    EXPECT_TRUE(outcome.text.contains(QStringLiteral("--process")));
    EXPECT_EQ(parse(args("mark-error --process p")).action, CommandLine::Action::UsageError);
    outcome = parse(args("mark-error --process p --message-id 0123456789abcdef0123456789abcdef,"
                         "ffffffffffffffffffffffffffffffff"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    EXPECT_EQ(outcome.options.messageIds.size(), 2);
}

TEST(CommandLine, ExportFormatAndOutput)
{
    auto outcome = parse(args("export --format CSV --output /tmp/x.csv"));
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    EXPECT_EQ(outcome.options.format, b24::RecordExporter::Format::Csv);
    EXPECT_EQ(outcome.options.outputPath, QStringLiteral("/tmp/x.csv"));
    EXPECT_FALSE(parse(args("export")).options.limit.has_value());
    EXPECT_EQ(parse(args("export --format xml")).action, CommandLine::Action::UsageError);
}

TEST(CommandLine, ConnectorMayBeExplicitlyEmpty)
{
    const auto outcome = parse({QStringLiteral("--connector="), QStringLiteral("check")});
    ASSERT_EQ(outcome.action, CommandLine::Action::Run) << outcome.text.toStdString();
    ASSERT_TRUE(outcome.options.connector.has_value());
    EXPECT_TRUE(outcome.options.connector->isEmpty());
    EXPECT_FALSE(parse(args("check")).options.connector.has_value());
}
