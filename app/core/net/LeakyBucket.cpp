// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeakyBucket.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <cmath>

namespace b24 {

LeakyBucket::LeakyBucket(double ratePerSecond, int burst, Clock clock)
    : m_rate(std::max(0.01, ratePerSecond)),
      m_burst(std::max(1, burst)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDeadlineTimer::current().deadline(); }))
{
    m_lastMs = m_clock();
}

void LeakyBucket::configure(double ratePerSecond, int burst)
{
    drain();
    m_rate = std::max(0.01, ratePerSecond);
    m_burst = std::max(1, burst);
}

void LeakyBucket::drain() const
{
    const qint64 now = m_clock();
    const qint64 elapsed = now - m_lastMs;
    if (elapsed > 0) {
        m_level = std::max(0.0, m_level - double(elapsed) * m_rate / 1000.0);
        m_lastMs = now;
    }
}

qint64 LeakyBucket::delayMs() const
{
    drain();
    const double excess = m_level + 1.0 - double(m_burst);
    if (excess <= 1e-9) {
        return 0;
    }
    return qint64(std::ceil(excess * 1000.0 / m_rate));
}

bool LeakyBucket::tryAcquire()
{
    if (delayMs() > 0) {
        return false;
    }
    m_level += 1.0;
    return true;
}

void LeakyBucket::markFull()
{
    drain();
    m_level = std::max(m_level, double(m_burst));
}

double LeakyBucket::level() const
{
    drain();
    return m_level;
}

} // namespace b24
