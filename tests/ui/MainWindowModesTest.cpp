// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only mode, error explanations, reserve / mark as error and the HTTPS demo session.
#include "ClearConfirmDialog.h"
#include "DemoSession.h"
#include "EventDetailView.h"
#include "LogPanel.h"
#include "MainWindowFixture.h"
#include "MarkErrorDialog.h"
#include "MessageBanner.h"
#include "QueueOverviewModel.h"
#include "RecordsFilterProxy.h"
#include "RecordsModel.h"
#include "RequestLogModel.h"
#include "ReserveDialog.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace b24;
using b24::test::waitUntil;

class MainWindowModes : public b24::test::MainWindowFixture
{
protected:
    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }
};

TEST_F(MainWindowModes, ReadOnlyDisablesEveryDestructiveAction)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(batchKey(stuckBatch));
    window->selectRecordIds({stuckIds.at(0), stuckIds.at(1)});
    EXPECT_TRUE(action("actionClearSelected")->isEnabled());
    EXPECT_TRUE(action("actionMarkError")->isEnabled());

    action("actionReadOnly")->trigger();
    ASSERT_TRUE(window->isReadOnly());
    for (const char *name : {"actionClearSelected", "actionClearByMessageId", "actionClearGroup",
                             "actionReserve", "actionMarkError"}) {
        EXPECT_FALSE(action(name)->isEnabled()) << name;
    }
    EXPECT_TRUE(action("actionReload")->isEnabled());

    const quint64 requestsBefore = server->requestCount();
    window->requestClear(ClearPlan::Mode::ById);
    window->requestClear(ClearPlan::Mode::EntireGroup);
    window->requestReserve();
    window->requestMarkError();
    EXPECT_EQ(window->findChild<QDialog *>(), nullptr);
    EXPECT_EQ(server->requestCount(), requestsBefore);
    EXPECT_EQ(sandboxIdsOf(stuckBatch).size(), 10);

    action("actionReadOnly")->trigger();
    EXPECT_TRUE(action("actionClearSelected")->isEnabled());
}

TEST_F(MainWindowModes, ReadOnlyProfileStartsReadOnly)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("ro");
    profile.portal = server->baseUrl().toString();
    profile.allowPlainHttp = true;
    profile.readOnly = true;
    Credentials credentials;
    credentials.accessToken = server->adminAccessToken();
    window->connectWith(profile, credentials);
    ASSERT_TRUE(waitForLoads(1));
    EXPECT_TRUE(window->isReadOnly());
    window->selectGroup(QStringLiteral("unreserved"));
    window->selectAllInGroup();
    EXPECT_FALSE(action("actionClearSelected")->isEnabled());
}

TEST_F(MainWindowModes, NonAdminTokenShowsTheExplanation)
{
    EXPECT_FALSE(connectAndLoad(server->nonAdminAccessToken()));
    EXPECT_FALSE(window->isConnected());
    const QString banner = window->banner()->text();
    EXPECT_TRUE(banner.contains(QStringLiteral("ACCESS_DENIED"))) << banner.toStdString();
    ASSERT_TRUE(window->lastPreflight().has_value());
    EXPECT_FALSE(window->lastPreflight()->failure.explanation.explanation.isEmpty());
    EXPECT_TRUE(banner.contains(window->lastPreflight()->failure.explanation.explanation.left(30)));
    EXPECT_GT(window->logPanel()->model()->rowCount(), 0);
    EXPECT_FALSE(action("actionClearSelected")->isEnabled());
    EXPECT_FALSE(action("actionReload")->isEnabled());
    window->resize(1200, 700);
    saveShot(window.get(), QStringLiteral("connect-non-admin.png"), false);
}

TEST_F(MainWindowModes, ReserveGivesUnreservedRowsABatch)
{
    ASSERT_TRUE(connectAndLoad());
    window->requestReserve();
    auto *dialog = window->findChild<ui::ReserveDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->setLimit(4);
    const int loadsBefore = loads;
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForLoads(loadsBefore + 1));

    int reserved = 0;
    for (qint64 id : unreservedIds) {
        reserved += server->queue().findById(id)->isReserved() ? 1 : 0;
    }
    EXPECT_EQ(reserved, 4);
    const auto group = window->overviewModel()->groupAt(
        window->overviewView()->selectionModel()->selectedRows().value(0).row());
    ASSERT_TRUE(group.has_value());
    EXPECT_EQ(group->kind, QueueGroup::Kind::Batch);
    EXPECT_EQ(group->count, 4);
}

