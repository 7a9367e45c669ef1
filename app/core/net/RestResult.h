// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorInfo.h"
#include "TimeInfo.h"

#include <QJsonValue>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

namespace b24 {

// How a REST call ended. Callers branch on this, never on strings.
enum class CallStatus {
    Ok, // HTTP 2xx with a JSON body holding "result"
    ApiError, // the portal answered with an error envelope ("error", "error_description")
    TransportError, // DNS, refused, TLS, proxy, timeout before anything was sent/applied (reads only)
    BadResponse, // non-JSON or truncated body (HTML 502 page, empty body, cut JSON)
    OutcomeUnknown, // a destructive call whose request may have been applied (timeout, dropped connection)
    Refused, // the client refused to send (empty id list, both id and message_id, bad input)
    Cancelled, // the caller aborted the call
};

// Everything a caller, the log panel or the CLI needs to know about one finished call.
struct RestResult {
    CallStatus status = CallStatus::TransportError;
    QString method; // REST method name, e.g. "event.offline.list"
    int httpStatus = 0; // 0 when no HTTP response arrived
    QJsonValue result; // the "result" member on success
    std::optional<qint64> next; // top-level "next" (list paging)
    std::optional<qint64> total; // top-level "total"
    TimeInfo time; // the "time" block (absent on error bodies)
    QString errorCode; // "error" member, e.g. "ERROR_ARGUMENT"; or a client-side code
    QString errorDescription; // "error_description"
    QString errorArgument; // "argument" (ERROR_ARGUMENT only)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString bodyExcerpt; // first ~200 chars of an unparsable body, secrets masked
    ErrorInfo explanation; // catalog entry: title, plain-language text, what to do next
    qint64 durationMs = 0; // wall time including client-side waits and retries
    int attempts = 1; // how many times the request went on the wire
    QUrl redirectTarget; // where a not-followed redirect pointed (errorCode PORTAL_MOVED /
                         // REDIRECT_NOT_FOLLOWED)
    std::optional<qint64> retryAfterMs; // 429/503 on a call that was not retried: how long to wait

    [[nodiscard]] bool ok() const { return status == CallStatus::Ok; }
};

// Stable machine name ("ok", "api_error", "outcome_unknown", ...) for logs, JSON and the CLI.
QString callStatusName(CallStatus status);

} // namespace b24
