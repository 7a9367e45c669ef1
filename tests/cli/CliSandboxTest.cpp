// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the real b24-offline-queue-cli binary (QProcess) against the in-process sandbox
// portal over loopback. Every output of every run is kept and scanned for secrets in TearDown.
#include "SandboxServer.h"
#include "TestBrowser.h"
#include "TestSupport.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using b24::sandbox::FaultKind;
using b24::sandbox::FaultSpec;
using b24::sandbox::SandboxServer;

namespace {

constexpr int RunTimeoutMs = 60000;

struct CliRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString text() const { return QString::fromUtf8(out + err); }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

std::ostream &operator<<(std::ostream &stream, const CliRun &run)
{
    return stream << "exit " << run.exitCode << "\n--- stdout\n"
                  << run.out.toStdString() << "\n--- stderr\n"
                  << run.err.toStdString();
}

class CliSandboxTest : public ::testing::Test
{
protected:
    void SetUp() override { startSandbox(false); }

    void startSandbox(bool tls)
    {
        m_server = std::make_unique<SandboxServer>();
        b24::sandbox::SandboxOptions options;
        options.tls = tls;
        options.rateLimitEnabled = false;
        options.operatingLimitEnabled = false;
        options.seed.count = 40;
        options.seed.reservedShare = 0.25;
        options.seed.errorShare = 0.1;
        options.seed.processes = 1;
        QString error;
        ASSERT_TRUE(m_server->start(options, &error)) << error.toStdString();
        writeTokenFile(m_server->adminAccessToken());
    }

    void TearDown() override
    {
        QStringList secrets = m_extraSecrets;
        secrets << m_server->adminAccessToken() << m_server->nonAdminAccessToken() << m_server->refreshToken()
                << m_server->clientSecret() << m_initialAdminToken << m_initialRefreshToken;
        for (const CliRun &run : std::as_const(m_runs)) {
            for (const QString &secret : std::as_const(secrets)) {
                if (secret.size() < 6) {
                    continue;
                }
                EXPECT_FALSE(run.out.contains(secret.toUtf8())) << "secret on stdout\n" << run;
                EXPECT_FALSE(run.err.contains(secret.toUtf8())) << "secret on stderr\n" << run;
            }
        }
    }

    void writeTokenFile(const QString &accessToken, bool withRefresh = true)
    {
        if (m_initialAdminToken.isEmpty()) {
            m_initialAdminToken = m_server->adminAccessToken();
            m_initialRefreshToken = m_server->refreshToken();
        }
        QJsonObject json {{QStringLiteral("access_token"), accessToken},
                          {QStringLiteral("portal"), m_server->baseUrl().toString()},
                          {QStringLiteral("token_endpoint"), m_server->tokenEndpoint().toString()}};
        if (withRefresh) {
            json.insert(QStringLiteral("refresh_token"), m_server->refreshToken());
            json.insert(QStringLiteral("client_id"), m_server->clientId());
            json.insert(QStringLiteral("client_secret"), m_server->clientSecret());
        }
        QFile file(tokenFile());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        QFile::setPermissions(tokenFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // ID and MESSAGE_ID of the first row of the batch not marked as an error yet ({0, ""} if none).
    std::pair<qint64, QString> firstUnmarkedRowOf(const QString &processId) const
    {
        for (const auto &row : m_server->queue().rows()) {
            if (QString::fromLatin1(row.processId) == processId && !row.error) {
                return {row.id, QString::fromLatin1(row.messageId)};
            }
        }
        return {0, QString()};
    }

    QString tokenFile() const { return m_dir.filePath(QStringLiteral("token.json")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("B24_"))) {
                env.remove(key);
            }
        }
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("B24_AUDIT_LOG"), m_dir.filePath(QStringLiteral("audit.jsonl")));
        // The CLI follows the system language; the assertions read English texts.
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        return env;
    }

