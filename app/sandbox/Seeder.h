// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxQueue.h"
#include "SeedOptions.h"

namespace b24::sandbox {

// Fills a queue with generated rows in one pass (100,000 rows well under a second).
class Seeder
{
public:
    // Returns the number of rows added. `now` is Unix seconds (0: the current time).
    static qsizetype seed(SandboxQueue &queue, const SeedOptions &options, qint64 now = 0);
};

} // namespace b24::sandbox
