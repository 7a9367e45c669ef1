// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestClient.h"

#include "BatchRequest.h"
#include "BatchResult.h"
#include "CertificatePins.h"
#include "DestructiveCallGuard.h"
#include "ErrorCatalog.h"
#include "LeakyBucket.h"
#include "NetLogging.h"
#include "NonReplayableBody.h"
#include "PoolTask.h"
#include "ResponseParser.h"
#include "SecretMasker.h"
#include "TokenRefresher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

namespace b24 {

namespace {

constexpr int MaxRedirects = 5;
constexpr int MaxOperatingWaits = 3;
constexpr qint64 FallbackOperatingWaitMs = 60'000; // operating buckets are 60 s wide
constexpr qint64 OperatingSafetyMs = 1'000;
constexpr qsizetype MaxLoggedBody = qsizetype(1024) * 1024;
// Read answers at least this large are parsed and masked on the thread pool: a 50 x 50 list batch
// is ~600 KB and ~12 ms of CPU, long enough to make the window stutter on every page.
constexpr qsizetype OffThreadParseBytes = qsizetype(64) * 1024;

// A parsed answer plus its body as the request log keeps it (secrets masked, cut to MaxLoggedBody).
struct ParsedAnswer {
    RestResult result;
    QByteArray loggedBody;
};

QByteArray maskForLog(const SecretMasker &masker, const QByteArray &bytes)
{
    return masker.maskBytes(bytes).left(MaxLoggedBody);
}

// Failures that happen before a single byte of the request can have reached the portal.
bool failsBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

// Failures that another attempt a moment later may well not meet: the connection dropped or
// stalled, or a proxy timed out. Not DNS, refused connections or TLS: those need the user.
bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

// Connection and proxy failures (1..199); content/protocol/server errors (2xx..4xx enum values)
// come with an HTTP answer whose body is parsed instead.
bool isConnectionLevel(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void removeAuthKeys(QJsonObject &object)
{
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        if (key == QLatin1String("auth") || key == QLatin1String("access_token")
            || key == QLatin1String("auth_connector")) {
            object.remove(key);
        }
    }
}

} // namespace

struct PendingCall {
    QPointer<RestCall> handle;
    QString method;
    QJsonObject params;
    QList<QPair<QString, QString>> batchCommands; // batch "cmd" in the caller's order
    bool destructive = false;
    bool changesState = false; // destructive, or a get that reserves rows
    QUrl url;
    int attempts = 0;
    int queryLimitRetries = 0;
    int operatingWaits = 0;
    int transientRetries = 0;
    int redirects = 0;
    bool replayedAfterRefresh = false;
    quint64 tokenGeneration = 0;
    QElapsedTimer elapsed;
    QElapsedTimer attemptTimer;
    QDateTime sentAt;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> waitTimer;
    bool aborted = false;
    QString tlsFingerprint;
    QString tlsErrors;
};

using CallPtr = std::shared_ptr<PendingCall>;

class RestClient::Private
{
public:
    Private(RestClient *client, QNetworkAccessManager *manager)
        : q(client), network(manager), refresher(new TokenRefresher(manager, &masker, &pins, client))
    {
        pumpTimer.setSingleShot(true);
        QObject::connect(&pumpTimer, &QTimer::timeout, q, [this] { pump(); });
        QObject::connect(refresher, &TokenRefresher::refreshed, q,
                         [this](const Credentials &rotated) { onRefreshed(rotated); });
        QObject::connect(refresher, &TokenRefresher::failed, q,
                         [this](const RestResult &failure) { onRefreshFailed(failure); });
        QObject::connect(refresher, &TokenRefresher::logged, q, [this](RequestLogEntry entry) {
            entry.id = nextLogId++;
            Q_EMIT q->requestLogged(entry);
        });
    }

