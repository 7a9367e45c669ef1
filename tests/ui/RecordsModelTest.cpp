// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsModel.h"

#include "RecordsFilterProxy.h"
#include "TestSupport.h"
#include "UiTestData.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

using b24::OfflineEvent;
using b24::QueueGroup;
using b24::test::makeEvent;
using b24::test::makeEvents;
using b24::ui::RecordsFilterProxy;
using b24::ui::RecordsModel;

TEST(RecordsModel, AppendsEachPageWithOneInsertSignal)
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    EXPECT_EQ(model.appendRows(makeEvents(1, 50)), 50);
    EXPECT_EQ(model.appendRows(makeEvents(51, 100)), 50);

    ASSERT_EQ(inserted.size(), 2);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 50);
    EXPECT_EQ(inserted.at(1).at(2).toInt(), 99);
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_EQ(model.columnCount(), RecordsModel::ColumnCount);
}

TEST(RecordsModel, KeepsEachIdOnceWhenPagesOverlap)
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendRows(makeEvents(1, 10));
    QList<OfflineEvent> overlapping = makeEvents(8, 12);
    overlapping.append(makeEvent(12)); // duplicated inside the page too

    EXPECT_EQ(model.appendRows(overlapping), 2);
    EXPECT_EQ(model.rowCount(), 12);
    EXPECT_EQ(model.appendRows(makeEvents(1, 12)), 0);
    EXPECT_EQ(model.rowOfId(12), 11);
}

TEST(RecordsModel, ShowsColumnsAndRawValues)
{
    RecordsModel model;
    model.appendRows({makeEvent(42, QStringLiteral("pid0000000000000000000000000000a"), true, 1700000123)});

    EXPECT_EQ(model.index(0, RecordsModel::IdColumn).data().toLongLong(), 42);
    EXPECT_EQ(model.index(0, RecordsModel::EventNameColumn).data().toString(),
              QStringLiteral("ONCRMDEALUPDATE"));
    EXPECT_EQ(model.index(0, RecordsModel::ProcessIdColumn).data().toString(),
              QStringLiteral("pid0000000000000000000000000000a"));
    EXPECT_FALSE(model.index(0, RecordsModel::ErrorColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, RecordsModel::TimeColumn).data(RecordsModel::RawValueRole).toLongLong(),
              1700000123);
    EXPECT_TRUE(
        model.index(0, RecordsModel::PayloadColumn).data().toString().contains(QStringLiteral("294")));
    EXPECT_EQ(model.index(0, 0).data(RecordsModel::GroupKeyRole).toString(),
              QStringLiteral("batch:pid0000000000000000000000000000a"));
    EXPECT_EQ(RecordsModel::groupKeyOf(makeEvent(1, {}, true)), QStringLiteral("errors"));
    EXPECT_EQ(RecordsModel::groupKeyOf(makeEvent(1)), QStringLiteral("unreserved"));
}

TEST(RecordsModel, RemovesIdsAndKeepsIndexConsistent)
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendRows(makeEvents(1, 20));
    model.removeIds({3, 4, 5, 10, 20, 999});

    EXPECT_EQ(model.rowCount(), 15);
    EXPECT_EQ(model.eventById(4), nullptr);
    ASSERT_NE(model.eventById(11), nullptr);
    EXPECT_EQ(model.eventAt(model.rowOfId(11)).id, 11);
    EXPECT_EQ(model.rowOfId(6), 2);
}

TEST(RecordsFilterProxy, SortsIdsAsNumbers)
{
    RecordsModel model;
    RecordsFilterProxy proxy;
    proxy.setRecordsModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendRows({makeEvent(10), makeEvent(9), makeEvent(100)});
    proxy.sort(RecordsModel::IdColumn, Qt::AscendingOrder);

    EXPECT_EQ(proxy.index(0, 0).data().toLongLong(), 9);
    EXPECT_EQ(proxy.index(1, 0).data().toLongLong(), 10);
    EXPECT_EQ(proxy.index(2, 0).data().toLongLong(), 100);
}

