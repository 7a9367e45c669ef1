// SPDX-License-Identifier: GPL-3.0-or-later
#include "Seeder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace b24::sandbox {

qsizetype Seeder::seed(SandboxQueue &queue, const SeedOptions &options, qint64 now)
{
    if (options.count <= 0) {
        return 0;
    }
    if (now <= 0) {
        now = QDateTime::currentSecsSinceEpoch();
    }
    QRandomGenerator random(options.randomSeed);
    const QStringList names = options.eventNames.isEmpty() ? SeedOptions().eventNames : options.eventNames;
    QList<QString> upperNames;
    QList<QByteArray> upperNamesUtf8;
    for (const QString &name : names) {
        upperNames.append(name.toUpper());
        upperNamesUtf8.append(upperNames.constLast().toUtf8());
    }
    const QString appId = options.appId.isEmpty() ? queue.defaultAppId() : options.appId;
    const QString connectorId = options.connectorId;
    const QByteArray padding
        = options.payloadBytes > 0 ? QByteArray(options.payloadBytes, 'x') : QByteArray();
    // A few users act on a portal; most events come from the first ones. Rows share these.
    const QByteArray additional[]
        = {"{\"LOCAL_USER\":\"1\"}", "{\"LOCAL_USER\":\"1\"}",  "{\"LOCAL_USER\":\"1\"}",
           "{\"LOCAL_USER\":\"7\"}", "{\"LOCAL_USER\":\"12\"}", "{\"LOCAL_USER\":\"15\"}",
           "{\"LOCAL_USER\":\"0\"}"};
    QCryptographicHash md5(QCryptographicHash::Md5);

    const qsizetype count = options.count;
    const qsizetype stuckRows
        = std::min<qsizetype>(count, qsizetype(options.stuckBatches) * options.stuckBatchSize);
    const qsizetype reservedRows
        = std::min<qsizetype>(count - stuckRows, qsizetype(count * options.reservedShare));
    const qsizetype errorRows
        = std::min<qsizetype>(count - stuckRows - reservedRows, qsizetype(count * options.errorShare));

    QList<QByteArray> recentProcesses;
    for (int i = 0; i < std::max(1, options.processes); ++i) {
        recentProcesses.append(SandboxQueue::newProcessId());
    }
    QList<QByteArray> stuckProcesses;
    for (int i = 0; i < options.stuckBatches; ++i) {
        stuckProcesses.append(SandboxQueue::newProcessId());
    }

    // IDs grow with TIMESTAMP_X, as on a real portal, except for the stuck batches, which come
    // first and are dated `stuckAgeDays` back. The recent batches hold the newest rows (a handler
    // that keeps up reserves what just arrived), so that a batch's age tells recent from stuck;
    // error rows are spread over the unreserved remainder.
    std::vector<qint64> times(static_cast<size_t>(count));
    const qint64 spread = std::max<qint64>(1, options.spreadSeconds);
    const qint64 stuckAge = qint64(options.stuckAgeDays) * 24 * 3600;
    for (qsizetype i = 0; i < count; ++i) {
        if (i < stuckRows) {
            times[size_t(i)] = now - stuckAge - (stuckRows - i) * 37;
        } else {
            times[size_t(i)]
                = now - spread + qint64(random.bounded(quint32(std::min<qint64>(spread, 0x7fffffff))));
        }
    }
    std::sort(times.begin() + stuckRows, times.end());

    std::vector<SandboxEvent> rows(static_cast<size_t>(count));
    const quint32 entityBase = 1000 + random.bounded(500u);
    for (qsizetype i = 0; i < count; ++i) {
        SandboxEvent &row = rows[size_t(i)];
        row.timestamp = times[size_t(i)];
        const int nameIndex = int(random.bounded(quint32(upperNames.size())));
        row.eventName = upperNames.at(nameIndex);
        QByteArray data;
        data.reserve(40 + padding.size());
        data.append("{\"FIELDS\":{\"ID\":\"").append(QByteArray::number(entityBase + quint32(i))).append('"');
        if (!padding.isEmpty()) {
            data.append(",\"PADDING\":\"").append(padding).append('"');
        }
        data.append("}}");
        // SandboxQueue::messageIdFor without the temporary strings.
        md5.reset();
        md5.addData(upperNamesUtf8.at(nameIndex));
        md5.addData(QByteArrayView("|"));
        md5.addData(data);
        row.messageId = md5.result().toHex();
        row.eventData = std::move(data);
        row.eventAdditional = additional[random.bounded(7u)];
        row.appId = appId;
        row.connectorId = connectorId;
        if (i < stuckRows) {
            row.processId = stuckProcesses.at(int(i / options.stuckBatchSize));
        } else if (i >= count - reservedRows) {
            const qsizetype perBatch = std::max<qsizetype>(
                1, (reservedRows + recentProcesses.size() - 1) / recentProcesses.size());
            row.processId = recentProcesses.at(int((i - (count - reservedRows)) / perBatch));
        }
    }
    // Error rows: released (PROCESS_ID='') and spread over the unreserved rows.
    const qsizetype firstFree = stuckRows;
    const qsizetype freeRows = count - stuckRows - reservedRows;
    for (qsizetype e = 0; e < errorRows && freeRows > 0; ++e) {
        const qsizetype index = firstFree + (e * freeRows) / std::max<qsizetype>(1, errorRows);
        rows[size_t(index)].error = true;
    }
    queue.appendRows(std::move(rows));
    return count;
}

} // namespace b24::sandbox
