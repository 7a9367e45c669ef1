// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryBenchmark.h"

#include "BenchClient.h"
#include "BenchLoop.h"
#include "ProcessMemory.h"
#include "RecordsModel.h"
#include "queue/QueueLoader.h"
#include "queue/QueueSnapshot.h"

#include <QProcess>
#include <QRegularExpression>

namespace b24::bench {

namespace {

struct Portal {
    QUrl url;
    QString token;
};

// Starts the portal and reads the URL and token it prints.
bool startPortal(QProcess &process, const QString &executable, int rows, Portal *portal, QString *error)
{
    process.setProgram(executable);
    process.setArguments({QStringLiteral("--http"), QStringLiteral("--no-rate-limit"),
                          QStringLiteral("--no-operating-limit"), QStringLiteral("--seed"),
                          QString::number(rows)});
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start();
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(executable, process.errorString());
        return false;
    }
    QByteArray printed;
    const QRegularExpression done(QStringLiteral("Queue rows:\\s+\\d+"));
    while (!done.match(QString::fromUtf8(printed)).hasMatch()) {
        if (!process.waitForReadyRead(120000)) {
            *error = QStringLiteral("the portal printed no address: %1").arg(QString::fromUtf8(printed));
            return false;
        }
        printed += process.readAllStandardOutput();
    }
    const QString text = QString::fromUtf8(printed);
    portal->url
        = QUrl(QRegularExpression(QStringLiteral("REST URL:\\s+(\\S+)rest/")).match(text).captured(1));
    portal->token = QRegularExpression(QStringLiteral("Access token:\\s+(\\S+)")).match(text).captured(1);
    if (!portal->url.isValid() || portal->token.isEmpty()) {
        *error = QStringLiteral("cannot read the portal's address and token");
        return false;
    }
    return true;
}

} // namespace

QJsonObject MemoryBenchmark::run(int rows, const QString &portalExecutable)
{
    QJsonObject out {{QLatin1String("benchmark"), QLatin1String("memory")}, {QLatin1String("rows"), rows}};
    QProcess process;
    Portal portal;
    QString error;
    if (!startPortal(process, portalExecutable, rows, &portal, &error)) {
        out.insert(QLatin1String("error"), error);
        return out;
    }
    RateLimitConfig unlimited;
    unlimited.ratePerSecond = 1e6;
    unlimited.burst = 1'000'000;
    BenchClient client(portal.url, portal.token, unlimited);

    // Warm up: one small call so the network stack, the client and Qt's lazy singletons exist
    // before the baseline is taken.
    {
        BenchLoop loop;
        RestCall *call = client.client()->call(QStringLiteral("event.offline.list"),
                                               QJsonObject {{QLatin1String("start"), -1}});
        QObject::connect(call, &RestCall::finished, &loop, [&loop] { loop.quit(); });
        loop.runFor(60000);
    }
    ProcessMemory::trim();
    const qint64 baseline = ProcessMemory::currentRssBytes();
    const qint64 peakBefore = ProcessMemory::peakRssBytes();

    QueueSnapshot snapshot;
    QueueLoader loader(client.client());
    QueueLoader::Report report;
    BenchLoop loop;
    // As the window's LoadController: storage sized once from the first page's total.
    QObject::connect(&loader, &QueueLoader::totalKnown, &loop, [&snapshot](qint64 total) {
        if (total > 0)
            snapshot.reserve(total);
    });
    QObject::connect(&loader, &QueueLoader::rowsLoaded, &loop,
                     [&snapshot](const QList<OfflineEvent> &page) { snapshot.append(page); });
    QObject::connect(&loader, &QueueLoader::finished, &loop, [&](const QueueLoader::Report &done) {
        report = done;
        loop.quit();
    });
    loader.start();
    loop.runFor(60 * 60 * 1000);
    const qint64 peakLoaded = ProcessMemory::peakRssBytes();
    ProcessMemory::trim();
    const qint64 loaded = ProcessMemory::currentRssBytes();

    qint64 payload = 0;
    for (const OfflineEvent &event : snapshot.events()) {
        payload += event.eventData.size() + event.eventAdditional.size();
    }

    // The GUI keeps the rows a second time in its model (sharing the strings with the snapshot),
    // fed page by page as the loader emits them.
    ui::RecordsModel model;
    const QList<OfflineEvent> &events = snapshot.events();
    model.reserve(events.size());
    for (qsizetype first = 0; first < events.size(); first += 2500)
        model.appendRows(events.mid(first, 2500));
    ProcessMemory::trim();
    const qint64 withModel = ProcessMemory::currentRssBytes();
    const qint64 peakWithModel = ProcessMemory::peakRssBytes();

    process.terminate();
    process.waitForFinished(10000);

    const double n = double(std::max<qsizetype>(1, snapshot.size()));
    out.insert(QLatin1String("completed"), report.completed);
    out.insert(QLatin1String("rowsLoaded"), snapshot.size());
    out.insert(QLatin1String("modelRows"), model.rowCount());
    out.insert(QLatin1String("baselineMB"), double(baseline) / 1e6);
    out.insert(QLatin1String("peakBeforeMB"), double(peakBefore) / 1e6);
    out.insert(QLatin1String("snapshotRssMB"), double(loaded) / 1e6);
    out.insert(QLatin1String("snapshotPeakMB"), double(peakLoaded) / 1e6);
    out.insert(QLatin1String("withModelRssMB"), double(withModel) / 1e6);
    out.insert(QLatin1String("withModelPeakMB"), double(peakWithModel) / 1e6);
    out.insert(QLatin1String("payloadBytesPerRecord"), double(payload) / n);
    out.insert(QLatin1String("snapshotBytesPerRecord"), double(loaded - baseline - payload) / n);
    out.insert(QLatin1String("snapshotPeakBytesPerRecord"), double(peakLoaded - baseline - payload) / n);
    out.insert(QLatin1String("withModelBytesPerRecord"), double(withModel - baseline - payload) / n);
    out.insert(QLatin1String("withModelPeakBytesPerRecord"), double(peakWithModel - baseline - payload) / n);
    return out;
}

} // namespace b24::bench
