// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace b24 {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(b24::ClearPlan)
};

bool isHex32(const QString &text)
{
    if (text.size() != 32)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

ClearPlan refused(ClearPlan plan, const QString &error)
{
    plan.error = error;
    plan.requests.clear();
    return plan;
}

QString validateIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Text::tr(
            "Nothing is selected, so nothing will be cleared. Select at least one record; an empty "
            "id list would make the portal clear the whole group.");
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (id <= 0)
            return Text::tr("Record ID %1 is not valid: IDs are whole numbers of 1 or more.").arg(id);
        if (seen.contains(id))
            return Text::tr("Record ID %1 is listed twice. List every record once.").arg(id);
        seen.insert(id);
    }
    return {};
}

QString validateMessageIds(QStringList &messageIds)
{
    if (messageIds.isEmpty())
        return Text::tr(
            "No MESSAGE_ID is selected, so nothing will be cleared. Select at least one record; an "
            "empty list would make the portal clear the whole group.");
    QSet<QString> seen;
    for (QString &messageId : messageIds) {
        // MESSAGE_IDs are md5 hashes in lower case; accept pasted upper case and stray spaces.
        const QString normalised = messageId.trimmed().toLower();
        if (!isHex32(normalised))
            return Text::tr("\"%1\" is not a MESSAGE_ID: a MESSAGE_ID is exactly 32 hexadecimal characters "
                            "(0-9, a-f).")
                .arg(messageId);
        if (seen.contains(normalised))
            return Text::tr("MESSAGE_ID %1 is listed twice. List every MESSAGE_ID once.").arg(normalised);
        seen.insert(normalised);
        messageId = normalised;
    }
    return {};
}

} // namespace

ClearPlan ClearPlan::make(const QueueGroup &group, Mode mode, const QList<qint64> &ids,
                          const QStringList &messageIds, int valuesPerCommand)
{
    ClearPlan plan;
    plan.group = group;
    plan.mode = mode;
    plan.ids = ids;
    plan.messageIds = messageIds;

    if (group.kind == QueueGroup::Kind::Batch && group.processId.trimmed().isEmpty())
        return refused(plan,
                       Text::tr("The batch has no process id. Reload the queue and choose the batch again."));
    if (valuesPerCommand < 1 || valuesPerCommand > MaxValuesPerCommand)
        return refused(plan,
                       Text::tr("Values per command must be between 1 and %1 (got %2).")
                           .arg(MaxValuesPerCommand)
                           .arg(valuesPerCommand));

    const bool byMessageId = mode == Mode::ByMessageId;
    if (byMessageId && !ids.isEmpty())
        return refused(plan,
                       Text::tr("Clearing by MESSAGE_ID cannot also take record IDs: the portal would ignore "
                                "the IDs. Choose one mode."));
    if (!byMessageId && !messageIds.isEmpty())
        return refused(plan,
                       Text::tr("Clearing by ID cannot also take MESSAGE_IDs: the portal would clear by "
                                "MESSAGE_ID and ignore the IDs. Choose one mode."));

    QJsonArray values;
    QString field;
    if (byMessageId) {
        const QString problem = validateMessageIds(plan.messageIds);
        if (!problem.isEmpty())
            return refused(plan, problem);
        field = QStringLiteral("message_id");
        for (const QString &messageId : std::as_const(plan.messageIds))
            values.append(messageId);
    } else {
        const QString problem = validateIds(ids);
        if (!problem.isEmpty())
            return refused(plan, problem);
        field = QStringLiteral("id");
        for (qint64 id : ids)
            values.append(id);
    }

    const QString processId = group.clearProcessId();
    BatchRequest current;
    int commandNumber = 0;
    for (qsizetype first = 0; first < values.size(); first += valuesPerCommand) {
        QJsonArray chunk;
        for (qsizetype i = first; i < qMin(values.size(), first + valuesPerCommand); ++i)
            chunk.append(values.at(i));
        QJsonObject parameters;
        parameters.insert(QLatin1String("process_id"), processId);
        parameters.insert(field, chunk);
        if (current.isFull()) {
            plan.requests.append(current);
            current = BatchRequest();
        }
        current.add(QStringLiteral("clear%1").arg(commandNumber++), QStringLiteral("event.offline.clear"),
                    parameters);
    }
    if (!current.isEmpty())
        plan.requests.append(current);
    return plan;
}

QString ClearPlan::describe() const
{
    const int count = int(scopeSize());
    const QString groupName = group.displayName();
    switch (mode) {
    case Mode::ById:
        return Text::tr("Clear %n record(s) by ID from %1.", nullptr, count).arg(groupName);
    case Mode::ByMessageId:
        return Text::tr("Clear every copy of %n MESSAGE_ID(s) in %1.", nullptr, count).arg(groupName);
    case Mode::EntireGroup:
        break;
    }
    return Text::tr("Clear the entire group %1: %n record(s), listed by ID.", nullptr, count).arg(groupName);
}

QList<qint64> ClearPlan::idsOfRequest(int request) const
{
    QList<qint64> result;
    if (request < 0 || request >= requests.size())
        return result;
    for (const BatchRequest::Command &command : requests.at(request).commands()) {
        const QJsonArray values = command.parameters.value(QLatin1String("id")).toArray();
        for (const QJsonValue &value : values)
            result.append(value.toInteger());
    }
    return result;
}

QStringList ClearPlan::messageIdsOfRequest(int request) const
{
    QStringList result;
    if (request < 0 || request >= requests.size())
        return result;
    for (const BatchRequest::Command &command : requests.at(request).commands()) {
        const QJsonArray values = command.parameters.value(QLatin1String("message_id")).toArray();
        for (const QJsonValue &value : values)
            result.append(value.toString());
    }
    return result;
}

QString ClearPlan::modeName(Mode mode)
{
    switch (mode) {
    case Mode::ById:
        return QStringLiteral("by_id");
    case Mode::ByMessageId:
        return QStringLiteral("by_message_id");
    case Mode::EntireGroup:
        break;
    }
    return QStringLiteral("entire_group");
}

} // namespace b24
