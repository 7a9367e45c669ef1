// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallBenchmark.h"

#include "BenchLoop.h"
#include "MainWindow.h"
#include "ProcessMemory.h"
#include "RecordsModel.h"
#include "SandboxThread.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace b24::bench {

QJsonObject StallBenchmark::run(int rows)
{
    QJsonObject out {{QLatin1String("benchmark"), QLatin1String("stall")}, {QLatin1String("rows"), rows}};
    sandbox::SandboxOptions options;
    options.tls = false;
    options.rateLimitEnabled = false;
    options.operatingLimitEnabled = false;
    options.seed.count = rows;
    options.seed.reservedShare = 0.2;
    options.seed.errorShare = 0.02;
    options.seed.processes = 5;
    SandboxThread portal;
    QString error;
    if (!portal.launch(options, &error)) {
        out.insert(QLatin1String("error"), error);
        return out;
    }
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::MainWindow window(&settings);
    window.setAuditLogPath(dir.filePath(QStringLiteral("audit.jsonl")));
    window.resize(1280, 800);
    window.show();

    ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.portal = portal.baseUrl().toString();
    profile.allowPlainHttp = true;
    profile.rateLimit.ratePerSecond = 1e6;
    profile.rateLimit.burst = 1'000'000;
    profile.timeoutSeconds = 120;
    Credentials credentials;
    credentials.accessToken = portal.accessToken();

    // Heartbeat: every gap between two ticks beyond the 5 ms interval is time the loop was busy.
    QElapsedTimer clock;
    std::vector<qint64> gapsNs;
    std::vector<std::pair<qint64, qint64>> stalls; // (gap, end of the gap) of gaps over 16 ms
    qint64 lastTickNs = 0;
    qint64 worstGapNs = 0;
    qint64 worstGapAtNs = 0;
    qint64 loadFinishedAtNs = -1;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 gap = now - lastTickNs;
        gapsNs.push_back(gap);
        if (gap > 16'000'000)
            stalls.emplace_back(gap, now);
        if (gap > worstGapNs) {
            worstGapNs = gap;
            worstGapAtNs = now;
        }
        lastTickNs = now;
    });

    // When the records model last grew (after the proxy and view handled it): what the window does
    // between that and loadFinished is its end-of-load work (overview refresh, status, actions).
    qint64 lastInsertNs = -1;
    qint64 insertHandlingNs = 0; // longest time spent in one rowsInserted handling chain
    qint64 pageArrivedNs = 0;
    QObject::connect(window.recordsModel(), &QAbstractItemModel::rowsAboutToBeInserted, &window,
                     [&] { pageArrivedNs = clock.nsecsElapsed(); });
    QObject::connect(window.recordsModel(), &QAbstractItemModel::rowsInserted, &window, [&] {
        lastInsertNs = clock.nsecsElapsed();
        insertHandlingNs = std::max(insertHandlingNs, lastInsertNs - pageArrivedNs);
    });
    BenchLoop loop;
    QueueLoader::Report report;
    QObject::connect(&window, &ui::MainWindow::loadFinished, &loop, [&](const QueueLoader::Report &done) {
        report = done;
        loadFinishedAtNs = clock.nsecsElapsed();
        // Keep beating for a second: whatever the window does right after the load counts too.
        QTimer::singleShot(1000, &loop, [&loop] { loop.quit(); });
    });
    clock.start();
    heartbeat.start();
    window.connectWith(profile, credentials);
    if (!loop.runFor(10 * 60 * 1000))
        out.insert(QLatin1String("error"), QLatin1String("timed out"));
    heartbeat.stop();

    std::vector<qint64> sorted = gapsNs;
    std::sort(sorted.begin(), sorted.end());
    auto percentile = [&sorted](double p) {
        return sorted.empty() ? 0.0 : double(sorted[size_t(p * double(sorted.size() - 1))]) / 1e6;
    };
    const auto over = [&gapsNs](qint64 ms) {
        return qint64(
            std::count_if(gapsNs.cbegin(), gapsNs.cend(), [ms](qint64 g) { return g > ms * 1'000'000; }));
    };
    out.insert(QLatin1String("completed"), report.completed);
    out.insert(QLatin1String("rowsInModel"), window.recordsModel()->rowCount());
    out.insert(QLatin1String("loadSeconds"), double(loadFinishedAtNs) / 1e9);
    out.insert(QLatin1String("requests"), report.requests);
    out.insert(QLatin1String("heartbeats"), qint64(gapsNs.size()));
    out.insert(QLatin1String("maxStallMs"), double(worstGapNs) / 1e6);
    out.insert(QLatin1String("maxStallAtSeconds"), double(worstGapAtNs) / 1e9);
    out.insert(QLatin1String("p99GapMs"), percentile(0.99));
    out.insert(QLatin1String("medianGapMs"), percentile(0.5));
    out.insert(QLatin1String("gapsOver16ms"), over(16));
    out.insert(QLatin1String("gapsOver50ms"), over(50));
    // The five longest stalls: length and when they ended, relative to loadFinished (negative:
    // during the load), so a stall can be pinned to the load or to what follows it.
    std::sort(stalls.begin(), stalls.end(), std::greater<>());
    QJsonArray longest;
    for (size_t i = 0; i < std::min<size_t>(5, stalls.size()); ++i) {
        longest.append(QJsonObject {
            {QLatin1String("ms"), double(stalls[i].first) / 1e6},
            {QLatin1String("endedAfterLoadMs"), double(stalls[i].second - loadFinishedAtNs) / 1e6}});
    }
    out.insert(QLatin1String("longestStalls"), longest);
    out.insert(QLatin1String("endOfLoadWorkMs"), double(loadFinishedAtNs - lastInsertNs) / 1e6);
    out.insert(QLatin1String("longestModelInsertMs"), double(insertHandlingNs) / 1e6);
    out.insert(QLatin1String("rssMB"), double(ProcessMemory::currentRssBytes()) / 1e6);
    out.insert(QLatin1String("targetMet"), report.completed && worstGapNs <= 50'000'000);
    return out;
}

} // namespace b24::bench