    CliRun run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return runProgram(QStringLiteral(B24_CLI_BINARY), arguments, env, {});
    }

    // With `input`, stdin stays open (a terminal session under script(1) ends when it closes).
    CliRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                      const QByteArray &input, const std::function<void(QProcess &)> &whileRunning = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (input.isEmpty()) {
            process.closeWriteChannel(); // stdin at EOF and not a terminal, like cron
        } else {
            process.write(input);
        }
        if (whileRunning) {
            whileRunning(process);
        }
        CliRun result;
        // The sandbox lives in this process, so the event loop must keep running while we wait.
        result.finished
            = b24::test::waitUntil([&] { return process.state() == QProcess::NotRunning; }, RunTimeoutMs);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        m_runs.append(result);
        return result;
    }

    // A run with credentials from the token file.
    CliRun cli(const QStringList &arguments)
    {
        return run(QStringList {QStringLiteral("--token-file"), tokenFile()} + arguments, environment());
    }

    QStringList queueState() const
    {
        QStringList rows;
        for (const auto &row : m_server->queue().rows()) {
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(row.id)
                        .arg(QString::fromLatin1(row.processId))
                        .arg(row.error)
                        .arg(QString::fromLatin1(row.messageId))
                        .arg(row.timestamp);
        }
        return rows;
    }

    QString batchProcessId() const
    {
        for (const auto &row : m_server->queue().rows()) {
            if (row.isReserved()) {
                return QString::fromLatin1(row.processId);
            }
        }
        return {};
    }

    QList<qint64> idsWhere(const std::function<bool(const b24::sandbox::SandboxEvent &)> &predicate) const
    {
        QList<qint64> ids;
        for (const auto &row : m_server->queue().rows()) {
            if (predicate(row)) {
                ids << row.id;
            }
        }
        return ids;
    }

    QList<qint64> unreservedIds() const
    {
        return idsWhere([](const auto &row) { return !row.isReserved() && !row.error; });
    }

    // The CLI under script(1), so its stdin and stderr are a terminal; `answer` is typed at the prompt.
    CliRun runInTerminal(const QStringList &arguments, const QByteArray &answer)
    {
        QStringList quoted {QStringLiteral(B24_CLI_BINARY), QStringLiteral("--token-file"), tokenFile()};
        quoted << arguments;
        for (QString &part : quoted) {
            part = QLatin1Char('\'') + part + QLatin1Char('\'');
        }
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        EXPECT_FALSE(script.isEmpty()) << "script(1) from util-linux is needed for the terminal tests";
        return runProgram(
            script, {QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")},
            environment(), answer);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    QList<CliRun> m_runs;
    QStringList m_extraSecrets;
    QString m_initialAdminToken;
    QString m_initialRefreshToken;
};

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

TEST_F(CliSandboxTest, CheckSucceedsAndReportsVisibleRows)
{
    const CliRun result = cli({QStringLiteral("check")});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.out.contains("Rows visible")) << result;
    EXPECT_TRUE(result.out.contains(QByteArray::number(m_server->queue().size()))) << result;
}

TEST_F(CliSandboxTest, CheckJsonParses)
{
    const CliRun result = cli({QStringLiteral("--json"), QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 0) << result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << result;
    EXPECT_TRUE(document.object().value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(document.object().value(QStringLiteral("total")).toInteger(), m_server->queue().size());
    EXPECT_TRUE(document.object().value(QStringLiteral("offlineExtended")).toBool());
}

TEST_F(CliSandboxTest, ProcessesShowsEveryGroupWithCounts)
{
    const CliRun table = cli({QStringLiteral("processes")});
    EXPECT_EQ(table.exitCode, 0) << table;
    EXPECT_TRUE(table.out.contains("unreserved")) << table;
    EXPECT_TRUE(table.out.contains(batchProcessId().toUtf8())) << table;

    const CliRun json = cli({QStringLiteral("--json"), QStringLiteral("processes")});
    ASSERT_EQ(json.exitCode, 0) << json;
    qint64 sum = 0;
    for (const QJsonValue &group : json.json().value(QStringLiteral("groups")).toArray()) {
        sum += group.toObject().value(QStringLiteral("count")).toInteger();
    }
    EXPECT_EQ(sum, m_server->queue().size());
}

TEST_F(CliSandboxTest, ListPrintsATableAndHonoursLimitAndOrder)
{
    const CliRun result = cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
    ASSERT_EQ(result.exitCode, 0) << result;
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6) << result; // header + 5 rows
    EXPECT_TRUE(lines.first().contains(QStringLiteral("MESSAGE_ID")));
    EXPECT_TRUE(lines.at(1).trimmed().startsWith(QString::number(m_server->queue().rows().front().id)));

    const CliRun desc = cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--limit"),
                             QStringLiteral("3"), QStringLiteral("--order"), QStringLiteral("ID:DESC")});
    ASSERT_EQ(desc.exitCode, 0) << desc;
    const QJsonArray rows = desc.json().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 3) << desc;
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("ID")).toVariant().toLongLong(),
              m_server->queue().rows().back().id);
}

TEST_F(CliSandboxTest, ListJsonWithGroupFilterReturnsOnlyThatGroup)
{
    const CliRun result = cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--errors"),
                               QStringLiteral("--limit"), QStringLiteral("0")});
    ASSERT_EQ(result.exitCode, 0) << result;
    const QJsonArray rows = result.json().value(QStringLiteral("rows")).toArray();
    const auto errorIds = idsWhere([](const auto &row) { return row.error && !row.isReserved(); });
    ASSERT_FALSE(errorIds.isEmpty());
    EXPECT_EQ(rows.size(), errorIds.size()) << result;
    for (const QJsonValue &row : rows) {
        EXPECT_EQ(row.toObject().value(QStringLiteral("ERROR")).toVariant().toString(), QStringLiteral("1"));
    }
}

TEST_F(CliSandboxTest, ExportWritesJsonLinesAndCsv)
{
    const QString path = m_dir.filePath(QStringLiteral("queue.jsonl"));
    const CliRun toFile = cli({QStringLiteral("export"), QStringLiteral("--output"), path});
    ASSERT_EQ(toFile.exitCode, 0) << toFile;
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    int parsed = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        EXPECT_TRUE(QJsonDocument::fromJson(line).isObject()) << line.toStdString();
        ++parsed;
    }
    EXPECT_EQ(parsed, m_server->queue().size());

    const CliRun csv = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--unreserved")});
    ASSERT_EQ(csv.exitCode, 0) << csv;
    const QList<QByteArray> csvLines = csv.out.trimmed().split('\n');
    EXPECT_EQ(csvLines.size(), unreservedIds().size() + 1) << csv; // header + rows
    EXPECT_TRUE(csvLines.first().contains("MESSAGE_ID"));
}

