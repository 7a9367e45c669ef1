// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace b24::bench {

// Item 3 of issue 6: clear `rows` selected IDs with ClearPlan + ClearExecutor (including the
// verifying re-list), either all rows of one reserved batch or unreserved rows, against a sandbox
// with its leaky bucket at 2 req/s, burst 50, and our client at its defaults.
class ClearBenchmark
{
public:
    static QJsonObject run(int rows, bool reserved);
};

} // namespace b24::bench
