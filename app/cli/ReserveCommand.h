// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace b24 {
struct RestResult;
}

namespace b24::cli {

// `reserve`: event.offline.get with clear=0 through QueueActions (never the default clear=1,
// which would delete what it returns). Prints the new PROCESS_ID and the reserved rows.
class ReserveCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

    // The exact parameters QueueActions::reserve() sends, for --dry-run.
    static QJsonObject reserveParameters(int limit, const ListFilter &filter);
    // True unless the call certainly never reached the portal (refused connection, DNS, TLS).
    static bool mayHaveBeenApplied(const RestResult &result);

private:
    void report(const RestResult &result);
};

} // namespace b24::cli