TEST_F(MainWindowModes, MarkErrorMovesRowsToTheErrorsGroup)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(batchKey(recentBatch));
    window->selectRecordIds({recentIds.at(0), recentIds.at(2)});
    window->requestMarkError();
    auto *dialog = window->findChild<ui::MarkErrorDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->processId(), recentBatch);
    EXPECT_EQ(dialog->messageIds().size(), 2);
    const int loadsBefore = loads;
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForLoads(loadsBefore + 1));

    EXPECT_TRUE(server->queue().findById(recentIds.at(0))->error);
    EXPECT_TRUE(server->queue().findById(recentIds.at(2))->error);
    EXPECT_FALSE(server->queue().findById(recentIds.at(1))->error);
    const int errorsRow = window->overviewModel()->rowOfKey(QStringLiteral("errors"));
    ASSERT_GT(errorsRow, 0);
    EXPECT_EQ(window->overviewModel()->groupAt(errorsRow)->count, 2);
}

TEST_F(MainWindowModes, MarkErrorRefusesUnreservedRows)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(QStringLiteral("unreserved"));
    window->selectRecordIds({unreservedIds.at(0)});
    EXPECT_FALSE(action("actionMarkError")->isEnabled());
    const quint64 requestsBefore = server->requestCount();
    window->requestMarkError();
    EXPECT_EQ(window->findChild<ui::MarkErrorDialog *>(), nullptr);
    EXPECT_EQ(server->requestCount(), requestsBefore);
}

TEST_F(MainWindowModes, QuickFilterNarrowsLoadedRows)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup({});
    window->recordsProxy()->setQuickFilter(QStringLiteral("ONCRMLEADADD"));
    EXPECT_EQ(window->recordsProxy()->rowCount(), 6);
    window->recordsProxy()->setQuickFilter(stuckBatch.left(12));
    EXPECT_EQ(window->recordsProxy()->rowCount(), 10);
}

TEST(MainWindowDemo, ConnectsToTheHttpsDemoSandbox)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ui::DemoSession session;
    sandbox::SandboxOptions options = ui::DemoSession::defaultOptions();
    options.rateLimitEnabled = false; // the demo's 2/s pacing is for people, not for the test's clock
    QString error;
    ASSERT_TRUE(session.start(options, &error)) << error.toStdString();
    EXPECT_EQ(session.profile().portal.left(8), QStringLiteral("https://"));
    EXPECT_FALSE(session.profile().pinnedCertificateSha256.isEmpty());

    ui::MainWindow window(&settings);
    window.setAuditLogPath(dir.filePath(QStringLiteral("audit.jsonl")));
    bool loaded = false;
    QueueLoader::Report report;
    QObject::connect(&window, &ui::MainWindow::loadFinished, &window, [&](const QueueLoader::Report &r) {
        loaded = true;
        report = r;
    });
    window.setDemoMode(true);
    window.connectWith(session.profile(), session.credentials());
    ASSERT_TRUE(waitUntil([&] { return loaded; }, 30000));
    EXPECT_TRUE(report.completed);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Sandbox (demo)")));
    EXPECT_EQ(window.recordsModel()->rowCount(), session.server()->queue().size());
    EXPECT_GE(window.overviewModel()->stuckCount(), 1);
}

TEST_F(MainWindowModes, HundredThousandRowsLoadWithoutFreezingTheWindow)
{
    std::vector<sandbox::SandboxEvent> rows;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 100000; ++i) {
        sandbox::SandboxEvent row;
        row.timestamp = now - 100000 + i;
        row.eventName = QStringLiteral("ONCRMDEALUPDATE");
        row.eventData = "{\"FIELDS\":{\"ID\":\"" + QByteArray::number(50000 + i) + "\"}}";
        row.eventAdditional = "{\"LOCAL_USER\":1}";
        row.messageId = sandbox::SandboxQueue::messageIdFor(row.eventName, row.eventData);
        rows.push_back(std::move(row));
    }
    server->queue().appendRows(std::move(rows));

    // A 20 ms heartbeat on the GUI thread: the longest gap between beats is the longest freeze
    // (it includes the in-process sandbox answering, which a real portal does elsewhere).
    QElapsedTimer sinceBeat;
    qint64 longestGapMs = 0;
    QTimer heartbeat;
    heartbeat.setInterval(20);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat,
                     [&] { longestGapMs = std::max(longestGapMs, sinceBeat.restart()); });
    sinceBeat.start();
    heartbeat.start();
    QElapsedTimer total;
    total.start();
    ASSERT_TRUE(connectAndLoad({}, 120000));
    heartbeat.stop();
    EXPECT_EQ(window->recordsModel()->rowCount(), 100020);
    RecordProperty("longestGapMs", int(longestGapMs));
    RecordProperty("totalMs", int(total.elapsed()));
    EXPECT_LT(longestGapMs, 1500);
}

