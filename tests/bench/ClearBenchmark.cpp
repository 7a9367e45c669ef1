// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearBenchmark.h"

#include "BenchClient.h"
#include "BenchLoop.h"
#include "LoadBenchmark.h"
#include "SandboxServer.h"
#include "SandboxThread.h"
#include "queue/ClearExecutor.h"
#include "queue/ClearPlan.h"

#include <QElapsedTimer>

namespace b24::bench {

QJsonObject ClearBenchmark::run(int rows, bool reserved)
{
    QJsonObject out {{QLatin1String("benchmark"), QLatin1String("clear")},
                     {QLatin1String("rows"), rows},
                     {QLatin1String("reserved"), reserved}};
    sandbox::SandboxOptions options;
    options.tls = false;
    options.seed.count = rows;
    options.seed.reservedShare = reserved ? 1.0 : 0.0;
    options.seed.processes = 1;
    SandboxThread portal;
    QString error;
    if (!portal.launch(options, &error)) {
        out.insert(QLatin1String("error"), error);
        return out;
    }
    // The selection: every seeded row (for the reserved case, all rows of the one batch).
    QList<qint64> ids;
    QString processId;
    portal.runOnServer([&](sandbox::SandboxServer &server) {
        for (const auto &row : server.queue().rows()) {
            ids.append(row.id);
            if (reserved && processId.isEmpty())
                processId = QString::fromLatin1(row.processId);
        }
    });
    QueueGroup group;
    if (reserved) {
        group.kind = QueueGroup::Kind::Batch;
        group.processId = processId;
    }
    group.count = ids.size();
    QElapsedTimer planTimer;
    planTimer.start();
    const ClearPlan plan = ClearPlan::make(group, ClearPlan::Mode::ById, ids, {});
    const double planSeconds = double(planTimer.nsecsElapsed()) / 1e9;
    if (!plan.isValid()) {
        out.insert(QLatin1String("error"), plan.error);
        return out;
    }
    int commands = 0;
    for (const BatchRequest &request : plan.requests)
        commands += request.size();

    BenchClient client(portal.baseUrl(), portal.accessToken());
    ClearExecutor executor(client.client());
    ClearReport report;
    BenchLoop loop;
    QElapsedTimer wall;
    qint64 verifyStartNs = -1;
    qint64 wallNs = 0;
    int requestsBeforeVerify = 0;
    QObject::connect(&executor, &ClearExecutor::verifying, &loop, [&] {
        verifyStartNs = wall.nsecsElapsed();
        requestsBeforeVerify = client.requests();
    });
    QObject::connect(&executor, &ClearExecutor::finished, &loop, [&](const ClearReport &done) {
        wallNs = wall.nsecsElapsed();
        report = done;
        loop.quit();
    });
    wall.start();
    executor.start(plan);
    if (!loop.runFor(60 * 60 * 1000))
        out.insert(QLatin1String("error"), QLatin1String("timed out"));

    qsizetype left = -1;
    portal.runOnServer([&](sandbox::SandboxServer &server) { left = server.queue().size(); });
    const double wallSeconds = double(wallNs) / 1e9;
    out.insert(QLatin1String("planSeconds"), planSeconds);
    out.insert(QLatin1String("planRequests"), int(plan.requests.size()));
    out.insert(QLatin1String("planCommands"), commands);
    out.insert(QLatin1String("requests"), client.requests());
    out.insert(QLatin1String("clearRequests"), requestsBeforeVerify);
    out.insert(QLatin1String("verifyRequests"), client.requests() - requestsBeforeVerify);
    out.insert(QLatin1String("queryLimitExceeded"), client.limitExceeded());
    out.insert(QLatin1String("wallSeconds"), wallSeconds);
    out.insert(QLatin1String("clearSeconds"), double(verifyStartNs) / 1e9);
    out.insert(QLatin1String("verifySeconds"), double(wallNs - verifyStartNs) / 1e9);
    out.insert(QLatin1String("boundSeconds"), LoadBenchmark::boundSeconds(client.requests()));
    out.insert(QLatin1String("verified"), report.verified);
    out.insert(QLatin1String("clearedVerified"), report.clearedVerified);
    out.insert(QLatin1String("stillPresent"), report.stillPresent.size());
    out.insert(QLatin1String("rowsLeftOnPortal"), qint64(left));
    return out;
}

} // namespace b24::bench
