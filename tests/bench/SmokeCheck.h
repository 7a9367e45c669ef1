// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace b24::bench {

// What b24-bench --check holds every scenario to: the outcome, never the timing (timings vary
// with the machine; BENCHMARKS.md reports them). Lets a seconds-long run of every scenario be a
// CTest test, so the benchmark program cannot rot unnoticed.
class SmokeCheck
{
public:
    // Empty when the result is sound; otherwise what is wrong, in one line.
    static QString problem(const QJsonObject &result);
};

} // namespace b24::bench
