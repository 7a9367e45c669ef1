// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace b24::bench {

// Item 5 of issue 6: the longest stall of the GUI thread's event loop while `rows` records load
// into the main window (offscreen platform), seen by a 5 ms heartbeat timer. The sandbox runs on
// another thread with its rate limit off (and the client's raised) so the figure measures our
// code, not the portal's pacing.
class StallBenchmark
{
public:
    static QJsonObject run(int rows);
};

} // namespace b24::bench
