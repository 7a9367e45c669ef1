// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace b24::cli {

class RowLoad;

// `processes`: loads the queue read-only and shows its groups: unreserved rows, error rows and
// every reserved batch, with counts and ages; old batches are flagged as stuck.
class ProcessesCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    void print();

    RowLoad *m_load = nullptr;
};

} // namespace b24::cli
