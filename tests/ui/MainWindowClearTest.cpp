// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against the sandbox portal: load, choose, clear through the real dialogs, and
// check in the sandbox's own table what is gone.
#include "ClearConfirmDialog.h"
#include "ClearProgressDialog.h"
#include "ClearReportDialog.h"
#include "MainWindowFixture.h"
#include "MessageBanner.h"
#include "QueueOverviewModel.h"
#include "RecordsFilterProxy.h"
#include "RecordsModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace b24;
using b24::test::waitUntil;
using b24::ui::ClearConfirmDialog;
using b24::ui::ClearReportDialog;

namespace {

ClearConfirmDialog *openConfirm(ui::MainWindow *window, ClearPlan::Mode mode)
{
    window->requestClear(mode);
    return window->findChild<ClearConfirmDialog *>();
}

} // namespace

class MainWindowClear : public b24::test::MainWindowFixture
{
protected:
    // Confirms the open dialog with a real click and waits for the report and the reload.
    ClearReport confirmAndWait(ClearConfirmDialog *dialog)
    {
        const int loadsBefore = loads;
        const int clearsBefore = clears;
        EXPECT_TRUE(dialog->confirmButton()->isEnabled());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        EXPECT_TRUE(waitUntil([&] { return clears > clearsBefore; }, 15000));
        EXPECT_TRUE(waitForLoads(loadsBefore + 1));
        return window->lastClearReport().value_or(ClearReport {});
    }
};

TEST_F(MainWindowClear, LoadsEveryRowAndGroupsByProcess)
{
    ASSERT_TRUE(connectAndLoad());
    EXPECT_EQ(window->recordsModel()->rowCount(), 20);
    ui::QueueOverviewModel *overview = window->overviewModel();
    const int stuckRow = overview->rowOfKey(batchKey(stuckBatch));
    const int recentRow = overview->rowOfKey(batchKey(recentBatch));
    ASSERT_GT(stuckRow, 0);
    ASSERT_GT(recentRow, 0);
    EXPECT_TRUE(overview->groupAt(stuckRow)->stuck);
    EXPECT_FALSE(overview->groupAt(recentRow)->stuck);
    EXPECT_EQ(overview->groupAt(overview->rowOfKey(QStringLiteral("unreserved")))->count, 6);

    window->selectGroup(batchKey(stuckBatch));
    EXPECT_EQ(window->recordsProxy()->rowCount(), 10);
    window->selectGroup({});
    EXPECT_EQ(window->recordsProxy()->rowCount(), 20);
}

TEST_F(MainWindowClear, ClearsThreeSelectedRowsOfAStuckBatchById)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(batchKey(stuckBatch));
    const QList<qint64> chosen = {stuckIds.at(1), stuckIds.at(4), stuckIds.at(7)};
    window->selectRecordIds(chosen);
    ASSERT_EQ(window->selectedIds().size(), 3);
    ASSERT_TRUE(window->findChild<QAction *>(QStringLiteral("actionClearSelected"))->isEnabled());

    ClearConfirmDialog *dialog = openConfirm(window.get(), ClearPlan::Mode::ById);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->plan().ids.size(), 3);
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("clearCount"))->text(), QStringLiteral("3 records"));
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("clearGroup"))->text().contains(stuckBatch));
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("clearPortal"))
                    ->text()
                    .contains(server->baseUrl().host()));

    saveShot(dialog, QStringLiteral("clear-confirm.png"));
    const ClearReport report = confirmAndWait(dialog);
    EXPECT_TRUE(report.verified);
    EXPECT_EQ(report.requested, 3);
    EXPECT_EQ(report.clearedVerified, 3);
    EXPECT_TRUE(report.stillPresent.isEmpty());
    for (qint64 id : stuckIds) {
        EXPECT_EQ(sandboxHas(id), !chosen.contains(id)) << id;
    }
    EXPECT_EQ(sandboxIdsOf(stuckBatch).size(), 7);
    EXPECT_EQ(window->recordsModel()->rowCount(), 17);
    EXPECT_NE(window->findChild<ClearReportDialog *>(), nullptr);

    QFile audit(window->auditLogPath());
    ASSERT_TRUE(audit.open(QIODevice::ReadOnly));
    const QByteArray auditText = audit.readAll();
    EXPECT_TRUE(auditText.contains(stuckBatch.toLatin1()));
    EXPECT_FALSE(auditText.contains(server->adminAccessToken().toLatin1()));
}

