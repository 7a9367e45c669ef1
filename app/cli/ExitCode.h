// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace b24 {
struct RestResult;
}

namespace b24::cli {

// The documented process exit codes. Scripts branch on these, so the values never change.
enum class ExitCode : int {
    Success = 0, // the command did what was asked, verified where it changes data
    Error = 1, // the portal or the network refused or failed; nothing (more) was changed
    Usage = 2, // bad options, bad input file, or a confirmation that could not be given
    Partial = 3, // part of the work is done, or whether it was done is unknown: re-list to see
    Auth = 4, // missing/expired/invalid credentials or missing permission (admin, app OAuth)
};

[[nodiscard]] constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// The exit code for one finished REST call: OutcomeUnknown is "partial or unknown", catalog
// entries flagged authProblem are 4, everything else that failed is 1.
[[nodiscard]] ExitCode exitCodeForResult(const RestResult &result);

} // namespace b24::cli
