// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminEndpoint.h"

#include "FilterParser.h"
#include "PhpQueryParser.h"
#include "SandboxServer.h"
#include "Seeder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace b24::sandbox {

namespace {

SeedOptions seedOptionsFrom(const QJsonObject &json)
{
    SeedOptions options;
    options.count = json.value(QStringLiteral("count")).toInt(0);
    if (json.contains(QStringLiteral("event_names"))) {
        options.eventNames.clear();
        for (const QJsonValue &name : json.value(QStringLiteral("event_names")).toArray()) {
            options.eventNames.append(name.toString());
        }
    }
    options.payloadBytes = json.value(QStringLiteral("payload_bytes")).toInt(options.payloadBytes);
    options.reservedShare = json.value(QStringLiteral("reserved_share")).toDouble(options.reservedShare);
    options.errorShare = json.value(QStringLiteral("error_share")).toDouble(options.errorShare);
    options.processes = json.value(QStringLiteral("processes")).toInt(options.processes);
    options.stuckBatches = json.value(QStringLiteral("stuck_batches")).toInt(options.stuckBatches);
    options.stuckBatchSize = json.value(QStringLiteral("stuck_batch_size")).toInt(options.stuckBatchSize);
    options.stuckAgeDays = json.value(QStringLiteral("stuck_age_days")).toInt(options.stuckAgeDays);
    options.connectorId = json.value(QStringLiteral("connector")).toString();
    if (json.value(QStringLiteral("demo")).toBool()) {
        options = SeedOptions::demo();
    }
    return options;
}

} // namespace

