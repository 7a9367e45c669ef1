// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueGroup.h"

#include <QCoreApplication>

namespace b24 {

QString QueueGroup::key() const
{
    switch (kind) {
    case Kind::Unreserved:
        return QStringLiteral("unreserved");
    case Kind::Errors:
        return QStringLiteral("errors");
    case Kind::Batch:
        break;
    }
    return QStringLiteral("batch:") + processId;
}

QString QueueGroup::displayName() const
{
    switch (kind) {
    case Kind::Unreserved:
        return QCoreApplication::translate("b24::QueueGroup", "Unreserved");
    case Kind::Errors:
        return QCoreApplication::translate("b24::QueueGroup", "Errors");
    case Kind::Batch:
        break;
    }
    // Process ids are 32 random characters; the first eight are enough to tell batches apart.
    const QString shortId = processId.size() > 8 ? processId.left(8) + QChar(0x2026) : processId;
    return QCoreApplication::translate("b24::QueueGroup", "Batch %1").arg(shortId);
}

} // namespace b24
