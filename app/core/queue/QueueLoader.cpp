// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueLoader.h"

#include "ListPage.h"
#include "QueueLogging.h"
#include "net/BatchRequest.h"
#include "net/BatchResult.h"
#include "net/ErrorCatalog.h"
#include "net/PoolTask.h"
#include "net/RestClient.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace b24 {

namespace {

// One batch answer turned into rows, off the GUI thread.
struct DecodedBatch {
    QList<OfflineEvent> rows; // sorted by ID
    bool reachedEnd = false; // a page came back short: the queue has no more rows
    std::optional<RestResult> failure; // the first command failed or is missing
};

DecodedBatch decodeBatch(const RestResult &result, int commands)
{
    DecodedBatch decoded;
    const BatchResult batch = BatchResult::fromJson(result.result);
    for (int i = 0; i < commands; ++i) {
        const QString key = QStringLiteral("p%1").arg(i);
        if (!batch.has(key)) {
            if (i == 0)
                decoded.failure = ListPage::missingCommand(result, key);
            break;
        }
        const BatchResult::Item item = batch.item(key);
        if (!item.ok) {
            // Later commands depend on this one; the next request continues from the rows so far.
            if (i == 0)
                decoded.failure = ListPage::commandFailure(result, item);
            break;
        }
        const QList<OfflineEvent> page = ListPage::rows(item.result);
        decoded.rows.append(page);
        if (page.size() < ListPage::Size) {
            decoded.reachedEnd = true; // later commands referred to a row that does not exist
            break;
        }
    }
    std::sort(decoded.rows.begin(), decoded.rows.end(),
              [](const OfflineEvent &a, const OfflineEvent &b) { return a.id < b.id; });
    return decoded;
}

// The ID the next batch continues after, read from the answer before its rows are decoded so the
// next request can be on its way meanwhile. Only when every command returned a full page: a short
// page ends the queue, and a failed command is for the decoding to report.
std::optional<qint64> continuationAfter(const RestResult &result, int commands)
{
    const BatchResult batch = BatchResult::fromJson(result.result);
    QJsonArray page;
    for (int i = 0; i < commands; ++i) {
        const BatchResult::Item item = batch.item(QStringLiteral("p%1").arg(i));
        page = item.result.toArray();
        if (!item.ok || page.size() != ListPage::Size)
            return std::nullopt;
    }
    const qint64 last = OfflineEvent::fromJson(page.last().toObject()).id;
    return last > 0 ? std::optional<qint64>(last) : std::nullopt;
}

} // namespace

class QueueLoader::Private
{
public:
    RestClient *client = nullptr;
    int commandsPerBatch = BatchRequest::MaxCommands;
    bool running = false;
    bool cancelRequested = false;
    QJsonObject baseFilter; // the user's filter without ID lower bounds (folded into lastId)
    qint64 lastId = 0; // rows with ID <= lastId are loaded (or below the user's lower bound)
    QPointer<RestCall> call;
    QPointer<QObject> decoding; // a batch being turned into rows on the thread pool
    std::optional<RestResult> waitingAnswer; // arrived while the batch before it was decoding
    Report report;
};

QueueLoader::QueueLoader(RestClient *client, QObject *parent) : QObject(parent), d(new Private)
{
    d->client = client;
}

QueueLoader::~QueueLoader()
{
    if (d->call) {
        disconnect(d->call, nullptr, this, nullptr); // no callbacks into a half-destroyed loader
        d->call->abort();
    }
    delete d;
}

void QueueLoader::setCommandsPerBatch(int commands)
{
    d->commandsPerBatch = std::clamp(commands, 1, int(BatchRequest::MaxCommands));
}

bool QueueLoader::isRunning() const
{
    return d->running;
}

