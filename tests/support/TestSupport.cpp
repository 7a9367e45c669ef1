// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace b24::test {

bool waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (predicate() || deadline.hasExpired()) {
            loop.quit();
        }
    });
    if (predicate()) {
        return true;
    }
    tick.start();
    loop.exec();
    return predicate();
}

} // namespace b24::test
