// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace b24 {

// Compact JSON text of any JSON value, scalars included (QJsonDocument only handles objects and
// arrays). Payloads are stored this way to keep loaded rows small.
class JsonBytes
{
public:
    static QByteArray fromValue(const QJsonValue &value);
    // Parses text made by fromValue(); Undefined when the bytes are empty or not JSON.
    static QJsonValue toValue(const QByteArray &bytes);
};

} // namespace b24
