// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessMemory.h"

#include <QFile>

#include <malloc.h>
#include <sys/resource.h>

namespace b24::bench {

qint64 ProcessMemory::currentRssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

qint64 ProcessMemory::peakRssBytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

namespace {

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

double ProcessMemory::processCpuSeconds()
{
    return cpuSeconds(RUSAGE_SELF);
}

double ProcessMemory::threadCpuSeconds()
{
    return cpuSeconds(RUSAGE_THREAD);
}

void ProcessMemory::trim()
{
    malloc_trim(0);
}

} // namespace b24::bench
