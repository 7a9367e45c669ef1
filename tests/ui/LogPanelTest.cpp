// SPDX-License-Identifier: GPL-3.0-or-later
// The request log dock: columns and outcome colours, errors-only filter, the detail view, copy as
// curl and save as JSON lines, and that no secret ever leaves it.
#include "LogPanel.h"

#include "ErrorsOnlyFilterProxy.h"
#include "RequestDetailView.h"
#include "RequestLogModel.h"
#include "RequestOutcome.h"
#include "TestSupport.h"
#include "net/ErrorCatalog.h"
#include "net/SecretMasker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

#include <gtest/gtest.h>

using b24::CallStatus;
using b24::RequestLogEntry;
using b24::ui::LogPanel;
using b24::ui::RequestLogModel;
using b24::ui::RequestOutcome;

namespace {

// Layouts and the scroll area resize through posted events; let them run before grabbing.
void settleLayouts()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

const QString Token = QStringLiteral("tok_9f8e7d6c5b4a3928171605f4e3d2c1b0");
const QString ClientSecret = QStringLiteral("cs_SECRET_a1b2c3d4e5f6g7h8");

b24::SecretMasker makeMasker()
{
    b24::SecretMasker masker;
    masker.addSecret(Token);
    masker.addSecret(ClientSecret);
    return masker;
}

// Built the way the REST client builds entries: everything passes through a masker that knows the
// token, and the raw material deliberately contains it.
RequestLogEntry makeEntry(quint64 id, const QString &method, CallStatus status, int httpStatus,
                          const QByteArray &response, int records = -1, int attempt = 1)
{
    const b24::SecretMasker masker = makeMasker();
    RequestLogEntry entry;
    entry.id = id;
    entry.startedAt = QDateTime::fromSecsSinceEpoch(1740813302 + qint64(id), Qt::UTC);
    entry.method = method;
    entry.url = masker.maskText(QStringLiteral("https://portal.example.com/rest/") + method);
    entry.parameters
        = masker.maskParameters(QJsonObject {{QStringLiteral("auth"), Token},
                                             {QStringLiteral("process_id"), QStringLiteral("abc")},
                                             {QStringLiteral("id"), QJsonArray {1, 2, 3}}});
    entry.httpStatus = httpStatus;
    entry.durationMs = 120 + qint64(id);
    entry.status = status;
    entry.responseBody = masker.maskBytes(response);
    entry.recordCount = records;
    entry.attempt = attempt;
    return entry;
}

RequestLogEntry okEntry(quint64 id)
{
    RequestLogEntry entry
        = makeEntry(id, QStringLiteral("event.offline.list"), CallStatus::Ok, 200,
                    QByteArrayLiteral("{\"result\":[{\"ID\":\"41\"}],\"total\":1,\"time\":{}}"), 1);
    entry.time.present = true;
    entry.time.start = 1740813302.11;
    entry.time.finish = 1740813302.19;
    entry.time.duration = 0.08;
    entry.time.processing = 0.01;
    entry.time.dateStart = QStringLiteral("2025-03-01T10:15:02+03:00");
    entry.time.operating = 12.5;
    entry.time.operatingResetAt = QDateTime::currentSecsSinceEpoch() + 600;
    return entry;
}

RequestLogEntry errorEntry(quint64 id)
{
    RequestLogEntry entry = makeEntry(
        id, QStringLiteral("event.offline.clear"), CallStatus::ApiError, 403,
        QByteArrayLiteral(
            "{\"error\":\"WRONG_AUTH_TYPE\",\"error_description\":\"Current authorization type is "
            "denied for this method\"}"));
    entry.explanation = b24::ErrorCatalog::forApiError(
        QStringLiteral("WRONG_AUTH_TYPE"),
        QStringLiteral("Current authorization type is denied for this method"), 403,
        QStringLiteral("event.offline.clear"));
    entry.destructive = true;
    return entry;
}

RequestLogEntry unknownEntry(quint64 id)
{
    RequestLogEntry entry
        = makeEntry(id, QStringLiteral("event.offline.clear"), CallStatus::OutcomeUnknown, 0, {});
    entry.explanation = b24::ErrorCatalog::forOutcomeUnknown(QStringLiteral("event.offline.clear"));
    entry.destructive = true;
    return entry;
}

// The token leaks into an entry that was *not* masked upstream: the panel must still hide it.
RequestLogEntry unmaskedEntry(quint64 id)
{
    RequestLogEntry entry;
    entry.id = id;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.method = QStringLiteral("event.offline.get");
    entry.url = QStringLiteral("https://portal.example.com/rest/event.offline.get");
    entry.parameters
        = QJsonObject {{QStringLiteral("auth"), Token}, {QStringLiteral("client_secret"), ClientSecret}};
    entry.status = CallStatus::ApiError;
    entry.httpStatus = 401;
    entry.responseBody = QStringLiteral("{\"error\":\"expired_token\",\"echo\":\"%1\"}").arg(Token).toUtf8();
    entry.explanation = b24::ErrorCatalog::forApiError(
        QStringLiteral("expired_token"), QStringLiteral("The access token provided has expired"), 401);
    return entry;
}

QString cell(const RequestLogModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

void selectRow(LogPanel &panel, int proxyRow)
{
    panel.tableView()->selectRow(proxyRow);
}

class LogPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        panel.setSecretMasker(makeMasker());
        panel.setRestBase(QStringLiteral("https://portal.example.com/rest/"));
    }
    LogPanel panel;
};

} // namespace