TEST_F(CliSandboxTest, ClearByIdInABatchVerifiesAndExitsZero)
{
    const QString pid = batchProcessId();
    const auto batchIds
        = idsWhere([&](const auto &row) { return QString::fromLatin1(row.processId) == pid; });
    ASSERT_GE(batchIds.size(), 2);
    const QList<qint64> target = batchIds.mid(0, 2);
    const CliRun result = cli(
        {QStringLiteral("clear"), QStringLiteral("--process"), pid, QStringLiteral("--id"), joinIds(target)});
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.out.contains("Verified gone")) << result;
    for (qint64 id : target) {
        EXPECT_EQ(m_server->queue().findById(id), nullptr) << id;
    }
    EXPECT_NE(m_server->queue().findById(batchIds.at(2)), nullptr) << "only the chosen rows are cleared";
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("audit.jsonl"))));
}

TEST_F(CliSandboxTest, ClearOfUnreservedRowsWithoutYesRefusesWithoutATerminal)
{
    const QStringList before = queueState();
    const CliRun result = cli({QStringLiteral("clear"), QStringLiteral("--unreserved"),
                               QStringLiteral("--id"), QString::number(unreservedIds().first())});
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(result.err.contains("--yes")) << result;
    EXPECT_EQ(queueState(), before);
}

TEST_F(CliSandboxTest, ClearAllInGroupWithYesClearsExactlyTheGroup)
{
    const auto errorIds = idsWhere([](const auto &row) { return row.error && !row.isReserved(); });
    const qint64 others = m_server->queue().size() - errorIds.size();
    ASSERT_FALSE(errorIds.isEmpty());
    const CliRun result = cli({QStringLiteral("--json"), QStringLiteral("clear"), QStringLiteral("--errors"),
                               QStringLiteral("--all-in-group"), QStringLiteral("--yes")});
    EXPECT_EQ(result.exitCode, 0) << result;
    const QJsonObject json = result.json();
    EXPECT_EQ(json.value(QStringLiteral("exitCode")).toInt(), 0) << result;
    EXPECT_EQ(m_server->queue().size(), others);
    EXPECT_TRUE(idsWhere([](const auto &row) { return row.error && !row.isReserved(); }).isEmpty());
}

TEST_F(CliSandboxTest, ClearDryRunPrintsRequestsAndSendsNothingDestructive)
{
    const QStringList before = queueState();
    const QList<qint64> target = unreservedIds().mid(0, 3);
    const CliRun result = cli({QStringLiteral("clear"), QStringLiteral("--unreserved"),
                               QStringLiteral("--id"), joinIds(target), QStringLiteral("--dry-run")});
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_EQ(queueState(), before);
    EXPECT_TRUE(result.out.contains("POST ")) << result;
    EXPECT_TRUE(result.out.contains("event.offline.clear")) << result;
    EXPECT_TRUE(result.out.contains("\"auth\": \"***\"")) << result;
    for (qint64 id : target) {
        EXPECT_TRUE(result.out.contains(QByteArray::number(id))) << id;
    }

    const CliRun all = cli({QStringLiteral("--json"), QStringLiteral("clear"), QStringLiteral("--unreserved"),
                            QStringLiteral("--all-in-group"), QStringLiteral("--dry-run")});
    EXPECT_EQ(all.exitCode, 0) << all;
    EXPECT_TRUE(all.json().value(QStringLiteral("dryRun")).toBool()) << all;
    EXPECT_FALSE(all.json().value(QStringLiteral("requests")).toArray().isEmpty());
    EXPECT_EQ(queueState(), before);
}

TEST_F(CliSandboxTest, DroppedConnectionDuringClearEndsWithExitThreeAndARelist)
{
    const QString pid = batchProcessId();
    const auto batchIds
        = idsWhere([&](const auto &row) { return QString::fromLatin1(row.processId) == pid; });
    FaultSpec drop;
    drop.kind = FaultKind::DropAfterApply;
    drop.remaining = 1; // the clear's batch; the verifying re-list goes through
    m_server->faults().set(QStringLiteral("batch"), drop);
    const CliRun result = cli({QStringLiteral("clear"), QStringLiteral("--process"), pid,
                               QStringLiteral("--all-in-group"), QStringLiteral("--yes")});
    EXPECT_EQ(result.exitCode, 3) << result;
    EXPECT_TRUE(result.out.contains("Verified gone")) << result;
    EXPECT_TRUE(result.text().contains(QStringLiteral("re-list"), Qt::CaseInsensitive)) << result;
    for (qint64 id : batchIds) {
        EXPECT_EQ(m_server->queue().findById(id), nullptr) << "applied before the drop: " << id;
    }
}