    RestCall *start(const QString &method, const QJsonObject &params,
                    const QList<QPair<QString, QString>> &batchCommands);
    void enqueue(const CallPtr &call);
    void pump();
    void send(const CallPtr &call);
    QByteArray body(const PendingCall &call) const;
    QJsonObject loggedParameters(const PendingCall &call) const;
    void onSslErrors(const CallPtr &call, QNetworkReply *reply, const QList<QSslError> &errors);
    void onFinished(const CallPtr &call, QNetworkReply *reply);
    void handleRedirect(const CallPtr &call, QNetworkReply *reply, int httpStatus, const QByteArray &bytes);
    void handleTransport(const CallPtr &call, QNetworkReply *reply, int httpStatus, const QByteArray &bytes);
    void parseOffThread(const CallPtr &call, int httpStatus, const QByteArray &bytes);
    void handleParsed(const CallPtr &call, RestResult result, const QByteArray &loggedBody);
    void handleExpiredToken(const CallPtr &call, const RestResult &result);
    void retryLater(const CallPtr &call, qint64 ms, const QString &reason);
    // Schedules another attempt of a read after a transient failure; false when retries are used up
    // or the call changes state (those are never sent twice).
    bool retryTransient(const CallPtr &call, const RestResult &failed);
    qint64 backoffMs(int retry) const;
    qint64 operatingWaitMs(const QString &method) const;
    void rememberTime(const QString &method, const TimeInfo &time);
    // For a batch: remembers each command's time block under its own method (the operating limit
    // counts per method, never for "batch") and, for a read batch whose every command was refused
    // by a rate or operating-time limit, turns the answer into that error so it is waited out and
    // asked again like a plain call. Returns the method the limit applies to.
    QString examineBatch(const CallPtr &call, RestResult &result);
    // maskedBody: the response body after maskForLog().
    void log(const CallPtr &call, const RestResult &result, const QByteArray &maskedBody);
    void finish(const CallPtr &call, RestResult result);
    void abort(RestCall *handle);
    void onRefreshed(const Credentials &rotated);
    void onRefreshFailed(const RestResult &failure);
    RestResult resultFor(const PendingCall &call) const;