HttpResponse AdminEndpoint::ok(const QJsonObject &body)
{
    QJsonObject out = body;
    out.insert(QStringLiteral("ok"), true);
    return HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

HttpResponse AdminEndpoint::fail(int status, const QString &message)
{
    QJsonObject out;
    out.insert(QStringLiteral("ok"), false);
    out.insert(QStringLiteral("error"), message);
    return HttpResponse::json(status, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

HttpResponse AdminEndpoint::handle(const HttpRequest &request, const QString &subPath)
{
    const PhpValue query = PhpQueryParser::parse(request.query);
    const QString key = request.headers.contains("x-sandbox-key")
        ? QString::fromUtf8(request.header("x-sandbox-key"))
        : query.value(QStringLiteral("key")).toString();
    if (key != m_server.adminKey()) {
        return fail(403,
                    QStringLiteral("Wrong or missing admin key: send the key the sandbox printed at start "
                                   "in the X-Sandbox-Key header"));
    }
    QString path = subPath;
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (path == u"state") {
        return state(request);
    }
    if (request.method != "POST") {
        return fail(405, QStringLiteral("Use POST for /sandbox/%1").arg(path));
    }
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return fail(400, QStringLiteral("The body must be a JSON object: %1").arg(error.errorString()));
        }
        body = document.object();
    }
    if (path == u"reset") {
        return reset(body);
    }
    if (path == u"events") {
        return events(body);
    }
    if (path == u"seed") {
        return seed(body);
    }
    if (path == u"faults") {
        return faults(body);
    }
    if (path == u"features") {
        return features(body);
    }
    if (path == u"expire-tokens") {
        m_server.expireAccessTokens();
        return ok();
    }
    if (path == u"expire-codes") {
        m_server.expireAuthorizationCodes();
        return ok();
    }
    if (path == u"operating") {
        return operating(body);
    }
    if (path == u"cleanup") {
        QJsonObject out;
        out.insert(QStringLiteral("deleted"),
                   qint64(m_server.queue().cleanupStaleBatches(QDateTime::currentSecsSinceEpoch())));
        return ok(out);
    }
    return fail(404, QStringLiteral("Unknown admin path /sandbox/%1; see GET /sandbox/state").arg(path));
}

HttpResponse AdminEndpoint::state(const HttpRequest &request)
{
    const PhpValue query = PhpQueryParser::parse(request.query);
    const qint64 limit
        = query.contains(QStringLiteral("limit")) ? query.value(QStringLiteral("limit")).toInt() : 20;
    const qint64 offset = query.value(QStringLiteral("offset")).toInt();
    const SandboxQueue &queue = m_server.queue();
    const SandboxOptions &options = m_server.options();

    const QueueCounts counts = queue.counts();
    QJsonObject countsJson;
    countsJson.insert(QStringLiteral("total"), counts.total);
    countsJson.insert(QStringLiteral("unreserved"), counts.unreserved);
    countsJson.insert(QStringLiteral("reserved"), counts.reserved);
    countsJson.insert(QStringLiteral("errors"), counts.errors);
    countsJson.insert(QStringLiteral("processes"), counts.processes);

    struct Batch {
        qint64 count = 0;
        qint64 oldest = 0;
    };
    QHash<QByteArray, Batch> batches;
    QList<QByteArray> batchOrder;
    for (const SandboxEvent &row : queue.rows()) {
        if (!row.isReserved()) {
            continue;
        }
        auto it = batches.find(row.processId);
        if (it == batches.end()) {
            batchOrder.append(row.processId);
            it = batches.insert(row.processId, {0, row.timestamp});
        }
        ++it->count;
        it->oldest = std::min(it->oldest, row.timestamp);
    }
    QJsonArray processes;
    for (const QByteArray &pid : batchOrder) {
        QJsonObject batch;
        batch.insert(QStringLiteral("process_id"), QString::fromLatin1(pid));
        batch.insert(QStringLiteral("count"), batches.value(pid).count);
        batch.insert(QStringLiteral("oldest"),
                     SandboxQueue::isoTime(batches.value(pid).oldest, options.utcOffsetSeconds));
        processes.append(batch);
    }

    QJsonArray rows;
    for (qint64 i = offset; i < qint64(queue.size()) && i < offset + limit; ++i) {
        const SandboxEvent &row = queue.rows()[size_t(i)];
        QJsonObject item;
        item.insert(QStringLiteral("ID"), QString::number(row.id));
        item.insert(QStringLiteral("TIMESTAMP_X"),
                    SandboxQueue::isoTime(row.timestamp, options.utcOffsetSeconds));
        item.insert(QStringLiteral("EVENT_NAME"), row.eventName);
        item.insert(QStringLiteral("EVENT_DATA"), QJsonDocument::fromJson(row.eventData).object());
        item.insert(QStringLiteral("MESSAGE_ID"), QString::fromLatin1(row.messageId));
        item.insert(QStringLiteral("PROCESS_ID"), QString::fromLatin1(row.processId));
        item.insert(QStringLiteral("ERROR"), row.error ? QStringLiteral("1") : QStringLiteral("0"));
        item.insert(QStringLiteral("APP_ID"), row.appId);
        item.insert(QStringLiteral("CONNECTOR_ID"), row.connectorId);
        rows.append(item);
    }

    QJsonObject features;
    features.insert(QStringLiteral("rest_offline_extended"), options.offlineExtended);
    features.insert(QStringLiteral("rest_auth_connector"), options.authConnectorFeature);
    features.insert(QStringLiteral("authorize_denies"), options.authorizeDenies);

    QJsonObject faults;
    const QHash<QString, FaultSpec> all = m_server.faults().all();
    for (auto it = all.begin(); it != all.end(); ++it) {
        QJsonObject fault;
        fault.insert(QStringLiteral("kind"), SandboxFaults::kindName(it->kind));
        fault.insert(QStringLiteral("delay_ms"), it->delayMs);
        fault.insert(QStringLiteral("remaining"), it->remaining);
        faults.insert(it.key(), fault);
    }

    QJsonObject out;
    out.insert(QStringLiteral("counts"), countsJson);
    out.insert(QStringLiteral("processes"), processes);
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("features"), features);
    out.insert(QStringLiteral("faults"), faults);
    out.insert(QStringLiteral("request_count"), qint64(m_server.requestCount()));
    out.insert(QStringLiteral("client_id"), m_server.clientId());
    return ok(out);
}

HttpResponse AdminEndpoint::reset(const QJsonObject &body)
{
    m_server.queue().reset();
    m_server.faults().clearAll();
    m_server.resetLimits();
    if (body.contains(QStringLiteral("seed"))) {
        Seeder::seed(m_server.queue(), seedOptionsFrom(body.value(QStringLiteral("seed")).toObject()));
    }
    QJsonObject out;
    out.insert(QStringLiteral("total"), qint64(m_server.queue().size()));
    return ok(out);
}