TEST_F(MainWindowModes, ServerFilterReloadsOnlyMatchingRows)
{
    ASSERT_TRUE(connectAndLoad());
    auto *eventName = window->findChild<QLineEdit *>(QStringLiteral("filterEventName"));
    auto *idFrom = window->findChild<QLineEdit *>(QStringLiteral("filterIdFrom"));
    auto *apply = window->findChild<QPushButton *>(QStringLiteral("filterApply"));
    ASSERT_TRUE(eventName && idFrom && apply);
    QTest::keyClicks(eventName, QStringLiteral("oncrmleadadd"));
    QTest::keyClicks(idFrom, QString::number(unreservedIds.at(2)));
    const int loadsBefore = loads;
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_TRUE(waitForLoads(loadsBefore + 1));
    EXPECT_EQ(window->recordsModel()->rowCount(), 4); // unreserved rows 3..6 are ONCRMLEADADD

    // A reversed ID range is refused before anything is sent.
    auto *idTo = window->findChild<QLineEdit *>(QStringLiteral("filterIdTo"));
    QTest::keyClicks(idTo, QStringLiteral("1"));
    EXPECT_FALSE(apply->isEnabled());
    EXPECT_FALSE(window->findChild<QLabel *>(QStringLiteral("filterMessage"))->text().isEmpty());
}

TEST_F(MainWindowModes, DetailPaneShowsThePayloadAsATree)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(batchKey(stuckBatch));
    window->selectRecordIds({stuckIds.at(3)});
    ui::EventDetailView *detail = window->detailView();
    ASSERT_TRUE(detail->event().has_value());
    EXPECT_EQ(detail->event()->id, stuckIds.at(3));
    auto *tree = detail->findChild<QTreeWidget *>(QStringLiteral("eventDetailTree"));
    ASSERT_NE(tree, nullptr);
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("EVENT_DATA"));
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("FIELDS"));
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->child(0)->text(1), QStringLiteral("\"203\""));
    EXPECT_EQ(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("user_id"));

    detail->copyRecord();
    const QJsonObject copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    EXPECT_EQ(copied.value(QStringLiteral("ID")).toString(), QString::number(stuckIds.at(3)));
    EXPECT_EQ(copied.value(QStringLiteral("PROCESS_ID")).toString(), stuckBatch);
    EXPECT_EQ(copied.value(QStringLiteral("EVENT_DATA"))
                  .toObject()
                  .value(QStringLiteral("FIELDS"))
                  .toObject()
                  .value(QStringLiteral("ID"))
                  .toString(),
              QStringLiteral("203"));
}

TEST_F(MainWindowModes, SavedSettingsHoldNoSecret)
{
    ASSERT_TRUE(connectAndLoad());
    window->close();
    settings->sync();
    QFile file(dir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    EXPECT_TRUE(saved.contains("window")) << "window state was not saved";
    EXPECT_FALSE(saved.contains(server->adminAccessToken().toUtf8()));
    EXPECT_FALSE(saved.contains(server->clientSecret().toUtf8()));
}

TEST_F(MainWindowModes, DeleteKeyOpensTheConfirmation)
{
    ASSERT_TRUE(connectAndLoad());
    window->show();
    window->activateWindow();
    ASSERT_TRUE(waitUntil([&] { return window->isActiveWindow(); }, 5000));
    window->selectGroup(batchKey(stuckBatch));
    window->selectRecordIds({stuckIds.at(0)});
    window->recordsView()->setFocus();
    QTest::keyClick(window->recordsView(), Qt::Key_Delete);
    auto *dialog = window->findChild<ui::ClearConfirmDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->plan().ids, QList<qint64> {stuckIds.at(0)});
    dialog->reject();
    EXPECT_TRUE(sandboxHas(stuckIds.at(0)));
}

TEST_F(MainWindowModes, StuckThresholdComesFromTheSettings)
{
    AppSettings(settings.get()).setStuckThresholdHours(24 * 30);
    ASSERT_TRUE(connectAndLoad());
    const int row = window->overviewModel()->rowOfKey(batchKey(stuckBatch));
    ASSERT_GT(row, 0);
    EXPECT_FALSE(window->overviewModel()->groupAt(row)->stuck);
    EXPECT_EQ(window->overviewModel()->stuckCount(), 0);
}

