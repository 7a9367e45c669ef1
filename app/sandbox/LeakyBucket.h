// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace b24::sandbox {

// The cloud's request-rate limit: each request adds 1, the level drains by `rate` per second,
// and a request that would lift it above `burst` is refused (503 QUERY_LIMIT_EXCEEDED).
class LeakyBucket
{
public:
    LeakyBucket(double ratePerSecond, int burst) : m_rate(ratePerSecond), m_burst(burst) { }

    // `nowSeconds` is any monotonic clock in seconds. Returns false when the request is refused.
    bool tryAdd(double nowSeconds);
    double level(double nowSeconds) const;
    void reset() { m_level = 0; }
    void configure(double ratePerSecond, int burst);

private:
    void drain(double nowSeconds);

    double m_rate = 2.0;
    int m_burst = 50;
    double m_level = 0;
    double m_last = -1;
};

} // namespace b24::sandbox
