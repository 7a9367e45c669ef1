// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"
#include "queue/ClearPlan.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>

using namespace b24;
using namespace b24::test;

namespace {

const QByteArray StuckBatch = "stuckbatch000000000000000000000a";
const QByteArray OtherBatch = "otherbatch000000000000000000000b";

} // namespace

class ClearSandbox : public SandboxFixture
{
protected:
    QList<qint64> stuckBatchOf(int count)
    {
        const qint64 fiveDaysAgo = QDateTime::currentSecsSinceEpoch() - 5 * 86400;
        const QList<qint64> ids = addEvents(count, QStringLiteral("ONCRMDEALUPDATE"), fiveDaysAgo);
        reserve(ids, StuckBatch);
        return ids;
    }
};

TEST_F(ClearSandbox, ClearsThreeRowsOfStuckBatchById)
{
    const QList<qint64> batch = stuckBatchOf(10);
    const QList<qint64> unreserved = addEvents(5);
    const QList<qint64> chosen {batch[1], batch[4], batch[7]};

    const ClearPlan plan = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::ById, chosen, {});
    ASSERT_TRUE(plan.isValid()) << plan.error.toStdString();
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);

    EXPECT_TRUE(report.isComplete()) << report.summary().toStdString();
    EXPECT_EQ(report.requested, 3);
    EXPECT_EQ(report.clearedVerified, 3);
    EXPECT_EQ(report.clearedIds, chosen);
    EXPECT_EQ(report.chunks, QList<ClearReport::ChunkOutcome>({ClearReport::ChunkOutcome::Sent}));
    for (qint64 id : batch)
        EXPECT_EQ(exists(id), !chosen.contains(id)) << id;
    for (qint64 id : unreserved)
        EXPECT_TRUE(exists(id));
    EXPECT_TRUE(report.summary().contains(QStringLiteral("Cleared 3 of 3")));
}

TEST_F(ClearSandbox, ByMessageIdRemovesCopiesInThatBatchOnly)
{
    const QByteArray data = R"({"FIELDS":{"ID":"777"}})";
    const qint64 inBatch = addEvent(QStringLiteral("ONCRMDEALUPDATE"), data);
    const qint64 sibling = addEvents(1).first();
    reserve({inBatch, sibling}, StuckBatch);
    const qint64 inOtherBatch
        = addEvent(QStringLiteral("ONCRMDEALUPDATE"), data); // a new row: the first is reserved
    ASSERT_NE(inOtherBatch, inBatch);
    reserve({inOtherBatch}, OtherBatch);
    const qint64 unreservedCopy = addEvent(QStringLiteral("ONCRMDEALUPDATE"), data);
    ASSERT_NE(unreservedCopy, inOtherBatch);
    const QString messageId = QString::fromLatin1(row(inBatch)->messageId);
    ASSERT_EQ(QString::fromLatin1(row(unreservedCopy)->messageId), messageId);

    const ClearPlan plan
        = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::ByMessageId, {}, {messageId});
    ASSERT_TRUE(plan.isValid()) << plan.error.toStdString();
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);

    EXPECT_TRUE(report.isComplete()) << report.summary().toStdString();
    EXPECT_EQ(report.requested, 1);
    EXPECT_EQ(report.clearedVerified, 1);
    EXPECT_FALSE(exists(inBatch));
    EXPECT_TRUE(exists(sibling));
    EXPECT_TRUE(exists(inOtherBatch));
    EXPECT_TRUE(exists(unreservedCopy));
}

TEST_F(ClearSandbox, UnreservedRowsByIdLeaveOtherUnreservedRowsAlone)
{
    const QList<qint64> unreserved = addEvents(20);
    const QList<qint64> batch = stuckBatchOf(4);
    const QList<qint64> errorRows = addEvents(2, QStringLiteral("ONTASKADD"));
    for (qint64 id : errorRows)
        markErrorRow(id);
    const QList<qint64> chosen = unreserved.mid(3, 5);

    const ClearPlan plan = ClearPlan::make(unreservedGroup(), ClearPlan::Mode::ById, chosen, {});
    ASSERT_TRUE(plan.isValid());
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);

    EXPECT_TRUE(report.isComplete()) << report.summary().toStdString();
    EXPECT_EQ(report.clearedVerified, 5);
    for (qint64 id : unreserved)
        EXPECT_EQ(exists(id), !chosen.contains(id)) << id;
    for (qint64 id : batch + errorRows)
        EXPECT_TRUE(exists(id)) << id;
}