TEST_F(MainWindowModes, WithoutExtendedOfflineReservingIsDisabled)
{
    sandbox::SandboxOptions options = plainOptions();
    options.offlineExtended = false;
    startSandbox(options);
    seedUnreserved(3, 100);
    ASSERT_TRUE(connectAndLoad());
    EXPECT_FALSE(action("actionReserve")->isEnabled());
    EXPECT_FALSE(action("actionReserve")->toolTip().isEmpty());
}

TEST_F(MainWindowModes, CtrlLTogglesTheRequestLog)
{
    QAction *toggle = action("actionToggleLog");
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    window->show();
    EXPECT_FALSE(window->logPanel()->isVisible());
    toggle->trigger();
    EXPECT_TRUE(window->logPanel()->isVisible());
    ASSERT_TRUE(connectAndLoad());
    EXPECT_GT(window->logPanel()->model()->rowCount(), 0);
}

TEST_F(MainWindowModes, InvertSelectionFlipsTheRowsOfTheGroup)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(batchKey(stuckBatch));
    window->selectRecordIds({stuckIds.at(0), stuckIds.at(5)});
    action("actionInvertSelection")->trigger();
    QList<qint64> selected = window->selectedIds();
    std::sort(selected.begin(), selected.end());
    QList<qint64> expected = stuckIds;
    expected.removeAll(stuckIds.at(0));
    expected.removeAll(stuckIds.at(5));
    EXPECT_EQ(selected, expected);
}

TEST_F(MainWindowModes, WindowGeometryIsRememberedAcrossRuns)
{
    window->show();
    window->resize(1111, 777);
    window->close();
    window.reset();
    ui::MainWindow second(settings.get());
    EXPECT_EQ(second.size(), QSize(1111, 777));
}

TEST_F(MainWindowModes, ClosingDuringALoadIsSafe)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("t");
    profile.portal = server->baseUrl().toString();
    profile.allowPlainHttp = true;
    Credentials credentials;
    credentials.accessToken = server->adminAccessToken();
    // Slow list answers keep the load in flight long enough to be observed however busy the
    // machine is; a 20-row load would otherwise finish between two polls.
    sandbox::FaultSpec slow;
    slow.kind = sandbox::FaultKind::Delay;
    slow.delayMs = 1500;
    server->faults().set(QStringLiteral("event.offline.list"), slow);
    window->connectWith(profile, credentials);
    ASSERT_TRUE(waitUntil([&] { return window->isLoading(); }, 10000));
    window.reset(); // mid-load: the loader, its call and the audit log must go down in order
    server->faults().clearAll();
    createWindow();
    ASSERT_TRUE(connectAndLoad());
    EXPECT_EQ(window->recordsModel()->rowCount(), 20);
}

TEST_F(MainWindowModes, StopLoadingKeepsWhatArrivedAndSaysSo)
{
    seedUnreserved(6000, 10000); // several batch requests of 2,500 rows
    sandbox::FaultSpec slow;
    slow.kind = sandbox::FaultKind::Delay;
    slow.delayMs = 300;
    server->faults().set(QStringLiteral("batch"), slow);
    QueueLoader::Report report;
    QObject::connect(window.get(), &ui::MainWindow::loadFinished, window.get(),
                     [&report](const QueueLoader::Report &r) { report = r; });
    ConnectionProfile profile;
    profile.name = QStringLiteral("t");
    profile.portal = server->baseUrl().toString();
    profile.allowPlainHttp = true;
    Credentials credentials;
    credentials.accessToken = server->adminAccessToken();
    window->connectWith(profile, credentials);
    ASSERT_TRUE(waitUntil([&] { return window->recordsModel()->rowCount() > 0; }, 15000));
    ASSERT_TRUE(action("actionCancelLoad")->isEnabled());
    action("actionCancelLoad")->trigger();
    ASSERT_TRUE(waitForLoads(1));
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.completed);
    EXPECT_GT(window->recordsModel()->rowCount(), 0);
    EXPECT_LT(window->recordsModel()->rowCount(), 6020);
    EXPECT_EQ(report.rowsLoaded, window->recordsModel()->rowCount());
    EXPECT_TRUE(window->banner()->text().contains(QStringLiteral("Loading stopped")));
    EXPECT_FALSE(action("actionCancelLoad")->isEnabled());
}