    RestClient *q;
    QNetworkAccessManager *network;
    PortalAddress portal;
    Credentials credentials;
    RateLimitConfig rateLimit;
    int transferTimeout = 30'000;
    CertificatePins pins;
    SecretMasker masker;
    LeakyBucket bucket;
    QList<CallPtr> rateQueue;
    QTimer pumpTimer;
    bool rateWaitAnnounced = false;
    TokenRefresher *refresher;
    QList<CallPtr> awaitingRefresh;
    quint64 tokenGeneration = 0;
    quint64 nextLogId = 1;
    std::optional<double> serverClockOffsetSecs; // local minus server Unix time
    QHash<QString, qint64> operatingResetAt; // lower-case method -> server Unix time
    QHash<QString, QDeadlineTimer> operatingBlocked; // lower-case method -> when reads may resume
    QHash<RestCall *, CallPtr> calls;
};

RestResult RestClient::Private::resultFor(const PendingCall &call) const
{
    RestResult result;
    result.method = call.method;
    return result;
}

RestCall *RestClient::Private::start(const QString &method, const QJsonObject &params,
                                     const QList<QPair<QString, QString>> &batchCommands)
{
    auto call = std::make_shared<PendingCall>();
    auto *handle = new RestCall(q);
    call->handle = handle;
    call->method = method.trimmed();
    call->params = params;
    removeAuthKeys(call->params);
    call->batchCommands = batchCommands;
    call->destructive = DestructiveCallGuard::isDestructive(call->method, call->params);
    call->changesState = DestructiveCallGuard::changesState(call->method, call->params);
    call->elapsed.start();
    calls.insert(handle, call);

    RestResult refusal = resultFor(*call);
    refusal.status = CallStatus::Refused;
    if (!portal.isValid()) {
        refusal.errorCode = QStringLiteral("PORTAL_NOT_SET");
        refusal.explanation = ErrorCatalog::forClientCode(refusal.errorCode, portal.error());
    } else if (call->method.isEmpty()) {
        refusal.errorCode = QStringLiteral("REFUSED");
        refusal.explanation = ErrorCatalog::forRefused(tr("No REST method name was given."));
    } else if (const QString reason = DestructiveCallGuard::refusalReason(call->method, call->params);
               !reason.isEmpty()) {
        refusal.errorCode = QStringLiteral("REFUSED");
        refusal.explanation = ErrorCatalog::forRefused(reason);
    }
    if (!refusal.errorCode.isEmpty()) {
        refusal.attempts = 0;
        log(call, refusal, {});
        finish(call, refusal);
        return handle;
    }
    call->url = portal.methodUrl(call->method);
    enqueue(call);
    return handle;
}

void RestClient::Private::enqueue(const CallPtr &call)
{
    // While a method is blocked by the operating-time limit, further reads of it wait for the same
    // reset instead of each collecting their own 429.
    const auto blocked = operatingBlocked.constFind(call->method.toLower());
    if (!call->destructive && blocked != operatingBlocked.constEnd() && !blocked->hasExpired()) {
        retryLater(call, blocked->remainingTime(),
                   tr("Operating time limit for %1 reached; waiting until it resets").arg(call->method));
        return;
    }
    rateQueue.append(call);
    pump();
}

void RestClient::Private::pump()
{
    while (!rateQueue.isEmpty()) {
        if (!bucket.tryAcquire()) {
            const qint64 delay = bucket.delayMs();
            pumpTimer.start(int(std::max<qint64>(1, delay)));
            if (!rateWaitAnnounced) {
                rateWaitAnnounced = true;
                // Time until the whole queue has left, at the configured rate.
                const qint64 total
                    = delay + qint64(double(rateQueue.size() - 1) * 1000.0 / bucket.ratePerSecond());
                Q_EMIT q->waiting(int(total), tr("Pacing requests to the portal's rate limit"));
            }
            return;
        }
        send(rateQueue.takeFirst());
    }
    rateWaitAnnounced = false;
}

QByteArray RestClient::Private::body(const PendingCall &call) const
{
    QJsonObject object = call.params;
    object.insert(QStringLiteral("auth"), credentials.accessToken);
    if (!credentials.authConnector.isEmpty()) {
        object.insert(QStringLiteral("auth_connector"), credentials.authConnector);
    }
    if (call.batchCommands.isEmpty()) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    // QJsonObject sorts keys, but the portal runs batch commands in body order and later commands
    // may refer to earlier results, so "cmd" is written by hand in the caller's order.
    object.remove(QStringLiteral("cmd"));
    QByteArray cmd = "{";
    for (const auto &[key, command] : call.batchCommands) {
        if (cmd.size() > 1) {
            cmd += ',';
        }
        cmd += jsonString(key) + ':' + jsonString(command);
    }
    cmd += '}';
    const QByteArray rest = QJsonDocument(object).toJson(QJsonDocument::Compact); // never empty: has auth
    return "{\"cmd\":" + cmd + ',' + rest.mid(1);
}

QJsonObject RestClient::Private::loggedParameters(const PendingCall &call) const
{
    QJsonObject object = call.params;
    object.insert(QStringLiteral("auth"), QString::fromLatin1(SecretMasker::Mask));
    if (!credentials.authConnector.isEmpty()) {
        object.insert(QStringLiteral("auth_connector"), credentials.authConnector);
    }
    return masker.maskParameters(object);
}

void RestClient::Private::send(const CallPtr &call)
{
    if (call->aborted) {
        return;
    }
    QNetworkRequest request(call->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("b24-offline-queue/%1").arg(QLatin1String(B24_VERSION)));
    request.setTransferTimeout(transferTimeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    call->attempts += 1;
    call->tokenGeneration = tokenGeneration;
    call->sentAt = QDateTime::currentDateTimeUtc();
    call->attemptTimer.start();
    call->tlsFingerprint.clear();
    call->tlsErrors.clear();
    qCInfo(lcNet).noquote() << "->" << call->method << masker.maskText(call->url.toString()) << "attempt"
                            << call->attempts
                            << QString::fromUtf8(
                                   QJsonDocument(loggedParameters(*call)).toJson(QJsonDocument::Compact));

    QNetworkReply *reply = nullptr;
    // Reserving gets (clear=0) change state too: Qt must not replay them after a dropped connection
    // either (seen: two batches reserved by one call).
    const bool neverReplay = call->changesState;
    if (neverReplay) {
        const QByteArray bytes = body(*call);
        request.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // The no-resend guarantee is verified for HTTP/1.1; keep these few requests there.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *device = new NonReplayableBody(bytes);
        reply = network->post(request, device);
        device->setParent(reply);
    } else {
        reply = network->post(request, body(*call));
    }
    call->reply = reply;
    QObject::connect(
        reply, &QNetworkReply::sslErrors, q,
        [this, call, reply](const QList<QSslError> &errors) { onSslErrors(call, reply, errors); });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, call, reply] { onFinished(call, reply); });
}

