// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credentials.h"
#include "PortalAddress.h"
#include "RateLimitConfig.h"
#include "RequestLogEntry.h"
#include "RestResult.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace b24 {

class BatchRequest;
class RestCall;
class SecretMasker;

// Asynchronous Bitrix24 REST client on one injected QNetworkAccessManager.
//
// - POSTs a JSON body to <restBase><method>; the token travels in the body ("auth"), never in the URL.
// - Paces requests with a client-side leaky bucket; retries *reads* after 503 QUERY_LIMIT_EXCEEDED
//   with exponential backoff and jitter; waits for operating_reset_at after 429 OPERATION_TIME_LIMIT.
// - Never retries a destructive call (clear, error, get with clear != 0, or a batch holding one)
//   once it may have reached the server: it ends with CallStatus::OutcomeUnknown instead.
// - Refuses, before sending, event.offline.clear/error with an empty id or message_id list, or
//   with both lists at once.
// - On 401 expired_token refreshes once (for any number of concurrent failures) when the
//   credentials allow it, replays the waiting calls once, and emits credentialsRotated().
// - TLS errors fail with the host and the certificate's SHA-256 fingerprint unless that exact
//   certificate is pinned for that host (the token endpoint included). Redirects to another host
//   are reported (PORTAL_MOVED, RestResult::redirectTarget), never followed; same-host redirects
//   are followed for reads only.
// - Every attempt, retry, refusal and token refresh ("oauth.token") is emitted as a
//   RequestLogEntry with secrets masked; developer logging goes to the "b24.net" category.
class RestClient : public QObject
{
    Q_OBJECT

public:
    explicit RestClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RestClient() override;

    void setPortal(const PortalAddress &portal);
    [[nodiscard]] PortalAddress portal() const;
    void setCredentials(const Credentials &credentials);
    [[nodiscard]] Credentials credentials() const;
    void setRateLimit(const RateLimitConfig &config);
    [[nodiscard]] RateLimitConfig rateLimit() const;
    void setTransferTimeout(int milliseconds); // default 30 000
    [[nodiscard]] int transferTimeout() const;
    // Accept this exact certificate (SHA-256 of its DER, hex, colons optional) for this host.
    void pinCertificate(const QString &host, const QString &sha256Hex);

    // Starts a call. The returned object is owned by the client, emits finished() exactly once
    // (always queued, never inside call() or abort()) and deletes itself later. "auth",
    // "access_token" and "auth_connector" in params are dropped: the client adds them from the
    // credentials. Refused calls (see refusalReason()) never touch the network.
    RestCall *call(const QString &method, const QJsonObject &params = {});
    RestCall *callBatch(const BatchRequest &batch, bool halt = false);

    // True for event.offline.clear, event.offline.error and event.offline.get with clear != 0.
    static bool isDestructive(const QString &method, const QJsonObject &params);
    // Destructive, or event.offline.get without process_id (reserves rows even with clear=0). Such a
    // call is never re-sent, and a lost answer is reported as CallStatus::OutcomeUnknown.
    static bool changesState(const QString &method, const QJsonObject &params);
    // Why call() would refuse these parameters (empty id list, both lists, no process_id, ...);
    // empty when they may be sent. Lets the UI disable a button before the user clicks.
    static QString refusalReason(const QString &method, const QJsonObject &params);
    // Masks every secret this client knows (tokens, refresh token, client secret) in any text.
    [[nodiscard]] const SecretMasker &secretMasker() const;

    [[nodiscard]] int pendingCalls() const;

Q_SIGNALS:
    void requestLogged(const b24::RequestLogEntry &entry);
    // A refresh produced a new token pair; the owner stores it (keychain).
    void credentialsRotated(const b24::Credentials &credentials);
    // The client is holding calls back: rate limiting, backoff or operating-time wait.
    void waiting(int milliseconds, const QString &reason);

private:
    friend class RestCall;
    class Private;
    Private *d;
};

// Handle of one call in flight.
class RestCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void abort(); // ends with CallStatus::Cancelled (or OutcomeUnknown if a destructive request was sent)

Q_SIGNALS:
    void finished(const b24::RestResult &result);

private:
    friend class RestClient;
};

} // namespace b24