TEST_F(ClearSandbox, ErrorRowsGroupClearsOnlyChosenErrorRows)
{
    const QList<qint64> normal = addEvents(6);
    const QList<qint64> errorRows = addEvents(4, QStringLiteral("ONTASKADD"));
    for (qint64 id : errorRows)
        markErrorRow(id);

    const ClearPlan plan = ClearPlan::make(errorsGroup(), ClearPlan::Mode::ById, errorRows.mid(0, 3), {});
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);

    EXPECT_TRUE(report.isComplete()) << report.summary().toStdString();
    EXPECT_EQ(report.clearedVerified, 3);
    EXPECT_FALSE(exists(errorRows[0]));
    EXPECT_FALSE(exists(errorRows[2]));
    EXPECT_TRUE(exists(errorRows[3]));
    for (qint64 id : normal)
        EXPECT_TRUE(exists(id));
}

TEST_F(ClearSandbox, ChunksThousandsOfIdsAcrossCommandsAndRequests)
{
    const QList<qint64> batch = stuckBatchOf(2500);
    const QList<qint64> keep = addEvents(10);
    const quint64 before = m_server.requestCount();

    // 20 ids per command: 125 commands -> 3 batch requests (50 + 50 + 25).
    const ClearPlan plan
        = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::EntireGroup, batch, {}, 20);
    ASSERT_EQ(plan.requests.size(), 3);
    ClearExecutor executor(m_client.get(), m_audit.get());
    QList<int> progress;
    QObject::connect(&executor, &ClearExecutor::progress, &executor,
                     [&progress](int done, int total) { progress.append(done * 10 + total); });
    const ClearReport report = runClear(executor, plan);

    EXPECT_TRUE(report.isComplete()) << report.summary().toStdString();
    EXPECT_EQ(report.clearedVerified, 2500);
    EXPECT_EQ(progress, QList<int>({13, 23, 33}));
    for (qint64 id : batch)
        ASSERT_FALSE(exists(id)) << id;
    for (qint64 id : keep)
        EXPECT_TRUE(exists(id));
    // 3 clear requests + 2 verification requests (52 list commands of <= 49 ids, 50 per batch).
    EXPECT_EQ(m_server.requestCount() - before, 5u);
}

TEST_F(ClearSandbox, CancelBetweenChunksLeavesTruthfulReport)
{
    const QList<qint64> batch = stuckBatchOf(2500);
    const ClearPlan plan = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::ById, batch, {}, 20);
    ASSERT_EQ(plan.requests.size(), 3);
    ClearExecutor executor(m_client.get(), m_audit.get());
    QObject::connect(&executor, &ClearExecutor::progress, &executor, [&executor](int done, int) {
        if (done == 1)
            executor.cancel();
    });
    const ClearReport report = runClear(executor, plan);

    using Outcome = ClearReport::ChunkOutcome;
    EXPECT_TRUE(report.cancelled);
    EXPECT_TRUE(report.verified);
    EXPECT_FALSE(report.isComplete());
    EXPECT_EQ(report.chunks, QList<Outcome>({Outcome::Sent, Outcome::NotSent, Outcome::NotSent}));
    EXPECT_EQ(report.clearedVerified, 1000); // 50 commands x 20 ids
    EXPECT_EQ(report.stillPresent.size(), 1500);
    EXPECT_TRUE(report.stillPresentReason.value(batch.last()).contains(QStringLiteral("cancelled")));
    int left = 0;
    for (qint64 id : batch)
        left += exists(id) ? 1 : 0;
    EXPECT_EQ(left, 1500);
    EXPECT_EQ(report.clearedIds, batch.mid(0, 1000));
}