void QueueLoader::start(const ListFilter &filter)
{
    if (d->running)
        return;
    d->running = true;
    d->cancelRequested = false;
    d->report = Report();
    d->lastId = 0;

    const QString problem = filter.validate();
    if (!problem.isEmpty()) {
        RestResult refused;
        refused.status = CallStatus::Refused;
        refused.method = QStringLiteral("event.offline.list");
        refused.errorCode = QStringLiteral("INVALID_FILTER");
        refused.errorDescription = problem;
        refused.explanation = ErrorCatalog::forRefused(problem);
        d->report.failure = refused;
        // Finish from the event loop so callers connected after start() still hear about it.
        QMetaObject::invokeMethod(
            this, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }

    // The keyset bound replaces the user's lower ID bound: ">=ID n" is "after n-1", and the larger
    // of the two bounds wins as paging advances.
    d->baseFilter = filter.toFilterJson();
    if (d->baseFilter.contains(QLatin1String(">=ID")))
        d->lastId = qMax<qint64>(0, d->baseFilter.take(QLatin1String(">=ID")).toInteger() - 1);
    if (d->baseFilter.contains(QLatin1String(">ID")))
        d->lastId = qMax(d->lastId, d->baseFilter.take(QLatin1String(">ID")).toInteger());

    QJsonObject parameters;
    QJsonObject firstFilter = d->baseFilter;
    if (d->lastId > 0)
        firstFilter.insert(QLatin1String(">ID"), d->lastId);
    if (!firstFilter.isEmpty())
        parameters.insert(QLatin1String("filter"), firstFilter);
    parameters.insert(QLatin1String("order"), QJsonObject {{QLatin1String("ID"), QLatin1String("ASC")}});
    ++d->report.requests;
    d->call = d->client->call(QStringLiteral("event.offline.list"), parameters);
    connect(d->call, &RestCall::finished, this, &QueueLoader::onFirstPage);
}

void QueueLoader::cancel()
{
    if (!d->running || d->cancelRequested)
        return;
    d->cancelRequested = true;
    // A call in flight is aborted; the load ends as cancelled when its answer or the batch being
    // decoded comes back, or, when cancel() was called from a rowsLoaded()/progress() handler, as
    // soon as that handler returns.
    if (d->call)
        d->call->abort();
}

bool QueueLoader::finishUnlessUsable(const RestResult &result)
{
    d->call = nullptr;
    if (d->cancelRequested || result.status == CallStatus::Cancelled) {
        finish();
        return true;
    }
    if (!result.ok()) {
        d->report.failure = result;
        finish();
        return true;
    }
    return false;
}

void QueueLoader::onFirstPage(const RestResult &result)
{
    if (finishUnlessUsable(result))
        return;
    d->report.totalAtStart = result.total.value_or(-1);
    Q_EMIT totalKnown(d->report.totalAtStart);
    const QList<OfflineEvent> rows = ListPage::rows(result.result);
    emitNewRows(rows);
    if (d->cancelRequested) {
        finish();
        return;
    }
    // A short first page, or no "next", means the portal had nothing more when it answered.
    if (rows.size() < ListPage::Size || !result.next) {
        d->report.completed = true;
        finish();
        return;
    }
    sendBatch(d->lastId);
}

void QueueLoader::sendBatch(qint64 after)
{
    BatchRequest batch;
    for (int i = 0; i < d->commandsPerBatch; ++i) {
        // Each command continues after the 50th row of the previous one, resolved by the portal.
        const QJsonValue bound = i == 0
            ? QJsonValue(after)
            : QJsonValue(QStringLiteral("$result[p%1][%2][ID]").arg(i - 1).arg(ListPage::Size - 1));
        batch.add(QStringLiteral("p%1").arg(i), QStringLiteral("event.offline.list"),
                  ListPage::parameters(d->baseFilter, bound));
    }
    ++d->report.requests;
    d->call = d->client->callBatch(batch);
    connect(d->call, &RestCall::finished, this, &QueueLoader::onBatch);
}

void QueueLoader::onBatch(const RestResult &result)
{
    d->call = nullptr;
    if (d->decoding) {
        d->waitingAnswer = result; // rows are handed out in order: after the batch before it
        return;
    }
    handleBatch(result);
}

void QueueLoader::handleBatch(const RestResult &result)
{
    if (finishUnlessUsable(result))
        return;
    // The next request goes out before this answer's rows are decoded, so the portal serves it
    // while they are (and the rate limiter's slot is not lost to our processing).
    if (const std::optional<qint64> after = continuationAfter(result, d->commandsPerBatch))
        sendBatch(*after);
    // Turning 2,500 rows of JSON into OfflineEvents takes milliseconds; doing it on the thread pool
    // keeps the window's event loop free while a large queue loads. The worker's copy of the answer
    // is usually the last one, so the JSON is also freed there.
    RestResult meta = result;
    meta.result = QJsonValue();
    d->decoding = runOnPool(
        this, [result, commands = d->commandsPerBatch] { return decodeBatch(result, commands); },
        [this, meta](DecodedBatch decoded) {
            d->decoding = nullptr;
            if (d->cancelRequested) {
                finish();
                return;
            }
            onDecoded(meta, std::move(decoded.rows), decoded.reachedEnd, decoded.failure);
        });
}

void QueueLoader::onDecoded(const RestResult &meta, QList<OfflineEvent> rows, bool reachedEnd,
                            const std::optional<RestResult> &failure)
{
    if (failure) {
        d->report.failure = *failure;
        finish();
        return;
    }
    const qint64 before = d->lastId;
    emitNewRows(std::move(rows));
    if (reachedEnd || d->cancelRequested) {
        d->report.completed = reachedEnd;
        finish();
        return;
    }
    if (d->lastId == before) {
        // Full pages but nothing new: the portal ignored the ID bound. Stop instead of looping.
        RestResult stalled = meta;
        stalled.status = CallStatus::BadResponse;
        stalled.errorCode = QStringLiteral("PAGING_STALLED");
        stalled.errorDescription = tr("The portal returned the same rows again; paging cannot continue.");
        stalled.explanation = ErrorCatalog::forBadResponse(meta.httpStatus, stalled.errorDescription);
        d->report.failure = stalled;
        finish();
        return;
    }
    if (d->waitingAnswer) {
        const RestResult next = *std::exchange(d->waitingAnswer, std::nullopt);
        handleBatch(next);
    } else if (!d->call) {
        sendBatch(d->lastId); // the answer did not say where to continue: from the rows so far
    }
}

void QueueLoader::emitNewRows(QList<OfflineEvent> rows)
{
    const auto byId = [](const OfflineEvent &a, const OfflineEvent &b) {
        return a.id < b.id;
    };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), byId))
        std::sort(rows.begin(), rows.end(), byId);
    QList<OfflineEvent> fresh;
    fresh.reserve(rows.size());
    for (OfflineEvent &row : rows) {
        if (row.id <= d->lastId)
            continue; // already emitted (or below the requested range): every row once
        d->lastId = row.id;
        fresh.append(std::move(row));
    }
    if (fresh.isEmpty())
        return;
    d->report.rowsLoaded += fresh.size();
    Q_EMIT rowsLoaded(fresh);
    Q_EMIT progress(d->report.rowsLoaded, qMax(d->report.totalAtStart, d->report.rowsLoaded));
}

void QueueLoader::finish()
{
    if (!d->running)
        return;
    d->running = false;
    if (d->call) {
        // A request sent ahead of rows that ended the load (cancel, failure, end of the queue).
        disconnect(d->call, nullptr, this, nullptr);
        d->call->abort();
        d->call = nullptr;
    }
    delete d->decoding.data();
    d->waitingAnswer.reset();
    d->report.cancelled = d->cancelRequested && !d->report.completed;
    if (d->report.cancelled)
        d->report.failure = RestResult();
    qCDebug(lcQueue) << "load finished: rows" << d->report.rowsLoaded << "requests" << d->report.requests
                     << "completed" << d->report.completed << "cancelled" << d->report.cancelled;
    Q_EMIT finished(d->report);
}

} // namespace b24
