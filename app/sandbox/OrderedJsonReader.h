// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PhpValue.h"

#include <QByteArray>

namespace b24::sandbox {

// json_decode($body, true) that keeps object key order (QJsonDocument sorts keys, which would
// reorder batch commands and multi-key `order`). Returns false on malformed JSON.
class OrderedJsonReader
{
public:
    static bool parse(const QByteArray &text, PhpValue *out);

private:
    explicit OrderedJsonReader(const QByteArray &text) : m_text(text) { }
    bool parseValue(PhpValue *out, int depth);
    bool parseString(QString *out);
    bool parseNumber(PhpValue *out);
    void skipSpace();
    bool consume(char c);

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace b24::sandbox