void RestClient::Private::onSslErrors(const CallPtr &call, QNetworkReply *reply,
                                      const QList<QSslError> &errors)
{
    if (pins.ignoreIfPinned(reply, errors, &call->tlsFingerprint, &call->tlsErrors)) {
        return;
    }
    qCWarning(lcNet).noquote() << "TLS verification failed for" << reply->url().host()
                               << "certificate SHA-256" << call->tlsFingerprint << ":" << call->tlsErrors;
}

void RestClient::Private::onFinished(const CallPtr &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->reply != reply) {
        return;
    }
    call->reply = nullptr;
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();

    if (call->aborted) {
        RestResult result = resultFor(*call);
        result.httpStatus = httpStatus;
        result.networkError = QNetworkReply::OperationCanceledError;
        if (call->changesState) {
            result.status = CallStatus::OutcomeUnknown;
            result.errorCode = QStringLiteral("OUTCOME_UNKNOWN");
            result.explanation = ErrorCatalog::forOutcomeUnknown(call->method);
        } else {
            result.status = CallStatus::Cancelled;
            result.explanation = ErrorCatalog::forNetworkError(result.networkError, call->url.host());
            result.errorCode = result.explanation.code;
        }
        log(call, result, maskForLog(masker, bytes));
        finish(call, result);
        return;
    }
    if (httpStatus >= 300 && httpStatus < 400 && reply->hasRawHeader("Location")) {
        handleRedirect(call, reply, httpStatus, bytes);
        return;
    }
    if (isConnectionLevel(reply->error()) || reply->error() == QNetworkReply::ContentReSendError
        || (reply->error() != QNetworkReply::NoError && httpStatus == 0)) {
        handleTransport(call, reply, httpStatus, bytes);
        return;
    }
    if (bytes.size() >= OffThreadParseBytes && !call->changesState) {
        parseOffThread(call, httpStatus, bytes);
        return;
    }
    handleParsed(call, ResponseParser::parse(call->method, httpStatus, bytes, masker),
                 maskForLog(masker, bytes));
}

void RestClient::Private::parseOffThread(const CallPtr &call, int httpStatus, const QByteArray &bytes)
{
    // Only reads come here: abort() meanwhile ends the call as Cancelled at once, and the parsed
    // answer is then dropped. State-changing calls are always parsed in place, so an answer that
    // has arrived is never turned into a cancellation.
    // The masker is copied: the client may learn a rotated token while the worker runs.
    runOnPool(
        q,
        [method = call->method, httpStatus, bytes, masker = masker] {
            return ParsedAnswer {ResponseParser::parse(method, httpStatus, bytes, masker),
                                 maskForLog(masker, bytes)};
        },
        [this, call](ParsedAnswer answer) {
            if (calls.contains(call->handle) && !call->aborted) {
                handleParsed(call, std::move(answer.result), answer.loggedBody);
            }
        });
}

void RestClient::Private::handleRedirect(const CallPtr &call, QNetworkReply *reply, int httpStatus,
                                         const QByteArray &bytes)
{
    const QUrl target = reply->url().resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
    const bool foreign = !sameOrigin(call->url, target);
    RestResult result = resultFor(*call);
    result.httpStatus = httpStatus;
    result.status = CallStatus::ApiError;
    result.redirectTarget = target;
    // Reads may follow a redirect within the same portal (scheme, host and port unchanged); the
    // token never goes to another host, and destructive calls are never re-sent anywhere.
    if (!foreign && !call->destructive && call->redirects < MaxRedirects) {
        log(call, result, maskForLog(masker, bytes));
        call->redirects += 1;
        call->url = target;
        enqueue(call);
        return;
    }
    result.explanation
        = ErrorCatalog::forRedirect(call->url.host(), masker.maskText(target.toString()), foreign);
    result.errorCode = result.explanation.code;
    qCWarning(lcNet).noquote() << "redirect not followed:" << call->method << "->"
                               << masker.maskText(target.toString());
    log(call, result, maskForLog(masker, bytes));
    finish(call, result);
}

