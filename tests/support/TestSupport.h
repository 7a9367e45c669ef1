// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace b24::test {

// Runs the event loop until predicate() is true or timeoutMs elapsed; returns predicate().
// Tests only: production code never spins nested event loops.
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs = 10000);

} // namespace b24::test

#include <QByteArray>

#include <ostream>

// Readable QString/QByteArray values in GoogleTest failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QByteArray &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}
QT_END_NAMESPACE
