// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace b24 {

enum class ErrorSeverity { Info, Warning, Error };

// A catalog entry: what went wrong in plain words and what the admin should do next.
struct ErrorInfo {
    QString code; // the portal's code, or a client-side one such as "TRANSPORT_TIMEOUT"
    QString title; // short, e.g. "Webhook token used"
    QString explanation; // one or two plain sentences
    QString action; // what to do next
    ErrorSeverity severity = ErrorSeverity::Error;
    bool retryable = false; // safe to retry automatically for *reads*
    bool authProblem = false; // token/permission problems (CLI exit code 4)

    [[nodiscard]] bool isEmpty() const { return code.isEmpty() && title.isEmpty(); }
};

} // namespace b24