void RestClient::Private::handleTransport(const CallPtr &call, QNetworkReply *reply, int httpStatus,
                                          const QByteArray &bytes)
{
    QNetworkReply::NetworkError error = reply->error();
    // setTransferTimeout() aborts the reply (OperationCanceledError in Qt 6.4); the caller did not.
    if (error == QNetworkReply::OperationCanceledError) {
        error = QNetworkReply::TimeoutError;
    }
    RestResult result = resultFor(*call);
    result.httpStatus = httpStatus;
    result.networkError = error;
    const QString host = call->url.host();
    if (error == QNetworkReply::SslHandshakeFailedError && !call->tlsFingerprint.isEmpty()) {
        result.explanation = ErrorCatalog::forTlsFailure(host, call->tlsFingerprint, call->tlsErrors);
    } else {
        // ContentReSendError means Qt wanted to send the request again after the connection dropped
        // and NonReplayableBody refused; Qt's own text for it is just "Unknown error".
        const QString detail = error == QNetworkReply::ContentReSendError
            ? tr("The connection closed after the request was sent; it was not sent again.")
            : masker.maskText(reply->errorString());
        result.explanation = ErrorCatalog::forNetworkError(error, host, detail);
    }
    result.errorCode = result.explanation.code;
    result.status = CallStatus::TransportError;
    if (call->changesState && !failsBeforeSending(error)) {
        // The portal may have deleted or marked events already; never guess, never resend.
        const ErrorInfo transport = result.explanation;
        result.status = CallStatus::OutcomeUnknown;
        result.errorCode = QStringLiteral("OUTCOME_UNKNOWN");
        result.explanation = ErrorCatalog::forOutcomeUnknown(call->method);
        result.explanation.explanation
            += QLatin1Char(' ') + transport.title + QLatin1String(": ") + transport.explanation;
    }
    qCWarning(lcNet).noquote() << call->method << "failed:" << result.errorCode << int(error)
                               << masker.maskText(reply->errorString());
    log(call, result, maskForLog(masker, bytes));
    if (isTransient(error) && retryTransient(call, result)) {
        return;
    }
    finish(call, result);
}

bool RestClient::Private::retryTransient(const CallPtr &call, const RestResult &failed)
{
    if (call->changesState || call->transientRetries >= rateLimit.maxTransientRetries) {
        return false;
    }
    const qint64 delay = backoffMs(call->transientRetries);
    call->transientRetries += 1;
    retryLater(call, delay,
               tr("%1 failed (%2); trying again, attempt %3 of %4")
                   .arg(call->method, failed.explanation.title)
                   .arg(call->transientRetries + 1)
                   .arg(rateLimit.maxTransientRetries + 1));
    return true;
}

QString RestClient::Private::examineBatch(const CallPtr &call, RestResult &result)
{
    if (call->batchCommands.isEmpty() || !result.ok()) {
        return call->method;
    }
    const BatchResult batch = BatchResult::fromJson(result.result);
    QString limitedMethod;
    const BatchResult::Item *refusal = nullptr;
    int refused = 0;
    for (const auto &[key, command] : std::as_const(call->batchCommands)) {
        const QString method = command.section(QLatin1Char('?'), 0, 0);
        const auto item = batch.items.constFind(key);
        if (item == batch.items.constEnd()) {
            continue;
        }
        rememberTime(method, item->time);
        if (!item->ok
            && (item->errorCode == QLatin1String("OPERATION_TIME_LIMIT")
                || item->errorCode == QLatin1String("QUERY_LIMIT_EXCEEDED"))) {
            refused += 1;
            refusal = &*item;
            limitedMethod = method;
        }
    }
    if (call->changesState || refusal == nullptr || refused != call->batchCommands.size()) {
        return call->method; // partial answers are the caller's to use
    }
    result.status = CallStatus::ApiError;
    result.errorCode = refusal->errorCode;
    result.errorDescription = refusal->errorDescription;
    result.explanation = refusal->explanation;
    return limitedMethod;
}

