// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueOverviewModel.h"

#include "TestSupport.h"
#include "UiTestData.h"
#include "queue/QueueSnapshot.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using b24::QueueSnapshot;
using b24::test::makeEvent;
using b24::ui::QueueOverviewModel;

namespace {
constexpr qint64 Now = 1700000000;
const QString OldBatch = QStringLiteral("oldoldoldoldoldoldoldoldoldoldol");
const QString NewBatch = QStringLiteral("newnewnewnewnewnewnewnewnewnewne");

QueueSnapshot sampleSnapshot()
{
    QueueSnapshot snapshot;
    snapshot.append({makeEvent(1, {}, false, Now - 600), makeEvent(2, {}, false, Now - 60),
                     makeEvent(3, {}, true, Now - 7200), makeEvent(4, OldBatch, false, Now - 3 * 86400),
                     makeEvent(5, OldBatch, true, Now - 2 * 86400),
                     makeEvent(6, NewBatch, false, Now - 120)});
    return snapshot;
}
} // namespace

TEST(QueueOverviewModel, CountsGroupsAndFlagsStuckBatches)
{
    QueueOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QueueSnapshot snapshot = sampleSnapshot();
    model.setGroups(snapshot.groups(86400, Now), snapshot.size(), Now, 86400);

    ASSERT_EQ(model.rowCount(), 5); // All, Unreserved, Errors, two batches
    EXPECT_EQ(
        model.index(0, QueueOverviewModel::CountColumn).data(QueueOverviewModel::RawValueRole).toLongLong(),
        6);
    EXPECT_FALSE(model.groupAt(0).has_value());

    const int unreserved = model.rowOfKey(QStringLiteral("unreserved"));
    ASSERT_GT(unreserved, 0);
    EXPECT_EQ(model.groupAt(unreserved)->count, 2);
    EXPECT_EQ(model.index(unreserved, QueueOverviewModel::AgeColumn).data().toString(),
              QStringLiteral("10 min"));

    const int errors = model.rowOfKey(QStringLiteral("errors"));
    ASSERT_GT(errors, 0);
    EXPECT_EQ(model.groupAt(errors)->count, 1);

    const int old = model.rowOfKey(QStringLiteral("batch:") + OldBatch);
    ASSERT_GT(old, 0);
    EXPECT_TRUE(model.index(old, 0).data(QueueOverviewModel::StuckRole).toBool());
    EXPECT_EQ(model.groupAt(old)->count, 2);
    EXPECT_EQ(model.index(old, QueueOverviewModel::ErrorsColumn).data().toString(), QStringLiteral("1"));
    EXPECT_EQ(model.index(old, QueueOverviewModel::StateColumn).data().toString(), QStringLiteral("stuck"));
    EXPECT_TRUE(model.index(old, 0).data(Qt::BackgroundRole).isValid());

    const int fresh = model.rowOfKey(QStringLiteral("batch:") + NewBatch);
    ASSERT_GT(fresh, 0);
    EXPECT_FALSE(model.index(fresh, 0).data(QueueOverviewModel::StuckRole).toBool());
    EXPECT_FALSE(model.index(fresh, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(model.stuckCount(), 1);
}

TEST(QueueOverviewModel, ThresholdDecidesWhatIsStuck)
{
    QueueOverviewModel model;
    const QueueSnapshot snapshot = sampleSnapshot();
    model.setGroups(snapshot.groups(60, Now), snapshot.size(), Now, 60);
    EXPECT_EQ(model.stuckCount(), 2);
    model.setGroups(snapshot.groups(30 * 86400, Now), snapshot.size(), Now, 30 * 86400);
    EXPECT_EQ(model.stuckCount(), 0);
}

TEST(QueueOverviewModel, UpdatesCountsInPlaceWhenGroupsStayTheSame)
{
    QueueOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QueueSnapshot snapshot = sampleSnapshot();
    model.setGroups(snapshot.groups(86400, Now), snapshot.size(), Now, 86400);
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&resets] { ++resets; });

    snapshot.append({makeEvent(7, {}, false, Now - 30)});
    model.setGroups(snapshot.groups(86400, Now), snapshot.size(), Now, 86400);
    EXPECT_EQ(resets, 0);
    EXPECT_EQ(model.groupAt(model.rowOfKey(QStringLiteral("unreserved")))->count, 3);
}

TEST(QueueOverviewModel, FormatsAges)
{
    EXPECT_EQ(QueueOverviewModel::formatAge(40), QStringLiteral("40 s"));
    EXPECT_EQ(QueueOverviewModel::formatAge(3 * 3600 + 600), QStringLiteral("3 h 10 min"));
    EXPECT_EQ(QueueOverviewModel::formatAge(5 * 86400 + 4 * 3600), QStringLiteral("5 d 4 h"));
}
