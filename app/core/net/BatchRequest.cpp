// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchRequest.h"

#include "DestructiveCallGuard.h"

#include <QJsonArray>
#include <QUrl>

#include <cmath>

namespace b24 {

namespace {

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString scalar(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0"); // PHP reads "false" as true
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < 9.0e15) {
            return QString::number(qint64(number));
        }
        return QString::number(number, 'g', 17);
    }
    return value.toString();
}

// PHP http_build_query style: key[sub][0]=v. Null is skipped, as PHP does; an empty array or
// object cannot be expressed in a query and is skipped too (callers that need one use JSON).
void appendPairs(QStringList &pairs, const QString &prefix, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            appendPairs(pairs, prefix + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                        array.at(i));
        }
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            appendPairs(pairs, prefix + QLatin1Char('[') + it.key() + QLatin1Char(']'), it.value());
        }
        return;
    }
    pairs.append(encode(prefix) + QLatin1Char('=') + encode(scalar(value)));
}

} // namespace

bool BatchRequest::add(const QString &key, const QString &method, const QJsonObject &parameters)
{
    if (isFull() || key.isEmpty() || method.trimmed().isEmpty()) {
        return false;
    }
    for (const Command &command : std::as_const(m_commands)) {
        if (command.key == key) {
            return false;
        }
    }
    m_commands.append(Command {key, method.trimmed(), parameters});
    return true;
}

bool BatchRequest::isDestructive() const
{
    for (const Command &command : m_commands) {
        if (DestructiveCallGuard::isDestructive(command.method, command.parameters)) {
            return true;
        }
    }
    return false;
}

QString BatchRequest::commandString(const Command &command)
{
    const QString query = encodeQuery(command.parameters);
    return query.isEmpty() ? command.method : command.method + QLatin1Char('?') + query;
}

QJsonObject BatchRequest::toParameters(bool halt) const
{
    QJsonObject cmd;
    for (const Command &command : m_commands) {
        cmd.insert(command.key, commandString(command));
    }
    return QJsonObject {{QStringLiteral("cmd"), cmd}, {QStringLiteral("halt"), halt ? 1 : 0}};
}

QString BatchRequest::encodeQuery(const QJsonObject &parameters)
{
    QStringList pairs;
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        appendPairs(pairs, it.key(), it.value());
    }
    return pairs.join(QLatin1Char('&'));
}

} // namespace b24