void RestClient::Private::handleParsed(const CallPtr &call, RestResult result, const QByteArray &loggedBody)
{
    rememberTime(call->method, result.time);
    const QString limitedMethod = examineBatch(call, result);
    if (result.status == CallStatus::BadResponse && call->changesState
        && (result.httpStatus >= 500 || result.httpStatus < 300)) {
        // A gateway error page or a cut-off success: the portal may well have run the call.
        const ErrorInfo bad = result.explanation;
        result.status = CallStatus::OutcomeUnknown;
        result.errorCode = QStringLiteral("OUTCOME_UNKNOWN");
        result.explanation = ErrorCatalog::forOutcomeUnknown(call->method);
        result.explanation.explanation += QLatin1Char(' ') + bad.explanation;
    }
    log(call, result, loggedBody);

    // A gateway's HTML page (nginx 502/503/504 while the portal restarts or is overloaded) says
    // nothing about the call itself; a read is simply asked again.
    const bool gatewayPage = result.status == CallStatus::BadResponse
        && (result.httpStatus == 502 || result.httpStatus == 503 || result.httpStatus == 504);
    if (gatewayPage && retryTransient(call, result)) {
        return;
    }
    if (result.status == CallStatus::ApiError) {
        if (result.errorCode == QLatin1String("QUERY_LIMIT_EXCEEDED")) {
            bucket.markFull();
            const qint64 delay = backoffMs(call->queryLimitRetries);
            if (!call->destructive && call->queryLimitRetries < rateLimit.maxReadRetries) {
                call->queryLimitRetries += 1;
                retryLater(call, delay, tr("The portal's request limit was exceeded; retrying"));
                return;
            }
            result.retryAfterMs = delay;
        } else if (result.errorCode == QLatin1String("OPERATION_TIME_LIMIT")) {
            const qint64 wait = operatingWaitMs(limitedMethod);
            // A 429 is decided before the method runs, so nothing happened; still, destructive calls
            // are handed back to the caller with the wait instead of being re-sent behind its back.
            if (!call->destructive && call->operatingWaits < MaxOperatingWaits
                && wait <= rateLimit.maxOperatingWaitMs) {
                call->operatingWaits += 1;
                operatingBlocked.insert(limitedMethod.toLower(), QDeadlineTimer(wait, Qt::PreciseTimer));
                retryLater(
                    call, wait,
                    tr("Operating time limit for %1 reached; waiting until it resets").arg(limitedMethod));
                return;
            }
            result.retryAfterMs = wait;
        } else if (result.errorCode == QLatin1String("expired_token")) {
            handleExpiredToken(call, result);
            return;
        }
    }
    finish(call, result);
}

void RestClient::Private::handleExpiredToken(const CallPtr &call, const RestResult &result)
{
    if (!credentials.canRefresh() || call->replayedAfterRefresh) {
        finish(call, result);
        return;
    }
    // Replaying is safe even for clear/error: expired_token is raised by the OAuth layer while the
    // portal authenticates the request, before the method runs (reference §5, §9), so the portal
    // did nothing with it. The replay is that request's first real execution, and it happens once.
    call->replayedAfterRefresh = true;
    if (call->tokenGeneration < tokenGeneration) {
        enqueue(call); // the token was renewed while this call was in flight
        return;
    }
    awaitingRefresh.append(call);
    if (!refresher->isRunning()) {
        Q_EMIT q->waiting(0, tr("Renewing the expired access token"));
        refresher->start(credentials, transferTimeout);
    }
}

void RestClient::Private::onRefreshed(const Credentials &rotated)
{
    credentials.accessToken = rotated.accessToken;
    credentials.refreshToken = rotated.refreshToken;
    masker.addSecret(credentials.accessToken);
    masker.addSecret(credentials.refreshToken);
    tokenGeneration += 1;
    Q_EMIT q->credentialsRotated(credentials);
    const QList<CallPtr> waiting = std::exchange(awaitingRefresh, {});
    for (const CallPtr &call : waiting) {
        enqueue(call);
    }
}