TEST_F(CliSandboxTest, ReserveCreatesABatchAndDryRunDoesNot)
{
    const QStringList before = queueState();
    const CliRun dry = cli({QStringLiteral("reserve"), QStringLiteral("--limit"), QStringLiteral("4"),
                            QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry;
    EXPECT_TRUE(dry.out.contains("event.offline.get")) << dry;
    EXPECT_TRUE(dry.out.contains("\"clear\": 0")) << dry;
    EXPECT_EQ(queueState(), before);

    const CliRun result = cli({QStringLiteral("--json"), QStringLiteral("reserve"), QStringLiteral("--limit"),
                               QStringLiteral("4")});
    ASSERT_EQ(result.exitCode, 0) << result;
    const QString pid = result.json().value(QStringLiteral("processId")).toString();
    ASSERT_FALSE(pid.isEmpty()) << result;
    EXPECT_EQ(result.json().value(QStringLiteral("rows")).toArray().size(), 4);
    EXPECT_EQ(idsWhere([&](const auto &row) { return QString::fromLatin1(row.processId) == pid; }).size(), 4);
}

TEST_F(CliSandboxTest, MarkErrorMarksRowsOfTheBatchAndDryRunDoesNot)
{
    const QString pid = batchProcessId();
    const auto [id, messageId] = firstUnmarkedRowOf(pid);
    ASSERT_FALSE(messageId.isEmpty());
    const QStringList before = queueState();
    const CliRun dry = cli({QStringLiteral("mark-error"), QStringLiteral("--process"), pid,
                            QStringLiteral("--message-id"), messageId, QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry;
    EXPECT_TRUE(dry.out.contains("event.offline.error")) << dry;
    EXPECT_EQ(queueState(), before);

    const CliRun result = cli({QStringLiteral("mark-error"), QStringLiteral("--process"), pid,
                               QStringLiteral("--message-id"), messageId});
    EXPECT_EQ(result.exitCode, 0) << result;
    const auto *row = m_server->queue().findById(id);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->error);
    EXPECT_FALSE(row->isReserved());
}

TEST_F(CliSandboxTest, MarkErrorRefusesMessageIdsOutsideTheBatch)
{
    const QStringList before = queueState();
    const CliRun result
        = cli({QStringLiteral("mark-error"), QStringLiteral("--process"), batchProcessId(),
               QStringLiteral("--message-id"), QStringLiteral("0123456789abcdef0123456789abcdef")});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(result.err.contains("not in batch")) << result;
    EXPECT_EQ(queueState(), before);
}

TEST_F(CliSandboxTest, NonAdminTokenExitsFourWithTheCatalogExplanation)
{
    writeTokenFile(m_server->nonAdminAccessToken(), false);
    const CliRun result = cli({QStringLiteral("list")});
    EXPECT_EQ(result.exitCode, 4) << result;
    EXPECT_TRUE(result.err.contains("What to do:")) << result;
    EXPECT_TRUE(result.err.contains("ACCESS_DENIED")) << result;
}

TEST_F(CliSandboxTest, UnknownTokenExitsFour)
{
    writeTokenFile(QStringLiteral("not-a-token-the-portal-knows"), false);
    const CliRun result = cli({QStringLiteral("--json"), QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 4) << result;
    EXPECT_FALSE(result.json().value(QStringLiteral("ok")).toBool(true)) << result;
}

TEST_F(CliSandboxTest, UnreachablePortalExitsOne)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const CliRun result = cli({QStringLiteral("--portal"), QStringLiteral("http://127.0.0.1:%1/").arg(port),
                               QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("list")});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(result.err.contains("Error:")) << result;
}

TEST_F(CliSandboxTest, UsageErrorsExitTwoAndTokenOptionIsRefused)
{
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("many")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    const CliRun jsonUsage = cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--limit"),
                                  QStringLiteral("many")});
    EXPECT_EQ(jsonUsage.exitCode, 2);
    EXPECT_EQ(jsonUsage.json().value(QStringLiteral("exitCode")).toInt(), 2) << jsonUsage;
    const QString fakeToken = QStringLiteral("tok-on-the-command-line-123");
    m_extraSecrets << fakeToken;
    const CliRun result = run({QStringLiteral("--token"), fakeToken, QStringLiteral("check")}, environment());
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(result.err.contains("refused on purpose")) << result;
    EXPECT_TRUE(result.err.contains("--token-file")) << result;
}

TEST_F(CliSandboxTest, HelpAndVersionExitZero)
{
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("Exit codes")) << help;
    const CliRun clearHelp = cli({QStringLiteral("clear"), QStringLiteral("--help")});
    EXPECT_EQ(clearHelp.exitCode, 0);
    EXPECT_TRUE(clearHelp.out.contains("--all-in-group")) << clearHelp;
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(B24_VERSION)) << version;
}

TEST_F(CliSandboxTest, EnvironmentCredentialsWork)
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("B24_ACCESS_TOKEN"), m_server->adminAccessToken());
    env.insert(QStringLiteral("B24_PORTAL"), m_server->baseUrl().toString());
    const CliRun result = run(
        {QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")},
        env);
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_EQ(result.json().value(QStringLiteral("rows")).toArray().size(), 2) << result;
}

TEST_F(CliSandboxTest, MissingCredentialsExplainWhereToPutThem)
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("B24_PORTAL"), m_server->baseUrl().toString());
    const CliRun result = run({QStringLiteral("check")}, env);
    EXPECT_EQ(result.exitCode, 4) << result;
    EXPECT_TRUE(result.err.contains("--token-file")) << result;
    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("check")}, env);
    EXPECT_EQ(json.exitCode, 4) << json;
    EXPECT_FALSE(json.json().value(QStringLiteral("ok")).toBool(true)) << json;
    EXPECT_EQ(json.json().value(QStringLiteral("exitCode")).toInt(), 4) << json;
}

