// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhpQueryParser.h"

#include <QStringList>

namespace b24::sandbox {

QString PhpQueryParser::urlDecode(const QByteArray &text)
{
    QByteArray copy = text;
    copy.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(copy));
}

PhpValue PhpQueryParser::parse(const QByteArray &query, int maxInputVars)
{
    PhpValue result = PhpValue::array();
    parseInto(query, &result, maxInputVars);
    return result;
}

int PhpQueryParser::parseInto(const QByteArray &query, PhpValue *target, int maxInputVars)
{
    if (!target->isArray()) {
        *target = PhpValue::array();
    }
    int count = 0;
    int dropped = 0;
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        if (maxInputVars > 0 && count >= maxInputVars) {
            ++dropped;
            continue;
        }
        ++count;
        const qsizetype eq = pair.indexOf('=');
        const QString name = urlDecode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : urlDecode(pair.mid(eq + 1));
        registerVariable(name, value, target);
    }
    return dropped;
}

// Follows php_register_variable_ex(): base name, then bracketed indices.
void PhpQueryParser::registerVariable(const QString &rawName, const QString &value, PhpValue *target)
{
    QString name = rawName;
    while (name.startsWith(u' ')) {
        name.remove(0, 1);
    }
    qsizetype bracket = name.indexOf(u'[');
    QString base = bracket < 0 ? name : name.left(bracket);
    QStringList indices;
    bool hasIndices = false;
    if (bracket >= 0) {
        qsizetype pos = bracket;
        while (pos < name.size() && name.at(pos) == u'[') {
            const qsizetype close = name.indexOf(u']', pos + 1);
            if (close < 0) {
                if (!hasIndices) {
                    // An unmatched first '[' becomes '_' and the rest is part of the name.
                    base = name.left(bracket) + u'_' + name.mid(bracket + 1);
                }
                break;
            }
            indices.append(name.mid(pos + 1, close - pos - 1));
            hasIndices = true;
            pos = close + 1;
        }
    }
    for (QChar &c : base) {
        if (c == u' ' || c == u'.') {
            c = u'_';
        }
    }
    if (base.isEmpty()) {
        return;
    }
    if (!hasIndices) {
        target->insert(base, PhpValue::fromString(value));
        return;
    }
    PhpValue *node = target->find(base);
    if (!node || !node->isArray()) {
        target->insert(base, PhpValue::array());
        node = target->find(base);
    }
    for (qsizetype i = 0; i < indices.size(); ++i) {
        const bool last = i == indices.size() - 1;
        const QString &index = indices.at(i);
        if (last) {
            if (index.isEmpty()) {
                node->append(PhpValue::fromString(value));
            } else {
                node->insert(index, PhpValue::fromString(value));
            }
            return;
        }
        if (index.isEmpty()) {
            node->append(PhpValue::array());
            node = node->lastValue();
            continue;
        }
        PhpValue *child = node->find(index);
        if (!child || !child->isArray()) {
            node->insert(index, PhpValue::array());
            child = node->find(index);
        }
        node = child;
    }
}

} // namespace b24::sandbox
