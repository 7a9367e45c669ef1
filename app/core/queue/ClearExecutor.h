// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClearPlan.h"
#include "ClearReport.h"

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

    void start(const ClearPlan &plan);
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progress(int chunksDone, int chunksTotal);
    void verifying();
    void finished(const b24::ClearReport &report);

private:
    class Private;
    Private *d;
};

} // namespace b24
