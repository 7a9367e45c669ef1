// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearExecutor.h"

#include "AuditLog.h"
#include "KeysetLister.h"
#include "QueueLogging.h"
#include "QueueSnapshot.h"
#include "net/BatchResult.h"
#include "net/ErrorCatalog.h"
#include "net/RestClient.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace b24 {

namespace {

// Re-list commands. By ID: 49 ids per command, so a page (50 rows) can never be full and every
// command is answered in one round; a batch of 50 commands checks 2,450 ids. By MESSAGE_ID copies
// outside the group may be many, so those commands page by ID; 990 values plus ">ID", "start" and
// "order" stay below PHP's 1000 input variables per command.
constexpr int VerifyIdsPerCommand = 49;
constexpr int VerifyMessageIdsPerCommand = 990;

} // namespace

class ClearExecutor::Private
{
public:
    RestClient *client = nullptr;
    AuditLog *audit = nullptr;
    ClearPlan plan;
    ClearReport report;
    int nextChunk = 0;
    bool running = false;
    bool cancelRequested = false;
    QPointer<RestCall> call;
    QPointer<KeysetLister> lister;
};

ClearExecutor::ClearExecutor(RestClient *client, AuditLog *audit, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->client = client;
    d->audit = audit;
}

ClearExecutor::~ClearExecutor()
{
    delete d;
}

bool ClearExecutor::isRunning() const
{
    return d->running;
}

void ClearExecutor::start(const ClearPlan &plan)
{
    if (d->running)
        return;
    d->running = true;
    d->cancelRequested = false;
    d->plan = plan;
    d->report = ClearReport();
    d->report.requested = plan.scopeSize();
    d->report.chunks
        = QList<ClearReport::ChunkOutcome>(plan.requests.size(), ClearReport::ChunkOutcome::NotSent);
    d->nextChunk = 0;

    if (!plan.isValid()) {
        // Nothing is sent and nothing needs verifying: say why, from the event loop.
        RestResult refused;
        refused.status = CallStatus::Refused;
        refused.method = QStringLiteral("event.offline.clear");
        refused.errorCode = QStringLiteral("INVALID_PLAN");
        refused.errorDescription = plan.error.isEmpty() ? tr("The clear plan holds no request.") : plan.error;
        refused.explanation = ErrorCatalog::forRefused(refused.errorDescription);
        d->report.failures.append(refused);
        QMetaObject::invokeMethod(
            this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this] { sendNextChunk(); }, Qt::QueuedConnection);
}

void ClearExecutor::cancel()
{
    // The chunk in flight is never aborted (its outcome would become unknown); the run stops
    // before the next one and then verifies.
    if (d->running)
        d->cancelRequested = true;
}

void ClearExecutor::sendNextChunk()
{
    if (d->cancelRequested) {
        d->report.cancelled = true;
        verify();
        return;
    }
    if (d->nextChunk >= d->plan.requests.size()) {
        verify();
        return;
    }
    const int chunk = d->nextChunk;
    d->call = d->client->callBatch(d->plan.requests.at(chunk));
    connect(d->call, &RestCall::finished, this,
            [this, chunk](const RestResult &result) { onChunk(chunk, result); });
}

void ClearExecutor::onChunk(int chunk, const RestResult &result)
{
    d->call = nullptr;
    using Outcome = ClearReport::ChunkOutcome;
    Outcome outcome = Outcome::Failed;
    RestResult failure = result;
    switch (result.status) {
    case CallStatus::Ok: {
        outcome = Outcome::Sent;
        // HTTP 200 even when commands failed: look at every command's own answer.
        const BatchResult batch = BatchResult::fromJson(result.result);
        for (const BatchRequest::Command &command : d->plan.requests.at(chunk).commands()) {
            const BatchResult::Item item = batch.item(command.key);
            if (!batch.has(command.key) || !item.ok) {
                outcome = Outcome::Failed;
                failure.status = CallStatus::ApiError;
                failure.method = command.method;
                if (batch.has(command.key)) {
                    failure.errorCode = item.errorCode;
                    failure.errorDescription = item.errorDescription;
                    failure.explanation = item.explanation;
                } else {
                    failure.errorCode = QStringLiteral("BATCH_RESULT_MISSING");
                    failure.errorDescription
                        = tr("The batch answer has no result for command %1.").arg(command.key);
                    failure.explanation
                        = ErrorCatalog::forBadResponse(result.httpStatus, failure.errorDescription);
                }
                break;
            }
        }
        break;
    }
    case CallStatus::OutcomeUnknown:
    case CallStatus::BadResponse:
        // A cut or foreign (proxy error page) answer to a clear says nothing about whether the
        // portal applied it: only the re-list can tell.
        outcome = Outcome::Unknown;
        break;
    case CallStatus::Cancelled:
        outcome = Outcome::NotSent;
        break;
    default:
        outcome = Outcome::Failed;
        break;
    }
    d->report.chunks[chunk] = outcome;
    if (outcome != Outcome::Sent && outcome != Outcome::NotSent)
        d->report.failures.append(failure);
    auditChunk(chunk, outcome, result);
    d->nextChunk = chunk + 1;
    Q_EMIT progress(d->nextChunk, int(d->plan.requests.size()));

    if (outcome != Outcome::Sent) {
        // Unknown or failed: never repeat, never go on blindly; re-list to learn the truth.
        qCInfo(lcQueue) << "clear stopped after chunk" << chunk << "outcome"
                        << ClearReport::outcomeName(outcome);
        verify();
        return;
    }
    sendNextChunk();
}

