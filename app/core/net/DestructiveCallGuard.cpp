// SPDX-License-Identifier: GPL-3.0-or-later
#include "DestructiveCallGuard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace b24 {

namespace {

// A class, not a free tr() helper: lupdate files a free tr() call under the enclosing namespace
// ("b24"), so its strings would never match this context at run time.
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(b24::DestructiveCallGuard)
};

// The server lower-cases top-level parameter names (reference §2.4).
QJsonValue param(const QJsonObject &params, const QString &name)
{
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

// PHP intval() of a JSON value, as the server applies it to "clear".
qint64 phpIntval(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool() ? 1 : 0;
    }
    if (value.isDouble()) {
        return qint64(value.toDouble());
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        qsizetype end = 0;
        if (end < text.size() && (text.at(end) == QLatin1Char('-') || text.at(end) == QLatin1Char('+'))) {
            ++end;
        }
        while (end < text.size() && text.at(end).isDigit()) {
            ++end;
        }
        return text.left(end).toLongLong();
    }
    if (value.isArray()) {
        return value.toArray().isEmpty() ? 0 : 1;
    }
    if (value.isObject()) {
        return value.toObject().isEmpty() ? 0 : 1;
    }
    return 0;
}

bool isMissing(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// An array, or a PHP-decoded list (object with keys "0", "1", ...) from a batch command.
std::optional<QJsonArray> asList(const QJsonValue &value)
{
    if (value.isArray()) {
        return value.toArray();
    }
    if (value.isObject()) {
        QJsonArray list;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            list.append(it.value());
        }
        return list;
    }
    return std::nullopt;
}

bool isEmptyList(const QJsonValue &value)
{
    const auto list = asList(value);
    return isMissing(value) || (list && list->isEmpty()) || (value.isString() && value.toString().isEmpty());
}

QString checkIds(const QJsonValue &value)
{
    const auto list = asList(value);
    if (!list) {
        return Strings::tr("“id” must be a list of event IDs (positive integers).");
    }
    for (const QJsonValue &item : *list) {
        const qint64 id = item.isString() ? item.toString().toLongLong() : qint64(item.toDouble());
        if (id <= 0 || (item.isDouble() && item.toDouble() != double(id))) {
            return Strings::tr("“id” must hold only positive integer event IDs.");
        }
    }
    return {};
}

QString checkMessageIds(const QJsonValue &value)
{
    const auto list = asList(value);
    if (!list) {
        return Strings::tr("“message_id” must be a list of MESSAGE_ID values.");
    }
    for (const QJsonValue &item : *list) {
        if (!item.isString() || item.toString().trimmed().size() != 32) {
            return Strings::tr("Every “message_id” value must be a 32-character MESSAGE_ID.");
        }
    }
    return {};
}

QString refuseClearOrError(bool isClear, const QJsonObject &params)
{
    if (isMissing(param(params, QStringLiteral("process_id")))) {
        return Strings::tr("process_id is missing. Read the events with event.offline.get first and pass the "
                           "process_id it returned.");
    }
    const QJsonValue ids = param(params, QStringLiteral("id"));
    const QJsonValue messageIds = param(params, QStringLiteral("message_id"));
    if (!isClear) {
        if (!ids.isUndefined()) {
            return Strings::tr("event.offline.error takes only message_id; remove “id” and pass the events' "
                               "MESSAGE_ID values.");
        }
        if (isEmptyList(messageIds)) {
            return Strings::tr(
                "The message_id list is empty or missing, so no event would be marked. Pass the "
                "MESSAGE_ID values of the events to mark as failed.");
        }
        return checkMessageIds(messageIds);
    }
    if (!ids.isUndefined() && !messageIds.isUndefined()) {
        return Strings::tr(
            "Both id and message_id were given. The portal would use message_id and silently ignore "
            "id; send one list only.");
    }
    if (isEmptyList(ids) && isEmptyList(messageIds)) {
        return Strings::tr(
            "The id/message_id list is empty or missing. The portal would delete the whole batch "
            "(every event of this process_id), not just selected events. Select the events to "
            "delete, or use “clear whole batch” explicitly with the event IDs listed.");
    }
    return messageIds.isUndefined() ? checkIds(ids) : checkMessageIds(messageIds);
}

QString refuseGet(const QJsonObject &params)
{
    const QJsonValue processId = param(params, QStringLiteral("process_id"));
    if (processId.isString() && processId.toString().trimmed().isEmpty()
        && DestructiveCallGuard::isDestructive(QStringLiteral("event.offline.get"), params)) {
        return Strings::tr(
            "event.offline.get with an empty process_id and clear=1 would delete every unreserved "
            "event of the application. Pass clear=0, or leave process_id out.");
    }
    return {};
}