TEST_F(LogPanelTest, HasObjectNameAndColumnsForTheMainWindow)
{
    EXPECT_EQ(panel.objectName(), QStringLiteral("logPanel"));
    const RequestLogModel *model = panel.model();
    ASSERT_EQ(model->columnCount(), 6);
    const QStringList expected {QStringLiteral("Time"),    QStringLiteral("Method"),
                                QStringLiteral("HTTP"),    QStringLiteral("Duration"),
                                QStringLiteral("Records"), QStringLiteral("Outcome")};
    for (int column = 0; column < 6; ++column) {
        EXPECT_EQ(model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }
}

TEST_F(LogPanelTest, RowsShowTimeMethodStatusDurationRecordsAndOutcome)
{
    panel.addEntry(okEntry(1));
    panel.addEntry(errorEntry(2));
    const RequestLogModel *model = panel.model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(cell(model, 0, RequestLogModel::TimeColumn),
              okEntry(1).startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    EXPECT_EQ(cell(model, 0, RequestLogModel::MethodColumn), QStringLiteral("event.offline.list"));
    EXPECT_EQ(cell(model, 0, RequestLogModel::HttpStatusColumn), QStringLiteral("200"));
    EXPECT_EQ(cell(model, 0, RequestLogModel::DurationColumn), QStringLiteral("121 ms"));
    EXPECT_EQ(cell(model, 0, RequestLogModel::RecordsColumn), QStringLiteral("1"));
    EXPECT_EQ(cell(model, 0, RequestLogModel::OutcomeColumn), QStringLiteral("OK"));
    EXPECT_EQ(cell(model, 1, RequestLogModel::HttpStatusColumn), QStringLiteral("403"));
    EXPECT_EQ(cell(model, 1, RequestLogModel::RecordsColumn), QString());
    EXPECT_TRUE(cell(model, 1, RequestLogModel::OutcomeColumn).contains(QStringLiteral("WRONG_AUTH_TYPE")));
}

TEST_F(LogPanelTest, OutcomeHasColourIconAndWordsForEachKind)
{
    RequestLogEntry retried = okEntry(3);
    retried.attempt = 3;
    panel.addEntry(okEntry(1));
    panel.addEntry(errorEntry(2));
    panel.addEntry(retried);
    panel.addEntry(unknownEntry(4));
    const RequestLogModel *model = panel.model();
    const QList<RequestOutcome::Kind> kinds {RequestOutcome::Ok, RequestOutcome::Error,
                                             RequestOutcome::Retried, RequestOutcome::Unknown};
    QSet<QRgb> colours;
    for (int row = 0; row < kinds.size(); ++row) {
        const QModelIndex outcome = model->index(row, RequestLogModel::OutcomeColumn);
        EXPECT_EQ(outcome.data(RequestLogModel::OutcomeRole).toInt(), kinds.at(row)) << row;
        const QColor colour = outcome.data(Qt::ForegroundRole).value<QColor>();
        EXPECT_EQ(colour, RequestOutcome::color(kinds.at(row))) << row;
        colours.insert(colour.rgb());
        EXPECT_FALSE(outcome.data(Qt::DecorationRole).value<QIcon>().isNull()) << row;
        EXPECT_FALSE(outcome.data(Qt::DisplayRole).toString().isEmpty()) << row;
    }
    EXPECT_EQ(colours.size(), 4); // green, red, amber, purple are all different
    EXPECT_GT(RequestOutcome::color(RequestOutcome::Ok).green(),
              RequestOutcome::color(RequestOutcome::Ok).red());
    EXPECT_GT(RequestOutcome::color(RequestOutcome::Error).red(),
              RequestOutcome::color(RequestOutcome::Error).green());
    EXPECT_TRUE(cell(model, 2, RequestLogModel::OutcomeColumn).contains(QStringLiteral("3")));
    EXPECT_EQ(cell(model, 3, RequestLogModel::OutcomeColumn), QStringLiteral("Outcome unknown"));
}

TEST_F(LogPanelTest, ErrorsOnlyHidesSuccesses)
{
    panel.addEntry(okEntry(1));
    panel.addEntry(errorEntry(2));
    panel.addEntry(okEntry(3));
    panel.addEntry(unknownEntry(4));
    ASSERT_EQ(panel.proxy()->rowCount(), 4);

    auto *check = panel.findChild<QCheckBox *>(QStringLiteral("errorsOnlyCheck"));
    ASSERT_NE(check, nullptr);
    check->click();
    ASSERT_EQ(panel.proxy()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        EXPECT_NE(panel.proxy()
                      ->index(row, RequestLogModel::OutcomeColumn)
                      .data(RequestLogModel::OutcomeRole)
                      .toInt(),
                  RequestOutcome::Ok);
    }
    panel.addEntry(okEntry(5)); // arrives while filtered: stays hidden
    EXPECT_EQ(panel.proxy()->rowCount(), 2);
    check->click();
    EXPECT_EQ(panel.proxy()->rowCount(), 5);
}

TEST_F(LogPanelTest, DetailShowsExplanationAndWhatToDoNext)
{
    panel.addEntry(okEntry(1));
    panel.addEntry(errorEntry(2));
    selectRow(panel, 1);
    const QString text = panel.detailView()->plainText();
    const b24::ErrorInfo info = errorEntry(2).explanation;
    ASSERT_FALSE(info.title.isEmpty());
    EXPECT_TRUE(text.contains(info.title)) << text.toStdString();
    EXPECT_TRUE(text.contains(info.explanation)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("What to do next:"))) << text.toStdString();
    EXPECT_TRUE(text.contains(info.action)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\"error\": \"WRONG_AUTH_TYPE\""))) << "response pretty-printed";
    EXPECT_TRUE(text.contains(QStringLiteral("no time block"))) << text.toStdString();
}

