// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"
#include "Seeder.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

using namespace b24;
using namespace b24::test;

namespace {

bool strictlyAscending(const QList<OfflineEvent> &rows)
{
    return std::adjacent_find(rows.cbegin(), rows.cend(),
                              [](const OfflineEvent &a, const OfflineEvent &b) { return a.id >= b.id; })
        == rows.cend();
}

QList<qint64> idsOf(const QList<OfflineEvent> &rows)
{
    QList<qint64> ids;
    for (const OfflineEvent &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class QueueLoaderSandbox : public SandboxFixture
{
};

TEST_F(QueueLoaderSandbox, LoadsEveryRowOnceInFewRequests)
{
    sandbox::SeedOptions seed;
    seed.count = 7321;
    seed.reservedShare = 0.2;
    seed.errorShare = 0.05;
    seed.processes = 3;
    ASSERT_EQ(sandbox::Seeder::seed(m_server.queue(), seed), 7321);

    const quint64 before = m_server.requestCount();
    QueueLoader loader(m_client.get());
    QList<qint64> totals;
    QObject::connect(&loader, &QueueLoader::totalKnown, &loader,
                     [&totals](qint64 total) { totals.append(total); });
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, {}, &rows);

    EXPECT_TRUE(report.completed);
    EXPECT_FALSE(report.cancelled);
    EXPECT_EQ(report.totalAtStart, 7321);
    EXPECT_EQ(totals, QList<qint64>({7321}));
    EXPECT_EQ(report.rowsLoaded, 7321);
    ASSERT_EQ(rows.size(), 7321);
    EXPECT_TRUE(strictlyAscending(rows));
    EXPECT_EQ(idsOf(rows), allIds());
    // One plain list (50 rows) + batches of 50 x 50 rows: ceil(7321 / 2500) + 1 = 4 requests.
    EXPECT_EQ(report.requests, 4);
    EXPECT_EQ(m_server.requestCount() - before, 4u);
    EXPECT_FALSE(loader.isRunning());

    // Fields arrive intact, reserved and error rows included.
    const auto *first = row(rows.first().id);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(rows.first().messageId, QString::fromLatin1(first->messageId));
    EXPECT_EQ(rows.first().eventName, first->eventName);
    EXPECT_TRUE(
        std::any_of(rows.cbegin(), rows.cend(), [](const OfflineEvent &e) { return e.isReserved(); }));
    EXPECT_TRUE(std::any_of(rows.cbegin(), rows.cend(), [](const OfflineEvent &e) { return e.error; }));
}

TEST_F(QueueLoaderSandbox, NextBatchIsOnItsWayBeforeRowsAreHandedOut)
{
    // 50 (first page) + 2,500 + 2,500 + 1,450 rows: after each full batch the loader asks for the
    // next one before decoding and handing out its rows; after the short last batch, for nothing.
    addEvents(6500);
    // Each batch answer is held back 0.8 s, far longer than decoding 2,500 rows takes, so a
    // request sent ahead is still pending when the rows before it are handed out.
    m_server.faults().set(QStringLiteral("batch"), {sandbox::FaultKind::Delay, 800, 10});
    QueueLoader loader(m_client.get());
    QList<int> pendingWhileHandingOut;
    QObject::connect(&loader, &QueueLoader::rowsLoaded, &loader, [&](const QList<OfflineEvent> &) {
        pendingWhileHandingOut.append(m_client->pendingCalls());
    });
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, {}, &rows);
    ASSERT_TRUE(report.completed);
    EXPECT_EQ(rows.size(), 6500);
    EXPECT_TRUE(strictlyAscending(rows));
    EXPECT_EQ(report.requests, 4);
    EXPECT_EQ(pendingWhileHandingOut, (QList<int> {0, 1, 1, 0})); // first page: batches start after it
    EXPECT_EQ(m_client->pendingCalls(), 0);
}

TEST_F(QueueLoaderSandbox, GatewayHiccupsMidLoadCostARetryNotTheLoad)
{
    addEvents(6000);
    // The portal's gateway answers the next two batch requests with an nginx 502 page.
    m_server.faults().set(QStringLiteral("batch"), {sandbox::FaultKind::Html502, 0, 2});
    QueueLoader loader(m_client.get());
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, {}, &rows);
    ASSERT_TRUE(report.completed) << report.failure.explanation.explanation.toStdString();
    EXPECT_EQ(rows.size(), 6000);
    EXPECT_TRUE(strictlyAscending(rows));
    EXPECT_EQ(report.requests, 4) << "the loader saw each batch once; the client asked again";
}