TEST_F(ClearSandbox, DroppedConnectionIsUnknownAndVerificationTellsTheTruth)
{
    const QList<qint64> batch = stuckBatchOf(100);
    // The portal applies the first clear request, then drops the connection without answering.
    m_server.faults().set(QStringLiteral("batch"), {sandbox::FaultKind::DropAfterApply, 0, 1});
    const ClearPlan twoRequests
        = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::ById, batch, {}, 1);
    ASSERT_EQ(twoRequests.requests.size(), 2); // 100 commands of one id
    ClearExecutor executor(m_client.get(), m_audit.get());
    const quint64 before = m_server.requestCount();
    const ClearReport report = runClear(executor, twoRequests);
    // The unknown request is never repeated: one clear request, then one re-list (3 commands).
    EXPECT_EQ(m_server.requestCount() - before, 2u);

    using Outcome = ClearReport::ChunkOutcome;
    EXPECT_EQ(report.chunks, QList<Outcome>({Outcome::Unknown, Outcome::NotSent}));
    EXPECT_TRUE(report.hasUnknownOutcome());
    EXPECT_TRUE(report.verified);
    EXPECT_EQ(report.clearedVerified, 50); // the first request was applied after all
    EXPECT_EQ(report.stillPresent, batch.mid(50));
    EXPECT_TRUE(report.stillPresentReason.value(batch[60]).contains(QStringLiteral("not sent")));
    ASSERT_FALSE(report.failures.isEmpty());
    EXPECT_EQ(report.failures.first().status, CallStatus::OutcomeUnknown);
    EXPECT_TRUE(report.summary().contains(QStringLiteral("unknown")));
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(exists(batch[i]), i >= 50);
}

TEST_F(ClearSandbox, DroppedBeforeApplyReportsNothingClearedAndUnknownReason)
{
    const QList<qint64> batch = stuckBatchOf(5);
    m_server.faults().set(QStringLiteral("batch"), {sandbox::FaultKind::DropBeforeApply, 0, 1});
    const ClearPlan plan = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::ById, batch, {});
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);
    EXPECT_EQ(report.chunks, QList<ClearReport::ChunkOutcome>({ClearReport::ChunkOutcome::Unknown}));
    EXPECT_TRUE(report.verified);
    EXPECT_EQ(report.clearedVerified, 0);
    EXPECT_EQ(report.stillPresent, batch);
    EXPECT_TRUE(report.stillPresentReason.value(batch[0]).contains(QStringLiteral("unknown")));
}

TEST_F(ClearSandbox, RowReservedMeanwhileIsReportedWithItsBatch)
{
    const QList<qint64> unreserved = addEvents(4);
    // Between the admin's load and the clear, another consumer reserves one of the rows.
    reserve({unreserved[2]}, OtherBatch);
    const ClearPlan plan = ClearPlan::make(unreservedGroup(), ClearPlan::Mode::ById, unreserved, {});
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);
    EXPECT_TRUE(report.verified);
    EXPECT_EQ(report.clearedVerified, 3);
    EXPECT_EQ(report.stillPresent, QList<qint64>({unreserved[2]}));
    EXPECT_TRUE(report.stillPresentReason.value(unreserved[2]).contains(QString::fromLatin1(OtherBatch)));
    EXPECT_TRUE(exists(unreserved[2]));
}

TEST_F(ClearSandbox, EmptySelectionSendsNothing)
{
    const QList<qint64> batch = stuckBatchOf(3);
    const quint64 before = m_server.requestCount();
    const ClearPlan plan = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::EntireGroup, {}, {});
    EXPECT_FALSE(plan.isValid());
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);
    EXPECT_FALSE(report.verified);
    ASSERT_EQ(report.failures.size(), 1);
    EXPECT_EQ(report.failures.first().status, CallStatus::Refused);
    EXPECT_TRUE(report.summary().startsWith(QStringLiteral("Nothing was sent")))
        << report.summary().toStdString();
    EXPECT_EQ(report.clearedVerified, 0);
    EXPECT_EQ(m_server.requestCount(), before);
    for (qint64 id : batch)
        EXPECT_TRUE(exists(id));
    EXPECT_TRUE(m_audit->readAll().isEmpty());
}