TEST_F(LogPanelTest, DetailShowsTimeBlockWithOperatingAndReset)
{
    panel.addEntry(okEntry(1));
    selectRow(panel, 0);
    const QString text = panel.detailView()->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("operating"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("12.5 s spent in this method"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("in 10 min"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("processing"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2025-03-01T10:15:02+03:00"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\"process_id\": \"abc\""))) << "parameters indented";
}

TEST(RequestDetailView, DescribesResetAsLocalTimeAndDistance)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1740813302, Qt::UTC);
    const QString absolute = QDateTime::fromSecsSinceEpoch(1740813902, Qt::UTC)
                                 .toLocalTime()
                                 .toString(QStringLiteral("HH:mm:ss"));
    EXPECT_EQ(b24::ui::RequestDetailView::describeReset(1740813902, now),
              QStringLiteral("resets at %1 (in 10 min)").arg(absolute));
    EXPECT_TRUE(b24::ui::RequestDetailView::describeReset(1740813332, now)
                    .contains(QStringLiteral("less than a minute")));
    EXPECT_TRUE(b24::ui::RequestDetailView::describeReset(1740813000, now)
                    .contains(QStringLiteral("already passed")));
    EXPECT_TRUE(
        b24::ui::RequestDetailView::describeReset(1740813302 + 61, now).contains(QStringLiteral("in 2 min")));
}

TEST(RequestDetailView, PrettyPrintsJsonAndKeepsOtherBodiesAsText)
{
    EXPECT_EQ(b24::ui::RequestDetailView::prettyResponse(QByteArrayLiteral("{\"a\":1}")),
              QStringLiteral("{\n    \"a\": 1\n}\n"));
    const QByteArray html = QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>");
    EXPECT_EQ(b24::ui::RequestDetailView::prettyResponse(html), QString::fromUtf8(html));
}

TEST_F(LogPanelTest, CopyAsCurlPutsPlaceholderNeverTheToken)
{
    panel.addEntry(errorEntry(1));
    auto *copy = panel.findChild<QToolButton *>(QStringLiteral("copyCurlButton"));
    ASSERT_NE(copy, nullptr);
    EXPECT_FALSE(copy->isEnabled()) << "nothing selected yet";
    selectRow(panel, 0);
    ASSERT_TRUE(copy->isEnabled());
    QApplication::clipboard()->setText(QStringLiteral("before"));
    copy->click();
    const QString clip = QApplication::clipboard()->text();
    EXPECT_TRUE(clip.startsWith(QStringLiteral("curl "))) << clip.toStdString();
    EXPECT_TRUE(clip.contains(QStringLiteral("$B24_TOKEN"))) << clip.toStdString();
    EXPECT_TRUE(clip.contains(QStringLiteral("https://portal.example.com/rest/event.offline.clear")));
    EXPECT_FALSE(clip.contains(Token));
}

