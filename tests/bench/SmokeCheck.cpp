// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmokeCheck.h"

#include <QStringList>

namespace b24::bench {

QString SmokeCheck::problem(const QJsonObject &result)
{
    if (result.contains(QLatin1String("error")))
        return result.value(QLatin1String("error")).toString();
    const QString kind = result.value(QLatin1String("benchmark")).toString();
    const qint64 rows = result.value(QLatin1String("rows")).toInteger();
    QStringList wrong;
    const auto expect = [&](bool holds, const QString &what) {
        if (!holds)
            wrong.append(what);
    };
    const auto number = [&result](const char *key) {
        return result.value(QLatin1String(key)).toInteger();
    };
    const auto flag = [&result](const char *key) {
        return result.value(QLatin1String(key)).toBool();
    };

    if (kind == QLatin1String("load")) {
        expect(flag("completed"), QStringLiteral("the load did not complete"));
        expect(number("rowsLoaded") == rows && number("snapshotRows") == rows,
               QStringLiteral("%1 rows loaded, %2 seeded").arg(number("rowsLoaded")).arg(rows));
        expect(number("requests") <= number("requestsNeeded") + 5,
               QStringLiteral("%1 requests for %2 needed")
                   .arg(number("requests"))
                   .arg(number("requestsNeeded")));
        expect(number("queryLimitExceeded") == 0, QStringLiteral("QUERY_LIMIT_EXCEEDED answers"));
    } else if (kind == QLatin1String("naive")) {
        expect(number("rowsLoaded") == rows,
               QStringLiteral("%1 rows loaded, %2 seeded").arg(number("rowsLoaded")).arg(rows));
        expect(number("queryLimitExceeded") == 0, QStringLiteral("QUERY_LIMIT_EXCEEDED answers"));
    } else if (kind == QLatin1String("clear")) {
        expect(flag("verified"), QStringLiteral("the clear was not verified"));
        expect(number("clearedVerified") == rows && number("stillPresent") == 0
                   && number("rowsLeftOnPortal") == 0,
               QStringLiteral("%1 of %2 rows verified cleared, %3 left on the portal")
                   .arg(number("clearedVerified"))
                   .arg(rows)
                   .arg(number("rowsLeftOnPortal")));
        expect(number("queryLimitExceeded") == 0, QStringLiteral("QUERY_LIMIT_EXCEEDED answers"));
    } else if (kind == QLatin1String("memory")) {
        expect(flag("completed"), QStringLiteral("the load did not complete"));
        expect(number("rowsLoaded") == rows && number("modelRows") == rows,
               QStringLiteral("%1 rows loaded, %2 in the model, %3 seeded")
                   .arg(number("rowsLoaded"))
                   .arg(number("modelRows"))
                   .arg(rows));
    } else if (kind == QLatin1String("stall")) {
        expect(flag("completed"), QStringLiteral("the load did not complete"));
        expect(number("rowsInModel") == rows,
               QStringLiteral("%1 rows in the window, %2 seeded").arg(number("rowsInModel")).arg(rows));
        expect(number("heartbeats") > 0, QStringLiteral("no heartbeat was recorded"));
    } else {
        wrong.append(QStringLiteral("unknown benchmark \"%1\"").arg(kind));
    }
    return wrong.join(QLatin1String("; "));
}

} // namespace b24::bench
