// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "queue/Preflight.h"

namespace b24::cli {

// `check`: the window's preflight (feature.get, first list) with a readable diagnosis.
class CheckCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    void report(const Preflight::Report &report);
};

} // namespace b24::cli