TEST_F(CliSandboxTest, ExpiredTokenIsRefreshedAndTheTokenFileRewrittenWithMode0600)
{
    const QString oldRefresh = m_server->refreshToken();
    m_server->expireAccessTokens();
    const CliRun result = cli({QStringLiteral("--verbose"), QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.err.contains("written to")) << result;
    QFile file(tokenFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(json.value(QStringLiteral("access_token")).toString(), m_server->adminAccessToken());
    EXPECT_EQ(json.value(QStringLiteral("refresh_token")).toString(), m_server->refreshToken());
    EXPECT_NE(m_server->refreshToken(), oldRefresh);
    EXPECT_EQ(json.value(QStringLiteral("portal")).toString(), m_server->baseUrl().toString());
    EXPECT_FALSE(QFile::permissions(tokenFile())
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));

    const CliRun again = cli({QStringLiteral("check")});
    EXPECT_EQ(again.exitCode, 0) << again << "the rewritten file works";
}

TEST_F(CliSandboxTest, RotationFromEnvironmentGoesToTokenOut)
{
    m_server->expireAccessTokens();
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("B24_ACCESS_TOKEN"), m_server->adminAccessToken());
    env.insert(QStringLiteral("B24_REFRESH_TOKEN"), m_server->refreshToken());
    env.insert(QStringLiteral("B24_CLIENT_ID"), m_server->clientId());
    env.insert(QStringLiteral("B24_CLIENT_SECRET"), m_server->clientSecret());
    env.insert(QStringLiteral("B24_PORTAL"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("B24_TOKEN_ENDPOINT"), m_server->tokenEndpoint().toString());
    const QString out = m_dir.filePath(QStringLiteral("rotated.json"));
    env.insert(QStringLiteral("B24_TOKEN_OUT"), out);
    const CliRun result = run({QStringLiteral("check")}, env);
    EXPECT_EQ(result.exitCode, 0) << result;
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << result;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(json.value(QStringLiteral("refresh_token")).toString(), m_server->refreshToken());
}

TEST_F(CliSandboxTest, VerboseLogsRequestsWithoutSecrets)
{
    const CliRun result = cli({QStringLiteral("--verbose"), QStringLiteral("list"), QStringLiteral("--limit"),
                               QStringLiteral("1")});
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.err.contains("event.offline.list")) << result;
    EXPECT_TRUE(result.err.contains("HTTP 200")) << result;
    // TearDown scans this and every other output for the tokens and the client secret.
}

TEST_F(CliSandboxTest, SelfSignedCertificateIsRefusedUnlessPinned)
{
    m_server->stop();
    startSandbox(true);
    const CliRun refused = cli({QStringLiteral("check")});
    EXPECT_EQ(refused.exitCode, 1) << refused;
    EXPECT_TRUE(refused.err.contains(m_server->certificateSha256Hex().left(8).toUtf8())
                || refused.err.contains(m_server->certificateSha256Hex().left(2).toUpper().toUtf8()))
        << refused;
    const CliRun pinned
        = cli({QStringLiteral("--insecure-pin"), m_server->certificateSha256Hex(), QStringLiteral("check")});
    EXPECT_EQ(pinned.exitCode, 0) << pinned;
}

TEST_F(CliSandboxTest, TerminalConfirmationNamesPortalGroupAndCountAndOnlyYesClears)
{
    const QList<qint64> target = unreservedIds().mid(0, 2);
    const QStringList arguments {QStringLiteral("clear"), QStringLiteral("--unreserved"),
                                 QStringLiteral("--id"), joinIds(target)};
    const QStringList before = queueState();
    const CliRun declined = runInTerminal(arguments, "no\n");
    EXPECT_EQ(declined.exitCode, 2) << declined;
    const QString port = QString::number(m_server->baseUrl().port());
    EXPECT_TRUE(declined.text().contains(QStringLiteral("127.0.0.1:") + port)) << declined;
    EXPECT_TRUE(declined.text().contains(QStringLiteral("Unreserved"))) << declined;
    EXPECT_TRUE(declined.text().contains(QStringLiteral("2 row(s)"))) << declined;
    EXPECT_EQ(queueState(), before);

    const CliRun confirmed = runInTerminal(arguments, "yes\n");
    EXPECT_EQ(confirmed.exitCode, 0) << confirmed;
    for (qint64 id : target) {
        EXPECT_EQ(m_server->queue().findById(id), nullptr) << id;
    }
}