void RestClient::Private::onRefreshFailed(const RestResult &failure)
{
    const QList<CallPtr> waiting = std::exchange(awaitingRefresh, {});
    for (const CallPtr &call : waiting) {
        RestResult result = failure;
        result.method = call->method;
        if (result.status == CallStatus::Ok) {
            result.status = CallStatus::ApiError;
        }
        finish(call, result);
    }
}

void RestClient::Private::retryLater(const CallPtr &call, qint64 ms, const QString &reason)
{
    qCInfo(lcNet).noquote() << call->method << ":" << reason << ms << "ms";
    Q_EMIT q->waiting(int(ms), reason);
    auto *timer = new QTimer(q);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early, before the reset
    call->waitTimer = timer;
    QObject::connect(timer, &QTimer::timeout, q, [this, call, timer] {
        timer->deleteLater();
        call->waitTimer = nullptr;
        if (!call->aborted) {
            enqueue(call);
        }
    });
    timer->start(int(std::max<qint64>(0, ms)));
}

qint64 RestClient::Private::backoffMs(int retry) const
{
    const qint64 base = std::max(1, rateLimit.baseBackoffMs);
    const qint64 exponential = base << std::min(retry, 10);
    return exponential + QRandomGenerator::global()->bounded(int(base)); // jitter spreads parallel clients
}

void RestClient::Private::rememberTime(const QString &method, const TimeInfo &time)
{
    if (!time.present) {
        return;
    }
    const double localNow = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    if (time.finish > 0) {
        serverClockOffsetSecs = localNow - time.finish;
    }
    if (time.operatingResetAt) {
        operatingResetAt.insert(method.toLower(), *time.operatingResetAt);
    }
}

qint64 RestClient::Private::operatingWaitMs(const QString &method) const
{
    // Error bodies carry no time block, so the reset time comes from this method's last success.
    const auto it = operatingResetAt.constFind(method.toLower());
    if (it == operatingResetAt.constEnd()) {
        return FallbackOperatingWaitMs;
    }
    const double localNow = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const double resetLocal = double(*it) + serverClockOffsetSecs.value_or(0);
    const qint64 wait = qint64((resetLocal - localNow) * 1000.0) + OperatingSafetyMs;
    // Already past: the next 60 s bucket is the earliest that can free time.
    return wait > OperatingSafetyMs ? wait : FallbackOperatingWaitMs;
}

void RestClient::Private::log(const CallPtr &call, const RestResult &result, const QByteArray &maskedBody)
{
    RequestLogEntry entry;
    entry.id = nextLogId++;
    entry.startedAt = call->sentAt.isValid() ? call->sentAt : QDateTime::currentDateTimeUtc();
    entry.method = call->method;
    entry.url = masker.maskText(call->url.toString(QUrl::RemoveUserInfo));
    entry.parameters = loggedParameters(*call);
    entry.httpStatus = result.httpStatus;
    entry.durationMs = call->attemptTimer.isValid() ? call->attemptTimer.elapsed() : 0;
    entry.status = result.status;
    entry.responseBody = maskedBody;
    entry.time = result.time;
    entry.explanation = result.explanation;
    entry.recordCount = result.ok() ? RequestLogEntry::countRecords(call->method, result.result) : -1;
    entry.destructive = call->destructive;
    entry.attempt = call->attempts;
    qCInfo(lcNet).noquote() << "<-" << call->method << "HTTP" << result.httpStatus
                            << callStatusName(result.status) << result.errorCode << entry.durationMs << "ms";
    Q_EMIT q->requestLogged(entry);
}

void RestClient::Private::finish(const CallPtr &call, RestResult result)
{
    RestCall *handle = call->handle;
    if (!handle || !calls.contains(handle)) {
        return;
    }
    calls.remove(handle);
    result.method = call->method;
    result.durationMs = call->elapsed.elapsed();
    result.attempts = call->attempts;
    // Always queued: a caller connecting to finished() after call() returns never misses it, and
    // abort() never re-enters the caller.
    QMetaObject::invokeMethod(
        handle,
        [handle, result] {
            Q_EMIT handle->finished(result);
            handle->deleteLater();
        },
        Qt::QueuedConnection);
}

