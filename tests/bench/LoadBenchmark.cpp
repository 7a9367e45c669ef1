// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoadBenchmark.h"

#include "BenchClient.h"
#include "BenchLoop.h"
#include "ParsePipeline.h"
#include "ProcessMemory.h"
#include "SandboxThread.h"
#include "SyntheticBatch.h"
#include "queue/QueueLoader.h"
#include "queue/QueueSnapshot.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace b24::bench {

namespace {

constexpr int RowsPerRequest = 50 * 50;
constexpr int PageRows = 50;
constexpr int TimeoutMs = 60 * 60 * 1000;

sandbox::SandboxOptions portalOptions(int rows, bool throttled)
{
    sandbox::SandboxOptions options;
    options.tls = false;
    options.rateLimitEnabled = throttled; // 2 req/s, burst 50 (the defaults)
    options.operatingLimitEnabled = throttled;
    options.seed.count = rows;
    return options;
}

RateLimitConfig clientLimits(bool throttled)
{
    RateLimitConfig limits; // the app's defaults: 2/s, burst 50
    if (!throttled) {
        limits.ratePerSecond = 1e6;
        limits.burst = 1'000'000;
    }
    return limits;
}

} // namespace

double LoadBenchmark::loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

double LoadBenchmark::boundSeconds(qint64 requests)
{
    return double(std::max<qint64>(0, requests - 50)) / 2.0;
}

