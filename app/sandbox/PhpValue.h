// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace b24::sandbox {

struct PhpArrayEntry;

// A value as PHP sees request data: scalars or an *ordered* array with string/int keys.
// Order matters on the portal (batch commands run in array order, multi-key `order` sorts in
// key order), and QJsonObject sorts keys, so requests are parsed into this type instead.
class PhpValue
{
public:
    enum class Type { Null, Bool, Int, Double, String, Array };

    PhpValue() = default;
    static PhpValue fromBool(bool value);
    static PhpValue fromInt(qint64 value);
    static PhpValue fromDouble(double value);
    static PhpValue fromString(const QString &value);
    static PhpValue array();
    static PhpValue fromJson(const QJsonValue &value);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }

    // PHP conversions: (string), intval(), (bool), trim((string)).
    QString toString() const;
    qint64 toInt() const;
    double toDouble() const;
    bool toBool() const;

    // Array access. Keys are kept as text: JSON and form input deliver them as text anyway.
    const std::vector<PhpArrayEntry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    bool isEmptyArray() const { return m_type == Type::Array && m_entries.empty(); }
    const PhpValue *find(const QString &key) const;
    PhpValue *find(const QString &key);
    PhpValue value(const QString &key) const;
    bool contains(const QString &key) const { return find(key) != nullptr; }
    void insert(const QString &key, const PhpValue &value); // replaces in place or appends
    void append(const PhpValue &value); // $a[] = value
    PhpValue *lastValue();
    void remove(const QString &key);
    // array_change_key_case; only string keys change.
    PhpValue withKeyCase(bool upper) const;
    // True for keys 0..n-1 in order: json_encode writes such an array (and an empty one) as a list.
    bool isList() const;

    QJsonValue toJson() const;
    QByteArray toJsonBytes() const; // json_encode with the key order kept

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    std::vector<PhpArrayEntry> m_entries;
};

struct PhpArrayEntry {
    QString key;
    PhpValue value;
};

} // namespace b24::sandbox
