// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace b24 {

// The portal's request-rate model, mirrored on the client: each request adds one to a level that
// drains at ratePerSecond; a request may go when the level after adding it stays within burst.
// The clock is injectable (milliseconds, monotonic) so tests count allowed/deferred requests
// without timing.
class LeakyBucket
{
public:
    using Clock = std::function<qint64()>;

    explicit LeakyBucket(double ratePerSecond = 2.0, int burst = 50, Clock clock = {});

    void configure(double ratePerSecond, int burst);
    [[nodiscard]] double ratePerSecond() const { return m_rate; }
    [[nodiscard]] int burst() const { return m_burst; }

    // Milliseconds until one more request may go (0 = now).
    [[nodiscard]] qint64 delayMs() const;
    // Takes a slot when one is free now; returns false (taking nothing) otherwise.
    bool tryAcquire();
    // The portal said its bucket is full (503 QUERY_LIMIT_EXCEEDED): pace from full.
    void markFull();
    [[nodiscard]] double level() const;

private:
    void drain() const;

    double m_rate;
    int m_burst;
    Clock m_clock;
    mutable double m_level = 0;
    mutable qint64 m_lastMs = 0;
};

} // namespace b24
