// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace b24::bench {

// This process's memory and CPU time as the kernel counts them.
class ProcessMemory
{
public:
    static qint64 currentRssBytes(); // VmRSS from /proc/self/status
    static qint64 peakRssBytes(); // getrusage(RUSAGE_SELF).ru_maxrss
    // Hands freed heap back to the kernel (malloc_trim), so "current" reflects live data only.
    static void trim();
    // CPU seconds (user + system) of the whole process / of the calling thread.
    static double processCpuSeconds();
    static double threadCpuSeconds();
};

} // namespace b24::bench