TEST_F(LogPanelTest, CopyAsCurlOfAnUnmaskedEntryStillHidesTheToken)
{
    panel.addEntry(unmaskedEntry(1));
    selectRow(panel, 0);
    panel.copyCurlToClipboard();
    const QString clip = QApplication::clipboard()->text();
    EXPECT_TRUE(clip.contains(QStringLiteral("$B24_TOKEN"))) << clip.toStdString();
    EXPECT_FALSE(clip.contains(Token)) << clip.toStdString();
    EXPECT_FALSE(clip.contains(ClientSecret)) << clip.toStdString();
}

TEST_F(LogPanelTest, SaveAsJsonLinesWritesParseableLinesWithoutSecrets)
{
    panel.addEntry(okEntry(1));
    panel.addEntry(errorEntry(2));
    panel.addEntry(unknownEntry(3));
    panel.addEntry(unmaskedEntry(4));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    QString error;
    ASSERT_TRUE(panel.saveJsonLines(path, &error)) << error.toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_FALSE(content.contains(Token.toUtf8()));
    EXPECT_FALSE(content.contains(ClientSecret.toUtf8()));
    const QList<QByteArray> lines = content.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4);
    QStringList methods;
    for (const QByteArray &line : lines) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        ASSERT_EQ(parseError.error, QJsonParseError::NoError) << line.toStdString();
        ASSERT_TRUE(document.isObject());
        methods << document.object().value(QStringLiteral("method")).toString();
    }
    EXPECT_EQ(methods,
              (QStringList {QStringLiteral("event.offline.list"), QStringLiteral("event.offline.clear"),
                            QStringLiteral("event.offline.clear"), QStringLiteral("event.offline.get")}));
}

TEST_F(LogPanelTest, SaveWithErrorsOnlyWritesOnlyTheShownEntries)
{
    panel.addEntry(okEntry(1));
    panel.addEntry(errorEntry(2));
    panel.setErrorsOnly(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("errors.jsonl"));
    ASSERT_TRUE(panel.saveJsonLines(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("httpStatus")).toInt(),
              403);
}

TEST_F(LogPanelTest, SaveToAnUnwritablePlaceSaysWhy)
{
    panel.addEntry(okEntry(1));
    QString error;
    EXPECT_FALSE(panel.saveJsonLines(QStringLiteral("/nonexistent-dir/log.jsonl"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent-dir/log.jsonl"))) << error.toStdString();
}

TEST_F(LogPanelTest, NoSecretInModelDataDetailOrCurl)
{
    RequestLogEntry retried = okEntry(3);
    retried.attempt = 2;
    const QList<RequestLogEntry> entries {okEntry(1), errorEntry(2), retried, unknownEntry(4),
                                          unmaskedEntry(5)};
    for (const auto &entry : entries) {
        panel.addEntry(entry);
    }
    const RequestLogModel *model = panel.model();
    const QList<int> roles {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, Qt::StatusTipRole};
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const int role : roles) {
                const QString value = cell(model, row, column, role);
                EXPECT_FALSE(value.contains(Token)) << row << "," << column;
                EXPECT_FALSE(value.contains(ClientSecret)) << row << "," << column;
            }
        }
        selectRow(panel, row);
        const QString detail = panel.detailView()->plainText();
        EXPECT_TRUE(detail.contains(entries.at(row).method));
        EXPECT_FALSE(detail.contains(Token)) << detail.toStdString();
        EXPECT_FALSE(detail.contains(ClientSecret)) << detail.toStdString();
        const QString curl = panel.curlForSelection();
        EXPECT_FALSE(curl.isEmpty());
        EXPECT_FALSE(curl.contains(Token)) << curl.toStdString();
        EXPECT_FALSE(curl.contains(ClientSecret)) << curl.toStdString();
    }
}