TEST_F(CliSandboxTest, ProfileSecretsComeFromTheKeychainAndRotatedTokensGoBack)
{
    // The child reads QSettings from $XDG_CONFIG_HOME/<org>/<app>.conf, like the window writes it.
    QSettings settings(m_dir.filePath(QStringLiteral("config/b24-offline-queue/b24-offline-queue.conf")),
                       QSettings::IniFormat);
    b24::ProfileStore profiles(&settings);
    b24::ConnectionProfile profile;
    profile.name = QStringLiteral("cli-test-%1").arg(QRandomGenerator::global()->generate());
    profile.portal = m_server->baseUrl().toString();
    profile.clientId = m_server->clientId();
    profile.tokenEndpoint = m_server->tokenEndpoint();
    ASSERT_TRUE(profiles.save(profile));
    settings.sync();

    b24::SecretStore secrets;
    bool stored = false;
    bool storeOk = false;
    QString storeError;
    secrets.store(profile.secretKey(), m_server->adminAccessToken(), m_server->refreshToken(),
                  m_server->clientSecret(), [&](bool ok, const QString &error) {
                      stored = true;
                      storeOk = ok;
                      storeError = error;
                  });
    ASSERT_TRUE(b24::test::waitUntil([&] { return stored; }));
    ASSERT_TRUE(storeOk) << storeError.toStdString();
    ASSERT_FALSE(secrets.sessionOnly()) << "needs a Secret Service: run under packaging/with-test-session.sh";

    const CliRun listed = run({QStringLiteral("--profile"), profile.name, QStringLiteral("--json"),
                               QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")},
                              environment());
    EXPECT_EQ(listed.exitCode, 0) << listed;
    EXPECT_EQ(listed.json().value(QStringLiteral("rows")).toArray().size(), 3) << listed;

    m_server->expireAccessTokens();
    const CliRun refreshed
        = run({QStringLiteral("--profile"), profile.name, QStringLiteral("check")}, environment());
    EXPECT_EQ(refreshed.exitCode, 0) << refreshed;
    EXPECT_TRUE(refreshed.err.contains("keychain")) << refreshed;
    bool loaded = false;
    QString refresh;
    secrets.load(
        profile.secretKey(),
        [&](bool ok, const QString &, const QString &refreshToken, const QString &, const QString &) {
            loaded = ok;
            refresh = refreshToken;
        });
    ASSERT_TRUE(b24::test::waitUntil([&] { return loaded; }));
    EXPECT_EQ(refresh, m_server->refreshToken()) << "the rotated refresh token is stored back";

    const CliRun unknown
        = run({QStringLiteral("--profile"), QStringLiteral("no-such-profile"), QStringLiteral("check")},
              environment());
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    EXPECT_TRUE(unknown.err.contains(profile.name.toUtf8())) << "lists the saved profiles\n" << unknown;

    bool removed = false;
    secrets.remove(profile.secretKey(), [&](bool, const QString &) { removed = true; });
    b24::test::waitUntil([&] { return removed; });
}

TEST_F(CliSandboxTest, InterruptDuringClearFinishesTheRequestInFlightAndVerifies)
{
    const QString pid = batchProcessId();
    const auto batchIds
        = idsWhere([&](const auto &row) { return QString::fromLatin1(row.processId) == pid; });
    FaultSpec slow;
    slow.kind = FaultKind::Delay;
    slow.delayMs = 1500;
    slow.remaining = 1; // the clear's batch request
    m_server->faults().set(QStringLiteral("batch"), slow);
    const QStringList arguments {
        QStringLiteral("--token-file"), tokenFile(), QStringLiteral("clear"),
        QStringLiteral("--process"),    pid,         QStringLiteral("--all-in-group"),
        QStringLiteral("--yes")};
    bool requestArrived = false;
    const CliRun result
        = runProgram(QStringLiteral(B24_CLI_BINARY), arguments, environment(), {}, [&](QProcess &process) {
              requestArrived = b24::test::waitUntil(
                  [&] { return !m_server->faults().all().contains(QStringLiteral("batch")); }, 20000);
              process.terminate(); // SIGTERM, handled like Ctrl-C
          });
    ASSERT_TRUE(requestArrived);
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.err.contains("Interrupted")) << result;
    EXPECT_TRUE(result.out.contains("Verified gone")) << result;
    for (qint64 id : batchIds) {
        EXPECT_EQ(m_server->queue().findById(id), nullptr) << id;
    }
}

TEST_F(CliSandboxTest, ListTimeAndEventFiltersAreAppliedByThePortal)
{
    const auto &rows = m_server->queue().rows();
    std::vector<qint64> times;
    for (const auto &row : rows) {
        times.push_back(row.timestamp);
    }
    std::sort(times.begin(), times.end());
    const qint64 middle = times.at(times.size() / 2);
    const QString since = QDateTime::fromSecsSinceEpoch(middle, Qt::UTC).toString(Qt::ISODate);
    const QString eventName = rows.front().eventName;
    const CliRun result = cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--since"),
                               since, QStringLiteral("--event"), eventName.toLower(),
                               QStringLiteral("--limit"), QStringLiteral("0")});
    ASSERT_EQ(result.exitCode, 0) << result;
    const qint64 expected = std::count_if(rows.begin(), rows.end(), [&](const auto &row) {
        return row.timestamp >= middle && row.eventName == eventName;
    });
    const QJsonArray listed = result.json().value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(listed.size(), expected) << result;
    for (const QJsonValue &row : listed) {
        EXPECT_EQ(row.toObject().value(QStringLiteral("EVENT_NAME")).toString(), eventName);
    }
}

TEST_F(CliSandboxTest, ProgressGoesToStderrOnlyOnATerminal)
{
    const CliRun piped = cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")});
    ASSERT_EQ(piped.exitCode, 0) << piped;
    EXPECT_FALSE(piped.err.contains("Loading rows")) << piped;
    EXPECT_FALSE(piped.out.contains("Loading rows")) << piped;
    const CliRun terminal
        = runInTerminal({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}, "\n");
    ASSERT_EQ(terminal.exitCode, 0) << terminal;
    EXPECT_TRUE(terminal.out.contains("Loading rows")) << terminal; // script(1) merges the terminal's output
}