TEST_F(ClearSandbox, AuditRecordsEveryClearRequestWithoutSecrets)
{
    const QList<qint64> batch = stuckBatchOf(30);
    const ClearPlan plan
        = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::ById, batch.mid(0, 25), {}, 10);
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);
    ASSERT_TRUE(report.isComplete());

    const QList<QJsonObject> records = m_audit->readAll();
    ASSERT_EQ(records.size(), 2); // one clear request (3 commands), one verified result
    const QJsonObject request = records[0];
    EXPECT_EQ(request.value(QStringLiteral("event")).toString(), QStringLiteral("clear_request"));
    EXPECT_EQ(request.value(QStringLiteral("method")).toString(), QStringLiteral("event.offline.clear"));
    EXPECT_EQ(request.value(QStringLiteral("portal")).toString(), m_client->portal().host());
    EXPECT_EQ(request.value(QStringLiteral("process_id")).toString(), QString::fromLatin1(StuckBatch));
    EXPECT_EQ(request.value(QStringLiteral("mode")).toString(), QStringLiteral("by_id"));
    EXPECT_EQ(request.value(QStringLiteral("ids")).toArray().size(), 25);
    EXPECT_EQ(request.value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
    EXPECT_TRUE(request.contains(QStringLiteral("time")));
    const QJsonObject verified = records[1];
    EXPECT_EQ(verified.value(QStringLiteral("event")).toString(), QStringLiteral("clear_verified"));
    EXPECT_EQ(verified.value(QStringLiteral("cleared_verified")).toInteger(), 25);

    QFile file(m_audit->filePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    EXPECT_FALSE(raw.contains(m_server.adminAccessToken().toUtf8()));
    EXPECT_FALSE(raw.contains(m_server.refreshToken().toUtf8()));
    EXPECT_FALSE(raw.contains(m_server.clientSecret().toUtf8()));
    EXPECT_FALSE(raw.contains("\"auth\""));
}

TEST_F(ClearSandbox, FailedRequestByMessageIdReportsEveryRowStillPresent)
{
    const QList<qint64> batch = stuckBatchOf(120);
    QStringList messageIds;
    for (qint64 id : batch)
        messageIds.append(QString::fromLatin1(row(id)->messageId));
    m_server.faults().set(QStringLiteral("batch"), {sandbox::FaultKind::Internal500, 0, 1});
    const ClearPlan plan
        = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::ByMessageId, {}, messageIds);
    ASSERT_TRUE(plan.isValid());
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);

    EXPECT_EQ(report.chunks, QList<ClearReport::ChunkOutcome>({ClearReport::ChunkOutcome::Failed}));
    EXPECT_TRUE(report.verified); // the re-list pages through all 120 rows (three pages of one command)
    EXPECT_EQ(report.clearedVerified, 0);
    EXPECT_EQ(report.stillPresent, batch);
    EXPECT_EQ(report.stillPresentMessageIds.size(), 120);
    EXPECT_TRUE(report.stillPresentReason.value(batch[0]).contains(QStringLiteral("failed")));
    const QList<QJsonObject> records = m_audit->readAll();
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(records[0].value(QStringLiteral("message_ids")).toArray().size(), 120);
}

TEST_F(ClearSandbox, TruncatedAnswerCountsAsUnknownAndIsVerified)
{
    const QList<qint64> batch = stuckBatchOf(6);
    // The portal applies the clear and then sends half a JSON body.
    m_server.faults().set(QStringLiteral("batch"), {sandbox::FaultKind::TruncatedJson, 0, 1});
    const ClearPlan plan
        = ClearPlan::make(batchGroup(StuckBatch), ClearPlan::Mode::ById, batch.mid(0, 4), {});
    ClearExecutor executor(m_client.get(), m_audit.get());
    const ClearReport report = runClear(executor, plan);
    EXPECT_EQ(report.chunks, QList<ClearReport::ChunkOutcome>({ClearReport::ChunkOutcome::Unknown}));
    EXPECT_TRUE(report.verified);
    EXPECT_EQ(report.clearedVerified, 4);
    EXPECT_TRUE(report.stillPresent.isEmpty());
    EXPECT_TRUE(report.hasUnknownOutcome());
    EXPECT_TRUE(report.isComplete()); // verified: everything in scope is gone
    EXPECT_TRUE(exists(batch[4]));
    EXPECT_EQ(m_audit->readAll().first().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("unknown"));
}