TEST_F(MainWindowClear, ClearsByMessageIdOnlyInTheChosenBatch)
{
    // A copy of stuck row 2's event sits unreserved too; clearing the batch's copy must keep it.
    sandbox::SandboxQueue::NewEvent copy;
    copy.eventName = QStringLiteral("ONCRMDEALUPDATE");
    copy.eventData = "{\"FIELDS\":{\"ID\":\"202\"}}";
    const qint64 unreservedCopy = server->queue().addEvent(copy);
    ASSERT_TRUE(connectAndLoad());
    const QString sharedMessageId = window->recordsModel()->eventById(stuckIds.at(2))->messageId;
    ASSERT_EQ(window->recordsModel()->eventById(unreservedCopy)->messageId, sharedMessageId);

    window->selectGroup(batchKey(stuckBatch));
    window->selectRecordIds({stuckIds.at(2), stuckIds.at(3)});
    ClearConfirmDialog *dialog = openConfirm(window.get(), ClearPlan::Mode::ByMessageId);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->plan().messageIds.size(), 2);
    EXPECT_TRUE(dialog->plan().ids.isEmpty());
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("clearNotes"))
                    ->text()
                    .contains(QStringLiteral("every copy")));

    const ClearReport report = confirmAndWait(dialog);
    EXPECT_TRUE(report.verified);
    EXPECT_FALSE(sandboxHas(stuckIds.at(2)));
    EXPECT_FALSE(sandboxHas(stuckIds.at(3)));
    EXPECT_TRUE(sandboxHas(unreservedCopy));
    EXPECT_EQ(sandboxIdsOf(stuckBatch).size(), 8);
}

TEST_F(MainWindowClear, UnreservedRowsClearedByIdLeaveOtherUnreservedRows)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(QStringLiteral("unreserved"));
    window->selectRecordIds({unreservedIds.at(0), unreservedIds.at(5)});
    ClearConfirmDialog *dialog = openConfirm(window.get(), ClearPlan::Mode::ById);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->plan().group.kind, QueueGroup::Kind::Unreserved);

    const ClearReport report = confirmAndWait(dialog);
    EXPECT_EQ(report.clearedVerified, 2);
    EXPECT_FALSE(sandboxHas(unreservedIds.at(0)));
    EXPECT_FALSE(sandboxHas(unreservedIds.at(5)));
    for (int i = 1; i < 5; ++i) {
        EXPECT_TRUE(sandboxHas(unreservedIds.at(i))) << unreservedIds.at(i);
    }
    EXPECT_EQ(sandboxIdsOf(stuckBatch).size(), 10);
    EXPECT_EQ(sandboxIdsOf(recentBatch).size(), 4);
}

TEST_F(MainWindowClear, EntireGroupNeedsTheTypedCount)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(batchKey(stuckBatch));
    ClearConfirmDialog *dialog = openConfirm(window.get(), ClearPlan::Mode::EntireGroup);
    ASSERT_NE(dialog, nullptr);
    ASSERT_NE(dialog->typedCountEdit(), nullptr);
    EXPECT_FALSE(dialog->confirmButton()->isEnabled());
    saveShot(dialog, QStringLiteral("clear-confirm-group.png"));

    QTest::keyClicks(dialog->typedCountEdit(), QStringLiteral("9"));
    EXPECT_FALSE(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    EXPECT_EQ(clears, 0);
    EXPECT_EQ(sandboxIdsOf(stuckBatch).size(), 10);

    dialog->typedCountEdit()->clear();
    QTest::keyClicks(dialog->typedCountEdit(), QStringLiteral("10"));
    const ClearReport report = confirmAndWait(dialog);
    EXPECT_EQ(report.clearedVerified, 10);
    EXPECT_TRUE(sandboxIdsOf(stuckBatch).isEmpty());
    EXPECT_EQ(sandboxIdsOf(recentBatch).size(), 4);
    EXPECT_EQ(window->overviewModel()->rowOfKey(batchKey(stuckBatch)), -1);
}

TEST_F(MainWindowClear, EmptySelectionSendsNothing)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(batchKey(stuckBatch));
    window->recordsView()->clearSelection();
    auto *clearAction = window->findChild<QAction *>(QStringLiteral("actionClearSelected"));
    ASSERT_NE(clearAction, nullptr);
    EXPECT_FALSE(clearAction->isEnabled());
    EXPECT_FALSE(clearAction->toolTip().isEmpty());

    const quint64 requestsBefore = server->requestCount();
    QTest::keyClick(window->recordsView(), Qt::Key_Delete);
    clearAction->trigger();
    window->requestClear(ClearPlan::Mode::ById);
    window->requestClear(ClearPlan::Mode::ByMessageId);
    EXPECT_EQ(window->findChild<ClearConfirmDialog *>(), nullptr);
    EXPECT_TRUE(window->banner()->text().contains(QStringLiteral("Nothing was sent")));
    EXPECT_EQ(server->requestCount(), requestsBefore);
    EXPECT_EQ(sandboxIdsOf(stuckBatch).size(), 10);
}

