// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhpValue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace b24::sandbox {

PhpValue PhpValue::fromBool(bool value)
{
    PhpValue v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

PhpValue PhpValue::fromInt(qint64 value)
{
    PhpValue v;
    v.m_type = Type::Int;
    v.m_int = value;
    return v;
}

PhpValue PhpValue::fromDouble(double value)
{
    PhpValue v;
    v.m_type = Type::Double;
    v.m_double = value;
    return v;
}

PhpValue PhpValue::fromString(const QString &value)
{
    PhpValue v;
    v.m_type = Type::String;
    v.m_string = value;
    return v;
}

PhpValue PhpValue::array()
{
    PhpValue v;
    v.m_type = Type::Array;
    return v;
}

PhpValue PhpValue::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return fromBool(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9e15) {
            return fromInt(qint64(d));
        }
        return fromDouble(d);
    }
    case QJsonValue::String:
        return fromString(value.toString());
    case QJsonValue::Array: {
        PhpValue a = array();
        const QJsonArray list = value.toArray();
        for (const QJsonValue &item : list) {
            a.append(fromJson(item));
        }
        return a;
    }
    case QJsonValue::Object: {
        PhpValue a = array();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            a.insert(it.key(), fromJson(it.value()));
        }
        return a;
    }
    default:
        return {};
    }
}

static QString phpDoubleString(double d)
{
    if (std::floor(d) == d && std::abs(d) < 1e15) {
        return QString::number(qint64(d));
    }
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString PhpValue::toString() const
{
    switch (m_type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return m_bool ? QStringLiteral("1") : QString();
    case Type::Int:
        return QString::number(m_int);
    case Type::Double:
        return phpDoubleString(m_double);
    case Type::String:
        return m_string;
    case Type::Array:
        return QStringLiteral("Array");
    }
    return {};
}

// intval(): leading whitespace, optional sign, then digits; anything else stops the number.
static qint64 leadingInteger(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    bool negative = false;
    if (i < text.size() && (text.at(i) == u'-' || text.at(i) == u'+')) {
        negative = text.at(i) == u'-';
        ++i;
    }
    qint64 result = 0;
    while (i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9') {
        result = result * 10 + (text.at(i).unicode() - u'0');
        if (result > Q_INT64_C(922337203685477580)) {
            break;
        }
        ++i;
    }
    return negative ? -result : result;
}

qint64 PhpValue::toInt() const
{
    switch (m_type) {
    case Type::Null:
        return 0;
    case Type::Bool:
        return m_bool ? 1 : 0;
    case Type::Int:
        return m_int;
    case Type::Double:
        return qint64(m_double);
    case Type::String: {
        // PHP 7.1+: numeric strings such as "1e3" convert through float.
        bool ok = false;
        const double d = m_string.trimmed().toDouble(&ok);
        if (ok && !m_string.contains(u'x') && !m_string.contains(u'X')) {
            return qint64(d);
        }
        return leadingInteger(m_string);
    }
    case Type::Array:
        return m_entries.empty() ? 0 : 1;
    }
    return 0;
}

double PhpValue::toDouble() const
{
    switch (m_type) {
    case Type::Double:
        return m_double;
    case Type::String: {
        bool ok = false;
        const double d = m_string.trimmed().toDouble(&ok);
        return ok ? d : double(leadingInteger(m_string));
    }
    default:
        return double(toInt());
    }
}

bool PhpValue::toBool() const
{
    switch (m_type) {
    case Type::Null:
        return false;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return m_int != 0;
    case Type::Double:
        return m_double != 0;
    case Type::String:
        return !(m_string.isEmpty() || m_string == u"0");
    case Type::Array:
        return !m_entries.empty();
    }
    return false;
}

const PhpValue *PhpValue::find(const QString &key) const
{
    for (const PhpArrayEntry &entry : m_entries) {
        if (entry.key == key) {
            return &entry.value;
        }
    }
    return nullptr;
}

PhpValue *PhpValue::find(const QString &key)
{
    for (PhpArrayEntry &entry : m_entries) {
        if (entry.key == key) {
            return &entry.value;
        }
    }
    return nullptr;
}

PhpValue PhpValue::value(const QString &key) const
{
    const PhpValue *found = find(key);
    return found ? *found : PhpValue();
}

void PhpValue::insert(const QString &key, const PhpValue &value)
{
    if (m_type != Type::Array) {
        *this = array();
    }
    if (PhpValue *existing = find(key)) {
        *existing = value;
        return;
    }
    m_entries.push_back({key, value});
}

void PhpValue::append(const PhpValue &value)
{
    if (m_type != Type::Array) {
        *this = array();
    }
    qint64 next = 0;
    for (const PhpArrayEntry &entry : m_entries) {
        bool ok = false;
        const qint64 k = entry.key.toLongLong(&ok);
        if (ok && k >= next) {
            next = k + 1;
        }
    }
    m_entries.push_back({QString::number(next), value});
}

PhpValue *PhpValue::lastValue()
{
    return m_entries.empty() ? nullptr : &m_entries.back().value;
}

void PhpValue::remove(const QString &key)
{
    std::erase_if(m_entries, [&](const PhpArrayEntry &entry) { return entry.key == key; });
}

PhpValue PhpValue::withKeyCase(bool upper) const
{
    if (m_type != Type::Array) {
        return *this;
    }
    PhpValue result = array();
    for (const PhpArrayEntry &entry : m_entries) {
        // Later keys overwrite earlier ones that differ only in case, as array_change_key_case does.
        result.insert(upper ? entry.key.toUpper() : entry.key.toLower(), entry.value);
    }
    return result;
}

bool PhpValue::isList() const
{
    if (m_type != Type::Array) {
        return false;
    }
    qint64 expected = 0;
    for (const PhpArrayEntry &entry : m_entries) {
        if (entry.key != QString::number(expected)) {
            return false;
        }
        ++expected;
    }
    return true;
}

QJsonValue PhpValue::toJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return m_int;
    case Type::Double:
        return m_double;
    case Type::String:
        return m_string;
    case Type::Array:
        if (isList()) {
            QJsonArray list;
            for (const PhpArrayEntry &entry : m_entries) {
                list.append(entry.value.toJson());
            }
            return list;
        } else {
            QJsonObject object;
            for (const PhpArrayEntry &entry : m_entries) {
                object.insert(entry.key, entry.value.toJson());
            }
            return object;
        }
    }
    return {};
}

static void appendJsonString(QByteArray &out, const QString &text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out.append("\\u00");
                out.append("0123456789abcdef"[(c >> 4) & 0xf]);
                out.append("0123456789abcdef"[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

static void appendJson(QByteArray &out, const PhpValue &value)
{
    switch (value.type()) {
    case PhpValue::Type::Null:
        out.append("null");
        break;
    case PhpValue::Type::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case PhpValue::Type::Int:
        out.append(QByteArray::number(value.toInt()));
        break;
    case PhpValue::Type::Double: {
        const double d = value.toDouble();
        out.append(std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : "0");
        break;
    }
    case PhpValue::Type::String:
        appendJsonString(out, value.toString());
        break;
    case PhpValue::Type::Array: {
        const bool list = value.isList();
        out.append(list ? '[' : '{');
        bool first = true;
        for (const PhpArrayEntry &entry : value.entries()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            if (!list) {
                appendJsonString(out, entry.key);
                out.append(':');
            }
            appendJson(out, entry.value);
        }
        out.append(list ? ']' : '}');
        break;
    }
    }
}

QByteArray PhpValue::toJsonBytes() const
{
    QByteArray out;
    appendJson(out, *this);
    return out;
}

} // namespace b24::sandbox
