// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderedJsonReader.h"

namespace b24::sandbox {

namespace {
constexpr int maxDepth = 512; // PHP's json_decode default depth
}

bool OrderedJsonReader::parse(const QByteArray &text, PhpValue *out)
{
    OrderedJsonReader reader(text);
    PhpValue value;
    if (!reader.parseValue(&value, 0)) {
        return false;
    }
    reader.skipSpace();
    if (reader.m_pos != text.size()) {
        return false;
    }
    *out = value;
    return true;
}

void OrderedJsonReader::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            break;
        }
        ++m_pos;
    }
}

bool OrderedJsonReader::consume(char c)
{
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
        ++m_pos;
        return true;
    }
    return false;
}

bool OrderedJsonReader::parseValue(PhpValue *out, int depth)
{
    if (depth > maxDepth) {
        return false;
    }
    skipSpace();
    if (m_pos >= m_text.size()) {
        return false;
    }
    const char c = m_text.at(m_pos);
    if (c == '{') {
        ++m_pos;
        PhpValue object = PhpValue::array();
        if (consume('}')) {
            *out = object;
            return true;
        }
        do {
            skipSpace();
            QString key;
            if (!parseString(&key) || !consume(':')) {
                return false;
            }
            PhpValue item;
            if (!parseValue(&item, depth + 1)) {
                return false;
            }
            object.insert(key, item);
        } while (consume(','));
        if (!consume('}')) {
            return false;
        }
        *out = object;
        return true;
    }
    if (c == '[') {
        ++m_pos;
        PhpValue list = PhpValue::array();
        if (consume(']')) {
            *out = list;
            return true;
        }
        do {
            PhpValue item;
            if (!parseValue(&item, depth + 1)) {
                return false;
            }
            list.append(item);
        } while (consume(','));
        if (!consume(']')) {
            return false;
        }
        *out = list;
        return true;
    }
    if (c == '"') {
        QString text;
        if (!parseString(&text)) {
            return false;
        }
        *out = PhpValue::fromString(text);
        return true;
    }
    if (m_text.mid(m_pos, 4) == "true") {
        m_pos += 4;
        *out = PhpValue::fromBool(true);
        return true;
    }
    if (m_text.mid(m_pos, 5) == "false") {
        m_pos += 5;
        *out = PhpValue::fromBool(false);
        return true;
    }
    if (m_text.mid(m_pos, 4) == "null") {
        m_pos += 4;
        *out = PhpValue();
        return true;
    }
    return parseNumber(out);
}

bool OrderedJsonReader::parseString(QString *out)
{
    if (m_pos >= m_text.size() || m_text.at(m_pos) != '"') {
        return false;
    }
    ++m_pos;
    QByteArray utf8;
    QString result;
    auto flush = [&] {
        result += QString::fromUtf8(utf8);
        utf8.clear();
    };
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos++);
        if (c == '"') {
            flush();
            *out = result;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            return false;
        }
        if (c != '\\') {
            utf8.append(c);
            continue;
        }
        if (m_pos >= m_text.size()) {
            return false;
        }
        const char e = m_text.at(m_pos++);
        switch (e) {
        case '"':
        case '\\':
        case '/':
            utf8.append(e);
            break;
        case 'b':
            utf8.append('\b');
            break;
        case 'f':
            utf8.append('\f');
            break;
        case 'n':
            utf8.append('\n');
            break;
        case 'r':
            utf8.append('\r');
            break;
        case 't':
            utf8.append('\t');
            break;
        case 'u': {
            if (m_pos + 4 > m_text.size()) {
                return false;
            }
            bool ok = false;
            const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
            if (!ok) {
                return false;
            }
            m_pos += 4;
            flush();
            result.append(QChar(unit));
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool OrderedJsonReader::parseNumber(PhpValue *out)
{
    const qsizetype start = m_pos;
    bool isFloat = false;
    if (m_pos < m_text.size() && m_text.at(m_pos) == '-') {
        ++m_pos;
    }
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c >= '0' && c <= '9') {
            ++m_pos;
        } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
            isFloat = true;
            ++m_pos;
        } else {
            break;
        }
    }
    const QByteArray number = m_text.mid(start, m_pos - start);
    bool ok = false;
    if (!isFloat) {
        const qint64 value = number.toLongLong(&ok);
        if (ok) {
            *out = PhpValue::fromInt(value);
            return true;
        }
    }
    const double value = number.toDouble(&ok);
    if (!ok) {
        return false;
    }
    *out = PhpValue::fromDouble(value);
    return true;
}

} // namespace b24::sandbox