TEST_F(MainWindowClear, CancelMidChunkLeavesATruthfulReport)
{
    const QString bigBatch = QStringLiteral("big0big0big0big0big0big0big0big0");
    seedBatch(bigBatch, 120, 3 * 86400, 1000);
    ASSERT_TRUE(connectAndLoad());
    window->setClearValuesPerCommand(1); // 120 ids -> 120 commands -> 3 batch requests
    window->selectGroup(batchKey(bigBatch));
    window->selectAllInGroup();
    ASSERT_EQ(window->selectedIds().size(), 120);
    ClearConfirmDialog *dialog = openConfirm(window.get(), ClearPlan::Mode::ById);
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->plan().requests.size(), 3);
    // Every batch request now takes a while, so the cancel lands while the first one is in flight.
    sandbox::FaultSpec slow;
    slow.kind = sandbox::FaultKind::Delay;
    slow.delayMs = 500;
    server->faults().set(QStringLiteral("batch"), slow);

    const int clearsBefore = clears;
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    auto *progress = window->findChild<ui::ClearProgressDialog *>();
    ASSERT_NE(progress, nullptr);
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return clears > clearsBefore; }, 20000));
    const ClearReport report = *window->lastClearReport();
    server->faults().clearAll();

    const qsizetype left = sandboxIdsOf(bigBatch).size();
    EXPECT_TRUE(report.cancelled);
    EXPECT_TRUE(report.verified);
    EXPECT_EQ(report.requested, 120);
    EXPECT_GT(left, 0);
    EXPECT_EQ(report.clearedVerified, 120 - left);
    EXPECT_EQ(report.stillPresent.size(), left);
    EXPECT_GE(report.chunkCount(ClearReport::ChunkOutcome::NotSent), 1);
    EXPECT_TRUE(ClearReportDialog::headline(report).contains(QString::number(120 - left)));
}

TEST_F(MainWindowClear, DroppedConnectionIsReportedAsUnknownThenVerified)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(batchKey(stuckBatch));
    window->selectRecordIds({stuckIds.at(0), stuckIds.at(1)});
    ClearConfirmDialog *dialog = openConfirm(window.get(), ClearPlan::Mode::ById);
    ASSERT_NE(dialog, nullptr);
    // The portal applies the clear but the answer never arrives: the client must not retry it
    // and the report must say the outcome was unknown, then what the re-list found.
    sandbox::FaultSpec drop;
    drop.kind = sandbox::FaultKind::DropAfterApply;
    drop.remaining = 1;
    server->faults().set(QStringLiteral("batch"), drop);

    const ClearReport report = confirmAndWait(dialog);
    EXPECT_TRUE(report.hasUnknownOutcome());
    EXPECT_TRUE(report.verified);
    EXPECT_EQ(report.clearedVerified, 2);
    EXPECT_FALSE(sandboxHas(stuckIds.at(0)));
    auto *reportDialog = window->findChild<ClearReportDialog *>();
    ASSERT_NE(reportDialog, nullptr);
    EXPECT_NE(reportDialog->findChild<QLabel *>(QStringLiteral("clearReportUnknown")), nullptr);
    saveShot(reportDialog, QStringLiteral("clear-report-unknown.png"));
}

TEST_F(MainWindowClear, SelectionAcrossGroupsIsRefused)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup({});
    window->selectRecordIds({unreservedIds.at(0), stuckIds.at(0)});
    ASSERT_EQ(window->selectedIds().size(), 2);
    auto *clearAction = window->findChild<QAction *>(QStringLiteral("actionClearSelected"));
    EXPECT_FALSE(clearAction->isEnabled());
    EXPECT_TRUE(clearAction->toolTip().contains(QStringLiteral("several groups")));

    const quint64 requestsBefore = server->requestCount();
    window->requestClear(ClearPlan::Mode::ById);
    EXPECT_EQ(window->findChild<ClearConfirmDialog *>(), nullptr);
    EXPECT_TRUE(window->banner()->text().contains(QStringLiteral("several groups")));
    EXPECT_EQ(server->requestCount(), requestsBefore);
}

TEST_F(MainWindowClear, ErrorsGroupIsClearedByIdWithoutTouchingUnreservedRows)
{
    const QList<qint64> errorIds = seedBatch(QString(), 3, 3600, 500, true);
    ASSERT_TRUE(connectAndLoad());
    const int errorsRow = window->overviewModel()->rowOfKey(QStringLiteral("errors"));
    ASSERT_GT(errorsRow, 0);
    EXPECT_EQ(window->overviewModel()->groupAt(errorsRow)->count, 3);
    window->selectGroup(QStringLiteral("errors"));
    ClearConfirmDialog *dialog = openConfirm(window.get(), ClearPlan::Mode::EntireGroup);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->plan().ids.size(), 3);
    QTest::keyClicks(dialog->typedCountEdit(), QStringLiteral("3"));
    const ClearReport report = confirmAndWait(dialog);
    EXPECT_EQ(report.clearedVerified, 3);
    for (qint64 id : errorIds) {
        EXPECT_FALSE(sandboxHas(id)) << id;
    }
    for (qint64 id : unreservedIds) {
        EXPECT_TRUE(sandboxHas(id)) << id;
    }
}