TEST(RecordsFilterProxy, SortsEveryColumnLikeItsRawValues)
{
    // The proxy compares the rows' fields directly; the order must be the one the raw values
    // (RawValueRole: numbers as numbers, text case-insensitively) give.
    RecordsModel model;
    RecordsFilterProxy proxy;
    proxy.setRecordsModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString pidA = QStringLiteral("Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    const QString pidB = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    model.appendRows({makeEvent(100, pidA, false, 1700000300, {}, QStringLiteral("ontaskadd")),
                      makeEvent(9, {}, true, 1700000100, {}, QStringLiteral("ONCRMDEALUPDATE")),
                      makeEvent(20, pidB, true, 1700000200, {}, QStringLiteral("OnCrmLeadAdd")),
                      makeEvent(3, {}, false, 1700000050, {}, QStringLiteral("ONTASKUPDATE"))});
    for (int column = 0; column < RecordsModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const QVariant before = proxy.index(row - 1, column).data(RecordsModel::RawValueRole);
                const QVariant after = proxy.index(row, column).data(RecordsModel::RawValueRole);
                const int cmp = before.typeId() == QMetaType::QString
                    ? QString::compare(before.toString(), after.toString(), Qt::CaseInsensitive)
                    : (before.toLongLong() > after.toLongLong()) - (before.toLongLong() < after.toLongLong());
                if (order == Qt::AscendingOrder)
                    EXPECT_LE(cmp, 0) << "column " << column << " row " << row;
                else
                    EXPECT_GE(cmp, 0) << "column " << column << " row " << row;
            }
        }
    }
    proxy.sort(RecordsModel::IdColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.idsOfRows({0, 1, 2, 3}), (QList<qint64> {3, 9, 20, 100}));
    proxy.sort(RecordsModel::ProcessIdColumn, Qt::AscendingOrder); // "" < "aaa…" < "Bbb…"
    EXPECT_EQ(proxy.index(3, RecordsModel::ProcessIdColumn).data().toString(), pidA);
}

TEST(RecordsFilterProxy, FiltersByGroupAndQuickText)
{
    RecordsModel model;
    RecordsFilterProxy proxy;
    proxy.setRecordsModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString pid = QStringLiteral("abcdefabcdefabcdefabcdefabcdefab");
    model.appendRows(makeEvents(1, 5));
    model.appendRows(makeEvents(6, 8, pid));
    model.appendRows(
        {makeEvent(9, {}, true), makeEvent(10, {}, false, 1700000000, {}, QStringLiteral("ONTASKADD"))});

    QueueGroup batch;
    batch.kind = QueueGroup::Kind::Batch;
    batch.processId = pid;
    proxy.setGroup(batch);
    EXPECT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.idsOfRows({0, 1, 2}), (QList<qint64> {6, 7, 8}));

    QueueGroup unreserved;
    proxy.setGroup(unreserved);
    EXPECT_EQ(proxy.rowCount(), 6); // 1..5 and 10; 9 is an error row

    proxy.setQuickFilter(QStringLiteral("ontask"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setGroup(std::nullopt);
    proxy.setQuickFilter(QStringLiteral("abcdefabcdef"));
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.setQuickFilter(QStringLiteral("\"56\"")); // payload of id 8 is {"FIELDS":{"ID":"56"}}
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setQuickFilter({});
    EXPECT_EQ(proxy.rowCount(), 10);
}

TEST(RecordsFilterProxy, StaysSortedWhilePagesStreamIn)
{
    RecordsModel model;
    RecordsFilterProxy proxy;
    proxy.setRecordsModel(&model);
    proxy.sort(RecordsModel::IdColumn, Qt::DescendingOrder);
    for (qint64 first = 1; first <= 20000; first += 2500) {
        model.appendRows(makeEvents(first, first + 2499));
    }
    ASSERT_EQ(proxy.rowCount(), 20000);
    EXPECT_EQ(proxy.index(0, 0).data().toLongLong(), 20000);
    EXPECT_EQ(proxy.index(19999, 0).data().toLongLong(), 1);
}

TEST(RecordsFilterProxy, HundredThousandRowsArriveInCheapPages)
{
    // 40 pages of 2,500 rows (one batch request each) into a sorted, group-filtered proxy. Each
    // page must be a small slice of work for the GUI thread, not a stall.
    RecordsModel model;
    RecordsFilterProxy proxy;
    proxy.setRecordsModel(&model);
    proxy.sort(RecordsModel::TimeColumn, Qt::DescendingOrder);
    QueueGroup unreserved;
    proxy.setGroup(unreserved);
    QList<QList<OfflineEvent>> pages;
    for (qint64 first = 1; first <= 100000; first += 2500) {
        pages.append(makeEvents(first, first + 2499));
    }
    qint64 slowestMs = 0;
    QElapsedTimer clock;
    for (const QList<OfflineEvent> &page : std::as_const(pages)) {
        clock.start();
        model.appendRows(page);
        slowestMs = std::max(slowestMs, clock.elapsed());
    }
    EXPECT_EQ(proxy.rowCount(), 100000);
    EXPECT_LT(slowestMs, 1000) << "slowest page took " << slowestMs << " ms";
    RecordProperty("slowestPageMs", int(slowestMs));
    clock.start();
    proxy.setQuickFilter(QStringLiteral("\"ID\":\"7\""));
    EXPECT_EQ(proxy.rowCount(), 1); // only id 1 has payload ID 7
    EXPECT_LT(clock.elapsed(), 3000);
}