TEST_F(CliSandboxTest, RotationFromEnvironmentWithoutTokenOutWarnsThatTheOldRefreshTokenIsGone)
{
    m_server->expireAccessTokens();
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("B24_ACCESS_TOKEN"), m_server->adminAccessToken());
    env.insert(QStringLiteral("B24_REFRESH_TOKEN"), m_server->refreshToken());
    env.insert(QStringLiteral("B24_CLIENT_ID"), m_server->clientId());
    env.insert(QStringLiteral("B24_CLIENT_SECRET"), m_server->clientSecret());
    env.insert(QStringLiteral("B24_PORTAL"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("B24_TOKEN_ENDPOINT"), m_server->tokenEndpoint().toString());
    const CliRun result = run({QStringLiteral("check")}, env);
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(result.err.contains("no longer valid")) << result;
    EXPECT_TRUE(result.err.contains("B24_TOKEN_OUT")) << result;
}

TEST_F(CliSandboxTest, ConnectorSelectsThatConnectorsQueue)
{
    for (int i = 0; i < 3; ++i) {
        b24::sandbox::SandboxQueue::NewEvent event;
        event.eventName = QStringLiteral("ONCRMDEALUPDATE");
        event.eventData = QStringLiteral(R"({"FIELDS":{"ID":"%1"}})").arg(9000 + i).toUtf8();
        event.connectorId = QStringLiteral("shop1");
        m_server->queue().addEvent(event);
    }
    const CliRun shop = cli({QStringLiteral("--connector"), QStringLiteral("shop1"), QStringLiteral("--json"),
                             QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")});
    ASSERT_EQ(shop.exitCode, 0) << shop;
    EXPECT_EQ(shop.json().value(QStringLiteral("rows")).toArray().size(), 3) << shop;
    EXPECT_EQ(shop.json().value(QStringLiteral("connector")).toString(), QStringLiteral("shop1"));
    const CliRun none = cli(
        {QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")});
    ASSERT_EQ(none.exitCode, 0) << none;
    EXPECT_EQ(none.json().value(QStringLiteral("rows")).toArray().size(), m_server->queue().size() - 3);
}

TEST_F(CliSandboxTest, TimeoutEndsASlowReadWithExitOne)
{
    FaultSpec slow;
    slow.kind = FaultKind::Delay;
    slow.delayMs = 2500;
    m_server->faults().set(QStringLiteral("event.offline.list"), slow);
    const CliRun result = cli({QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("list")});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(result.err.contains("Error:")) << result;
    EXPECT_TRUE(result.err.contains("What to do:")) << result;
}

TEST_F(CliSandboxTest, ReserveWhoseAnswerIsLostEndsWithExitThreeAndIsNotRepeated)
{
    FaultSpec drop;
    drop.kind = FaultKind::DropAfterApply;
    drop.remaining = 1;
    m_server->faults().set(QStringLiteral("event.offline.get"), drop);
    const qsizetype batchesBefore
        = m_server->queue().processIds({m_server->queue().defaultAppId(), QString()}).size();
    const CliRun result = cli({QStringLiteral("reserve"), QStringLiteral("--limit"), QStringLiteral("3")});
    EXPECT_EQ(result.exitCode, 3) << result;
    EXPECT_TRUE(result.err.contains("processes")) << result;
    EXPECT_EQ(m_server->queue().processIds({m_server->queue().defaultAppId(), QString()}).size(),
              batchesBefore + 1)
        << "reserved exactly once: the lost call was not sent again";
}

TEST_F(CliSandboxTest, MarkErrorWhoseAnswerIsLostIsVerifiedByRelistingAndExitsThree)
{
    const QString pid = batchProcessId();
    const auto [id, messageId] = firstUnmarkedRowOf(pid);
    ASSERT_FALSE(messageId.isEmpty());
    FaultSpec drop;
    drop.kind = FaultKind::DropAfterApply;
    drop.remaining = 1;
    m_server->faults().set(QStringLiteral("event.offline.error"), drop);
    const CliRun result = cli({QStringLiteral("mark-error"), QStringLiteral("--process"), pid,
                               QStringLiteral("--message-id"), messageId});
    EXPECT_EQ(result.exitCode, 3) << result;
    EXPECT_TRUE(result.out.contains("Marked as error (verified): 1 of 1")) << result;
    const auto *row = m_server->queue().findById(id);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->error);
}

TEST_F(CliSandboxTest, ReadOnlyProfileRefusesChangesButAllowsDryRun)
{
    QSettings settings(m_dir.filePath(QStringLiteral("config/b24-offline-queue/b24-offline-queue.conf")),
                       QSettings::IniFormat);
    b24::ProfileStore profiles(&settings);
    b24::ConnectionProfile profile;
    profile.name = QStringLiteral("audit-only");
    profile.portal = m_server->baseUrl().toString();
    profile.readOnly = true;
    ASSERT_TRUE(profiles.save(profile));
    settings.sync();
    const QStringList before = queueState();
    const QString id = QString::number(unreservedIds().first());
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("clear"), QStringLiteral("--unreserved"), QStringLiteral("--id"), id,
                       QStringLiteral("--yes")},
          QStringList {QStringLiteral("reserve"), QStringLiteral("--limit"), QStringLiteral("1")}}) {
        const CliRun result
            = run(QStringList {QStringLiteral("--profile"), profile.name} + arguments, environment());
        EXPECT_EQ(result.exitCode, 2) << result;
        EXPECT_TRUE(result.err.contains("read-only")) << result;
    }
    // With the token from a file, the read-only profile still supplies the portal, and a dry run is allowed.
    const CliRun dry
        = cli({QStringLiteral("--profile"), profile.name, QStringLiteral("clear"),
               QStringLiteral("--unreserved"), QStringLiteral("--id"), id, QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry;
    EXPECT_EQ(queueState(), before);
}

TEST_F(CliSandboxTest, FollowsTheSystemLanguage)
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("ru_RU.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ru"));
    const CliRun russian = run({QStringLiteral("--help")}, env);
    ASSERT_TRUE(russian.finished);
    EXPECT_EQ(russian.exitCode, 0);
    static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]{4,}"));
    EXPECT_TRUE(cyrillic.match(QString::fromUtf8(russian.out)).hasMatch())
        << russian.out.left(400).toStdString();

    const CliRun english = run({QStringLiteral("--help")}, environment());
    EXPECT_FALSE(cyrillic.match(QString::fromUtf8(english.out)).hasMatch())
        << english.out.left(400).toStdString();
}

