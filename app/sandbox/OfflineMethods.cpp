// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineMethods.h"

#include "OrderedJsonReader.h"

#include <QSet>

namespace b24::sandbox {

namespace {

constexpr qint64 listLimit = 50; // IRestService::LIST_LIMIT

RestError licenseError(const QString &feature)
{
    RestError error;
    error.httpStatus = 403;
    error.code = QStringLiteral("WRONG_LICENSE");
    error.description
        = QStringLiteral("This feature is not enabled for the current license: %1").arg(feature);
    return error;
}

} // namespace

OfflineMethods::OfflineMethods(SandboxQueue &queue, std::function<bool()> extendedEnabled,
                               int utcOffsetSeconds)
    : m_queue(queue),
      m_extendedEnabled(std::move(extendedEnabled)),
      m_utcOffsetSeconds(utcOffsetSeconds),
      m_filters(utcOffsetSeconds)
{ }

std::optional<RestError> OfflineMethods::checkAccess(const RestCallContext &call)
{
    if (call.authType != AuthType::OAuth) {
        RestError error;
        error.httpStatus = 403;
        error.code = QStringLiteral("WRONG_AUTH_TYPE");
        error.description = QStringLiteral("Current authorization type is denied for this method");
        return error;
    }
    if (!call.admin) {
        RestError error;
        error.httpStatus = 403;
        error.code = QStringLiteral("ACCESS_DENIED");
        error.description = QStringLiteral("Access denied!");
        return error;
    }
    return std::nullopt;
}

QueueScope OfflineMethods::scopeOf(const RestCallContext &call) const
{
    return {call.clientId, call.connectorId};
}

std::optional<QString> OfflineMethods::processIdOf(const PhpValue &query)
{
    // isset($query['process_id']) ? trim(...) : null — "" is a real value, only a missing key or null is not.
    const PhpValue *value = query.find(QStringLiteral("process_id"));
    if (!value || value->isNull()) {
        return std::nullopt;
    }
    return value->toString().trimmed();
}

// clear and error refuse a missing or null process_id with the same argument error.
RestResult OfflineMethods::missingProcessId()
{
    return RestResult::failure(RestError::argument(QStringLiteral("Argument 'PROCESS_ID' is null or empty"),
                                                   QStringLiteral("PROCESS_ID")));
}

PhpValue OfflineMethods::eventToPhp(const SandboxEvent &row, bool withState) const
{
    PhpValue event = PhpValue::array();
    event.insert(QStringLiteral("ID"), PhpValue::fromString(QString::number(row.id)));
    event.insert(QStringLiteral("TIMESTAMP_X"),
                 PhpValue::fromString(SandboxQueue::isoTime(row.timestamp, m_utcOffsetSeconds)));
    event.insert(QStringLiteral("EVENT_NAME"), PhpValue::fromString(row.eventName));
    PhpValue data = PhpValue::fromBool(false);
    if (!row.eventData.isEmpty() && !OrderedJsonReader::parse(row.eventData, &data)) {
        data = PhpValue::fromBool(false);
    }
    event.insert(QStringLiteral("EVENT_DATA"), data);
    PhpValue additional = PhpValue::fromBool(false);
    if (!row.eventAdditional.isEmpty() && OrderedJsonReader::parse(row.eventAdditional, &additional)) {
        if (const PhpValue *user = additional.find(QStringLiteral("LOCAL_USER")); user && !user->isNull()) {
            PhpValue short_ = PhpValue::array();
            short_.insert(QStringLiteral("user_id"), *user);
            additional = short_;
        }
    }
    event.insert(QStringLiteral("EVENT_ADDITIONAL"), additional);
    event.insert(QStringLiteral("MESSAGE_ID"), PhpValue::fromString(QString::fromLatin1(row.messageId)));
    if (withState) {
        event.insert(QStringLiteral("PROCESS_ID"), PhpValue::fromString(QString::fromLatin1(row.processId)));
        event.insert(QStringLiteral("ERROR"),
                     PhpValue::fromString(row.error ? QStringLiteral("1") : QStringLiteral("0")));
    }
    return event;
}

RestResult OfflineMethods::get(const RestCallContext &call) const
{
    if (auto denied = checkAccess(call)) {
        return RestResult::failure(*denied);
    }
    const PhpValue query = call.params.withKeyCase(false);
    const PhpValue *clearValue = query.find(QStringLiteral("clear"));
    const bool clearEvents = !clearValue || clearValue->isNull() || clearValue->toInt() != 0;
    std::optional<QString> processId = processIdOf(query);
    if (!clearEvents && !m_extendedEnabled()) {
        return RestResult::failure(licenseError(QStringLiteral("extended offline events handling")));
    }
    const PhpValue *filterValue = query.find(QStringLiteral("filter"));
    const PhpValue filter = filterValue && !filterValue->isNull() ? *filterValue : PhpValue::array();
    const PhpValue *orderValue = query.find(QStringLiteral("order"));
    PhpValue order;
    if (orderValue && !orderValue->isNull()) {
        order = *orderValue;
    } else {
        order = PhpValue::array();
        order.insert(QStringLiteral("TIMESTAMP_X"), PhpValue::fromString(QStringLiteral("ASC")));
    }
    const PhpValue *limitValue = query.find(QStringLiteral("limit"));
    const qint64 limit = limitValue && !limitValue->isNull() ? limitValue->toInt() : listLimit;
    const PhpValue *errorValue = query.find(QStringLiteral("error"));
    const bool getErrors = errorValue && !errorValue->isNull() && errorValue->toInt() == 1;
    bool returnProcessId = !clearEvents;

    if (limit <= 0) {
        return RestResult::failure(
            RestError::argument(QStringLiteral("Value must be positive integer"), QStringLiteral("LIMIT")));
    }
    EventFilter eventFilter;
    const FilterParser::Mode mode = processId ? FilterParser::Mode::Legacy : FilterParser::Mode::Marking;
    if (auto bad = m_filters.parseFilter(filter, FilterParser::getFields(), mode, &eventFilter)) {
        return RestResult::failure(*bad);
    }
    EventOrder eventOrder;
    if (auto bad = m_filters.parseOrder(order, FilterParser::getFields(), &eventOrder)) {
        return RestResult::failure(*bad);
    }
    EventFilter::Condition errorCondition;
    errorCondition.field = EventField::Error;
    errorCondition.numbers = {getErrors ? 1 : 0};
    eventFilter.add(errorCondition);

    const QueueScope scope = scopeOf(call);
    if (!processId) {
        // EventOfflineTable::markEvents: reserve up to `limit` unreserved rows in `order`.
        EventFilter marking = eventFilter;
        EventFilter::Condition unreserved;
        unreserved.field = EventField::ProcessId;
        unreserved.texts = {QString()};
        marking.add(unreserved);
        const QByteArray newId = SandboxQueue::newProcessId();
        const std::vector<qsizetype> toMark = m_queue.select(scope, marking, eventOrder, 0, limit);
        m_queue.update(toMark, [&](SandboxEvent &row) { row.processId = newId; });
        processId = QString::fromLatin1(newId);
    } else {
        returnProcessId = true;
    }

    EventFilter batch = eventFilter;
    EventFilter::Condition ofProcess;
    ofProcess.field = EventField::ProcessId;
    ofProcess.texts = {*processId};
    batch.add(ofProcess);
    const std::vector<qsizetype> selected = m_queue.select(scope, batch, eventOrder, 0, limit);
    PhpValue events = PhpValue::array();
    for (const qsizetype index : selected) {
        events.append(eventToPhp(m_queue.rows()[size_t(index)], false));
    }
    if (clearEvents && !selected.empty()) {
        // EventOfflineTable::clearEvents: the whole batch, whatever filter, limit or ERROR flag said.
        const QByteArray pid = processId->toLatin1();
        m_queue.removeIf([&](const SandboxEvent &row) {
            return row.processId == pid && row.appId == scope.appId && row.connectorId == scope.connectorId;
        });
    }
    PhpValue result = PhpValue::array();
    result.insert(QStringLiteral("process_id"),
                  returnProcessId ? PhpValue::fromString(*processId) : PhpValue());
    result.insert(QStringLiteral("events"), events);
    return RestResult::success(result);
}

RestResult OfflineMethods::list(const RestCallContext &call) const
{
    if (auto denied = checkAccess(call)) {
        return RestResult::failure(*denied);
    }
    const PhpValue query = call.params.withKeyCase(false);
    const PhpValue *filterValue = query.find(QStringLiteral("filter"));
    const PhpValue filter = filterValue && !filterValue->isNull() ? *filterValue : PhpValue::array();
    const PhpValue *orderValue = query.find(QStringLiteral("order"));
    PhpValue order;
    if (orderValue && !orderValue->isNull()) {
        order = *orderValue;
    } else {
        order = PhpValue::array();
        order.insert(QStringLiteral("ID"), PhpValue::fromString(QStringLiteral("ASC")));
    }
    EventFilter eventFilter;
    if (auto bad = m_filters.parseFilter(filter, FilterParser::listFields(), FilterParser::Mode::Legacy,
                                         &eventFilter)) {
        return RestResult::failure(*bad);
    }
    EventOrder eventOrder;
    if (auto bad = m_filters.parseOrder(order, FilterParser::listFields(), &eventOrder)) {
        return RestResult::failure(*bad);
    }
    const bool countTotal = call.start != -1;
    const qint64 offset = std::max<qint64>(0, call.start);
    qint64 total = 0;
    const std::vector<qsizetype> selected = m_queue.select(scopeOf(call), eventFilter, eventOrder, offset,
                                                           listLimit, countTotal ? &total : nullptr);
    PhpValue rows = PhpValue::array();
    for (const qsizetype index : selected) {
        rows.append(eventToPhp(m_queue.rows()[size_t(index)], true));
    }
    RestResult result = RestResult::success(rows);
    if (countTotal) {
        result.total = total;
        const qint64 next = offset + qint64(selected.size());
        if (next < total) {
            result.next = next;
        }
    }
    return result;
}

RestResult OfflineMethods::clear(const RestCallContext &call) const
{
    if (auto denied = checkAccess(call)) {
        return RestResult::failure(*denied);
    }
    const PhpValue query = call.params.withKeyCase(false);
    const std::optional<QString> processId = processIdOf(query);
    if (!processId) {
        return missingProcessId();
    }
    const QueueScope scope = scopeOf(call);
    const QByteArray pid = processId->toLatin1();
    auto inBatch = [&](const SandboxEvent &row) {
        return row.processId == pid && row.appId == scope.appId && row.connectorId == scope.connectorId;
    };
    const PhpValue *messageIds = query.find(QStringLiteral("message_id"));
    if (messageIds && !messageIds->isNull()) {
        // message_id wins; id is then not looked at.
        if (!messageIds->isArray()) {
            return RestResult::failure(RestError::argument(
                QStringLiteral("Value must be array of MESSAGE_ID values"), QStringLiteral("message_id")));
        }
        QSet<QByteArray> wanted;
        for (const PhpArrayEntry &entry : messageIds->entries()) {
            const QString messageId = entry.value.toString().trimmed();
            if (messageId.size() != 32) {
                // The source names the argument with three s's.
                return RestResult::failure(
                    RestError::argument(QStringLiteral("Value must be array of MESSAGE_ID values"),
                                        QStringLiteral("messsage_id")));
            }
            wanted.insert(messageId.toUtf8());
        }
        // An empty list leaves $listIds === false: the whole batch goes.
        m_queue.removeIf([&](const SandboxEvent &row) {
            return inBatch(row) && (wanted.isEmpty() || wanted.contains(row.messageId));
        });
        return RestResult::success(PhpValue::fromBool(true));
    }
    QSet<qint64> ids;
    const PhpValue *idValue = query.find(QStringLiteral("id"));
    if (idValue && !idValue->isNull()) {
        if (!idValue->isArray()) {
            return RestResult::failure(
                RestError::argument(QStringLiteral("Value must be array of integers"), QStringLiteral("id")));
        }
        for (const PhpArrayEntry &entry : idValue->entries()) {
            const qint64 id = entry.value.toInt();
            if (id <= 0) {
                return RestResult::failure(RestError::argument(
                    QStringLiteral("Value must be array of integers"), QStringLiteral("id")));
            }
            ids.insert(id);
        }
    }
    m_queue.removeIf(
        [&](const SandboxEvent &row) { return inBatch(row) && (ids.isEmpty() || ids.contains(row.id)); });
    return RestResult::success(PhpValue::fromBool(true));
}

RestResult OfflineMethods::error(const RestCallContext &call) const
{
    if (auto denied = checkAccess(call)) {
        return RestResult::failure(*denied);
    }
    const PhpValue query = call.params.withKeyCase(false);
    const std::optional<QString> processId = processIdOf(query);
    if (!processId) {
        return missingProcessId();
    }
    const PhpValue messageIds = query.value(QStringLiteral("message_id"));
    if (!messageIds.isArray()) {
        return RestResult::failure(RestError::argument(
            QStringLiteral("Value must be array of MESSAGE_ID values"), QStringLiteral("message_id")));
    }
    if (messageIds.size() == 0) {
        return RestResult::success(PhpValue::fromBool(true));
    }
    QSet<QByteArray> wanted;
    for (const PhpArrayEntry &entry : messageIds.entries()) {
        wanted.insert(entry.value.toString().toUtf8());
    }
    const QueueScope scope = scopeOf(call);
    const QByteArray pid = processId->toLatin1();
    auto ofMessage = [&](const SandboxEvent &row) {
        return row.appId == scope.appId && row.connectorId == scope.connectorId
            && wanted.contains(row.messageId);
    };
    // 1. Other copies of these messages (unreserved or in other batches) that are not errors go.
    m_queue.removeIf(
        [&](const SandboxEvent &row) { return ofMessage(row) && !row.error && row.processId != pid; });
    // 2. This batch's copies become error rows and are released.
    std::vector<qsizetype> inBatch;
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        const SandboxEvent &row = m_queue.rows()[size_t(i)];
        if (ofMessage(row) && !row.error && row.processId == pid) {
            inBatch.push_back(i);
        }
    }
    m_queue.update(inBatch, [](SandboxEvent &row) {
        row.error = true;
        row.processId.clear();
    });
    return RestResult::success(PhpValue::fromBool(true));
}

} // namespace b24::sandbox
