// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventFilter.h"
#include "PhpValue.h"
#include "RestCall.h"

#include <QList>

#include <optional>

namespace b24::sandbox {

// IRestService::sanitizeFilter/sanitizeOrder plus the two ways the offline methods apply a filter:
// the legacy array filter (list, and get with a process_id: all eight operators, arrays allowed)
// and the ORM where() of get's marking path (scalars only, `= < <= > >=` or a bare field;
// TIMESTAMP_X becomes a DateTime object there and is rejected, as in the source).
class FilterParser
{
public:
    enum class Mode { Legacy, Marking };

    explicit FilterParser(int utcOffsetSeconds) : m_utcOffsetSeconds(utcOffsetSeconds) { }

    std::optional<RestError> parseFilter(const PhpValue &filter, const QList<EventField> &allowed, Mode mode,
                                         EventFilter *out) const;
    std::optional<RestError> parseOrder(const PhpValue &order, const QList<EventField> &allowed,
                                        EventOrder *out) const;

    static QList<EventField> getFields(); // ID, TIMESTAMP_X, EVENT_NAME, MESSAGE_ID
    static QList<EventField> listFields(); // … plus PROCESS_ID, ERROR
    static std::optional<EventField> fieldFromName(const QString &name);
    static QString fieldName(EventField field);

private:
    std::optional<qint64> parseTimestamp(const QString &text) const;

    int m_utcOffsetSeconds = 0;
};

} // namespace b24::sandbox
