// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "queue/ClearPlan.h"
#include "queue/ClearReport.h"
#include "queue/QueueGroup.h"

namespace b24::cli {

class RowLoad;

// `clear`: loads the group's rows first (read-only), narrows the requested IDs to the rows that
// really are in the group, builds a ClearPlan (never an empty list), asks for confirmation where
// required, runs ClearExecutor and prints the outcome it verified by re-listing.
class ClearCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

    // 0 when the report shows every row gone, 3 partial/unknown, 4 auth, 1 other failure.
    static ExitCode exitCodeFor(const ClearReport &report);

private:
    void planAndRun();
    [[nodiscard]] QueueGroup groupFromRows() const;
    [[nodiscard]] bool confirm(const ClearPlan &plan, qint64 rows);
    void execute(const ClearPlan &plan);
    void report(const ClearPlan &plan, const ClearReport &report);

    RowLoad *m_load = nullptr;
};

} // namespace b24::cli