TEST_F(LogPanelTest, CapDropsTheOldestEntries)
{
    EXPECT_EQ(panel.model()->maxEntries(), 20000);
    panel.setMaxEntries(5);
    for (quint64 id = 1; id <= 8; ++id) {
        panel.addEntry(id % 2 ? okEntry(id) : errorEntry(id));
    }
    ASSERT_EQ(panel.model()->rowCount(), 5);
    EXPECT_EQ(panel.model()->index(0, 0).data(RequestLogModel::EntryIdRole).toULongLong(), 4u);
    EXPECT_EQ(panel.model()->index(4, 0).data(RequestLogModel::EntryIdRole).toULongLong(), 8u);
    EXPECT_EQ(panel.model()->errorCount(), 3); // 4, 6, 8
    EXPECT_EQ(panel.model()->droppedCount(), 3);
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("logSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("3 older dropped"))) << summary->text().toStdString();
}

TEST_F(LogPanelTest, ClearEmptiesTheLogAndTheDetail)
{
    panel.addEntry(errorEntry(1));
    selectRow(panel, 0);
    ASSERT_TRUE(panel.detailView()->plainText().contains(QStringLiteral("event.offline.clear")));
    auto *clear = panel.findChild<QToolButton *>(QStringLiteral("clearLogButton"));
    ASSERT_NE(clear, nullptr);
    clear->click();
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_EQ(panel.model()->errorCount(), 0);
    EXPECT_FALSE(panel.detailView()->plainText().contains(QStringLiteral("event.offline.clear")));
    EXPECT_TRUE(panel.curlForSelection().isEmpty());
}

TEST_F(LogPanelTest, RendersTableAndDetailSideBySide)
{
    RequestLogEntry retried = okEntry(3);
    retried.attempt = 2;
    for (const auto &entry : {okEntry(1), okEntry(2), retried, errorEntry(4), unknownEntry(5), okEntry(6)}) {
        panel.addEntry(entry);
    }
    panel.resize(1100, 380);
    panel.show();
    selectRow(panel, 3);
    settleLayouts();
    const QImage image = panel.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(panel.tableView()->width(), 300);
    EXPECT_GT(panel.detailView()->width(), 250);
    if (const QString out = qEnvironmentVariable("B24_SCREENSHOT_DIR"); !out.isEmpty()) {
        EXPECT_TRUE(image.save(QDir(out).filePath(QStringLiteral("log-panel.png"))));
    }
}

TEST_F(LogPanelTest, CtrlCAndTheContextMenuCopyAsCurl)
{
    panel.addEntry(errorEntry(1));
    selectRow(panel, 0);
    auto *action = panel.tableView()->findChild<QAction *>(QStringLiteral("copyCurlAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::Copy));
    EXPECT_TRUE(panel.tableView()->actions().contains(action));
    EXPECT_EQ(panel.tableView()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QApplication::clipboard()->setText(QStringLiteral("before"));
    action->trigger();
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("$B24_TOKEN")));
}

TEST(RequestLogModel, PassesTheModelTesterWhileGrowingCappingAndClearing)
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    b24::ui::ErrorsOnlyFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMaxEntries(10);
    for (quint64 id = 1; id <= 25; ++id) {
        model.addEntry(id % 3 ? okEntry(id) : errorEntry(id));
    }
    proxy.setErrorsOnly(true);
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(proxy.rowCount(), model.errorCount());
    model.setMaxEntries(4);
    EXPECT_EQ(model.rowCount(), 4);
    model.clear();
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST(RequestLogModel, CapsTheTotalSizeOfResponseBodies)
{
    RequestLogModel model;
    EXPECT_EQ(model.maxBytes(), RequestLogModel::DefaultMaxBytes);
    model.setMaxBytes(2500);
    for (quint64 id = 1; id <= 5; ++id) {
        RequestLogEntry entry = okEntry(id);
        entry.responseBody = QByteArray(1000, 'x');
        model.addEntry(entry);
    }
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.totalBytes(), 2000);
    EXPECT_EQ(model.index(0, 0).data(RequestLogModel::EntryIdRole).toULongLong(), 4u);
    RequestLogEntry huge = errorEntry(6);
    huge.responseBody = QByteArray(5000, 'y');
    model.addEntry(huge); // larger than the whole budget: kept alone, so the newest is always visible
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(RequestLogModel::EntryIdRole).toULongLong(), 6u);
    EXPECT_EQ(model.errorCount(), 1);
    model.clear();
    EXPECT_EQ(model.totalBytes(), 0);
}

TEST_F(LogPanelTest, SaveButtonAsksForAFileAndWritesIt)
{
    panel.addEntry(okEntry(1));
    panel.addEntry(errorEntry(2));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chosen.jsonl"));
    panel.findChild<QToolButton *>(QStringLiteral("saveJsonLinesButton"))->click();
    auto *dialog = panel.findChild<QFileDialog *>(QStringLiteral("saveLogDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->acceptMode(), QFileDialog::AcceptSave);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().trimmed().split('\n').size(), 2);
    EXPECT_TRUE(
        panel.findChild<QLabel *>(QStringLiteral("logSummary"))->text().contains(QStringLiteral("Saved 2")));
}