TEST_F(CliSandboxTest, SignInThroughTheBrowserWritesATokenPairThatWorks)
{
    const QString out = m_dir.filePath(QStringLiteral("signed-in.json"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("B24_PORTAL"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("B24_CLIENT_ID"), m_server->clientId());
    env.insert(QStringLiteral("B24_CLIENT_SECRET"), m_server->clientSecret());
    env.insert(QStringLiteral("B24_TOKEN_ENDPOINT"), m_server->tokenEndpoint().toString());
    env.insert(QStringLiteral("B24_TOKEN_OUT"), out);
    const quint16 port = b24::test::TestBrowser::freeLoopbackPort();

    b24::test::TestBrowser browser;
    int landingStatus = 0;
    const CliRun result = runProgram(
        QStringLiteral(B24_CLI_BINARY),
        {QStringLiteral("sign-in"), QStringLiteral("--port"), QString::number(port)}, env, {},
        [&](QProcess &process) {
            // The human's part: read the address from stderr (peeked, so the run keeps its output),
            // open it, and follow the portal's redirect to the CLI's loopback address.
            static const QRegularExpression address(QStringLiteral("(http\\S+/oauth/authorize/\\S+)"));
            QUrl page;
            ASSERT_TRUE(b24::test::waitUntil(
                [&] {
                    process.setReadChannel(QProcess::StandardError);
                    const QRegularExpressionMatch match
                        = address.match(QString::fromUtf8(process.peek(64 * 1024)));
                    process.setReadChannel(QProcess::StandardOutput);
                    page = QUrl(match.captured(1));
                    return match.hasMatch();
                },
                15000));
            const b24::test::TestBrowser::Page authorize = browser.visit(page);
            ASSERT_EQ(authorize.status, 302);
            EXPECT_EQ(authorize.location.port(), port);
            landingStatus = browser.visit(authorize.location).status;
        });
    ASSERT_EQ(result.exitCode, 0) << result;
    EXPECT_EQ(landingStatus, 200);
    EXPECT_TRUE(result.text().contains(QStringLiteral("Signed in to"))) << result;
    EXPECT_TRUE(result.text().contains(QStringLiteral("The new token pair was written to"))) << result;

    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject pair = QJsonDocument::fromJson(file.readAll()).object();
    const QString access = pair.value(QStringLiteral("access_token")).toString();
    const QString refresh = pair.value(QStringLiteral("refresh_token")).toString();
    ASSERT_FALSE(access.isEmpty());
    ASSERT_FALSE(refresh.isEmpty());
    m_extraSecrets << access << refresh; // TearDown checks no run printed them
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());

    // The new pair works.
    QProcessEnvironment useIt = environment();
    useIt.insert(QStringLiteral("B24_PORTAL"), m_server->baseUrl().toString());
    const CliRun check = run({QStringLiteral("--token-file"), out, QStringLiteral("processes")}, useIt);
    EXPECT_EQ(check.exitCode, 0) << check;
}

TEST_F(CliSandboxTest, SignInSaysWhatItNeedsBeforeListening)
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("B24_PORTAL"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("B24_CLIENT_ID"), m_server->clientId());
    // No client secret.
    CliRun result = run({QStringLiteral("sign-in")}, env);
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(result.text().contains(QStringLiteral("client secret"))) << result;
    // A secret but nowhere to put the pair.
    env.insert(QStringLiteral("B24_CLIENT_SECRET"), m_server->clientSecret());
    result = run({QStringLiteral("sign-in")}, env);
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(result.text().contains(QStringLiteral("B24_TOKEN_OUT"))) << result;
    result = run({QStringLiteral("sign-in"), QStringLiteral("--port"), QStringLiteral("80")}, env);
    EXPECT_EQ(result.exitCode, 2) << result;
    EXPECT_TRUE(result.text().contains(QStringLiteral("1024"))) << result;
}
