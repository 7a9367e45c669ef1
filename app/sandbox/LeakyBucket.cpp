// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeakyBucket.h"

#include <algorithm>

namespace b24::sandbox {

void LeakyBucket::drain(double nowSeconds)
{
    if (m_last >= 0 && nowSeconds > m_last) {
        m_level = std::max(0.0, m_level - (nowSeconds - m_last) * m_rate);
    }
    m_last = std::max(m_last, nowSeconds);
}

bool LeakyBucket::tryAdd(double nowSeconds)
{
    drain(nowSeconds);
    if (m_level + 1 > m_burst) {
        return false;
    }
    m_level += 1;
    return true;
}

double LeakyBucket::level(double nowSeconds) const
{
    LeakyBucket copy = *this;
    copy.drain(nowSeconds);
    return copy.m_level;
}

void LeakyBucket::configure(double ratePerSecond, int burst)
{
    m_rate = ratePerSecond;
    m_burst = burst;
}

} // namespace b24::sandbox
