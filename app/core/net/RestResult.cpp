// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestResult.h"

namespace b24 {

QString callStatusName(CallStatus status)
{
    switch (status) {
    case CallStatus::Ok:
        return QStringLiteral("ok");
    case CallStatus::ApiError:
        return QStringLiteral("api_error");
    case CallStatus::TransportError:
        return QStringLiteral("transport_error");
    case CallStatus::BadResponse:
        return QStringLiteral("bad_response");
    case CallStatus::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    case CallStatus::Refused:
        return QStringLiteral("refused");
    case CallStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace b24