TEST_F(QueueLoaderSandbox, SmallQueueTakesOneRequest)
{
    addEvents(12);
    const quint64 before = m_server.requestCount();
    QueueLoader loader(m_client.get());
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, {}, &rows);
    EXPECT_TRUE(report.completed);
    EXPECT_EQ(rows.size(), 12);
    EXPECT_EQ(report.requests, 1);
    EXPECT_EQ(m_server.requestCount() - before, 1u);
}

TEST_F(QueueLoaderSandbox, AppliesServerSideFilter)
{
    const QList<qint64> deals = addEvents(180, QStringLiteral("ONCRMDEALUPDATE"));
    const QList<qint64> leads = addEvents(140, QStringLiteral("ONCRMLEADADD"));
    reserve(leads.mid(0, 10), "filterbatch0000000000000000000001");

    ListFilter filter;
    filter.eventName = QStringLiteral("onCrmLeadAdd");
    filter.idFrom = leads.at(5);
    filter.idTo = leads.at(120);
    QueueLoader loader(m_client.get());
    loader.setCommandsPerBatch(2);
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, filter, &rows);
    EXPECT_TRUE(report.completed);
    EXPECT_EQ(idsOf(rows), leads.mid(5, 116));
    EXPECT_EQ(report.totalAtStart, 116);
    EXPECT_TRUE(std::all_of(rows.cbegin(), rows.cend(), [](const OfflineEvent &e) {
        return e.eventName == QLatin1String("ONCRMLEADADD");
    }));

    ListFilter reserved;
    reserved.processId = QStringLiteral("filterbatch0000000000000000000001");
    QueueLoader second(m_client.get());
    QList<OfflineEvent> batchRows;
    EXPECT_TRUE(load(second, reserved, &batchRows).completed);
    EXPECT_EQ(idsOf(batchRows), leads.mid(0, 10));

    ListFilter unreserved; // "=PROCESS_ID" with an empty value: the rows of no batch
    unreserved.processId = QString();
    unreserved.eventName = QStringLiteral("ONCRMLEADADD");
    QueueLoader third(m_client.get());
    QList<OfflineEvent> unreservedRows;
    EXPECT_TRUE(load(third, unreserved, &unreservedRows).completed);
    EXPECT_EQ(idsOf(unreservedRows), leads.mid(10));
    EXPECT_EQ(deals.size(), 180);
}

TEST_F(QueueLoaderSandbox, QueueChangingDuringLoadYieldsEveryRemainingRowOnce)
{
    const QList<qint64> original = addEvents(3000);
    QSet<qint64> deleted;
    QList<qint64> added;
    QueueLoader loader(m_client.get());
    loader.setCommandsPerBatch(4); // 200 rows per batch: many requests to change things between
    int pages = 0;
    QObject::connect(&loader, &QueueLoader::rowsLoaded, &loader, [&](const QList<OfflineEvent> &page) {
        ++pages;
        if (pages != 2 && pages != 5)
            return;
        const qint64 last = page.last().id;
        // Delete rows already loaded and rows not loaded yet, and add new ones (higher IDs).
        QList<qint64> doomed;
        for (qint64 id : original) {
            if ((id <= last && id % 7 == 0) || (id > last && id % 5 == 0))
                doomed.append(id);
        }
        m_server.queue().removeIf([&doomed](const sandbox::SandboxEvent &event) {
            return std::binary_search(doomed.cbegin(), doomed.cend(), event.id);
        });
        for (qint64 id : doomed)
            deleted.insert(id);
        added.append(addEvents(30));
    });
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, {}, &rows);
    ASSERT_TRUE(report.completed);
    EXPECT_GE(pages, 5);

    const QList<qint64> loaded = idsOf(rows);
    EXPECT_TRUE(strictlyAscending(rows)); // hence every row at most once
    const QSet<qint64> loadedSet(loaded.cbegin(), loaded.cend());
    EXPECT_EQ(loadedSet.size(), loaded.size());
    int remaining = 0;
    for (qint64 id : original) {
        if (exists(id)) {
            ++remaining;
            EXPECT_TRUE(loadedSet.contains(id)) << "remaining original row " << id << " was not loaded";
        } else {
            EXPECT_TRUE(deleted.contains(id));
        }
    }
    EXPECT_LT(remaining, 3000);
    // Rows added after a deletion run appear because they have higher IDs than everything loaded.
    for (qint64 id : added)
        EXPECT_TRUE(loadedSet.contains(id)) << id;
}

