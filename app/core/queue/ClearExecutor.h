// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClearPlan.h"
#include "ClearReport.h"
#include "OfflineEvent.h"

#include <QJsonObject>
#include <QObject>

namespace b24 {

class AuditLog;
class RestClient;

// Runs a ClearPlan chunk by chunk, never retrying a chunk whose outcome is unknown, then re-lists
// the scope to report what is verifiably gone. Cancelling stops before the next chunk; the report
// still verifies what happened. Every destructive call is recorded in the audit log.
class ClearExecutor : public QObject
{
    Q_OBJECT

public:
    explicit ClearExecutor(RestClient *client, AuditLog *audit = nullptr, QObject *parent = nullptr);
    ~ClearExecutor() override;

    // An invalid plan sends nothing: finished() follows (from the event loop) with the plan's
    // error in failures and verifyError. Any chunk that fails or whose outcome is unknown stops the
    // run (later chunks stay NotSent); the scope is then re-listed.
    void start(const ClearPlan &plan);
    void cancel(); // the chunk in flight completes; no further chunk is sent
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progress(int chunksDone, int chunksTotal);
    void verifying();
    void finished(const b24::ClearReport &report);

private:
    void sendNextChunk();
    void onChunk(int chunk, const b24::RestResult &result);
    void verify();
    void onVerified(bool ok, const QList<b24::OfflineEvent> &rows, const b24::RestResult &failure);
    [[nodiscard]] QString chunkReason(qint64 id) const;
    [[nodiscard]] QString reasonFor(const OfflineEvent &row, qint64 idForChunk) const;
    [[nodiscard]] int chunkOfMessageId(const QString &messageId) const;
    [[nodiscard]] QString reasonForChunk(int chunk) const;
    [[nodiscard]] QJsonObject auditBase() const;
    void auditChunk(int chunk, ClearReport::ChunkOutcome outcome, const b24::RestResult &result);
    void finish();

    class Private;
    Private *d;
};

} // namespace b24
