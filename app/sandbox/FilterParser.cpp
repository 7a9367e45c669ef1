// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterParser.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace b24::sandbox {

namespace {

RestError filterError(const QString &description)
{
    // RestException(ERROR_ARGUMENT) without an argument key.
    RestError error;
    error.code = QStringLiteral("ERROR_ARGUMENT");
    error.description = description;
    return error;
}

} // namespace

QList<EventField> FilterParser::getFields()
{
    return {EventField::Id, EventField::TimestampX, EventField::EventName, EventField::MessageId};
}

QList<EventField> FilterParser::listFields()
{
    return getFields() + QList<EventField> {EventField::ProcessId, EventField::Error};
}

std::optional<EventField> FilterParser::fieldFromName(const QString &name)
{
    if (name == u"ID") {
        return EventField::Id;
    }
    if (name == u"TIMESTAMP_X") {
        return EventField::TimestampX;
    }
    if (name == u"EVENT_NAME") {
        return EventField::EventName;
    }
    if (name == u"MESSAGE_ID") {
        return EventField::MessageId;
    }
    if (name == u"PROCESS_ID") {
        return EventField::ProcessId;
    }
    if (name == u"ERROR") {
        return EventField::Error;
    }
    return std::nullopt;
}

QString FilterParser::fieldName(EventField field)
{
    switch (field) {
    case EventField::Id:
        return QStringLiteral("ID");
    case EventField::TimestampX:
        return QStringLiteral("TIMESTAMP_X");
    case EventField::EventName:
        return QStringLiteral("EVENT_NAME");
    case EventField::MessageId:
        return QStringLiteral("MESSAGE_ID");
    case EventField::ProcessId:
        return QStringLiteral("PROCESS_ID");
    case EventField::Error:
        return QStringLiteral("ERROR");
    }
    return {};
}

std::optional<qint64> FilterParser::parseTimestamp(const QString &text) const
{
    const QString trimmed = text.trimmed();
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(trimmed, QStringLiteral("dd.MM.yyyy HH:mm:ss"));
    }
    if (!parsed.isValid()) {
        return std::nullopt;
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        // No offset given: the value is in the portal's time zone.
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone(m_utcOffsetSeconds));
    }
    return parsed.toSecsSinceEpoch();
}

std::optional<RestError> FilterParser::parseFilter(const PhpValue &filter, const QList<EventField> &allowed,
                                                   Mode mode, EventFilter *out) const
{
    if (!filter.isArray()) {
        return filterError(QStringLiteral("The filter is not an array."));
    }
    static const QRegularExpression split(QStringLiteral("^([^a-zA-Z]*)(.*)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QStringList operations = {QString(),           QStringLiteral("="),  QStringLiteral(">"),
                                           QStringLiteral("<"), QStringLiteral(">="), QStringLiteral("<="),
                                           QStringLiteral("@"), QStringLiteral("%")};
    const PhpValue upper = filter.withKeyCase(true);
    for (const PhpArrayEntry &entry : upper.entries()) {
        const QRegularExpressionMatch match = split.match(entry.key);
        const QString operation = match.captured(1);
        const QString fieldText = match.captured(2);
        if (!operations.contains(operation)) {
            return filterError(QStringLiteral("Filter operation not allowed: %1").arg(operation));
        }
        const std::optional<EventField> field = fieldFromName(fieldText);
        if (!field || !allowed.contains(*field)) {
            return filterError(QStringLiteral("Filter field not allowed: %1").arg(fieldText));
        }

        const PhpValue &value = entry.value;
        if (mode == Mode::Marking) {
            // EventOfflineTable::markEvents: arrays and objects (TIMESTAMP_X is a DateTime by now)
            // throw ArgumentTypeException($key); the ORM knows no `@` or `%` operator.
            if (value.isArray() || *field == EventField::TimestampX) {
                RestError error = RestError::argument(
                    QStringLiteral("The value of an argument '%1' has an invalid type").arg(entry.key),
                    entry.key);
                return error;
            }
            if (operation == u"@" || operation == u"%") {
                return RestError::argument(QStringLiteral("Unknown operator `%1`").arg(operation), entry.key);
            }
        }

        EventFilter::Condition condition;
        condition.field = *field;
        QList<PhpValue> values;
        if (value.isArray()) {
            for (const PhpArrayEntry &item : value.entries()) {
                values.append(item.value);
            }
        } else if (operation == u"@") {
            for (const QString &part : value.toString().split(u',')) {
                values.append(PhpValue::fromString(part.trimmed()));
            }
        } else {
            values.append(value);
        }
        if (operation.isEmpty() || operation == u"=") {
            condition.op = value.isArray() ? EventFilter::Op::In : EventFilter::Op::Equal;
        } else if (operation == u">") {
            condition.op = EventFilter::Op::Greater;
        } else if (operation == u"<") {
            condition.op = EventFilter::Op::Less;
        } else if (operation == u">=") {
            condition.op = EventFilter::Op::GreaterOrEqual;
        } else if (operation == u"<=") {
            condition.op = EventFilter::Op::LessOrEqual;
        } else if (operation == u"@") {
            condition.op = EventFilter::Op::In;
        } else {
            condition.op = EventFilter::Op::Like;
        }
        for (const PhpValue &item : values) {
            if (condition.op == EventFilter::Op::Like || !EventFilter::isNumeric(*field)) {
                condition.texts.append(item.toString());
            } else if (*field == EventField::TimestampX) {
                // An unparsable date compares as the epoch (the portal would build an invalid DateTime).
                condition.numbers.append(parseTimestamp(item.toString()).value_or(0));
            } else {
                condition.numbers.append(item.toInt());
            }
        }
        out->add(condition);
    }
    return std::nullopt;
}

std::optional<RestError> FilterParser::parseOrder(const PhpValue &order, const QList<EventField> &allowed,
                                                  EventOrder *out) const
{
    if (!order.isArray()) {
        return filterError(QStringLiteral("The order is not an array."));
    }
    const PhpValue upper = order.withKeyCase(true);
    for (const PhpArrayEntry &entry : upper.entries()) {
        bool numericKey = false;
        entry.key.toLongLong(&numericKey);
        // order[]=ID (a list of field names) sorts ascending by those fields.
        const QString fieldText = numericKey ? entry.value.toString().toUpper() : entry.key;
        const std::optional<EventField> field = fieldFromName(fieldText);
        if (!field || !allowed.contains(*field)) {
            return filterError(QStringLiteral("Order field not allowed: %1").arg(fieldText));
        }
        QString direction = numericKey ? QStringLiteral("ASC") : entry.value.toString().toUpper();
        if (direction != u"ASC" && direction != u"DESC") {
            return filterError(QStringLiteral("Order direction should be one of {ASC|DESC}"));
        }
        out->add(*field, direction == u"ASC");
    }
    return std::nullopt;
}

} // namespace b24::sandbox