double LoadBenchmark::parseSecondsPerBatch()
{
    const QByteArray body = SyntheticBatch::body(50, 50);
    std::vector<double> samples;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<OfflineEvent> rows = ParsePipeline::parseBatchAsClient(body);
        samples.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (rows.size() != RowsPerRequest)
            return -1;
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

QJsonObject LoadBenchmark::loader(int rows, bool throttled)
{
    QJsonObject out {{QLatin1String("benchmark"), QLatin1String("load")},
                     {QLatin1String("rows"), rows},
                     {QLatin1String("throttled"), throttled}};
    SandboxThread portal;
    QString error;
    if (!portal.launch(portalOptions(rows, throttled), &error)) {
        out.insert(QLatin1String("error"), error);
        return out;
    }
    const double parsePerBatch = parseSecondsPerBatch();
    BenchClient client(portal.baseUrl(), portal.accessToken(), clientLimits(throttled));
    QueueLoader loader(client.client());
    QueueSnapshot snapshot;
    QueueLoader::Report report;
    BenchLoop loop;
    QElapsedTimer wall;
    qint64 wallNs = 0;
    double clientCpuBefore = 0;
    double processCpuBefore = 0;
    double clientCpu = 0;
    double processCpu = 0;
    double portalCpu = 0;
    double portalCpuBefore = 0;
    QObject::connect(&loader, &QueueLoader::rowsLoaded, &loop,
                     [&snapshot](const QList<OfflineEvent> &page) { snapshot.append(page); });
    QObject::connect(&loader, &QueueLoader::finished, &loop, [&](const QueueLoader::Report &done) {
        wallNs = wall.nsecsElapsed();
        clientCpu = ProcessMemory::threadCpuSeconds() - clientCpuBefore;
        portalCpu = portal.cpuSeconds() - portalCpuBefore;
        processCpu = ProcessMemory::processCpuSeconds() - processCpuBefore;
        report = done;
        loop.quit();
    });
    const quint64 servedBefore = portal.requestsServed();
    portalCpuBefore = portal.cpuSeconds();
    clientCpuBefore = ProcessMemory::threadCpuSeconds();
    processCpuBefore = ProcessMemory::processCpuSeconds();
    wall.start();
    loader.start();
    if (!loop.runFor(TimeoutMs))
        out.insert(QLatin1String("error"), QLatin1String("timed out"));

    const qint64 needed = (rows + RowsPerRequest - 1) / RowsPerRequest;
    const double wallSeconds = double(wallNs) / 1e9;
    const double bound = boundSeconds(needed);
    const double parse = parsePerBatch * double(needed);
    out.insert(QLatin1String("completed"), report.completed);
    out.insert(QLatin1String("rowsLoaded"), report.rowsLoaded);
    out.insert(QLatin1String("snapshotRows"), snapshot.size());
    out.insert(QLatin1String("requestsNeeded"), needed); // ceil(N / 2500)
    out.insert(QLatin1String("requests"), client.requests());
    out.insert(QLatin1String("requestsLoader"), report.requests);
    out.insert(QLatin1String("requestsServed"), qint64(portal.requestsServed() - servedBefore));
    out.insert(QLatin1String("queryLimitExceeded"), client.limitExceeded());
    out.insert(QLatin1String("queryLimitExceededServed"), qint64(portal.limitAnswers()));
    out.insert(QLatin1String("responseMB"), double(client.responseBytes()) / 1e6);
    out.insert(QLatin1String("wallSeconds"), wallSeconds);
    out.insert(QLatin1String("boundSeconds"), bound);
    out.insert(QLatin1String("parseSeconds"), parse);
    // CPU seconds during the load: this (client) thread, and everything else in the process
    // (the sandbox's thread, Qt's HTTP thread). On a busy machine wall time also holds waiting
    // for a core; CPU time does not.
    out.insert(QLatin1String("clientCpuSeconds"), clientCpu);
    out.insert(QLatin1String("otherThreadsCpuSeconds"), processCpu - clientCpu);
    // The portal's own serving time (the sandbox thread's CPU): a real portal takes time to answer
    // too, and below 125,000 rows, where the bound is 0, it is most of the wall time.
    out.insert(QLatin1String("portalCpuSeconds"), portalCpu);
    out.insert(QLatin1String("ratio"), wallSeconds / (bound + parse));
    out.insert(QLatin1String("ratioWithPortal"), wallSeconds / (bound + parse + portalCpu));
    const bool exact = report.completed && client.requests() <= needed + 5 && client.limitExceeded() == 0;
    out.insert(QLatin1String("targetMet"), exact && wallSeconds <= 1.10 * bound + parse);
    // Below 125,000 rows the bound is 0 and the formula asks for wall <= parse alone,
    // which no client meets while the portal needs time to serve; this one counts that time in.
    out.insert(QLatin1String("targetMetWithPortal"),
               exact && wallSeconds <= 1.10 * (bound + parse + portalCpu));
    if (!report.completed && !out.contains(QLatin1String("error")))
        out.insert(QLatin1String("error"),
                   report.failure.errorCode + QLatin1Char(' ') + report.failure.errorDescription);
    return out;
}

QJsonObject LoadBenchmark::naive(int rows)
{
    QJsonObject out {{QLatin1String("benchmark"), QLatin1String("naive")}, {QLatin1String("rows"), rows}};
    SandboxThread portal;
    QString error;
    if (!portal.launch(portalOptions(rows, true), &error)) {
        out.insert(QLatin1String("error"), error);
        return out;
    }
    BenchClient client(portal.baseUrl(), portal.accessToken());
    qint64 loaded = 0;
    qint64 start = 0;
    QString failure;
    BenchLoop loop;
    QElapsedTimer wall;
    qint64 wallNs = 0;
    // As most SDK helpers page: offset paging, one HTTP request per 50-row page, the next request
    // sent when the previous answer arrived.
    std::function<void()> next = [&] {
        RestCall *call = client.client()->call(QStringLiteral("event.offline.list"),
                                               QJsonObject {{QLatin1String("start"), start}});
        QObject::connect(call, &RestCall::finished, &loop, [&](const RestResult &result) {
            if (!result.ok()) {
                failure = result.errorCode + QLatin1Char(' ') + result.errorDescription;
            } else {
                loaded += result.result.toArray().size();
                if (result.next) {
                    start = *result.next;
                    next();
                    return;
                }
            }
            wallNs = wall.nsecsElapsed();
            loop.quit();
        });
    };
    wall.start();
    next();
    if (!loop.runFor(TimeoutMs))
        failure = QStringLiteral("timed out");

    const qint64 needed = (rows + PageRows - 1) / PageRows;
    const double wallSeconds = double(wallNs) / 1e9;
    out.insert(QLatin1String("rowsLoaded"), loaded);
    out.insert(QLatin1String("requestsNeeded"), needed);
    out.insert(QLatin1String("requests"), client.requests());
    out.insert(QLatin1String("queryLimitExceeded"), client.limitExceeded());
    out.insert(QLatin1String("wallSeconds"), wallSeconds);
    out.insert(QLatin1String("boundSeconds"), boundSeconds(needed));
    if (!failure.isEmpty())
        out.insert(QLatin1String("error"), failure);
    return out;
}

} // namespace b24::bench