void insertPhpKey(QJsonObject &target, const QStringList &path, const QString &value)
{
    if (path.isEmpty()) {
        return;
    }
    if (path.size() == 1) {
        target.insert(path.first(), value);
        return;
    }
    QJsonObject child = target.value(path.first()).toObject();
    const QString &next = path.at(1);
    QStringList rest = path.mid(1);
    if (next.isEmpty()) { // "id[]" appends
        rest[0] = QString::number(child.size());
    }
    insertPhpKey(child, rest, value);
    target.insert(path.first(), child);
}

} // namespace

QString DestructiveCallGuard::commandMethod(const QString &command)
{
    return command.section(QLatin1Char('?'), 0, 0).trimmed();
}

QJsonObject DestructiveCallGuard::commandParameters(const QString &command)
{
    QJsonObject params;
    const qsizetype question = command.indexOf(QLatin1Char('?'));
    if (question < 0) {
        return params;
    }
    const QStringList pairs = command.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const auto decode = [](QString text) {
            return QUrl::fromPercentEncoding(text.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
        };
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        // "filter[>=ID]" -> ["filter", ">=ID"]
        const qsizetype bracket = key.indexOf(QLatin1Char('['));
        QStringList path {bracket < 0 ? key : key.left(bracket)};
        if (bracket >= 0) {
            QString restKey = key.mid(bracket);
            while (restKey.startsWith(QLatin1Char('['))) {
                const qsizetype close = restKey.indexOf(QLatin1Char(']'));
                if (close < 0) {
                    break;
                }
                path.append(restKey.mid(1, close - 1));
                restKey = restKey.mid(close + 1);
            }
        }
        insertPhpKey(params, path, value);
    }
    return params;
}

bool DestructiveCallGuard::isDestructive(const QString &method, const QJsonObject &params)
{
    const QString name = method.trimmed().toLower();
    if (name == QLatin1String("event.offline.clear") || name == QLatin1String("event.offline.error")) {
        return true;
    }
    if (name == QLatin1String("event.offline.get")) {
        const QJsonValue clear = param(params, QStringLiteral("clear"));
        return isMissing(clear) || phpIntval(clear) != 0; // the server's default is clear=1
    }
    if (name == QLatin1String("batch")) {
        const QJsonValue cmd = param(params, QStringLiteral("cmd"));
        const QJsonObject commands = cmd.toObject();
        QJsonArray list = cmd.toArray();
        for (auto it = commands.constBegin(); it != commands.constEnd(); ++it) {
            list.append(it.value());
        }
        for (const QJsonValue &command : list) {
            const QString text = command.toString();
            if (isDestructive(commandMethod(text), commandParameters(text))) {
                return true;
            }
        }
    }
    return false;
}

bool DestructiveCallGuard::changesState(const QString &method, const QJsonObject &params)
{
    if (isDestructive(method, params)) {
        return true;
    }
    const QString name = method.trimmed().toLower();
    if (name == QLatin1String("event.offline.get")) {
        return isMissing(param(params, QStringLiteral("process_id")));
    }
    if (name == QLatin1String("batch")) {
        const QJsonValue cmd = param(params, QStringLiteral("cmd"));
        QJsonArray list = cmd.toArray();
        const QJsonObject commands = cmd.toObject();
        for (auto it = commands.constBegin(); it != commands.constEnd(); ++it) {
            list.append(it.value());
        }
        for (const QJsonValue &command : std::as_const(list)) {
            const QString text = command.toString();
            if (changesState(commandMethod(text), commandParameters(text))) {
                return true;
            }
        }
    }
    return false;
}

QString DestructiveCallGuard::refusalReason(const QString &method, const QJsonObject &params)
{
    const QString name = method.trimmed().toLower();
    if (name == QLatin1String("event.offline.clear")) {
        return refuseClearOrError(true, params);
    }
    if (name == QLatin1String("event.offline.error")) {
        return refuseClearOrError(false, params);
    }
    if (name == QLatin1String("event.offline.get")) {
        return refuseGet(params);
    }
    if (name == QLatin1String("batch")) {
        const QJsonValue cmd = param(params, QStringLiteral("cmd"));
        QList<QPair<QString, QString>> commands;
        const QJsonObject object = cmd.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            commands.append({it.key(), it.value().toString()});
        }
        const QJsonArray array = cmd.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            commands.append({QString::number(i), array.at(i).toString()});
        }
        if (commands.isEmpty()) {
            return Strings::tr("The batch has no commands.");
        }
        if (commands.size() > 50) {
            return Strings::tr("A batch may hold at most 50 commands; this one has %1. Split it.")
                .arg(commands.size());
        }
        for (const auto &[key, command] : commands) {
            const QString inner = commandMethod(command);
            if (inner.compare(QLatin1String("batch"), Qt::CaseInsensitive) == 0) {
                return Strings::tr("Batch command “%1” is a nested batch, which the portal does not allow.")
                    .arg(key);
            }
            const QString reason = refusalReason(inner, commandParameters(command));
            if (!reason.isEmpty()) {
                return Strings::tr("Batch command “%1” (%2): %3").arg(key, inner, reason);
            }
        }
    }
    return {};
}

} // namespace b24
