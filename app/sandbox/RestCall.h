// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PhpValue.h"

#include <QString>

#include <optional>

namespace b24::sandbox {

enum class AuthType { None, OAuth, Webhook };

// What the portal knows about one method call after authentication.
struct RestCallContext {
    QString method; // lower case
    PhpValue params; // request parameters as PHP sees them (original key case)
    AuthType authType = AuthType::None;
    QString clientId; // application (OAuth) or webhook id
    int userId = 0;
    bool admin = false;
    QString connectorId; // auth_connector, '' when none
    bool connectorSent = false;
    QString accessToken; // passed on to batch sub-calls
    qint64 start = 0; // top-level `start` (case-sensitive), -1 skips the count
};

// An exception as CRestServer outputs it: HTTP status plus the JSON envelope.
struct RestError {
    int httpStatus = 400;
    QString code;
    QString description;
    PhpValue extra; // extra top-level keys, e.g. {"argument":"PROCESS_ID"}

    static RestError argument(const QString &description, const QString &argument = {});
    PhpValue toPhp() const; // {"error":…,"error_description":…, extra…}
};

struct RestResult {
    PhpValue result;
    std::optional<qint64> total;
    std::optional<qint64> next;
    std::optional<RestError> error;
    double extraProcessingSeconds = 0; // injected delays count as time spent in the method

    bool ok() const { return !error.has_value(); }
    static RestResult success(const PhpValue &value)
    {
        RestResult r;
        r.result = value;
        return r;
    }
    static RestResult failure(const RestError &e)
    {
        RestResult r;
        r.error = e;
        return r;
    }
};

} // namespace b24::sandbox
