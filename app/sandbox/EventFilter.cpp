// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventFilter.h"

namespace b24::sandbox {

bool EventFilter::isNumeric(EventField field)
{
    return field == EventField::Id || field == EventField::Error || field == EventField::TimestampX;
}

void EventFilter::add(const Condition &condition)
{
    m_conditions.append(condition);
    if (condition.field != EventField::Id || condition.numbers.isEmpty()) {
        return;
    }
    const qint64 value = condition.numbers.constFirst();
    switch (condition.op) {
    case Op::Equal:
        if (condition.numbers.size() == 1) {
            m_minId = std::max(m_minId, value);
            m_maxId = std::min(m_maxId, value);
        }
        break;
    case Op::Greater:
        m_minId = std::max(m_minId, value + 1);
        break;
    case Op::GreaterOrEqual:
        m_minId = std::max(m_minId, value);
        break;
    case Op::Less:
        m_maxId = std::min(m_maxId, value - 1);
        break;
    case Op::LessOrEqual:
        m_maxId = std::min(m_maxId, value);
        break;
    default:
        break;
    }
}

static qint64 numberOf(const SandboxEvent &event, EventField field)
{
    switch (field) {
    case EventField::Id:
        return event.id;
    case EventField::TimestampX:
        return event.timestamp;
    case EventField::Error:
        return event.error ? 1 : 0;
    default:
        return 0;
    }
}

static QString textOf(const SandboxEvent &event, EventField field)
{
    switch (field) {
    case EventField::EventName:
        return event.eventName;
    case EventField::MessageId:
        return QString::fromLatin1(event.messageId);
    case EventField::ProcessId:
        return QString::fromLatin1(event.processId);
    default:
        return QString::number(numberOf(event, field));
    }
}

bool EventFilter::conditionMatches(const Condition &c, const SandboxEvent &event)
{
    if (isNumeric(c.field)) {
        const qint64 actual = numberOf(event, c.field);
        switch (c.op) {
        case Op::Equal:
        case Op::In:
            return c.numbers.contains(actual);
        case Op::Greater:
            return !c.numbers.isEmpty() && actual > c.numbers.constFirst();
        case Op::Less:
            return !c.numbers.isEmpty() && actual < c.numbers.constFirst();
        case Op::GreaterOrEqual:
            return !c.numbers.isEmpty() && actual >= c.numbers.constFirst();
        case Op::LessOrEqual:
            return !c.numbers.isEmpty() && actual <= c.numbers.constFirst();
        case Op::Like:
            return !c.texts.isEmpty() && QString::number(actual).contains(c.texts.constFirst());
        }
        return false;
    }
    // MySQL's default collation compares case-insensitively.
    const QString actual = textOf(event, c.field);
    auto compare = [&](const QString &expected) {
        return actual.compare(expected, Qt::CaseInsensitive);
    };
    switch (c.op) {
    case Op::Equal:
    case Op::In:
        for (const QString &expected : c.texts) {
            if (compare(expected) == 0) {
                return true;
            }
        }
        return false;
    case Op::Greater:
        return !c.texts.isEmpty() && compare(c.texts.constFirst()) > 0;
    case Op::Less:
        return !c.texts.isEmpty() && compare(c.texts.constFirst()) < 0;
    case Op::GreaterOrEqual:
        return !c.texts.isEmpty() && compare(c.texts.constFirst()) >= 0;
    case Op::LessOrEqual:
        return !c.texts.isEmpty() && compare(c.texts.constFirst()) <= 0;
    case Op::Like:
        return !c.texts.isEmpty() && actual.contains(c.texts.constFirst(), Qt::CaseInsensitive);
    }
    return false;
}

bool EventFilter::matches(const SandboxEvent &event) const
{
    for (const Condition &condition : m_conditions) {
        if (!conditionMatches(condition, event)) {
            return false;
        }
    }
    return true;
}

void EventOrder::add(EventField field, bool ascending)
{
    m_keys.append({field, ascending});
}

bool EventOrder::less(const SandboxEvent &a, const SandboxEvent &b) const
{
    for (const Key &key : m_keys) {
        int cmp = 0;
        if (EventFilter::isNumeric(key.field)) {
            const qint64 x = numberOf(a, key.field);
            const qint64 y = numberOf(b, key.field);
            cmp = x < y ? -1 : (x > y ? 1 : 0);
        } else {
            cmp = textOf(a, key.field).compare(textOf(b, key.field), Qt::CaseInsensitive);
        }
        if (cmp != 0) {
            return key.ascending ? cmp < 0 : cmp > 0;
        }
    }
    return a.id < b.id;
}

bool EventOrder::isIdAscending() const
{
    return m_keys.isEmpty() || (m_keys.constFirst().field == EventField::Id && m_keys.constFirst().ascending);
}

bool EventOrder::isIdDescending() const
{
    return !m_keys.isEmpty() && m_keys.constFirst().field == EventField::Id && !m_keys.constFirst().ascending;
}

} // namespace b24::sandbox