TEST_F(QueueLoaderSandbox, CancelAbortsAndReportsCancelled)
{
    addEvents(4000);
    QueueLoader loader(m_client.get());
    loader.setCommandsPerBatch(1);
    QObject::connect(&loader, &QueueLoader::rowsLoaded, &loader, [&loader](const QList<OfflineEvent> &) {
        loader.cancel(); // while the next request is not even sent or in flight
    });
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, {}, &rows);
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.completed);
    EXPECT_TRUE(report.failure.errorCode.isEmpty()); // a cancel is not a failure
    EXPECT_LT(rows.size(), 4000);
    EXPECT_EQ(report.rowsLoaded, rows.size());
    EXPECT_FALSE(loader.isRunning());
    EXPECT_EQ(m_client->pendingCalls(), 0); // nothing left in flight or queued
}

TEST_F(QueueLoaderSandbox, InvalidFilterSendsNothing)
{
    addEvents(3);
    const quint64 before = m_server.requestCount();
    ListFilter filter;
    filter.idFrom = 10;
    filter.idTo = 2;
    QueueLoader loader(m_client.get());
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, filter, &rows);
    EXPECT_FALSE(report.completed);
    EXPECT_EQ(report.failure.status, CallStatus::Refused);
    EXPECT_FALSE(report.failure.errorDescription.isEmpty());
    EXPECT_EQ(m_server.requestCount(), before);
}

TEST_F(QueueLoaderSandbox, PortalFailureMidLoadStopsWithTheFailingCall)
{
    addEvents(300);
    m_server.faults().set(QStringLiteral("batch"), {sandbox::FaultKind::Internal500, 0, -1});
    QueueLoader loader(m_client.get());
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, {}, &rows);
    EXPECT_FALSE(report.completed);
    EXPECT_FALSE(report.cancelled);
    EXPECT_EQ(report.rowsLoaded, 50); // the first plain page arrived
    EXPECT_EQ(rows.size(), 50);
    EXPECT_EQ(report.failure.errorCode, QStringLiteral("INTERNAL_SERVER_ERROR"));
    EXPECT_FALSE(report.failure.explanation.title.isEmpty());
}

TEST_F(QueueLoaderSandbox, CancelAbortsTheCallInFlight)
{
    addEvents(400);
    // The batch answer is held back for 20 s; cancelling must not wait for it.
    m_server.faults().set(QStringLiteral("batch"), {sandbox::FaultKind::Delay, 20000, 1});
    QueueLoader loader(m_client.get());
    QObject::connect(&m_server, &sandbox::SandboxServer::requestServed, &loader,
                     [&loader](const QByteArray &, const QByteArray &path, int) {
                         if (path.endsWith("batch"))
                             loader.cancel();
                     });
    QElapsedTimer timer;
    timer.start();
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, {}, &rows);
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(rows.size(), 50);
    EXPECT_EQ(report.requests, 2);
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_EQ(m_client->pendingCalls(), 0);
}

TEST_F(QueueLoaderSandbox, LoadsOverHttpsWithPinnedCertificate)
{
    m_server.stop();
    sandbox::SandboxOptions options;
    options.tls = true;
    options.rateLimitEnabled = false;
    startPortal(options);
    connectClient(&m_network, m_server.adminAccessToken());
    ASSERT_EQ(m_client->portal().restBase().scheme(), QStringLiteral("https"));
    const QList<qint64> ids = addEvents(130);
    QueueLoader loader(m_client.get());
    QList<OfflineEvent> rows;
    const QueueLoader::Report report = load(loader, {}, &rows);
    EXPECT_TRUE(report.completed) << report.failure.errorDescription.toStdString();
    EXPECT_EQ(idsOf(rows), ids);
    EXPECT_EQ(report.requests, 2);
}
