// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxEvent.h"

#include <QList>
#include <QString>

#include <limits>

namespace b24::sandbox {

enum class EventField { Id, TimestampX, EventName, MessageId, ProcessId, Error };

// A sanitised filter: conditions joined with AND, as the portal builds them.
class EventFilter
{
public:
    enum class Op { Equal, Greater, Less, GreaterOrEqual, LessOrEqual, In, Like };

    struct Condition {
        EventField field = EventField::Id;
        Op op = Op::Equal;
        QList<QString> texts; // string fields; Like holds one needle
        QList<qint64> numbers; // ID, ERROR, TIMESTAMP_X (Unix seconds)
    };

    void add(const Condition &condition);
    bool matches(const SandboxEvent &event) const;
    bool isEmpty() const { return m_conditions.isEmpty(); }
    const QList<Condition> &conditions() const { return m_conditions; }

    // Inclusive ID bounds implied by the ID conditions, so that `>ID` pages seek instead of scan.
    qint64 minId() const { return m_minId; }
    qint64 maxId() const { return m_maxId; }

    static bool isNumeric(EventField field);

private:
    static bool conditionMatches(const Condition &condition, const SandboxEvent &event);

    QList<Condition> m_conditions;
    qint64 m_minId = 0;
    qint64 m_maxId = std::numeric_limits<qint64>::max();
};

// A sanitised order: fields in the order given, ties broken by ID ascending.
class EventOrder
{
public:
    struct Key {
        EventField field = EventField::Id;
        bool ascending = true;
    };

    void add(EventField field, bool ascending);
    bool less(const SandboxEvent &a, const SandboxEvent &b) const;
    bool isIdAscending() const; // same sequence as the storage order
    bool isIdDescending() const; // the reverse
    const QList<Key> &keys() const { return m_keys; }

private:
    QList<Key> m_keys;
};

} // namespace b24::sandbox
