// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace b24 {

// One request/response pair as the log panel, the CLI's --verbose and exports see it.
// Built only through SecretMasker-aware code: no field may contain a token or client secret.
struct RequestLogEntry {
    quint64 id = 0; // increasing per client
    QDateTime startedAt; // UTC
    QString method; // REST method, "batch", or "oauth.token"
    QString url; // without any secret (tokens never go in URLs anyway)
    QJsonObject parameters; // request parameters with secrets replaced by "***"
    int httpStatus = 0;
    qint64 durationMs = 0;
    CallStatus status = CallStatus::Ok;
    QByteArray responseBody; // raw response (secrets masked), capped at 1 MiB
    TimeInfo time;
    ErrorInfo explanation; // empty on success
    int recordCount = -1; // rows in the result when it is a list (or batch of lists), else -1
    bool destructive = false;
    int attempt = 1;

    [[nodiscard]] QJsonObject toJson() const; // for "save as JSON lines"
    [[nodiscard]] QString toCurl(const QString &restBase) const; // token replaced by $B24_TOKEN
    [[nodiscard]] QString toJsonLine() const; // toJson() compact, one line, for JSON-lines export

    // Rows in a successful result: list pages (array), get ({"events":[...]}) and, for "batch",
    // the sum over its commands' lists. -1 when the result is not a list.
    static int countRecords(const QString &method, const QJsonValue &result);
};

} // namespace b24