HttpResponse AdminEndpoint::events(const QJsonObject &body)
{
    QJsonArray list = body.value(QStringLiteral("events")).toArray();
    if (!body.contains(QStringLiteral("events"))) {
        list.append(body);
    }
    QJsonArray ids;
    for (const QJsonValue &value : list) {
        const QJsonObject event = value.toObject();
        SandboxQueue::NewEvent added;
        added.eventName = event.value(QStringLiteral("event_name")).toString();
        if (added.eventName.isEmpty()) {
            return fail(
                400,
                QStringLiteral("Each event needs \"event_name\", e.g. {\"event_name\":\"ONCRMDEALUPDATE\","
                               "\"data\":{\"FIELDS\":{\"ID\":\"1\"}}}"));
        }
        added.eventData
            = QJsonDocument(event.value(QStringLiteral("data")).toObject()).toJson(QJsonDocument::Compact);
        if (event.contains(QStringLiteral("user_id"))) {
            added.userId = event.value(QStringLiteral("user_id"));
        }
        added.connectorId = event.value(QStringLiteral("connector")).toString();
        added.appId = event.value(QStringLiteral("app_id")).toString();
        added.timestamp = event.value(QStringLiteral("timestamp")).toInteger(0);
        ids.append(QString::number(m_server.queue().addEvent(added)));
    }
    QJsonObject out;
    out.insert(QStringLiteral("ids"), ids);
    return ok(out);
}

HttpResponse AdminEndpoint::seed(const QJsonObject &body)
{
    const SeedOptions options = seedOptionsFrom(body);
    if (options.count <= 0) {
        return fail(400,
                    QStringLiteral("\"count\" must be a positive number of rows (or send {\"demo\":true})"));
    }
    QJsonObject out;
    out.insert(QStringLiteral("added"), qint64(Seeder::seed(m_server.queue(), options)));
    out.insert(QStringLiteral("total"), qint64(m_server.queue().size()));
    return ok(out);
}

HttpResponse AdminEndpoint::faults(const QJsonObject &body)
{
    if (body.contains(QStringLiteral("clear"))) {
        const QJsonValue clear = body.value(QStringLiteral("clear"));
        if (clear.isString()) {
            m_server.faults().clear(clear.toString());
        } else {
            m_server.faults().clearAll();
        }
        return ok();
    }
    const std::optional<FaultKind> kind
        = SandboxFaults::kindFromName(body.value(QStringLiteral("kind")).toString());
    const QString method = body.value(QStringLiteral("method")).toString();
    if (!kind || method.isEmpty()) {
        return fail(400,
                    QStringLiteral("Send {\"method\":\"event.offline.get\",\"kind\":\"<%1>\",\"delay_ms\":0,"
                                   "\"count\":-1}")
                        .arg(SandboxFaults::kindNames().join(u'|')));
    }
    FaultSpec spec;
    spec.kind = *kind;
    spec.delayMs = body.value(QStringLiteral("delay_ms")).toInt(0);
    spec.remaining = body.value(QStringLiteral("count")).toInt(-1);
    m_server.faults().set(method, spec);
    return ok();
}

HttpResponse AdminEndpoint::features(const QJsonObject &body)
{
    SandboxOptions &options = m_server.options();
    if (body.contains(QStringLiteral("rest_offline_extended"))) {
        options.offlineExtended = body.value(QStringLiteral("rest_offline_extended")).toBool();
    }
    if (body.contains(QStringLiteral("rest_auth_connector"))) {
        options.authConnectorFeature = body.value(QStringLiteral("rest_auth_connector")).toBool();
    }
    if (body.contains(QStringLiteral("authorize_denies"))) {
        options.authorizeDenies = body.value(QStringLiteral("authorize_denies")).toBool();
    }
    return ok();
}

HttpResponse AdminEndpoint::operating(const QJsonObject &body)
{
    const QString method = body.value(QStringLiteral("method")).toString();
    if (method.isEmpty()) {
        return fail(400, QStringLiteral("Send {\"method\":\"event.offline.get\",\"seconds\":500}"));
    }
    m_server.addOperatingTime(method, body.value(QStringLiteral("seconds")).toDouble());
    return ok();
}

} // namespace b24::sandbox
