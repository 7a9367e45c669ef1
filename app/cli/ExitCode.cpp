// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCode.h"

#include "net/RestResult.h"

namespace b24::cli {

ExitCode exitCodeForResult(const RestResult &result)
{
    switch (result.status) {
    case CallStatus::Ok:
        return ExitCode::Success;
    case CallStatus::OutcomeUnknown:
        return ExitCode::Partial;
    case CallStatus::ApiError:
    case CallStatus::TransportError:
    case CallStatus::BadResponse:
    case CallStatus::Refused:
    case CallStatus::Cancelled:
        break;
    }
    return result.explanation.authProblem ? ExitCode::Auth : ExitCode::Error;
}

} // namespace b24::cli
