// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace b24::bench {

// Items 1 and 2 of issue 6: a full load of N seeded rows through QueueLoader into a QueueSnapshot,
// and the naive baseline (one event.offline.list per 50-row page, start=0,50,100,…), against a
// sandbox on loopback (plain HTTP) with its leaky bucket at 2 req/s, burst 50, and our client at its
// defaults. Every figure is returned as JSON so the runner can collect them.
class LoadBenchmark
{
public:
    // throttled=false switches the rate limit off on both sides: the time our code and the sandbox
    // need for the same requests, i.e. what remains of the wall time once the bound is gone.
    static QJsonObject loader(int rows, bool throttled = true);
    static QJsonObject naive(int rows);

    // The least time the portal's bucket (2/s after a burst of 50) allows for `requests` requests.
    static double boundSeconds(qint64 requests);
    // Median wall time of parsing one loader batch body (50 commands x 50 rows) with our code.
    static double parseSecondsPerBatch();
    // The 1-minute load average: the machine is shared, so every figure carries it.
    static double loadAverage();
};

} // namespace b24::bench
