// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QTimer>

namespace b24::bench {

// Runs the event loop until quit() or a timeout. The benchmarks stop their clocks in the slot that
// calls quit(), so the loop's exit latency is never part of a figure. Benchmark code only: the
// application itself never spins nested loops.
class BenchLoop : public QEventLoop
{
public:
    // Returns false on timeout.
    bool runFor(int timeoutMs)
    {
        QTimer timeout;
        timeout.setSingleShot(true);
        bool timedOut = false;
        QObject::connect(&timeout, &QTimer::timeout, this, [this, &timedOut] {
            timedOut = true;
            quit();
        });
        timeout.start(timeoutMs);
        exec();
        return !timedOut;
    }
};

} // namespace b24::bench