void RestClient::Private::abort(RestCall *handle)
{
    const CallPtr call = calls.value(handle);
    if (!call || call->aborted) {
        return;
    }
    call->aborted = true;
    if (call->reply) {
        call->reply->abort(); // onFinished() reports Cancelled or OutcomeUnknown
        return;
    }
    rateQueue.removeAll(call);
    awaitingRefresh.removeAll(call);
    if (call->waitTimer) {
        call->waitTimer->stop();
        call->waitTimer->deleteLater();
    }
    RestResult result = resultFor(*call);
    result.status = CallStatus::Cancelled;
    result.networkError = QNetworkReply::OperationCanceledError;
    result.explanation = ErrorCatalog::forNetworkError(result.networkError, call->url.host());
    result.errorCode = result.explanation.code;
    finish(call, result);
}

namespace {

// Headroom below the portal's bucket (a tenth of it, at least one slot): requests leave here paced
// exactly, but network jitter or a busy event loop can bunch several of them up on arrival, and
// the portal counts arrivals. With the default 2/s, 50 this tolerates 2.5 s of bunching.
int clientBurst(const RateLimitConfig &config)
{
    return std::max(1, config.burst - std::max(1, config.burst / 10));
}

} // namespace

RestClient::RestClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), d(new Private(this, network))
{
    d->bucket.configure(d->rateLimit.ratePerSecond, clientBurst(d->rateLimit));
}

RestClient::~RestClient()
{
    for (const CallPtr &call : std::as_const(d->calls)) {
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
        }
    }
    delete d;
}

void RestClient::setPortal(const PortalAddress &portal)
{
    d->portal = portal;
}

PortalAddress RestClient::portal() const
{
    return d->portal;
}

void RestClient::setCredentials(const Credentials &credentials)
{
    d->credentials = credentials;
    d->masker.addSecret(credentials.accessToken);
    d->masker.addSecret(credentials.refreshToken);
    d->masker.addSecret(credentials.clientSecret);
    d->tokenGeneration += 1; // calls in flight with the old token may replay with this one
}

Credentials RestClient::credentials() const
{
    return d->credentials;
}

void RestClient::setRateLimit(const RateLimitConfig &config)
{
    d->rateLimit = config;
    d->bucket.configure(config.ratePerSecond, clientBurst(config));
}

RateLimitConfig RestClient::rateLimit() const
{
    return d->rateLimit;
}

void RestClient::setTransferTimeout(int milliseconds)
{
    d->transferTimeout = std::max(1, milliseconds);
}

int RestClient::transferTimeout() const
{
    return d->transferTimeout;
}

void RestClient::pinCertificate(const QString &host, const QString &sha256Hex)
{
    d->pins.pin(host, sha256Hex);
}

const SecretMasker &RestClient::secretMasker() const
{
    return d->masker;
}

RestCall *RestClient::call(const QString &method, const QJsonObject &params)
{
    return d->start(method, params, {});
}

RestCall *RestClient::callBatch(const BatchRequest &batch, bool halt)
{
    QList<QPair<QString, QString>> commands;
    const QJsonObject cmd = batch.toParameters(halt).value(QLatin1String("cmd")).toObject();
    for (const BatchRequest::Command &command : batch.commands()) {
        commands.append({command.key, cmd.value(command.key).toString()});
    }
    return d->start(QStringLiteral("batch"), batch.toParameters(halt), commands);
}

bool RestClient::isDestructive(const QString &method, const QJsonObject &params)
{
    return DestructiveCallGuard::isDestructive(method, params);
}

bool RestClient::changesState(const QString &method, const QJsonObject &params)
{
    return DestructiveCallGuard::changesState(method, params);
}

QString RestClient::refusalReason(const QString &method, const QJsonObject &params)
{
    return DestructiveCallGuard::refusalReason(method, params);
}

int RestClient::pendingCalls() const
{
    return int(d->calls.size());
}

void RestCall::abort()
{
    if (auto *client = qobject_cast<RestClient *>(parent())) {
        client->d->abort(this);
    }
}

} // namespace b24
