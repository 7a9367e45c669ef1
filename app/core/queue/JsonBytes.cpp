// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonBytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace b24 {

QByteArray JsonBytes::fromValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // Wrapping in an array lets QJsonDocument serialise scalars too; strip the brackets after.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue JsonBytes::toValue(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + bytes + ']', &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().first();
}

} // namespace b24