void ClearExecutor::verify()
{
    Q_EMIT verifying();
    QList<QJsonObject> streams;
    if (d->plan.mode == ClearPlan::Mode::ByMessageId) {
        for (qsizetype first = 0; first < d->plan.messageIds.size(); first += VerifyMessageIdsPerCommand) {
            const QStringList chunk = d->plan.messageIds.mid(first, VerifyMessageIdsPerCommand);
            QJsonObject filter {{QLatin1String("@MESSAGE_ID"), QJsonArray::fromStringList(chunk)}};
            // Copies in other batches stay by design; narrowing to the batch keeps the re-list short.
            // (Unreserved and error rows are told apart on the client: "" is no dependable filter value.)
            if (d->plan.group.kind == QueueGroup::Kind::Batch)
                filter.insert(QLatin1String("=PROCESS_ID"), d->plan.group.processId);
            streams.append(filter);
        }
    } else {
        QList<qint64> ids = d->plan.ids;
        std::sort(ids.begin(), ids.end());
        for (qsizetype first = 0; first < ids.size(); first += VerifyIdsPerCommand) {
            QJsonArray chunk;
            for (qsizetype i = first; i < qMin(ids.size(), first + VerifyIdsPerCommand); ++i)
                chunk.append(ids.at(i));
            streams.append(QJsonObject {{QLatin1String("@ID"), chunk}});
        }
    }
    d->lister = new KeysetLister(d->client, this);
    connect(d->lister, &KeysetLister::finished, this,
            [this](bool ok, const QList<OfflineEvent> &rows, const RestResult &failure) {
                d->lister->deleteLater();
                onVerified(ok, rows, failure);
            });
    d->lister->start(streams);
}

QString ClearExecutor::chunkReason(qint64 id) const
{
    for (int i = 0; i < d->plan.requests.size(); ++i) {
        if (d->plan.idsOfRequest(i).contains(id))
            return reasonForChunk(i);
    }
    return reasonForChunk(-1);
}

QString ClearExecutor::reasonFor(const OfflineEvent &row, qint64 idForChunk) const
{
    const QueueGroup &group = d->plan.group;
    if (group.kind == QueueGroup::Kind::Batch && row.processId != group.processId) {
        if (row.processId.isEmpty())
            return row.error ? tr("marked as error meanwhile (now in Errors)")
                             : tr("released from the batch meanwhile (now unreserved)");
        return tr("reserved meanwhile by batch %1").arg(row.processId);
    }
    if (group.kind != QueueGroup::Kind::Batch && !row.processId.isEmpty())
        return tr("reserved meanwhile by batch %1").arg(row.processId);
    if (group.kind == QueueGroup::Kind::Errors && !row.error)
        return tr("no longer an error row (ERROR changed)");
    return chunkReason(idForChunk);
}

