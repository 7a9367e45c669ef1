// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearConfirmDialog.h"

#include "ClearReportDialog.h"
#include "TestSupport.h"
#include "UiTestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace b24;
using b24::test::makeEvents;
using b24::ui::ClearConfirmDialog;

namespace {
QueueGroup batch()
{
    QueueGroup group;
    group.kind = QueueGroup::Kind::Batch;
    group.processId = QStringLiteral("abcdefabcdefabcdefabcdefabcdefab");
    group.count = 30;
    return group;
}
} // namespace

TEST(ClearConfirmDialog, ListsTheFirstRecordsAndTheRest)
{
    const QList<OfflineEvent> records = makeEvents(1, 30, batch().processId);
    QList<qint64> ids;
    for (const OfflineEvent &event : records) {
        ids.append(event.id);
    }
    ClearConfirmDialog dialog(ClearPlan::make(batch(), ClearPlan::Mode::ById, ids, {}),
                              QStringLiteral("https://portal.example/rest/"), QStringLiteral("conn1"),
                              records);
    EXPECT_TRUE(dialog.confirmButton()->isEnabled());
    EXPECT_EQ(dialog.typedCountEdit(), nullptr);
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("clearConnector"))->text(), QStringLiteral("conn1"));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("clearPreviewMore"))
                    ->text()
                    .contains(QStringLiteral("10")));
    EXPECT_TRUE(
        dialog.findChild<QLabel *>(QStringLiteral("clearMode"))->text().contains(QStringLiteral("By ID")));
}

TEST(ClearConfirmDialog, EntireGroupNeedsTheExactCount)
{
    const QList<OfflineEvent> records = makeEvents(1, 30, batch().processId);
    QList<qint64> ids;
    for (const OfflineEvent &event : records) {
        ids.append(event.id);
    }
    ClearConfirmDialog dialog(ClearPlan::make(batch(), ClearPlan::Mode::EntireGroup, ids, {}),
                              QStringLiteral("https://portal.example/rest/"), {}, records);
    ASSERT_NE(dialog.typedCountEdit(), nullptr);
    EXPECT_FALSE(dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.typedCountEdit(), QStringLiteral("3"));
    EXPECT_FALSE(dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.typedCountEdit(), QStringLiteral("0"));
    EXPECT_TRUE(dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.typedCountEdit(), QStringLiteral("0"));
    EXPECT_FALSE(dialog.confirmButton()->isEnabled());
}

TEST(ClearConfirmDialog, AnEmptyPlanCannotBeConfirmed)
{
    ClearConfirmDialog dialog(ClearPlan::make(batch(), ClearPlan::Mode::ById, {}, {}),
                              QStringLiteral("https://portal.example/rest/"), {}, {});
    EXPECT_FALSE(dialog.confirmButton()->isEnabled());
    const auto *error = dialog.findChild<QLabel *>(QStringLiteral("clearPlanError"));
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->text().isEmpty());
    bool accepted = false;
    QObject::connect(&dialog, &QDialog::accepted, &dialog, [&accepted] { accepted = true; });
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    EXPECT_FALSE(accepted);
}

TEST(ClearConfirmDialog, ExportsTheRecordsInScope)
{
    QTemporaryDir dir;
    const QList<OfflineEvent> records = makeEvents(5, 7, batch().processId);
    ClearConfirmDialog dialog(ClearPlan::make(batch(), ClearPlan::Mode::ById, {5, 6, 7}, {}),
                              QStringLiteral("https://portal.example/rest/"), {}, records);
    const QString path = dir.filePath(QStringLiteral("backup.json"));
    ASSERT_TRUE(dialog.exportTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    ASSERT_TRUE(doc.isArray());
    EXPECT_EQ(doc.array().size(), 3);
    EXPECT_EQ(doc.array().at(0).toObject().value(QStringLiteral("MESSAGE_ID")).toString(),
              records.at(0).messageId);
    EXPECT_FALSE(dialog.exportTo(dir.filePath(QStringLiteral("missing/dir/x.json"))));
}

TEST(ClearReportDialog, SaysWhatIsStillPresentAndUnknown)
{
    ClearReport report;
    report.requested = 5;
    report.clearedVerified = 3;
    report.verified = true;
    report.stillPresent = {7, 9};
    report.stillPresentReason.insert(7, QStringLiteral("reserved meanwhile by batch x"));
    report.chunks = {ClearReport::ChunkOutcome::Sent, ClearReport::ChunkOutcome::Unknown};
    RestResult unknown;
    unknown.status = CallStatus::OutcomeUnknown;
    unknown.method = QStringLiteral("batch");
    report.failures.append(unknown);

    ui::ClearReportDialog dialog(report);
    EXPECT_TRUE(ui::ClearReportDialog::headline(report).contains(QStringLiteral("Cleared 3 of 5")));
    EXPECT_NE(dialog.findChild<QLabel *>(QStringLiteral("clearReportUnknown")), nullptr);
    EXPECT_NE(dialog.findChild<QWidget *>(QStringLiteral("clearReportStillPresent")), nullptr);
}
