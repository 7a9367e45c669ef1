// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListFilter.h"

#include <QCoreApplication>

#include <algorithm>

namespace b24 {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(b24::ListFilter)
};

// ISO-8601 with an explicit offset ("2025-03-01T10:15:02+03:00"), the form the portal itself
// sends; Qt would write "Z" for UTC, which not every PHP date parser version accepts.
QString isoWithOffset(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const QChar sign = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + sign
        + QStringLiteral("%1:%2")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool hasWhitespace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

bool ListFilter::isEmpty() const
{
    return eventName.trimmed().isEmpty() && !idFrom && !idTo && timeFrom.isNull() && timeTo.isNull() && !error
        && !processId;
}

QJsonObject ListFilter::toFilterJson() const
{
    QJsonObject filter;
    const QString name = eventName.trimmed();
    if (!name.isEmpty())
        filter.insert(QLatin1String("=EVENT_NAME"), name.toUpper());
    if (idFrom)
        filter.insert(QLatin1String(">=ID"), *idFrom);
    if (idTo)
        filter.insert(QLatin1String("<=ID"), *idTo);
    if (!timeFrom.isNull())
        filter.insert(QLatin1String(">=TIMESTAMP_X"), isoWithOffset(timeFrom));
    if (!timeTo.isNull())
        filter.insert(QLatin1String("<=TIMESTAMP_X"), isoWithOffset(timeTo));
    if (error)
        filter.insert(QLatin1String("=ERROR"), *error ? QStringLiteral("1") : QStringLiteral("0"));
    if (processId)
        filter.insert(QLatin1String("=PROCESS_ID"), processId->trimmed());
    return filter;
}

QString ListFilter::validate() const
{
    if (hasWhitespace(eventName.trimmed()))
        return Text::tr(
                   "The event name \"%1\" contains spaces. Enter one event name such as ONCRMDEALUPDATE.")
            .arg(eventName.trimmed());
    if (idFrom && *idFrom < 1)
        return Text::tr("The lowest ID must be 1 or more (got %1).").arg(*idFrom);
    if (idTo && *idTo < 1)
        return Text::tr("The highest ID must be 1 or more (got %1).").arg(*idTo);
    if (idFrom && idTo && *idFrom > *idTo)
        return Text::tr("The ID range is empty: from %1 is greater than to %2. Swap the two values.")
            .arg(*idFrom)
            .arg(*idTo);
    if (!timeFrom.isNull() && !timeFrom.isValid())
        return Text::tr("The start time is not a valid date and time.");
    if (!timeTo.isNull() && !timeTo.isValid())
        return Text::tr("The end time is not a valid date and time.");
    if (timeFrom.isValid() && timeTo.isValid() && timeFrom > timeTo)
        return Text::tr("The time range is empty: the start is after the end. Swap the two values.");
    if (processId && hasWhitespace(processId->trimmed()))
        return Text::tr("The process id \"%1\" contains spaces; process ids are 32 letters and digits.")
            .arg(processId->trimmed());
    return {};
}

} // namespace b24