void ClearExecutor::onVerified(bool ok, const QList<OfflineEvent> &rows, const RestResult &failure)
{
    ClearReport &report = d->report;
    report.verified = ok;
    if (!ok) {
        report.failures.append(failure);
        report.verifyError
            = failure.explanation.title.isEmpty() ? failure.errorDescription : failure.explanation.title;
        if (report.verifyError.isEmpty())
            report.verifyError = failure.errorCode;
    } else if (d->plan.mode == ClearPlan::Mode::ByMessageId) {
        // Copies in other batches are out of scope and stay; only rows of this group count.
        const QString scopeProcess = d->plan.group.clearProcessId();
        QHash<QString, QList<OfflineEvent>> inScope;
        for (const OfflineEvent &row : rows) {
            if (row.processId == scopeProcess)
                inScope[row.messageId].append(row);
        }
        for (int i = 0; i < d->plan.messageIds.size(); ++i) {
            const QString &messageId = d->plan.messageIds.at(i);
            const QList<OfflineEvent> left = inScope.value(messageId);
            if (left.isEmpty()) {
                ++report.clearedVerified;
                continue;
            }
            report.stillPresentMessageIds.append(messageId);
            const int chunk = chunkOfMessageId(messageId);
            for (const OfflineEvent &row : left) {
                report.stillPresent.append(row.id);
                report.stillPresentReason.insert(row.id, reasonForChunk(chunk));
            }
        }
    } else {
        QHash<qint64, OfflineEvent> present;
        for (const OfflineEvent &row : rows)
            present.insert(row.id, row);
        for (qint64 id : std::as_const(d->plan.ids)) {
            const auto it = present.constFind(id);
            if (it == present.cend()) {
                ++report.clearedVerified;
                report.clearedIds.append(id);
                continue;
            }
            report.stillPresent.append(id);
            report.stillPresentReason.insert(id, reasonFor(it.value(), id));
        }
    }
    finish();
}

int ClearExecutor::chunkOfMessageId(const QString &messageId) const
{
    for (int i = 0; i < d->plan.requests.size(); ++i) {
        if (d->plan.messageIdsOfRequest(i).contains(messageId))
            return i;
    }
    return -1;
}

QString ClearExecutor::reasonForChunk(int chunk) const
{
    using Outcome = ClearReport::ChunkOutcome;
    const Outcome outcome = chunk >= 0 ? d->report.chunks.at(chunk) : Outcome::NotSent;
    switch (outcome) {
    case Outcome::NotSent:
        return d->report.cancelled ? tr("not cleared: its request was not sent (cancelled)")
                                   : tr("not cleared: its request was not sent (the run stopped earlier)");
    case Outcome::Failed:
        return tr("not cleared: its request failed");
    case Outcome::Unknown:
        return tr("not cleared: the outcome of its request is unknown and it was not repeated");
    case Outcome::Sent:
        break;
    }
    return tr("still present although the portal accepted the request");
}

QJsonObject ClearExecutor::auditBase() const
{
    QJsonObject record;
    record.insert(QLatin1String("portal"), d->client->portal().host());
    record.insert(QLatin1String("connector"), d->client->credentials().authConnector);
    record.insert(QLatin1String("method"), QStringLiteral("event.offline.clear"));
    record.insert(QLatin1String("group"), d->plan.group.key());
    record.insert(QLatin1String("process_id"), d->plan.group.clearProcessId());
    record.insert(QLatin1String("mode"), ClearPlan::modeName(d->plan.mode));
    return record;
}

void ClearExecutor::auditChunk(int chunk, ClearReport::ChunkOutcome outcome, const RestResult &result)
{
    if (!d->audit)
        return;
    QJsonObject record = auditBase();
    record.insert(QLatin1String("event"), QStringLiteral("clear_request"));
    record.insert(QLatin1String("chunk"), chunk + 1);
    record.insert(QLatin1String("chunks"), int(d->plan.requests.size()));
    if (d->plan.mode == ClearPlan::Mode::ByMessageId) {
        record.insert(QLatin1String("message_ids"),
                      QJsonArray::fromStringList(d->plan.messageIdsOfRequest(chunk)));
    } else {
        QJsonArray ids;
        for (qint64 id : d->plan.idsOfRequest(chunk))
            ids.append(id);
        record.insert(QLatin1String("ids"), ids);
    }
    record.insert(QLatin1String("outcome"), ClearReport::outcomeName(outcome));
    record.insert(QLatin1String("http_status"), result.httpStatus);
    if (!result.errorCode.isEmpty())
        record.insert(QLatin1String("error"), result.errorCode);
    if (!d->audit->append(record))
        qCWarning(lcQueue) << "audit log not written:" << d->audit->errorString();
}

void ClearExecutor::finish()
{
    if (!d->running)
        return;
    d->running = false;
    if (d->audit && !d->plan.requests.isEmpty()) {
        QJsonObject record = auditBase();
        record.insert(QLatin1String("event"), QStringLiteral("clear_verified"));
        const QJsonObject summary = d->report.toJson();
        for (auto it = summary.begin(); it != summary.end(); ++it)
            record.insert(it.key(), it.value());
        if (!d->audit->append(record))
            qCWarning(lcQueue) << "audit log not written:" << d->audit->errorString();
    }
    Q_EMIT finished(d->report);
}

} // namespace b24
